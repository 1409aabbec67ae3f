//! The document's outline: headings (一、 (一) 1.), the task paragraphs under the numbered
//! headings, and the agencies named in 牵头单位/配合单位/责任单位 lines.

use crate::lexicon::{at, LEAD_LABELS, PARTNER_LABELS};
use crate::numeral::chinese_digit;
use crate::text::{slice, span, Folded};
use plan_gauge_core::model::{Section, Task};

/// One line of the folded text and where it stands in the outline.
#[derive(Debug, Clone, Default)]
pub struct Line {
    /// Folded start (inclusive) and end (exclusive, before the line break).
    pub start: usize,
    pub end: usize,
    /// Id of the innermost section the line stands in (`2.1.3`), empty before the first heading.
    pub section: String,
    /// The labels of the headings above the line, outermost first (`二、`, `(一)`, `1.`).
    pub path: Vec<String>,
    /// Index into [`Outline::tasks`] of the task paragraph the line belongs to.
    pub task: Option<usize>,
    /// Folded index where the heading's label ends, when the line is a heading.
    pub body: usize,
    /// True when a heading above the line (or the line's own) names goals (目标).
    pub under_goal: bool,
    /// True under a heading that reviews the past (执行情况, 完成情况, 回顾), or in the page's
    /// furniture after the text (相关新闻, 推荐阅读, 上一篇): no targets there.
    pub under_review: bool,
    /// True when the line is a heading without a label, a short line of its own that names goals
    /// or a review (2024年目标任务, 2023年工作回顾): it heads the lines after it up to the next
    /// heading.
    pub bare_heading: bool,
}

/// The outline of a document.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    pub lines: Vec<Line>,
    /// Flat list of headings: (level 1..=3, id, label, title).
    pub headings: Vec<(u8, String, String, String)>,
    /// Tasks (numbered headings at the third level), with their agencies.
    pub tasks: Vec<Task>,
}

/// The level and label length of a heading at the start of `chars[i..end]`.
fn heading_at(chars: &[char], i: usize, end: usize) -> Option<(u8, usize)> {
    let cn = |c: char| chinese_digit(c).is_some() || c == '十';
    let mut j = i;
    // ■ 2025年主要预期目标: a news summary's section mark on a short line of its own.
    if matches!(chars.get(j), Some('■' | '◆')) {
        let short = end.saturating_sub(i) <= 40 && !chars[i..end.min(chars.len())].contains(&'。');
        return short.then_some((1, 1));
    }
    if chars.get(j).is_some_and(|c| cn(*c)) {
        while j < end && cn(chars[j]) {
            j += 1;
        }
        return (chars.get(j) == Some(&'、') && j - i <= 3).then_some((1, j + 1 - i));
    }
    if chars.get(j) == Some(&'(') {
        j += 1;
        let s = j;
        while j < end && cn(chars[j]) {
            j += 1;
        }
        return (j > s && j - s <= 3 && chars.get(j) == Some(&')')).then_some((2, j + 1 - i));
    }
    if chars.get(j).is_some_and(|c| c.is_ascii_digit()) {
        while j < end && chars[j].is_ascii_digit() {
            j += 1;
        }
        let sep = chars.get(j).copied();
        let next = chars.get(j + 1).copied();
        let ok = j - i <= 2
            && matches!(sep, Some('.') | Some('、'))
            && next.is_some_and(|c| !c.is_ascii_digit() && c != '%');
        return ok.then_some((3, j + 1 - i));
    }
    None
}

