//! A plan of 10,000 indicators must not freeze the page: with controls (in the browser) the
//! dashboard renders one page of rows, while its counts and filters still cover the whole plan;
//! without controls (static HTML, no script) it lists every row.
#![cfg(feature = "ssr")]

mod common;

use plan_gauge_core::progress::Status;
use plan_gauge_core::Lang;
use plan_gauge_ui::plan_dashboard::{page_count, page_of, shown_rows, PAGE_SIZE};
use plan_gauge_ui::{render_html, PlanDashboard};

const N: usize = 10_000;

fn rows(html: &str) -> usize {
    html.matches("<details class=\"pg-row").count()
}

fn table_rows(html: &str) -> usize {
    html.matches("<th scope=\"row\">").count()
}

#[test]
fn a_large_plan_renders_one_page_with_controls_and_counts_the_whole_plan() {
    let (plan, assessments) = common::large_plan(N);
    let html = render_html(move || {
        use leptos::prelude::*;
        view! { <PlanDashboard plan=plan assessments=assessments lang=Lang::En /> }
    });
    assert_eq!(rows(&html), PAGE_SIZE, "one page of rows");
    // The table shows the same page; its row headers are the indicators (the trend tables of
    // the rows are not rendered: no observations).
    assert_eq!(table_rows(&html), PAGE_SIZE, "one page in the table");
    // The counts are the core's, over every indicator: 3334 at risk, 3333 off track and no data.
    assert!(
        html.contains("<span dir=\"ltr\" class=\"pg-count\">3334</span>"),
        "counts cover the plan"
    );
    assert!(
        html.contains("Showing 10000 of 10000; Items 1–50, page 1 of 200"),
        "the reader is told where they are"
    );
    // Real buttons: focusable, named in words; the first page cannot go back.
    assert!(html.contains(
        "<nav aria-label=\"Pages\" class=\"pg-pager\">\
         <button type=\"button\" aria-disabled=\"true\" class=\"pg-page-prev\">Previous page</button>\
         <button type=\"button\" class=\"pg-page-next\">Next page</button></nav>"
    ));
    // The first page: i0, i2, … of the first section (rows are grouped by section).
    assert!(html.contains("data-indicator=\"i0\"") && html.contains("data-indicator=\"i98\""));
    assert!(!html.contains("data-indicator=\"i100\"") && !html.contains("data-indicator=\"i1\""));
}

#[test]
fn without_controls_a_static_page_lists_every_row() {
    let (plan, assessments) = common::large_plan(N);
    let html = render_html(move || {
        use leptos::prelude::*;
        view! { <PlanDashboard plan=plan assessments=assessments lang=Lang::ZhHans controls=false /> }
    });
    assert_eq!(rows(&html), N);
    assert_eq!(table_rows(&html), N);
    assert!(!html.contains("<button") && !html.contains("pg-pager"));
}

#[test]
fn a_small_plan_has_no_pages_to_turn() {
    let (plan, assessments) = common::large_plan(PAGE_SIZE);
    let html = render_html(move || {
        use leptos::prelude::*;
        view! { <PlanDashboard plan=plan assessments=assessments lang=Lang::ZhHant /> }
    });
    assert_eq!(rows(&html), PAGE_SIZE);
    assert!(
        html.contains("<nav aria-label=\"分頁\" hidden class=\"pg-pager\">"),
        "no pager to show"
    );
    assert!(html.contains("顯示50項，共50項</p>"), "no page words");
}

#[test]
fn paging_moves_the_window_over_the_filtered_rows() {
    let order: Vec<usize> = (0..N).collect();
    assert_eq!(page_of(&order, 0, PAGE_SIZE), &order[..50]);
    assert_eq!(page_of(&order, 1, PAGE_SIZE), &order[50..100]);
    assert_eq!(page_of(&order, 199, PAGE_SIZE), &order[9950..]);
    // Past the end: the last page, never an empty or out-of-range one.
    assert_eq!(page_of(&order, 10_000, PAGE_SIZE), &order[9950..]);
    assert_eq!(page_of(&order[..120], 2, PAGE_SIZE), &order[100..120]);
    assert!(page_of(&[], 3, PAGE_SIZE).is_empty());
    assert_eq!(
        page_of(&order[..3], 0, 0),
        &order[..1],
        "a page holds at least one row"
    );
    assert_eq!(page_count(N, PAGE_SIZE), 200);
    assert_eq!(page_count(0, PAGE_SIZE), 1);
    assert_eq!(page_count(51, PAGE_SIZE), 2);
}

#[test]
fn filters_choose_from_the_whole_plan() {
    let (plan, assessments) = common::large_plan(N);
    let pairs = plan_gauge_ui::plan_dashboard::pair(&plan, &assessments);
    let keys: Vec<(Status, Vec<String>)> = pairs
        .iter()
        .map(|(ind, a)| (a.status, ind.targets[a.target].lead.clone()))
        .collect();
    let order: Vec<usize> = (0..N).rev().collect();
    // Only the last indicator is led by 区统计局: found though it is on no first page.
    assert_eq!(
        shown_rows(&order, &keys, None, Some("区统计局")),
        vec![N - 1]
    );
    let off = shown_rows(&order, &keys, Some(Status::OffTrack), None);
    assert_eq!(off.len(), 3333);
    assert!(off.iter().all(|i| i % 3 == 1), "off track only");
    assert_eq!(off.first(), Some(&9997), "in the order given");
    let both = shown_rows(&order, &keys, Some(Status::OffTrack), Some("区科技局"));
    assert_eq!(both.len(), 3333, "the last one (no data) is not off track");
    assert!(shown_rows(&order, &keys, Some(Status::Achieved), None).is_empty());
    assert_eq!(shown_rows(&order, &keys, None, None), order);
}
