//! plan-gauge-draft: drafts `plan-gauge/1` plan data from a plan's own text.
//!
//! [`draft`] reads the text of a 行动方案, 实施方案 or 规划 (simplified or traditional) and returns a
//! [`Draft`]: a [`Plan`] whose indicators are the targets the rules found, and for every drafted
//! target a [`DraftTarget`] with its exact quote and offsets, section, task, cue words, rule id,
//! confidence and flags. Changes against a stated base year (比2020年下降13.5% → `relative_change`
//! −13.5, 提高3个百分点 → `point_change` 3, 减半 → −50) and ranks (进入前10 → `rank` 10) go into
//! the plan; targets the format cannot carry (a change or a multiple without any base year) stay
//! in the draft with their [`Shape`] and are not put in the plan.
//!
//! Invariants: pure functions, no I/O, no web dependencies, no panics on any input; every quote is
//! `&text[byte_start..byte_end]` of the input. Modules: [`text`] (folding and offsets),
//! [`numeral`] (the number scanner), [`lexicon`] (cue words), [`outline`] (headings, tasks,
//! agencies), [`rules`] (targets in a sentence), [`table`] (indicator tables flattened to text,
//! one row a line), [`meta`] (title, issuer, dates, period),
//! [`document`] (the text of an HTML page or, with the `docx` feature, a Word file),
//! [`confidence`] (how sure the drafter is of each target, learned from annotated passages).

pub mod confidence;
pub mod document;
pub mod lexicon;
pub mod meta;
pub mod numeral;
pub mod outline;
pub mod rules;
pub mod second_look;
pub mod table;
pub mod text;

pub use rules::{Flag, Shape};
pub use text::Span;

use lexicon::at;
use plan_gauge_core::model::{
    Baseline, Citation, Comparator, Direction, EditorNote, Indicator, Kind, Milestone, Plan,
    PlanPeriod, Section, Target, FORMAT_V1,
};
use rules::Candidate;
use second_look::Ask;
use serde::{Deserialize, Serialize};

/// The draft of a plan: plan data for an editor to check, and how each target was found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The plan, marked as a draft by its id (`draft`) and an editor's note. Holds the targets the
    /// format can carry, one indicator per drafted target.
    pub plan: Plan,
    /// Every drafted target, in text order, including those the plan cannot carry.
    pub targets: Vec<DraftTarget>,
    /// Figures the rules left alone that may still be targets, in text order: the second look's
    /// likeliest ([`second_look::SUGGEST_AT`]), for an editor to add. Not in the plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<Suggestion>,
}

/// A figure the rules left alone that may be a target, read as one, with the indicator it would
/// add to the plan (`s-001` …; none when the format cannot carry it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    pub target: DraftTarget,
    pub indicator: Option<Indicator>,
}

/// One drafted target and the evidence for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftTarget {
    /// Id of the indicator in [`Draft::plan`]; `None` when the format cannot carry the target
    /// (see [`DraftTarget::shape`]).
    pub indicator: Option<String>,
    /// Indicator name as the plan writes it (original script).
    pub name: String,
    pub unit: String,
    pub kind: Kind,
    pub direction: Direction,
    /// Year, value, comparator, range upper and 力争 of the target, as the plan format writes
    /// them: a change is signed (下降13.5% → −13.5), a rank is its place (前10 → 10, `<=`), and a
    /// direction-only target has no value.
    pub milestone: Milestone,
    /// Base year when the text states one (在2022年的基础上, 比2020年).
    pub baseline_year: Option<i32>,
    /// Base value when the text states it (由2020年的2.4%提高到3% → 2.4).
    pub baseline_value: Option<f64>,
    /// What the format cannot carry, if anything.
    pub shape: Shape,
    /// Exact quote: `text[span.byte_start..span.byte_end]`.
    pub quote: String,
    pub span: Span,
    /// Id of the section the quote stands in (`2.1.3`), empty before the first heading.
    pub section: String,
    /// The heading labels above the quote, outermost first (`二、`, `(一)`, `1.`).
    pub section_path: Vec<String>,
    /// Id of the task (`t-2.1.3`) the quote stands in.
    pub task: Option<String>,
    /// The cue words that decided the comparator, kind and scope.
    pub cues: Vec<String>,
    /// The rule that drafted the target.
    pub rule: String,
    /// How likely an editor keeps the target as drafted (value, year, comparator), 0..1: learned
    /// from annotated passages ([`confidence`]).
    pub confidence: f32,
    pub flags: Vec<Flag>,
    /// 牵头单位 / 责任单位 of the task.
    pub lead: Vec<String>,
    /// 配合单位 of the task.
    pub partners: Vec<String>,
}

/// Section id of the text before the first heading.
pub const PREAMBLE: &str = "0";

/// The years a plan's text can name, and a year of issue can be: from the founding of the
/// People's Republic to 2100. A figure outside them is no year.
pub const YEARS: std::ops::RangeInclusive<i32> = 1949..=2100;

/// What the caller knows about the text beyond its words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftOptions {
    /// The year the text was issued or published, when the caller knows it (a news report's
    /// date, a page's publication date). 今年, 明年 and 今明两年 count from it when the text
    /// itself states no date; a date the text states wins. A year outside [`YEARS`] counts as
    /// none.
    pub issued_year: Option<i32>,
    /// Also draft targets that state only a direction (森林覆盖率稳步提升) as level or share
    /// milestones without a value, flagged [`Flag::DirectionOnly`] and with low confidence. Off
    /// by default: on the evaluation passages they lower precision (see ARCHITECTURE.md).
    pub direction_only: bool,
}

/// Drafts plan data from a plan's text. Never panics; an empty text gives an empty draft.
pub fn draft(text: &str) -> Draft {
    draft_with(text, &DraftOptions::default())
}

/// Drafts plan data from a plan's text with what the caller knows about it ([`DraftOptions`]).
/// Never panics.
pub fn draft_with(text: &str, options: &DraftOptions) -> Draft {
    read(text, options, Ask::Suggestions).0
}

/// What an editor selected in a plan's text, read as targets ([`read_selection`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Selection {
    /// The sections of the plan the text gives, the preamble (`0`) among them when a target read
    /// stands before the first heading: a plan the editor adds a target to gains those it lacks.
    pub sections: Vec<Section>,
    /// Every figure with a unit that starts in the selection, read as a target, in text order,
    /// each quoting the selection, with the indicator it would add (`e-001` on; none when the
    /// format cannot carry it). Empty when the selection holds no figure the drafter can read.
    pub found: Vec<Suggestion>,
}