/// Heading words of a section that reports the past or the present (执行情况, 发展基础, 取得成效):
/// its figures are no targets, unless the heading also names goals or tasks (现状与目标).
const REVIEW_HEADINGS: &[&str] = &[
    "执行情况",
    "完成情况",
    "进展情况",
    // (2023年工作推进情况: how the year's work went.)
    "推进情况",
    "工作回顾",
    "回顾",
    "发展基础",
    "发展现状",
    "现状",
    "基本情况",
    "取得成效",
    "工作成效",
    "主要成效",
    "主要成绩",
    "工作成绩",
    "发展成就",
    "成绩单",
    // The background a plan opens with: the present and others' figures, not its aims.
    "发展背景",
    "编制背景",
    "现实基础",
    "面临形势",
    "发展形势",
    "发展环境",
    "机遇与挑战",
    "机遇和挑战",
];

/// Words that open a web page's furniture after the article (other articles' headlines).
const FURNITURE: &[&str] = &[
    "相关新闻",
    "相关阅读",
    "相关文章",
    "相关报道",
    "推荐阅读",
    "延伸阅读",
    "热点推荐",
    "热门推荐",
    "今日看点",
    "猜你喜欢",
    "上一篇",
    "下一篇",
    "(编辑",
];

/// A heading without a label at `start..end` (2024年目标任务, 二〇二三年工作回顾, 主要目标): a short
/// line without a sentence's punctuation or a figure other than a year, that names goals or a
/// review. Whether it names goals, and whether it reviews the past.
fn bare_heading(chars: &[char], start: usize, end: usize) -> Option<(bool, bool)> {
    let line = chars.get(start..end)?;
    let title: String = line.iter().collect();
    // (不仅对过去一年进行了回顾 / 同时,也对新一年的工作: a line that opens with a conjunction
    // is a sentence broken across lines, not a heading: it heads nothing.)
    if FRAGMENT_OPENINGS.iter().any(|w| title.starts_with(w)) {
        return None;
    }
    let plain = !line.is_empty()
        && line.len() <= 16
        && !line
            .iter()
            .any(|c| matches!(c, '。' | ',' | ';' | ':' | '、' | '%' | '!' | '?'))
        && !title.contains("年以来");
    // Digits only in a year: 2024年.
    let digits: Vec<usize> = (0..line.len())
        .filter(|k| line[*k].is_ascii_digit())
        .collect();
    let only_year = digits.is_empty()
        || (digits.len() == 4
            && digits.windows(2).all(|w| w[1] == w[0] + 1)
            && digits
                .get(3)
                .is_some_and(|d| line.get(d + 1) == Some(&'年')));
    // 过去5年, 过去五年, 近五年来, 五年来: a line that only names the years just gone heads
    // the results listed below it.
    let back = line.len() <= 8
        && (title.starts_with("过去") || title.starts_with('近') || title.ends_with("年来"))
        && (title.ends_with('年') || title.ends_with("年来") || title.ends_with("以来"));
    if plain && back {
        return Some((false, true));
    }
    // 2024年,身边的这些变化: a short line that names the changes a year brought heads the
    // results below it (not 将迎来的变化, changes to come).
    let changes = line.len() <= 16
        && !line
            .iter()
            .any(|c| matches!(c, '。' | ';' | '%' | '!' | '?'))
        && ["变化", "成绩", "成效", "成果"]
            .iter()
            .any(|w| title.ends_with(w))
        && !["将", "要", "目标", "任务", "展望"]
            .iter()
            .any(|w| title.contains(w));
    if changes && only_year {
        return Some((false, true));
    }
    // A line that introduces a list (…,以下是2023年工作回顾:, 展望2024年,…围绕以下目标开展工作:)
    // heads it as a heading would: a review's results, or the goals after it.
    if line.last() == Some(&':') {
        let from = line
            .iter()
            .rposition(|c| matches!(c, '。' | '!' | '?'))
            .map_or(0, |p| p + 1);
        let clause: String = line[from..].iter().collect();
        let ahead = ["展望", "目标", "将"].iter().any(|w| clause.contains(w));
        if REVIEW_HEADINGS.iter().any(|w| clause.contains(w)) && !ahead {
            return Some((false, true));
        }
        if clause.contains("展望") && clause.contains("目标") {
            return Some((true, false));
        }
    }
    if !plain || !only_year {
        return None;
    }
    let goal = [
        "目标任务",
        "主要目标",
        "预期目标",
        "发展目标",
        "工作目标",
        "目标",
    ]
    .iter()
    .any(|w| title.ends_with(w));
    // (某县畜牧业生产超额完成目标, 某区提前完成年度目标: a headline saying goals are met heads
    // results, not goals, unless it says they will be.)
    let met = goal
        && GOALS_MET.iter().any(|w| title.contains(w))
        && !["将", "要", "确保", "力争", "争取"]
            .iter()
            .any(|w| title.contains(w));
    if met {
        return Some((false, true));
    }
    let review = !goal && REVIEW_HEADINGS.iter().any(|w| title.ends_with(w));
    (goal || review).then_some((goal, review))
}

