//! Reading what an editor selects (`read_selection`): the authoring page's way to add a target
//! the draft lacks. Golden cases, what it must never do, and how often the selection of a missed
//! target's own words reads it right, on the sets the learned weights were trained on and on those
//! held back. Run: `cargo test -p plan-gauge-draft --test selection -- --nocapture`.

mod common;
mod editor;
mod sets;

use plan_gauge_core::model::{Comparator, Indicator, Kind};
use plan_gauge_draft::{draft_with, read_selection, DraftOptions, DraftTarget, Selection};

/// The characters (code points) of the first `needle` in `text`.
fn chars_of(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).expect("the needle is in the text");
    let a = text[..at].chars().count();
    (a, a + needle.chars().count())
}

fn select(text: &str, needle: &str, issued: Option<i32>) -> Selection {
    let (a, b) = chars_of(text, needle);
    let options = DraftOptions {
        issued_year: issued,
        ..DraftOptions::default()
    };
    read_selection(text, &options, a, b)
}

/// (year, value, comparator, unit) of each target read.
fn readings(s: &Selection) -> Vec<(i32, Option<f64>, Comparator, String)> {
    s.found
        .iter()
        .map(|f| {
            let m = &f.target.milestone;
            (m.year, m.value, m.cmp, f.target.unit.clone())
        })
        .collect()
}

#[test]
fn a_drafted_target_selected_reads_as_the_rules_drafted_it() {
    let text = "到2025年,全区高新技术企业达到685家,研发经费投入强度达到3.0%。";
    let s = select(text, "高新技术企业达到685家", None);
    assert_eq!(
        readings(&s),
        vec![(2025, Some(685.0), Comparator::Ge, "家".to_string())]
    );
    let f = &s.found[0];
    assert_eq!(f.target.quote, "高新技术企业达到685家");
    assert_eq!(
        &text[f.target.span.byte_start..f.target.span.byte_end],
        f.target.quote
    );
    assert_eq!(
        f.target.rule,
        draft_with(text, &DraftOptions::default()).targets[0].rule
    );
    assert_eq!(f.indicator.as_ref().map(|i| i.id.as_str()), Some("e-001"));
}

#[test]
fn a_figure_the_rules_leave_alone_is_read_with_the_year_of_its_list() {
    // A list of a year's practical projects whose items state no intent: the rules draft some
    // items, not the one without a verb of doing.
    let text = "2024年民生实事项目\n1.新建城市书房10个。\n2.为8000名独居老人安装智能报警器。\n3.改造老旧小区42个。";
    let s = select(text, "为8000名独居老人安装智能报警器", None);
    let r = readings(&s);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].0, r[0].1), (2024, Some(8000.0)));
}

#[test]
fn each_figure_of_a_selection_is_one_target() {
    let text = "到2027年,全市数字经济核心产业增加值、软件业务收入分别达到1200亿元、640亿元。";
    let s = select(text, "分别达到1200亿元、640亿元", None);
    let values: Vec<Option<f64>> = readings(&s).iter().map(|r| r.1).collect();
    assert_eq!(values, vec![Some(1200.0), Some(640.0)]);
    assert!(s
        .found
        .iter()
        .all(|f| f.target.quote == "分别达到1200亿元、640亿元"));
    let ids: Vec<&str> = s
        .found
        .iter()
        .filter_map(|f| f.indicator.as_ref().map(|i| i.id.as_str()))
        .collect();
    assert_eq!(ids, ["e-001", "e-002"]);
}

#[test]
fn this_year_counts_from_the_year_of_issue() {
    let text = "政府工作报告提出,今年城镇新增就业1100万人以上,城镇调查失业率5.5%左右。";
    let s = select(text, "城镇调查失业率5.5%左右", Some(2019));
    assert_eq!(
        readings(&s),
        vec![(2019, Some(5.5), Comparator::Approx, "%".to_string())]
    );
}

#[test]
fn words_without_a_figure_are_a_yes_no_aim_by_the_year_of_their_place() {
    let text = "到2025年,建成全市冷链物流交易市场,推动产业转型升级。力争到2030年前实现碳达峰。";
    // The rules draft 实现碳达峰; selected, it reads as they drafted it.
    let binary = select(text, "实现碳达峰", None);
    assert_eq!(binary.found.len(), 1, "{:?}", readings(&binary));
    assert_eq!(binary.found[0].target.kind, Kind::Binary);
    assert_eq!(binary.found[0].target.milestone.year, 2030);
    // Words the rules leave alone are a yes/no aim the editor names, dated by their sentence.
    let built = select(text, "建成全市冷链物流交易市场", None);
    assert_eq!(
        readings(&built),
        vec![(2025, Some(1.0), Comparator::Ge, String::new())]
    );
    assert_eq!(built.found[0].target.kind, Kind::Binary);
    assert_eq!(built.found[0].target.name, "建成全市冷链物流交易市场");
    // Words with a number the drafter cannot read as a figure give nothing.
    assert!(select("开展第三方评估。", "开展第三方评估", None)
        .found
        .is_empty());
}

#[test]
fn any_range_reads_without_panicking() {
    let text = "到2025年,新建5G基站1200个。\n(一)到 2 0 2 5 年,有效發明專利達到3000件。";
    let n = text.chars().count();
    for a in 0..=n + 2 {
        for b in [
            0,
            a.saturating_sub(1),
            a,
            a + 1,
            a + 7,
            n,
            n + 5,
            usize::MAX,
        ] {
            let s = read_selection(text, &DraftOptions::default(), a, b);
            for f in &s.found {
                assert!(a < b && f.target.span.char_start >= a && f.target.span.char_end <= b);
                assert_eq!(
                    text.get(f.target.span.byte_start..f.target.span.byte_end),
                    Some(f.target.quote.as_str())
                );
            }
        }
    }
}