/// Reads the characters `start..end` of `text` (code points, as [`Span::char_start`] counts
/// them), which an editor selected as a target the draft lacks. Each figure with a unit that
/// starts there is read as a target: as the rules drafted it when they did (the same value and
/// unit in a drafted quote the selection overlaps), else as the second look reads it, with its
/// likeliest year. What the rules drafted in the selection without a figure (实现碳达峰) is read
/// too; where none of that reads anything, the rules read the selection as a sentence of goals,
/// and words without any figure are a yes/no aim (建成…交易市场) dated by their place. Never panics:
/// a range outside the text is clamped, an empty one reads nothing.
pub fn read_selection(text: &str, options: &DraftOptions, start: usize, end: usize) -> Selection {
    let (draft, _) = read(text, options, Ask::Within(start, end));
    Selection {
        sections: draft.plan.sections,
        found: draft.suggestions,
    }
}

/// Drafts `text` by the rules, then looks again at figures as `ask` says: by default those the
/// rules left alone, whose chance reaches [`second_look::SUGGEST_AT`], become the draft's
/// suggestions; the trainer's [`Ask::Every`] also returns every figure looked at, with its
/// features; an editor's [`Ask::Within`] makes the selection's targets the suggestions.
fn read(text: &str, options: &DraftOptions, ask: Ask) -> (Draft, Vec<second_look::Seen>) {
    let folded = text::fold(text);
    let chars = &folded.chars;
    let outline = outline::read(text, &folded);
    let meta = meta::read(text, &folded, options.issued_year);
    let this_year = meta.issue_year;
    let cx = rules::Context {
        start: meta.period.start,
        end: meta.period.end,
        this_year,
        direction_only: options.direction_only,
        default_year: meta
            .five_year
            .filter(|y| !meta.period_stated && (meta.period.start..=meta.period.end).contains(y))
            .unwrap_or(meta.period.end),
        dated_plan: meta.period_stated,
        // (The period read is a year the text names, not the guess for a text without one.)
        names_year: (meta.period.start..=meta.period.end)
            .any(|y| lexicon::contains_any(chars, 0, chars.len(), &[&format!("{y}年")])),
        tier: tier(&meta.title),
        roc_years: meta.roc_years,
    };
    let mut targets = Vec::new();
    let mut tables = table::read(&folded, &outline.lines, cx)
        .into_iter()
        .peekable();
    // The deadline a heading of goals states ((一)2023年目标, 2024年目标任务) for the lines it
    // heads, with the heading's depth (a heading without a label heads up to any heading).
    let mut heading_year: Option<(usize, i32)> = None;
    // Whether a paragraph has reported what a named document puts forward (《规划》提出,…; 印发
    // 《…意见》,意见提出…目标): the paragraphs after it that take up one area each (在…方面,) go on
    // with the document's aims.
    let mut document_aims = false;
    // The deadline of a line that introduces a list (到2025年,主要目标如下:) for its items.
    let mut list_year = None;
    // The list is the one line after a phrase broken off after its verb.
    let mut one_line_list = false;
    // A paragraph's review of a year gone by (2024年,全市…完成…目标任务。) that no aim has ended.
    let mut review_goes_on = false;
    // The deadline the heading or list above each line gives, for the second look.
    let mut above = vec![None; outline.lines.len()];
    for (k, line) in outline.lines.iter().enumerate() {
        let labelled = line.body > line.start;
        if line.bare_heading || labelled && heading_year.is_some_and(|(d, _)| line.path.len() <= d)
        {
            heading_year = None;
        }
        // Items of a list may also stand one a line without a mark (a table flattened to lines,
        // 人均预期寿命 达到79岁 |): a line without a full stop or a label goes on the list.
        let unmarked = line.body == line.start
            && line.end > line.start
            && !(line.start..line.end).any(|i| chars[i] == '。');
        // (A blank line between the list's line and its items keeps the list.)
        let blank = (line.start..line.end).all(|i| chars[i].is_whitespace());
        if !list_item(chars, line.start) && !unmarked && !blank {
            list_year = None;
        }
        // A table's header and rows are read by their cells, not as sentences.
        let row = tables.next_if(|(r, _)| *r == k).map(|(_, found)| found);
        if line.under_review {
            continue;
        }
        let task = line.task.and_then(|t| outline.tasks.get(t));
        if let Some(found) = row {
            for c in found {
                targets.push(to_target(text, &folded, c, line, task));
            }
            continue;
        }
        let goal = is_goal(chars, line);
        let mut found = Vec::new();
        let mut s = line.body;
        // (A text whose title looks back on a five-year plan that has ended reviews it, line by
        // line, until a sentence names aims.)
        // (2024年,全市…顺利完成…目标任务。 / 向新而行,…国家高新技术企业净增1600户以上。: the
        // paragraphs after one that opens by reviewing a year gone by go on reviewing it, until a
        // heading, a line without a full stop (a list), a paragraph saying what will be done
        // (将, 计划, 年内) or a sentence naming aims ends the review.)
        let paragraph = (line.body..line.end).any(|p| chars[p] == '。');
        if labelled || line.bare_heading || !blank && !paragraph {
            review_goes_on = false;
        }
        // (1-2月,全市固定资产投资同比下降12.7%。4个结构性指标中,…投资增长12.5%。: a paragraph
        // that opens with the months gone by of the year reports them in every sentence, as a
        // progress note does, unless it says what will be done.)
        let months_so_far = paragraph && rules::from_january(chars, line.body);
        above[k] = list_year.or(heading_year.map(|(_, y)| y));
        let continued = (review_goes_on || months_so_far)
            && !lexicon::contains_any(chars, line.body, line.end, &["将", "计划", "年内", "拟"]);
        let mut carry = rules::Carry {
            review: meta.reviews_period || continued,
            year: list_year.or(heading_year.map(|(_, y)| y)),
            aims: document_aims && by_area(chars, line.body, line.end),
            // (A report of the year so far: the year itself does not end its review.)
            data: meta.progress,
        };
        let unpunctuated = lost_punctuation(text, &folded, line.body, line.end);
        while s < line.end {
            let mut e = s;
            while e < line.end
                && !matches!(chars[e], '。' | '!' | '?')
                && !(unpunctuated && e > s && spaced(text, &folded, e))
            {
                e += 1;
            }
            // A page's teaser of another article, cut off at the line's end (湖北新增6个…,
            // 荆州2个县...), restates or reports; it states no aim of this text.
            let cut = e == line.end
                && e > s
                && (chars[e - 1] == '…' || (e >= s + 3 && chars[e - 3..e] == ['.', '.', '.']))
                && !(e >= s + 2 && chars[e - 2] == '…');
            if !cut {
                carry = rules::sentence(chars, s, e, goal, cx, carry, &mut found);
            }
            // (A space that stands for lost punctuation is no character of the text.)
            s = if e < line.end && !matches!(chars[e], '。' | '!' | '?') {
                e
            } else {
                e + 1
            };
        }
        if paragraph && !labelled {
            review_goes_on =
                carry.review && (continued || rules::opens_gone_by(chars, line.body, line.end, cx));
        }
        document_aims |= (line.body..line.end).any(|p| chars[p] == '》')
            && lexicon::contains_any(chars, line.body, line.end, &["提出", "明确"]);
        if line.bare_heading {
            heading_year = carry.year.map(|y| (usize::MAX, y));
        } else if (labelled
            || found.is_empty()
            || (announces_goals(chars, line.body, line.end)
                && carry.year.is_some_and(|y| this_year.is_some_and(|t| y > t))))
            && lexicon::contains_any(chars, line.body, line.end, &["目标"])
        {
            // (A paragraph announcing a year's goals without stating them, 2023年,全区主要预期
            // 目标是:锚定…,努力争取最好的结果。, heads the paragraphs that state them.)
            // (So does one that announces the goals of years to come and states the first of
            // them, 未来五年,要努力实现以下目标:…; a year's goals stated after the colon fill
            // their paragraph, and the paragraphs after it set the year's tasks.)
            heading_year = carry.year.map(|y| (line.path.len(), y)).or(heading_year);
        } else if found.is_empty()
            && !labelled
            && lexicon::contains_any(chars, line.body, line.end, &["提出", "明确"])
        {
            // (规划提出,到2025年,初步形成…体系。: a paragraph reporting what a plan puts forward
            // for a year to come, without a figure, heads the paragraphs that go on with its aims.)
            if let Some(y) = carry.year.filter(|y| this_year.is_none_or(|t| *y > t)) {
                heading_year = Some((line.path.len(), y));
            }
        }
        // (“十四五”时期,…水生态环境持续改善。: a paragraph that opens with a five-year plan's
        // period to come and states no figure heads the lines of aims after it.)
        // (So does one whose period follows the source a report names, when the source says what
        // will be done in it, 记者从某部了解到,“十五五”时期,我国将…; not 报告指出,“十四五”时期,全市…
        // 全面提速, a review.)
        if found.is_empty() && !labelled {
            let own = rules::after_speaker(chars, line.body, line.end);
            let will = |e: usize| {
                (e..line.end)
                    .take_while(|p| chars[*p] != '。')
                    .any(|p| chars[p] == '将')
            };
            if let Some((y, e)) = rules::five_year_plan(chars, line.body).or_else(|| {
                rules::five_year_plan(chars, own).filter(|(_, e)| own > line.body && will(*e))
            }) {
                let period = e <= line.end
                    && e >= 2
                    && (chars[e - 2..e] == ['时', '期'] || chars[e - 2..e] == ['期', '间']);
                if period && this_year.is_none_or(|t| t < y) {
                    heading_year = Some((line.path.len(), y));
                }
            }
        }
        // A labelled heading that opens with a year (三、2026年经济社会发展总体要求, (二)到2025年)
        // heads a section of that year: its lines without a year of their own take it.
        if labelled && !(line.body..line.end).any(|i| chars[i] == '。') {
            if let Some(y) = opening_year(chars, line.body, line.end) {
                heading_year = Some((line.path.len(), y));
            }
        }
        // (今年底,某市将建设 / 小型消防站8个、…: a line laid out one phrase a line that breaks off
        // after a word of intent and a verb of making hands its deadline to the next line only,
        // its objects; the phrases after that are lines of their own.)
        if one_line_list && !blank {
            list_year = None;
            one_line_list = false;
        }
        let broken_off = line.end > line.start
            && chars.get(line.end - 1) != Some(&':')
            && rules::breaks_off(chars, line.end);
        if line.end > line.start
            && (chars.get(line.end - 1) == Some(&':') || broken_off)
            && carry.year.is_some()
        {
            list_year = carry.year;
            one_line_list = broken_off;
        }
        for c in found {
            targets.push(to_target(text, &folded, c, line, task));
        }
    }
    drop_headlines(text, &mut targets);
    drop_restated(text, &mut targets);
    let sure: Vec<f32> = (0..targets.len())
        .map(|k| confidence::assess(text, &folded, this_year, &targets, k))
        .collect();
    for (t, c) in targets.iter_mut().zip(sure) {
        t.confidence = c;
    }
    let mut looked = second_look::look(
        &folded,
        &meta.title,
        &outline.lines,
        &above,
        cx,
        &targets,
        ask,
    );
    match ask {
        Ask::Suggestions => looked.retain(|l| second_look::suggested(l.best, l.chance)),
        Ask::Within(..) => looked.retain(|l| l.best),
        Ask::Every => {}
    }
    let seen = second_look::seen(text, &folded, looked, &outline.lines, &outline.tasks);
    let (mut suggested, prefix) = match ask {
        Ask::Within(a, b) => {
            // (A multiple, 双倍增, takes its unit from its sibling target here, as the plan's
            // indicators do: a drafted target is read as the plan carries it.)
            place_multiples(&mut targets);
            let page = Page {
                text,
                folded: &folded,
                outline: &outline,
                above: &above,
                cx,
            };
            (selected(&page, &seen, &targets, a, b), "e")
        }
        Ask::Suggestions | Ask::Every => (
            seen.iter()
                .filter(|s| second_look::suggested(s.best, s.chance))
                .map(|s| s.target.clone())
                .collect(),
            "s",
        ),
    };
    let plan = assemble(&meta, &outline, &mut targets, &mut suggested);
    let suggestions = suggestions(suggested, prefix);
    (
        Draft {
            plan,
            targets,
            suggestions,
        },
        seen,
    )
}