/// Whether the annex opened by the line `chars[start..end]` (附件:2024年重点项目清单, or 附件1 with
/// its title on the next line) lists projects, places or units rather than indicators: the
/// figures of its items (总投资50亿元, 占地300亩) describe them and are no targets.
fn project_annex(chars: &[char], start: usize, end: usize) -> bool {
    let mut stop = end;
    // 附件 / 附件1 / 附件一: alone on its line: the title is the next line.
    if end.saturating_sub(start) <= 5 && stop < chars.len() {
        stop += 1;
        while stop < chars.len() && chars[stop] != '\n' {
            stop += 1;
        }
    }
    let Some(title) = chars.get(start..stop) else {
        return false;
    };
    let title: String = title.iter().collect();
    title.chars().count() <= 60
        && [
            "清单",
            "名单",
            "名录",
            "一览表",
            "项目表",
            "汇总表",
            "项目库",
        ]
        .iter()
        .any(|w| title.contains(w))
        && !["指标", "目标", "任务"].iter().any(|w| title.contains(w))
}

/// Conjunctions that go on with a sentence (不仅…, 同时…, 并且…, 也…): a line that opens with one
/// is a piece of a sentence broken across lines.
const FRAGMENT_OPENINGS: &[&str] = &[
    "不仅", "不但", "同时", "并且", "而且", "此外", "另外", "也", "并", "既",
];

/// Whether the line `chars[start..end]`, short and without a full stop, says what is to be done
/// (2025年要这么做, 新一年的目标, 展望2025): it ends the scope of a bare review heading above it,
/// as the heading of the aims after the results would.
fn announces_ahead(chars: &[char], start: usize, end: usize) -> bool {
    let Some(line) = chars.get(start..end) else {
        return false;
    };
    let title: String = line.iter().collect();
    line.len() <= 30
        && !line.contains(&'。')
        && ["要", "将", "目标", "谋划", "展望", "新一年", "新的一年"]
            .iter()
            .any(|w| title.contains(w))
        && !GOALS_MET.iter().any(|w| title.contains(w))
}

/// Whether a short line after `lines` stands in a table's header row flattened to lines: a line
/// 序号 (the row number's column) opens the row a few lines above, with no sentence between.
/// A review word there (进展情况) names the column of each row's progress, not a section.
fn column_header(chars: &[char], lines: &[Line]) -> bool {
    lines
        .iter()
        .rev()
        .filter(|l| {
            chars
                .get(l.start..l.end)
                .is_some_and(|t| t.iter().any(|c| !c.is_whitespace()))
        })
        .take(8)
        .take_while(|l| !chars.get(l.start..l.end).is_some_and(|t| t.contains(&'。')))
        .any(|l| {
            chars.get(l.start..l.end).is_some_and(|t| {
                let t: String = t.iter().filter(|c| !c.is_whitespace()).collect();
                t == "序号"
            })
        })
}

/// Verbs that say a heading's goals are met (超额完成目标, 提前实现年度目标).
const GOALS_MET: &[&str] = &["完成", "实现", "达成", "达标"];