#[test]
fn a_plan_with_what_was_read_added_validates() {
    // The text has headings; the selection stands before the first, in the preamble (section
    // `0`, which the plan gains if the draft had no target there).
    let text =
        "全市去年新建口袋公园36个,今年再建40个。\n一、主要目标\n到2025年,森林覆盖率达到45%。";
    let draft = draft_with(text, &DraftOptions::default());
    let s = select(text, "今年再建40个", Some(2024));
    assert!(s.sections.iter().any(|x| x.id == "0"));
    assert_eq!(
        s.found[0]
            .indicator
            .as_ref()
            .and_then(|i| i.section.as_deref()),
        Some("0")
    );
    assert_eq!(readings(&s)[0].0, 2024);
    let mut plan = draft.plan.clone();
    editor::add(
        &mut plan,
        &s.sections,
        s.found.iter().filter_map(|f| f.indicator.clone()),
    );
    // (The text names no issuer: that field is left for the editor.)
    let errors = editor::errors(&plan);
    assert!(errors.is_empty(), "{errors:?}");
}

/// Measured on 2026-11-30 (dated, each passage drafted with its publication year): of the targets
/// the rules miss, the share whose own annotated words, selected, read right (value, year and
/// comparator among what is read). Training sets (the 46 the learned weights were trained on):
/// 330 of 552 (59.8 %), 442 (80.1 %) right but for the year, nothing read for 77. Held back (the
/// nine sets they were not, two of them built after this reading was written and measured once):
/// 91 of 189 (48.1 %), 161 (85.2 %) right but for the year, nothing read for 21; of those, the
/// seven older sets 73 of 115 (63.5 %), 94 (81.7 %), and the two new ones 18 of 74 (24.3 %), 67
/// (90.5 %): what they miss, selected, is mostly read with the wrong year. (Offering the other
/// years the second look weighed would fix few of those: 9 of the 107 in the training sets and 3
/// of the 69 held back, when tried; the right year is seldom among them.)
const MIN_TRAINING_RIGHT: f64 = 0.57;
const MIN_HELD_BACK_RIGHT: f64 = 0.46;

#[test]
fn selecting_a_missed_targets_words_reads_it_right() {
    let verbose = std::env::var_os("SELECTION_VERBOSE").is_some();
    for held_back in [false, true] {
        let (mut misses, mut right, mut first_right, mut empty, mut year_only) = (0, 0, 0, 0, 0);
        for name in sets::names() {
            if sets::HELD_BACK.contains(&name.as_str()) != held_back {
                continue;
            }
            let file = sets::read(&sets::folder().join(&name));
            for p in &file.passages {
                let options = sets::options(p, false);
                let pairing = sets::pair(p, &draft_with(&p.text, &options));
                for (k, e) in p.targets.iter().enumerate() {
                    if pairing.found[k].is_some() || e.quote.is_empty() {
                        continue;
                    }
                    let Some(at) = p.text.find(e.quote.as_str()) else {
                        continue;
                    };
                    misses += 1;
                    let a = p.text[..at].chars().count();
                    let s = read_selection(&p.text, &options, a, a + e.quote.chars().count());
                    let read: Vec<&DraftTarget> = s.found.iter().map(|f| &f.target).collect();
                    if read.is_empty() {
                        empty += 1;
                    }
                    let paired = sets::pair_one(p, k, &read);
                    // (SELECTION_VERBOSE=1 lists the training sets' misread selections; the
                    // held-back sets stay unread.)
                    if verbose && !held_back && paired.is_none() {
                        let got: Vec<String> = read
                            .iter()
                            .map(|t| {
                                let m = &t.milestone;
                                format!("{} {:?} {:?} {}", m.year, m.cmp, m.value, t.unit)
                            })
                            .collect();
                        println!(
                            "   {} «{}» wanted {} {:?} {} {}, read {got:?}",
                            p.id, e.quote, e.year, e.comparator, e.value, e.unit
                        );
                    }
                    match paired {
                        Some(0) => {
                            right += 1;
                            first_right += 1;
                        }
                        Some(_) => right += 1,
                        None => {
                            // (Right but for the year: the editor sets the year field.)
                            let dated: Vec<DraftTarget> = read
                                .iter()
                                .map(|t| {
                                    let mut t = (*t).clone();
                                    t.milestone.year = e.year;
                                    t
                                })
                                .collect();
                            let dated: Vec<&DraftTarget> = dated.iter().collect();
                            if sets::pair_one(p, k, &dated).is_some() {
                                year_only += 1;
                            }
                        }
                    }
                    // What is read can always be added: each carried one has its indicator.
                    let carried: Vec<&Indicator> = s
                        .found
                        .iter()
                        .filter_map(|f| f.indicator.as_ref())
                        .collect();
                    assert!(carried.len() <= s.found.len());
                }
            }
        }
        let share = right as f64 / misses.max(1) as f64;
        println!(
            "{}: {misses} missed targets selected; read right {right} ({:.1} %), the first read right \
             {first_right}; right but for the year {year_only} ({:.1} %); nothing read {empty}",
            if held_back { "held back" } else { "training sets" },
            share * 100.0,
            (right + year_only) as f64 * 100.0 / misses.max(1) as f64
        );
        let floor = if held_back {
            MIN_HELD_BACK_RIGHT
        } else {
            MIN_TRAINING_RIGHT
        };
        assert!(share >= floor, "{share:.3} below {floor}");
    }
}