/// What reading an editor's selection needs of the text and its draft.
struct Page<'a> {
    text: &'a str,
    folded: &'a text::Folded,
    outline: &'a outline::Outline,
    /// The deadline the heading or list above each line gives.
    above: &'a [Option<i32>],
    cx: rules::Context,
}

/// The targets an editor's selection of the text's characters `a..b` holds (see
/// [`read_selection`]), in text order, each quoting the selection: for each figure of the second
/// look's `seen` (its likeliest year), the drafted target with its value and unit whose quote the
/// selection overlaps if there is one, else the figure's reading; then the drafted targets the
/// selection overlaps that no figure took. When that is nothing (a yes/no aim, 建成…交易市场; a
/// figure whose unit the second look does not read, 翻两番), [`read_as_goals`].
fn selected(
    page: &Page,
    seen: &[second_look::Seen],
    drafted: &[DraftTarget],
    a: usize,
    b: usize,
) -> Vec<DraftTarget> {
    let folded = page.folded;
    let overlapping: Vec<&DraftTarget> = drafted
        .iter()
        .filter(|t| t.span.char_start < b && a < t.span.char_end)
        .collect();
    let mut taken = vec![false; overlapping.len()];
    let mut found: Vec<DraftTarget> = Vec::new();
    for s in seen {
        let same = overlapping.iter().enumerate().position(|(k, t)| {
            !taken[k]
                && s.target
                    .milestone
                    .value
                    .is_some_and(|w| second_look::states(t, &s.target.unit, w))
        });
        match same {
            Some(k) => {
                taken[k] = true;
                found.push(overlapping[k].clone());
            }
            None => found.push(s.target.clone()),
        }
    }
    found.extend(
        overlapping
            .iter()
            .zip(&taken)
            .filter(|(_, t)| !**t)
            .map(|(t, _)| (*t).clone()),
    );
    // The folded characters the selection holds.
    let from = folded.char_at.partition_point(|c| *c < a);
    let to = folded.char_at.partition_point(|c| *c < b);
    if found.is_empty() {
        found = read_as_goals(page, from, to);
    }
    found.sort_by_key(|t| t.span.char_start);
    // Each quotes the selection, trimmed as a quote is.
    let Some(span) = text::span(folded, from, to) else {
        return Vec::new();
    };
    for t in &mut found {
        t.span = span;
        t.quote = text::slice(page.text, span).to_string();
        t.indicator = None;
    }
    found
}