/// Reads the outline of `text` (folded as `f`).
pub fn read(text: &str, f: &Folded) -> Outline {
    let mut out = Outline::default();
    let mut counters = [0u32; 3];
    // (level, id, label, names goals, reviews the past)
    let mut path: Vec<(u8, String, String, bool, bool)> = Vec::new();
    let mut current_task: Option<usize> = None;
    // The article has had a sentence, and its furniture has begun.
    let mut body_seen = false;
    let mut furniture = false;
    // Within an annex that lists projects (附件:2024年重点项目清单).
    let mut annex = false;
    // The last heading without a label: (names goals, reviews the past).
    let mut bare: Option<(bool, bool)> = None;
    let mut start = 0;
    let n = f.chars.len();
    while start <= n {
        let mut end = start;
        while end < n && f.chars[end] != '\n' {
            end += 1;
        }
        let mut line = Line {
            start,
            end,
            body: start,
            ..Line::default()
        };
        let labelled = heading_at(&f.chars, start, end);
        if labelled.is_some() {
            bare = None;
        } else if let Some(b) = bare_heading(&f.chars, start, end)
            .filter(|b| !(b.1 && column_header(&f.chars, &out.lines)))
        {
            bare = Some(b);
            line.bare_heading = true;
        } else if bare.is_some_and(|b| b.1) && announces_ahead(&f.chars, start, end) {
            bare = None;
        }
        if let Some((level, len)) = labelled {
            let li = usize::from(level - 1);
            counters[li] += 1;
            for c in counters.iter_mut().skip(li + 1) {
                *c = 0;
            }
            path.retain(|p| p.0 < level);
            let id = match path.last() {
                Some((_, parent, _, _, _)) => format!("{parent}.{}", counters[li]),
                None => counters[li].to_string(),
            };
            let label = original(text, f, start, start + len);
            let title = heading_title(text, f, start + len, end);
            out.headings
                .push((level, id.clone(), label.clone(), title.clone()));
            // The words are matched in the folded title: a heading in traditional script names
            // goals (目標) and reviews (工作回顧) as one in simplified script does.
            let folded = heading_title_folded(f, start + len, end);
            let review = REVIEW_HEADINGS.iter().any(|w| folded.contains(w))
                && !["目标", "任务", "展望"].iter().any(|w| folded.contains(w));
            path.push((level, id.clone(), label, folded.contains("目标"), review));
            line.body = start + len;
            if level == 3 {
                out.tasks.push(Task {
                    id: format!("t-{id}"),
                    section: id,
                    title,
                    lead: Vec::new(),
                    partners: Vec::new(),
                });
                current_task = Some(out.tasks.len() - 1);
            } else {
                current_task = None;
            }
        }
        line.section = path.last().map(|p| p.1.clone()).unwrap_or_default();
        line.path = path.iter().map(|p| p.2.clone()).collect();
        line.under_goal = path.iter().any(|p| p.3) || bare.is_some_and(|b| b.0);
        let opening = f.chars[start..end]
            .iter()
            .position(|c| !matches!(c, '【' | '[' | '■' | '●' | '·'))
            .map_or(end, |p| start + p);
        furniture |= body_seen && FURNITURE.iter().any(|w| at(&f.chars, opening, w));
        if body_seen && at(&f.chars, opening, "附件") {
            annex = project_annex(&f.chars, opening, end);
        }
        body_seen |= f.chars[start..end].contains(&'。');
        // A photo's caption (▲某市公交总里程达到2500万…(图/市府提供)) tells what is pictured.
        let caption = matches!(f.chars.get(opening), Some('▲' | '△'))
            || ["(图/", "(图片/", "(摄/"]
                .iter()
                .any(|w| (start..end).any(|i| at(&f.chars, i, w)));
        line.under_review =
            path.iter().any(|p| p.4) || furniture || annex || caption || bare.is_some_and(|b| b.1);
        line.task = current_task;
        if let Some(t) = current_task.and_then(|t| out.tasks.get_mut(t)) {
            let (lead, partners) = agencies(text, f, start, end);
            push_new(&mut t.lead, lead);
            push_new(&mut t.partners, partners);
        }
        out.lines.push(line);
        start = end + 1;
    }
    out
}