/// The targets the rules read in the folded characters `from..to` (within one line) taken as a
/// sentence of goals, dated by [`selection_year`] where they name no year, or, when they read
/// none and the words hold no figure at all, the yes/no aim the words name; their confidence as
/// the model gives a drafted target's, held below review.
fn read_as_goals(page: &Page, from: usize, to: usize) -> Vec<DraftTarget> {
    let chars = &page.folded.chars;
    let lines = &page.outline.lines;
    let Some(k) = lines.iter().position(|l| l.start <= from && from < l.end) else {
        return Vec::new();
    };
    let line = &lines[k];
    let year = selection_year(page, k, from);
    let carry = rules::Carry {
        review: false,
        year: Some(year),
        aims: true,
        data: false,
    };
    let mut found = Vec::new();
    let to = to.min(line.end);
    rules::sentence(chars, from, to, true, page.cx, carry, &mut found);
    // Words without any figure that the rules do not read (建成…交易市场, 創成省級森林城市) state a
    // yes/no aim, the editor says: done by the year their place gives (a year in them counts).
    let figureless = !(from..to).any(|p| numeral::writes_numbers(chars[p]));
    if found.is_empty() && figureless && from < to {
        found.push(rules::Candidate {
            name: (from, to),
            name_text: None,
            name_tail: None,
            value: 1.0,
            upper: None,
            unit: String::new(),
            decimals: 0,
            year: selection_year(page, k, to),
            cmp: Comparator::Ge,
            aspirational: false,
            kind: Kind::Binary,
            direction: Direction::Higher,
            baseline_year: None,
            baseline_value: None,
            quote: (from, to),
            cues: Vec::new(),
            rule: "selection-yes-no",
            flags: vec![Flag::NameUncertain],
            shape: Shape::Carried,
        });
    }
    let task = line.task.and_then(|t| page.outline.tasks.get(t));
    let mut read: Vec<DraftTarget> = found
        .into_iter()
        .map(|c| to_target(page.text, page.folded, c, line, task))
        .collect();
    // (A multiple, 双倍增, needs its sibling's unit and a base, as a drafted one does.)
    place_multiples(&mut read);
    let sure: Vec<f32> = (0..read.len())
        .map(|k| confidence::assess(page.text, page.folded, page.cx.this_year, &read, k))
        .collect();
    for (t, c) in read.iter_mut().zip(sure) {
        t.confidence = c.min(second_look::CONFIDENCE_AT_MOST);
    }
    read
}

/// The deadline the text gives what stands at folded `at` in line `k`, as the second look dates a
/// figure there by its own place: the nearest year before it in its sentence or paragraph, else
/// the heading or list above it, else the year of issue, else the plan's last year.
fn selection_year(page: &Page, k: usize, at: usize) -> i32 {
    let line = &page.outline.lines[k];
    rules::loose::year_before(&page.folded.chars, line.body, at, page.cx.this_year)
        .or(page.above.get(k).copied().flatten())
        .or(page.cx.this_year)
        .unwrap_or(page.cx.default_year)
}

/// The suggestions of the suggested targets, in text order: each the plan can carry with its
/// indicator, `<prefix>-001` on.
fn suggestions(suggested: Vec<DraftTarget>, prefix: &str) -> Vec<Suggestion> {
    let mut n = 0;
    suggested
        .into_iter()
        .map(|mut target| {
            let indicator = (target.shape == Shape::Carried).then(|| {
                n += 1;
                let id = format!("{prefix}-{n:03}");
                target.indicator = Some(id.clone());
                indicator(id, &target)
            });
            Suggestion { target, indicator }
        })
        .collect()
}

/// Drafts `text` by the rules alone and returns, with that draft, every figure the second look
/// weighs (see [`second_look`]): what its trainer learns from.
pub fn draft_and_look(text: &str, options: &DraftOptions) -> (Draft, Vec<second_look::Seen>) {
    read(text, options, Ask::Every)
}

/// Does the paragraph `chars[a..b]` announce goals with a colon (未来五年,要努力实现以下目标:…,
/// 主要目标是:…)? What it lists after the colon, and the paragraphs after it, are those goals, even
/// when it goes on to state the first of them itself. (Not a label, 工作目标:, which heads its
/// own paragraph only.)
fn announces_goals(chars: &[char], a: usize, b: usize) -> bool {
    (a..b).any(|p| {
        chars[p] == ':'
            && ["以下目标", "目标是", "目标为", "目标如下"]
                .iter()
                .any(|w| lexicon::ends_at(chars, p, w).is_some())
    })
}

/// Does the paragraph `chars[a..b]` open by taking up one area (在供水保障方面,…; 此外,在…方面,)?
fn by_area(chars: &[char], a: usize, b: usize) -> bool {
    let a = ["此外,", "另外,", "同时,"]
        .iter()
        .find(|w| at(chars, a, w))
        .map_or(a, |w| a + w.chars().count());
    at(chars, a, "在") && (a + 2..(a + 16).min(b)).any(|p| at(chars, p, "方面,"))
}

/// Has the line `chars[a..b]` lost its punctuation (a summary or an extract whose clauses stand
/// apart by spaces: 包括挡墙13.46千米 道路8.72千米 预计覆盖群众7.9万人 建设3个口袋公园)? A long
/// line without a full stop, comma or semicolon whose words stand apart by spaces at least three
/// times.
fn lost_punctuation(text: &str, f: &text::Folded, a: usize, b: usize) -> bool {
    let chars = &f.chars;
    b > a + 40
        && !(a..b).any(|i| matches!(chars[i], '。' | ',' | ';' | '、'))
        && (a + 1..b).filter(|&i| spaced(text, f, i)).count() >= 3
}

/// Does a space of the original stand before the folded character `i`, between two characters
/// that are not ASCII letters or digits (not 2025 年, not 5G 基站)?
fn spaced(text: &str, f: &text::Folded, i: usize) -> bool {
    let (Some(prev), Some(next)) = (
        i.checked_sub(1).and_then(|p| f.chars.get(p)),
        f.chars.get(i),
    ) else {
        return false;
    };
    if prev.is_ascii_alphanumeric() || next.is_ascii_alphanumeric() || *prev == '\n' {
        return false;
    }
    let from = f.byte_at[i - 1] + f.byte_len[i - 1];
    let gap = text.get(from..f.byte_at[i]).unwrap_or("");
    !gap.is_empty()
        && gap
            .chars()
            .all(|c| matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}'))
}

/// The year a heading's title opens with (2026年…, 到2025年…), in digits.
fn opening_year(chars: &[char], body: usize, end: usize) -> Option<i32> {
    let a = if lexicon::at(chars, body, "到") {
        body + 1
    } else {
        body
    };
    let digits = chars.get(a..a + 4)?;
    if a + 4 >= end || chars.get(a + 4) != Some(&'年') || !digits.iter().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let y: i32 = digits.iter().collect::<String>().parse().ok()?;
    (2000..=2060).contains(&y).then_some(y)
}

/// Does a list item start at `i` (——, -, ·, 1., (1), ①)?
fn list_item(chars: &[char], i: usize) -> bool {
    chars.get(i).is_some_and(|c| {
        matches!(c, '-' | '·' | '•' | '●' | '▪' | '◆' | '■')
            || c.is_ascii_digit()
            || ('①'..='⑳').contains(c)
            || (*c == '(' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit()))
    })
}

/// The line of `text` around the byte range `a..b`.
fn line_of(text: &str, a: usize, b: usize) -> &str {
    let start = text
        .get(..a)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |p| p + 1);
    let end = text
        .get(b..)
        .and_then(|t| t.find('\n'))
        .map_or(text.len(), |p| b + p);
    text.get(start..end).unwrap_or("")
}

/// A headline or subheading (a line without a full stop: 我國森林覆蓋率提高至24.1%) that restates
/// a target of a body sentence (a line with one) is drafted once, from the body, whatever names
/// the two give it.
fn drop_headlines(text: &str, targets: &mut Vec<DraftTarget>) {
    let stops = |l: &str| l.contains(['。', '；', ';']);
    // A headline is short and lists nothing.
    let headline = |l: &str| !stops(l) && !l.contains('、') && l.trim().chars().count() <= 50;
    let milestone = |t: &DraftTarget| {
        (
            t.milestone.year,
            t.milestone.value,
            t.milestone.upper,
            t.milestone.cmp,
            t.unit.clone(),
        )
    };
    let lines: Vec<&str> = targets
        .iter()
        .map(|t| line_of(text, t.span.byte_start, t.span.byte_end))
        .collect();
    let restated: Vec<bool> = targets
        .iter()
        .zip(&lines)
        .map(|(t, line)| {
            // Yes/no results and coverage share one figure: a line of its own may be another.
            headline(line)
                && !matches!(t.kind, Kind::Binary | Kind::Coverage)
                && !t.flags.contains(&Flag::Distributed)
                && targets.iter().zip(&lines).any(|(b, bl)| {
                    // A headline figure without a year of its own (将达80岁以上) restates the
                    // body's whatever year the body gives it.
                    let (mut x, y) = (milestone(b), milestone(t));
                    if t.flags.contains(&Flag::YearDefaulted) {
                        x.0 = y.0;
                    }
                    stops(bl)
                        && !std::ptr::eq(*bl, *line)
                        && x == y
                        && names_agree(&b.name, &t.name, 0.5)
                })
        })
        .collect();
    let mut k = 0;
    targets.retain(|_| {
        k += 1;
        !restated.get(k - 1).copied().unwrap_or(false)
    });
}

/// Do two names of one indicator agree: at least the share `min` of the shorter one's letters
/// (without a leading place, 全市/全省…) occur in the other, and at least two (高新技术企业 /
/// 高企总数 at one half)?
fn names_agree(a: &str, b: &str, min: f64) -> bool {
    const PLACE: &[&str] = &["全市", "全省", "全县", "全区", "全国", "全镇"];
    let core = |n: &str| -> Vec<char> {
        let n = PLACE.iter().find_map(|p| n.strip_prefix(p)).unwrap_or(n);
        n.chars().filter(|c| c.is_alphanumeric()).collect()
    };
    let (x, y) = (core(a), core(b));
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    let shared = short.iter().filter(|c| long.contains(c)).count();
    short.len() >= 2 && shared >= 2 && shared as f64 >= min * short.len() as f64
}