fn push_new(into: &mut Vec<String>, from: Vec<String>) {
    for a in from {
        if !into.contains(&a) {
            into.push(a);
        }
    }
}

/// The original text of folded `start..end`, trimmed.
fn original(text: &str, f: &Folded, start: usize, end: usize) -> String {
    span(f, start, end)
        .map(|s| slice(text, s).trim().to_string())
        .unwrap_or_default()
}

/// A heading's title: up to the first 。 or : (at most 40 characters).
/// The title of a heading as [`heading_title`] cuts it, folded.
fn heading_title_folded(f: &Folded, from: usize, end: usize) -> String {
    let mut j = from;
    while j < end && j - from < 40 && !matches!(f.chars[j], '。' | ':' | ';') {
        j += 1;
    }
    crate::text::folded_str(f, from, j)
}

fn heading_title(text: &str, f: &Folded, from: usize, end: usize) -> String {
    let mut j = from;
    while j < end && j - from < 40 && !matches!(f.chars[j], '。' | ':' | ';') {
        j += 1;
    }
    original(text, f, from, j)
}

/// The lead and partner agencies named in `f.chars[start..end]` (original spelling).
pub fn agencies(text: &str, f: &Folded, start: usize, end: usize) -> (Vec<String>, Vec<String>) {
    let mut lead = Vec::new();
    let mut partners = Vec::new();
    let mut i = start;
    while i < end {
        let label = LEAD_LABELS
            .iter()
            .map(|l| (l, true))
            .chain(PARTNER_LABELS.iter().map(|l| (l, false)))
            .find(|(l, _)| at(&f.chars, i, l));
        let Some((label, is_lead)) = label else {
            i += 1;
            continue;
        };
        let mut j = i + label.chars().count();
        if matches!(f.chars.get(j), Some(':')) {
            j += 1;
        }
        let list_start = j;
        let mut depth = 0i32;
        while j < end {
            match f.chars[j] {
                '(' => depth += 1,
                ')' if depth > 0 => depth -= 1,
                ',' | ';' | ')' | '。' | '】' => break,
                _ => {}
            }
            j += 1;
        }
        let names = split_names(text, f, list_start, j);
        if is_lead {
            push_new(&mut lead, names);
        } else {
            push_new(&mut partners, names);
        }
        i = j;
    }
    (lead, partners)
}

/// Splits folded `start..end` at 、 and returns the original pieces, trimmed and non-empty.
fn split_names(text: &str, f: &Folded, start: usize, end: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut s = start;
    for j in start..=end {
        if j == end || matches!(f.chars.get(j), Some('、') | Some('/')) {
            let name = original(text, f, s, j);
            if !name.is_empty() && name.chars().count() <= 30 {
                out.push(name);
            }
            s = j + 1;
        }
    }
    out
}

/// The headings as a tree of [`Section`]s.
pub fn sections(o: &Outline) -> Vec<Section> {
    fn insert(into: &mut Vec<Section>, level: u8, s: Section) {
        if level > 1 {
            if let Some(last) = into.last_mut() {
                insert(&mut last.children, level - 1, s);
                return;
            }
        }
        into.push(s);
    }
    let mut out = Vec::new();
    for (level, id, label, title) in &o.headings {
        let s = Section {
            id: id.clone(),
            label: label.clone(),
            title: title.clone(),
            i18n: Default::default(),
            children: Vec::new(),
        };
        // Depth in the tree is the number of dots in the id.
        let depth = u8::try_from(id.matches('.').count() + 1).unwrap_or(*level);
        insert(&mut out, depth, s);
    }
    out
}