/// A target restated later (a headline repeated in the body, a duplicated paragraph) is drafted
/// once: same figure, deadline, comparator and unit, and the same quote or a name that contains
/// the other's (5G个人用户普及率 / 具体包含…、5G个人用户普及率; 超100亿元 / 年营业收入超100亿元的
/// 特色产业集群). A count restated in another sentence under a shorter or other name (高新技术企业
/// 达到500家 / 高企总数达到500家) is the same target when the names share at least half of the
/// shorter one's characters.
fn drop_restated(text: &str, targets: &mut Vec<DraftTarget>) {
    let trim = |s: &str| -> String {
        s.trim_start_matches(|c: char| !c.is_alphanumeric())
            .to_string()
    };
    let same = |a: &DraftTarget, b: &DraftTarget| {
        let (x, y) = (trim(&a.name), trim(&b.name));
        let (short, long) = if x.chars().count() <= y.chars().count() {
            (x, y)
        } else {
            (y, x)
        };
        a.unit == b.unit
            && (
                a.milestone.year,
                a.milestone.value,
                a.milestone.upper,
                a.milestone.cmp,
            ) == (
                b.milestone.year,
                b.milestone.value,
                b.milestone.upper,
                b.milestone.cmp,
            )
            && !a.flags.contains(&Flag::Distributed)
            && !b.flags.contains(&Flag::Distributed)
            // (Two sentences may state two indicators' changes in the same words, 增长10%: the
            // names the sentences gave them tell them apart.)
            && ((a.quote == b.quote && a.name == b.name)
                || renamed(text, a, b)
                || reworded(text, a, b)
                || (short.chars().count() >= 3
                    && long.contains(&short)
                    // Yes/no results and coverage all share one figure.
                    && (![a.kind, b.kind]
                        .iter()
                        .any(|k| matches!(k, Kind::Binary | Kind::Coverage))
                        // (…将实现原生生活垃圾“零填埋” in a lead, …实现原生生活垃圾“零填埋” in
                        // the body: one result, restated, when both end on the same words.)
                        || (a.kind == Kind::Binary
                            && b.kind == Kind::Binary
                            && same_ending(&a.quote, &b.quote)))))
    };
    let mut kept: Vec<DraftTarget> = Vec::with_capacity(targets.len());
    for t in targets.drain(..) {
        match kept.iter_mut().find(|k| same(k, &t)) {
            // A goal restated in its task paragraph names who leads it: keep that.
            Some(k) => {
                if k.lead.is_empty() && !t.lead.is_empty() {
                    k.lead = t.lead;
                    k.partners = t.partners;
                    k.task = k.task.take().or(t.task);
                }
            }
            None => kept.push(t),
        }
    }
    *targets = kept;
}

/// Do two quotes end on the same three characters (the result a yes/no aim names)?
fn same_ending(a: &str, b: &str) -> bool {
    let tail = |q: &str| q.chars().rev().take(3).collect::<String>();
    a.chars().count() >= 3 && tail(a) == tail(b)
}

/// Is `b` a count of `a` restated under another name in another sentence? Shares, changes,
/// rates and yes/no results are left apart: many indicators share one of those figures.
fn renamed(text: &str, a: &DraftTarget, b: &DraftTarget) -> bool {
    let counted = |t: &DraftTarget| {
        matches!(t.kind, Kind::Level | Kind::Cumulative | Kind::AnnualFloor)
            && !t.unit.is_empty()
            && t.unit != "%"
    };
    let apart = apart_by(text, a, b, &['。', '\n', '!', '?', '；', ';']);
    // (甲进出口额实现5亿美元;乙进出口额实现5亿美元: items of one sentence's list are apart aims.)
    let one_list = !apart_by(text, a, b, &['。', '\n', '!', '?']);
    counted(a)
        && !one_list
        && counted(b)
        && apart
        && names_agree(&counted_noun(&a.name), &counted_noun(&b.name), 0.5)
}

/// The noun a count counts, without the verb of doing that leads its item and the words in
/// brackets that gloss the verb: a list of a year's works repeats its verb (新建(改扩)公办幼儿园
/// 10所;新建(改扩)公办中小学10所), which does not make two counts one.
fn counted_noun(name: &str) -> String {
    const VERBS: &[&str] = &[
        "新建",
        "新增",
        "建成",
        "改扩建",
        "改建",
        "改造",
        "完成",
        "实施",
        "實施",
        "开展",
        "開展",
        "建设",
        "建設",
        "培育",
        "引进",
        "引進",
    ];
    let mut depth = 0i32;
    let bare: String = name
        .chars()
        .filter(|c| {
            match c {
                '(' | '（' => depth += 1,
                ')' | '）' => {
                    depth -= 1;
                    return false;
                }
                _ => {}
            }
            depth <= 0
        })
        .collect();
    let noun = VERBS
        .iter()
        .find_map(|v| bare.strip_prefix(v))
        .unwrap_or(&bare);
    if noun.chars().count() >= 2 {
        noun.to_string()
    } else {
        bare
    }
}

/// Does one of `stops` stand in `text` between the quotes of `a` and `b`?
fn apart_by(text: &str, a: &DraftTarget, b: &DraftTarget, stops: &[char]) -> bool {
    let (first, second) = if a.span.byte_start <= b.span.byte_start {
        (a, b)
    } else {
        (b, a)
    };
    text.get(first.span.byte_end..second.span.byte_start)
        .is_some_and(|between| between.contains(stops))
}

/// Is `b` a share or rate of `a` restated in another paragraph in other words (a news lead's
/// 5G用户普及率超过70% / the body's 5G个人用户普及率超过70%)? The names must share four fifths of
/// the shorter one's characters.
fn reworded(text: &str, a: &DraftTarget, b: &DraftTarget) -> bool {
    let apart = apart_by(text, a, b, &['\n']);
    // (Two rows of one table flattened a cell a paragraph, 幼儿教师专科及以上学历比例 and 小学教师
    // 专科及以上学历比例, are two indicators however alike their names.)
    let rows = [a, b].iter().all(|t| t.rule == "table.paragraphs");
    let rate = |t: &DraftTarget| matches!(t.kind, Kind::Share | Kind::GrowthRate | Kind::Level);
    rate(a) && rate(b) && apart && !rows && names_agree(&a.name, &b.name, 0.8)
}

/// Lines under a 目标 heading, and lines that start with 工作目标/主要目标 or ——, state goals.
fn is_goal(chars: &[char], line: &outline::Line) -> bool {
    line.under_goal
        || [
            "工作目标",
            "主要目标",
            "发展目标",
            "总体目标",
            "预期目标",
            "——",
            "--",
        ]
        .iter()
        .any(|w| at(chars, line.body, w))
            // (——这一年,我们…: a dash may open a report's look back as well as a goal.)
            && !(["——", "--"].iter().any(|w| at(chars, line.body, w))
                && rules::looks_back(chars, rules::lead(chars, line.body, line.end), line.end))
}

fn to_target(
    text: &str,
    f: &text::Folded,
    c: Candidate,
    line: &outline::Line,
    task: Option<&plan_gauge_core::model::Task>,
) -> DraftTarget {
    let orig = |a: usize, b: usize| {
        text::span(f, a, b)
            .map(|s| text::slice(text, s).trim().to_string())
            .unwrap_or_default()
    };
    let mut name = c
        .name_text
        .clone()
        .unwrap_or_else(|| orig(c.name.0, c.name.1));
    if let Some((a, b)) = c.name_tail {
        if !name.is_empty() {
            name.push_str(&orig(a, b));
        }
    }
    let span = text::span(f, c.quote.0, c.quote.1).unwrap_or(Span {
        char_start: 0,
        char_end: 0,
        byte_start: 0,
        byte_end: 0,
    });
    let mut flags = c.flags.clone();
    if c.kind == Kind::RelativeChange && !flags.contains(&Flag::UnitUnstated) {
        flags.push(Flag::UnitUnstated);
    }
    if name.is_empty() && !flags.contains(&Flag::NameUncertain) {
        flags.push(Flag::NameUncertain);
    }
    let quote = text::slice(text, span).to_string();
    // Without a name of its own, the target is named by its quote (flagged for the editor).
    let name = if name.is_empty() {
        quote.chars().take(30).collect()
    } else {
        name
    };
    DraftTarget {
        indicator: None,
        name,
        unit: c.unit,
        kind: c.kind,
        direction: c.direction,
        milestone: Milestone {
            year: c.year,
            // A target that states only a direction has no value.
            value: (!c.flags.contains(&Flag::DirectionOnly)).then_some(c.value),
            upper: c.upper,
            cmp: c.cmp,
            aspirational: c.aspirational,
        },
        baseline_year: c.baseline_year,
        baseline_value: c.baseline_value,
        shape: c.shape,
        quote,
        span,
        section: line.section.clone(),
        section_path: line.path.clone(),
        task: task.map(|t| t.id.clone()),
        cues: c.cues,
        rule: c.rule.to_string(),
        // (Set once every target of the text is known: see [`confidence`].)
        confidence: 0.0,
        flags,
        lead: task.map(|t| t.lead.clone()).unwrap_or_default(),
        partners: task.map(|t| t.partners.clone()).unwrap_or_default(),
    }
}

/// Builds the plan from the metadata, the outline and the carried targets (and gives each
/// carried target its indicator id); fits the kinds and sections of the draft's suggestions
/// `suggested` too, which stay out of the plan.
fn assemble(
    meta: &meta::Meta,
    o: &outline::Outline,
    targets: &mut [DraftTarget],
    suggested: &mut [DraftTarget],
) -> Plan {
    place_multiples(targets);
    for t in targets.iter_mut().chain(suggested.iter_mut()) {
        fit_kind(t);
    }
    // Text before the first heading (or a text without headings) is the preamble, section `0`
    // (for a suggestion too, so that the plan it is added to has the section).
    let mut sections = outline::sections(o);
    unique_ids(&mut sections, &mut std::collections::HashSet::new());
    if targets
        .iter()
        .chain(suggested.iter())
        .any(|t| t.section.is_empty())
    {
        for t in targets
            .iter_mut()
            .chain(suggested.iter_mut())
            .filter(|t| t.section.is_empty())
        {
            t.section = PREAMBLE.to_string();
        }
        sections.insert(
            0,
            Section {
                id: PREAMBLE.to_string(),
                label: String::new(),
                title: "前言".to_string(),
                i18n: Default::default(),
                children: Vec::new(),
            },
        );
    }
    let mut indicators = Vec::new();
    for t in targets.iter_mut() {
        if t.shape != Shape::Carried {
            continue;
        }
        let id = format!("d-{:03}", indicators.len() + 1);
        t.indicator = Some(id.clone());
        indicators.push(indicator(id, t));
    }
    let years = indicators.iter().flat_map(|i| {
        i.targets
            .iter()
            .flat_map(|t| t.milestones.iter().map(|m| m.year))
    });
    Plan {
        format: FORMAT_V1.to_string(),
        id: "draft".to_string(),
        title: meta.title.clone(),
        i18n: Default::default(),
        issuer: meta.issuer.clone(),
        issued: meta.issued.clone(),
        doc_number: meta.doc_number.clone(),
        // The period covers every drafted deadline (a passage may name years past its own span).
        period: PlanPeriod {
            start: years.clone().fold(meta.period.start, i32::min),
            end: years.fold(meta.period.end, i32::max),
        },
        locale: meta.locale.to_string(),
        source_url: None,
        method: None,
        sections,
        // A task whose paragraph holds nothing but its number has nothing to track.
        tasks: o
            .tasks
            .iter()
            .filter(|t| !t.title.trim().is_empty())
            .cloned()
            .collect(),
        indicators,
        agencies: Default::default(),
        notes: vec![EditorNote {
            kind: "omission".to_string(),
            text: "草稿:由 plan-gauge-draft 按规则从原文起草,每个数值须经编辑核对。 / Draft: \
                   drafted by rules from the plan's text; every figure needs an editor's check."
                .to_string(),
            indicators: Vec::new(),
        }],
    }
}

/// The indicator of a drafted target the plan carries, with id `id`.
fn indicator(id: String, t: &DraftTarget) -> Indicator {
    let decimals = decimals_of(&t.quote, t.milestone.value);
    Indicator {
        id,
        name: t.name.clone(),
        i18n: Default::default(),
        unit: t.unit.clone(),
        decimals,
        direction: t.direction,
        kind: t.kind,
        series: None,
        section: (!t.section.is_empty()).then(|| t.section.clone()),
        headline: false,
        method: None,
        targets: vec![Target {
            milestones: vec![t.milestone.clone()],
            from_year: None,
            baseline: t.baseline_year.map(|year| Baseline {
                year,
                value: t.baseline_value,
                source: None,
            }),
            lead: t.lead.clone(),
            partners: t.partners.clone(),
            citation: Citation {
                quote: t.quote.clone(),
                section: t.section.clone(),
            },
            conflict: None,
        }],
        note: None,
    }
}

/// A multiple needs a base year and the unit of the quantity it multiplies. The unit comes from a
/// target of the same name that states a level (双倍增，分别超过200家和1600家); without either,
/// the multiple stays out of the plan.
fn place_multiples(targets: &mut [DraftTarget]) {
    for k in 0..targets.len() {
        if targets[k].kind != Kind::Multiple || targets[k].shape != Shape::Carried {
            continue;
        }
        let unit = targets
            .iter()
            .find(|o| {
                o.kind != Kind::Multiple
                    && o.name == targets[k].name
                    && !o.unit.is_empty()
                    && o.unit != "%"
            })
            .map(|o| o.unit.clone());
        let t = &mut targets[k];
        match (t.baseline_year, unit) {
            (Some(_), Some(u)) => t.unit = u,
            _ => t.shape = Shape::MultipleWithoutBase,
        }
    }
}

/// Makes a target's kind, unit and direction fit what the format allows: a share is in %, a
/// figure needs a unit, and only levels may be lower-is-better.
fn fit_kind(t: &mut DraftTarget) {
    if t.shape != Shape::Carried {
        return;
    }
    // A range written high to low (10-5家, 降低70%至65%) runs low to high in the format.
    if let (Some(v), Some(u)) = (t.milestone.value, t.milestone.upper) {
        if u < v {
            t.milestone.value = Some(u);
            t.milestone.upper = Some(v);
        }
    }
    // A base year on or after the deadline cannot be a baseline: a change then has no base.
    if t.baseline_year.is_some_and(|b| b >= t.milestone.year) {
        t.baseline_year = None;
        t.baseline_value = None;
        if matches!(t.kind, Kind::RelativeChange | Kind::PointChange) {
            t.shape = Shape::ChangeWithoutBase;
            return;
        }
    }
    match t.kind {
        Kind::Rank => {
            t.direction = Direction::Lower;
            if t.milestone.value.is_some_and(|v| v < 1.0) {
                t.kind = Kind::Level;
            }
        }
        Kind::RelativeChange | Kind::PointChange => {
            let v = t.milestone.value.unwrap_or(0.0);
            let ok = match t.kind {
                Kind::RelativeChange => v > -100.0 && v != 0.0,
                _ => v != 0.0 && v.abs() <= 100.0,
            };
            if !ok {
                t.shape = Shape::ChangeWithoutBase;
                return;
            }
            t.direction = if v < 0.0 {
                Direction::Lower
            } else {
                Direction::Higher
            };
            if t.kind == Kind::PointChange {
                t.unit = "%".to_string();
            }
            return;
        }
        _ => {}
    }
    let over_100 = t.milestone.value.is_some_and(|v| v > 100.0);
    if matches!(t.kind, Kind::Share | Kind::Coverage) && (t.unit != "%" || over_100) {
        t.kind = Kind::Level;
    }
    if matches!(
        t.kind,
        Kind::Level | Kind::Cumulative | Kind::AnnualFloor | Kind::AnnualRange
    ) && t.unit.is_empty()
    {
        t.unit = "倍".to_string();
    }
    if t.kind == Kind::Coverage && t.milestone.cmp != Comparator::Ge {
        t.kind = Kind::Share;
    }
    if t.kind == Kind::AnnualRange && t.milestone.cmp != Comparator::Range {
        t.kind = Kind::AnnualFloor;
    }
    if t.kind == Kind::AnnualFloor && t.milestone.cmp == Comparator::Range {
        t.kind = Kind::AnnualRange;
    }
    if matches!(t.kind, Kind::Binary | Kind::Coverage | Kind::Multiple) {
        t.direction = Direction::Higher;
    }
}

/// Gives a heading whose id repeats an earlier one (a numbering the text restarts or skips) an id
/// of its own (`2.1` → `2.1-2`); targets keep pointing at the first.
fn unique_ids(sections: &mut [Section], seen: &mut std::collections::HashSet<String>) {
    for s in sections.iter_mut() {
        if !seen.insert(s.id.clone()) {
            let mut k = 2;
            while seen.contains(&format!("{}-{k}", s.id)) {
                k += 1;
            }
            s.id = format!("{}-{k}", s.id);
            seen.insert(s.id.clone());
        }
        unique_ids(&mut s.children, seen);
    }
}

/// The decimals written in the quote for `value` (`3.0%` → 1), if any.
fn decimals_of(quote: &str, value: Option<f64>) -> Option<u8> {
    let v = value?;
    if v.fract() != 0.0 {
        return None;
    }
    let needle = format!("{}.0", v as i64);
    quote.contains(&needle).then_some(1)
}

/// The tier of the government a plan's title names (see `rules::Context::tier`): 2 when a city,
/// county or district (宁波市镇海区…, 某县…) opens it, 1 for a province or region (浙江省…,
/// 广西壮族自治区…), else 0. Words that only contain 市 or 区 (城市更新, 社区, 园区) do not count.
fn tier(title: &str) -> u8 {
    let mut t = title.trim_start();
    for p in ["关于印发", "关于", "《", "“"] {
        t = t.strip_prefix(p).unwrap_or(t);
    }
    let head: Vec<char> = t.chars().take(12).collect();
    let place = |marks: &[char]| {
        (1..head.len()).find(|&i| {
            marks.contains(&head[i])
                && !matches!(
                    head[i - 1],
                    '城' | '都'
                        | '超'
                        | '门'
                        | '社'
                        | '园'
                        | '景'
                        | '小'
                        | '地'
                        | '街'
                        | '片'
                        | '特'
                        | '新'
                        | '开'
                        | '湾'
                )
        })
    };
    if place(&['市', '县', '区', '州', '旗', '盟']).is_some() {
        2
    } else if place(&['省']).is_some() || t.contains("自治区") {
        1
    } else {
        0
    }
}
