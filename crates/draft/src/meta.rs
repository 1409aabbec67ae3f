//! The document's metadata: title, issuer, date issued, document number, period and script.

use crate::lexicon::{at, contains_any};
use crate::numeral::scan;
use crate::text::{slice, span, Folded, T2S};

/// What the text says about itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub title: String,
    pub issuer: String,
    /// `YYYY-MM-DD`.
    pub issued: Option<String>,
    pub doc_number: Option<String>,
    pub period: Period,
    /// `zh-Hans` or `zh-Hant`.
    pub locale: &'static str,
    /// Whether the text counts years from the Republic of China (民國115年 = 2026).
    pub roc_years: bool,
    /// Whether the text states its period ((2022-2025年), 2021年国民经济和社会发展计划).
    pub period_stated: bool,
    /// The last year of the five-year plan the text speaks of (“十四五” → 2025), when that plan
    /// covers the year the text was issued.
    pub five_year: Option<i32>,
    /// The year the text was issued: a date it states on a line of its own or after 成文日期,
    /// else the year the caller knows, else the first date it mentions anywhere.
    pub issue_year: Option<i32>,
    /// The title looks back on a five-year plan that has ended or ends in the year the text was
    /// issued (高质量完成“十四五”规划, “十四五”时期我国…更加有力, in 2025): the text reviews it.
    pub reviews_period: bool,
    /// The text opens with 今年以来 and names no aim: a report of the year's work so far, whose
    /// figures, dated by the year itself, are results.
    pub progress: bool,
}

/// First and last year of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: i32,
    pub end: i32,
}

/// An integer written in Arabic figures at `i`, with the index after it.
fn int_at(chars: &[char], i: usize) -> Option<(i32, usize)> {
    let n = scan(chars, i)?;
    if n.chinese || n.magnitude != 1.0 || n.decimals != 0 || n.value() > 1e6 {
        return None;
    }
    Some((n.value() as i32, n.end))
}

/// A year of the common era written in figures at `i` and followed by 年 (2018年): the year and
/// the index of 年.
fn year_nian(chars: &[char], i: usize) -> Option<(i32, usize)> {
    int_at(chars, i).filter(|(y, j)| chars.get(*j) == Some(&'年') && crate::YEARS.contains(y))
}

/// The date a work report was delivered, when the line `chars[a..b]` is its title or dateline: a
/// short line holding a full date (2023年1月3日) that names the report (政府工作报告(2023年1月3日…))
/// or the session it was delivered at (2023年1月10日在…人民代表大会第二次会议上).
fn delivered(chars: &[char], a: usize, b: usize) -> Option<String> {
    if b.saturating_sub(a) > 60 || (a..b).any(|p| chars[p] == '。') {
        return None;
    }
    let report = contains_any(chars, a, b, &["工作报告"]);
    (a..b).find_map(|i| {
        let d = date_at(chars, i).filter(|_| chars.get(i + 4) == Some(&'年'))?;
        let after = (i..b).find(|p| chars[*p] == '日').map_or(b, |p| p + 1);
        let session = at(chars, after, "在") && (after..b).any(|p| at(chars, p, "会议上"));
        (report || session).then_some(d)
    })
}

/// Is the text a repost, years after, of a news item on a plan issued 近日 (近日,某省出台…,提出…
/// 力争到2015年), given the page's year `k`: it says a plan came out recently, and every deadline it
/// names (到2015年) is before `k`?
fn reposted(chars: &[char], k: i32) -> bool {
    let recent = (0..chars.len()).any(|i| {
        at(chars, i, "近日")
            && (i + 2..(i + 24).min(chars.len()))
                .any(|p| ["出台", "印发", "发布"].iter().any(|w| at(chars, p, w)))
    });
    let deadlines: Vec<i32> = (0..chars.len())
        .filter(|i| at(chars, *i, "到"))
        .filter_map(|i| year_nian(chars, i + 1).map(|(y, _)| y))
        .collect();
    recent && !deadlines.is_empty() && deadlines.iter().all(|y| *y < k)
}

/// The year a text speaks in, when it writes a relative year with the year itself in brackets, as
/// Taiwan's and Hong Kong's papers do (今(114)年, 今(2025)年, 明(2026)年度, 去(2024)年): 今 names
/// it, 明 the year after it, 去 the year before. Three-digit years are the Republic's (114 = 2025).
fn year_in_brackets(chars: &[char], i: usize) -> Option<i32> {
    let shift = match chars.get(i)? {
        '今' => 0,
        '明' => -1,
        '去' => 1,
        _ => return None,
    };
    if chars.get(i + 1) != Some(&'(') {
        return None;
    }
    let (y, j) = int_at(chars, i + 2)?;
    if chars.get(j) != Some(&')') || chars.get(j + 1) != Some(&'年') {
        return None;
    }
    let y = match j - (i + 2) {
        3 if (100..=150).contains(&y) => y + 1911,
        4 => y,
        _ => return None,
    };
    Some(y + shift).filter(|y| crate::YEARS.contains(y))
}

/// Does the text count years from the Republic of China (民國115年 = 2026), as Taiwan does? A
/// text in traditional characters that names Taiwan, its cabinet, its legislature or the era, or
/// dates a span in three-digit years (104~108年); a copy in simplified characters keeps the
/// calendar of the text it copies when it names the cabinet, the legislature or the era.
fn roc_calendar(chars: &[char], locale: &str) -> bool {
    let names = |words: &[&str]| contains_any(chars, 0, chars.len(), words);
    names(&["行政院", "立法院", "民国"])
        || (locale == "zh-Hant"
            && (names(&["台湾"]) || (0..chars.len()).any(|i| roc_span(chars, i).is_some())))
}

/// A span of years of the Republic of China calendar at `i` (104~108年, 110-114年, 110至114年),
/// as Taiwan dates a plan's period: the first and last year in the common era. Only in a text in
/// traditional characters, where three-digit years are read so.
pub(crate) fn roc_span(chars: &[char], i: usize) -> Option<(i32, i32)> {
    if i > 0 && chars[i - 1].is_ascii_digit() {
        return None;
    }
    let (y1, j) = int_at(chars, i).filter(|(_, j)| *j == i + 3)?;
    if !matches!(chars.get(j), Some('-' | '~' | '至')) {
        return None;
    }
    let (y2, k) = int_at(chars, j + 1).filter(|(_, k)| *k == j + 4)?;
    (chars.get(k) == Some(&'年') && (100..=150).contains(&y1) && y1 < y2 && y2 - y1 <= 15)
        .then_some((y1 + 1911, y2 + 1911))
}

/// The five-year plans a text may name, with their last years.
const FIVE_YEAR: &[(&str, i32)] = &[
    ("十三五", 2020),
    ("十四五", 2025),
    ("十五五", 2030),
    ("第十三个五年", 2020),
    ("第十四个五年", 2025),
    ("第十五个五年", 2030),
    ("十二五", 2015),
    ("十一五", 2010),
];

/// The count of years to come that 今后 or 未来 at `i` opens (今后五年, 未来5年, 今后三年内): two to
/// ten whole years; not 未来几年, nor a span of months or of years gone by.
pub(crate) fn years_ahead(chars: &[char], i: usize) -> Option<i32> {
    if !(at(chars, i, "今后") || at(chars, i, "未来")) {
        return None;
    }
    let n = scan(chars, i + 2).filter(|n| n.start == i + 2)?;
    let v = n.value();
    (at(chars, n.end, "年")
        && !at(chars, n.end, "年度")
        && v.fract() == 0.0
        && (2.0..=10.0).contains(&v))
    .then_some(v as i32)
}

/// Does the sentence around `i` (from the stop or line break before it to the one after it) hold
/// `word`?
fn sentence_names(chars: &[char], i: usize, word: &str) -> bool {
    let stop = |c: &char| matches!(c, '。' | '!' | '?' | ';' | '\n');
    let a = chars
        .get(..i)
        .and_then(|head| head.iter().rposition(stop))
        .map_or(0, |p| p + 1);
    let b = chars
        .get(i..)
        .and_then(|tail| tail.iter().position(stop))
        .map_or(chars.len(), |p| i + p);
    crate::lexicon::contains_any(chars, a, b, &[word])
}

/// A date at `i`: `2022年7月22日`, `2023-07-19`, `2023.07.19` or `2023/07/19`, as `YYYY-MM-DD`.
fn date_at(chars: &[char], i: usize) -> Option<String> {
    let (y, j) = figures(chars, i, 4, 4)?;
    if !crate::YEARS.contains(&y) {
        return None;
    }
    let (sep1, sep2) = match chars.get(j) {
        Some('年') => ('月', Some('日')),
        Some(c @ ('-' | '.' | '/')) => (*c, None),
        _ => return None,
    };
    let (m, k) = figures(chars, j + 1, 1, 2)?;
    if chars.get(k) != Some(&sep1) {
        return None;
    }
    let (d, l) = match sep2 {
        Some(_) => figures(chars, k + 1, 1, 2)?,
        None => day_digits(chars, k + 1)?,
    };
    if let Some(s2) = sep2 {
        if chars.get(l) != Some(&s2) {
            return None;
        }
    }
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The day of a date written in figures with dashes, dots or slashes, at `i`: one or two digits,
/// and the index after them. A page's time of publication follows it (2023-02-17 10:14), glued on
/// once spaces are folded away (2023-02-1710:14): before a `:`, a run of three or four digits is
/// the day and the hour.
fn day_digits(chars: &[char], i: usize) -> Option<(i32, usize)> {
    match run_of_figures(chars, i) {
        3 | 4 if chars.get(i + run_of_figures(chars, i)) == Some(&':') => value(chars, i, 2),
        _ => figures(chars, i, 1, 2),
    }
}

/// How many ASCII digits stand in a row from `i`.
fn run_of_figures(chars: &[char], i: usize) -> usize {
    chars
        .get(i..)
        .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count())
}

/// A whole run of `min..=max` ASCII digits at `i` (no digit after it), and the index after it.
fn figures(chars: &[char], i: usize, min: usize, max: usize) -> Option<(i32, usize)> {
    let run = run_of_figures(chars, i);
    (min..=max).contains(&run).then_some(())?;
    value(chars, i, run)
}

/// The value of the `len` digits at `i`, and the index after them.
fn value(chars: &[char], i: usize, len: usize) -> Option<(i32, usize)> {
    let n = chars
        .get(i..i + len)?
        .iter()
        .try_fold(0i32, |n, c| Some(n * 10 + c.to_digit(10)? as i32))?;
    Some((n, i + len))
}

/// A span of fiscal years at `i` (2026/27至2035/36年度, 2026-27至2035-36年度): the calendar year
/// the first one starts in and the one the last one ends in.
fn fiscal_years(chars: &[char], i: usize) -> Option<(i32, i32)> {
    let one = |k: usize| -> Option<(i32, usize)> {
        let (y, j) = int_at(chars, k)?;
        if j != k + 4 || !matches!(chars.get(j), Some('/' | '-')) {
            return None;
        }
        let (yy, l) = int_at(chars, j + 1)?;
        (l == j + 3 && yy == (y + 1) % 100 && crate::YEARS.contains(&y)).then_some((y, l))
    };
    let (y1, j) = one(i)?;
    if !matches!(chars.get(j), Some('至' | '到' | '-')) {
        return None;
    }
    let (y2, k) = one(j + 1)?;
    (at(chars, k, "年度") && y1 <= y2).then_some((y1, y2 + 1))
}

/// Words naming a government's list of a year's practical projects (民生实事, and the projects
/// for the people some places call them: 惠民工程, 民心工程).
pub(crate) const PRACTICAL: &[&str] = &["实事", "惠民工程", "民心工程"];

/// Words that open a report of a year's work so far (今年以来,…).
const PROGRESS: &[&str] = &["今年以来", "年初以来"];

/// Parts of a year gone by that 今年 may name to open a report of the year so far
/// (今年前三季度, 今年上半年; 今年1-9月 and 今年前10个月 are read by `so_far`).
const PART_OF_YEAR: &[&str] = &["前三季度", "前三个季度", "上半年", "一季度", "第一季度"];

/// Is the character at `i` a Han character (a subject after a year, 2022年县政府将)?
fn is_han_at(chars: &[char], i: usize) -> bool {
    chars.get(i).is_some_and(|c| crate::lexicon::is_han(*c))
}

/// Does a report of the year's work so far open at `i` (今年以来, 今年前三季度, 今年1-9月,
/// 今年1月至9月, 今年前10个月)?
pub(crate) fn so_far(chars: &[char], i: usize) -> bool {
    if PROGRESS.iter().any(|w| at(chars, i, w)) {
        return true;
    }
    if !at(chars, i, "今年") {
        return false;
    }
    let j = i + 2;
    if PART_OF_YEAR.iter().any(|w| at(chars, j, w)) {
        return true;
    }
    // 1-9月, 1月至9月, 1—9月, 1到10月: the months from January on; 前10个月, 前十个月.
    crate::rules::from_january(chars, j) || crate::rules::months_of(chars, j)
}

/// Verbs of a body setting a year's goals or plan (确定了2021年…目标, 下达了2022年…工作计划).
const SET_AIMS: &[&str] = &["确定", "下达", "制定", "明确", "提出"];

/// Names of a year's work plan (2024年…工作要点).
const WORK_PLANS: &[&str] = &["工作要点", "工作计划"];

/// Verbs of a report that a document was issued or explained (印发《…》, 解读《…》).
const ANNOUNCE: &[&str] = &["印发", "发布", "出台", "公布", "解读", "审议通过", "制定"];

/// What a year's plan is called at the end of its title (某省2022年行动计划, 2023年工作要点).
const ANNUAL_PLANS: &[&str] = &[
    "行动计划",
    "行动方案",
    "工作方案",
    "实施方案",
    "工作要点",
    "工作计划",
    "重点工作任务",
];

/// The year of a year's plan the line `a..b` reports issued or explained (印发《某市2023年工作要点》,
/// 发布了《关于印发某市…2023年重点工作任务的通知》), not one older than the page.
fn announced(chars: &[char], a: usize, b: usize, known_year: Option<i32>) -> Option<i32> {
    let p = (a..b).find(|p| {
        chars[*p] == '《'
            && (p.saturating_sub(6).max(a)..*p).any(|q| ANNOUNCE.iter().any(|w| at(chars, q, w)))
    })?;
    let close = (p..b).find(|q| chars[*q] == '》')?;
    (p..close).find_map(|i| {
        let (y, j) = year_nian(chars, i).filter(|_| i > p && !chars[i - 1].is_ascii_digit())?;
        let j = j + 1 + usize::from(at(chars, j + 1, "度"));
        // (关于印发…工作任务的通知: the notice that issues the plan, named after it.)
        let titled = ANNUAL_PLANS.iter().any(|w| {
            let end = j + w.chars().count();
            at(chars, j, w) && (end == close || (at(chars, end, "的通知") && end + 3 == close))
        });
        (titled && known_year.is_none_or(|k| y >= k)).then_some(y)
    })
}

/// Whether `i` stands inside a 《…》 on the line from `a` that the text does not report issued
/// (推动《某市…行动计划(2023—2025年)》落实): the title of another plan, named in passing.
fn in_other_title(chars: &[char], a: usize, i: usize) -> bool {
    (a..i)
        .rev()
        .take_while(|q| chars[*q] != '》')
        .find(|q| chars[*q] == '《')
        .is_some_and(|p| {
            !(p.saturating_sub(6).max(a)..p).any(|q| ANNOUNCE.iter().any(|w| at(chars, q, w)))
        })
}

/// Headings of a plan's goals (总体目标, 主要目标).
const GOAL_HEADINGS: &[&str] = &["总体目标", "主要目标", "发展目标", "工作目标", "规划目标"];

/// Verbs that set out a year's work (部署2018年工作, 安排部署2024年重点工作).
const DEPLOY: &[&str] = &["部署", "安排"];

/// The work of a year a meeting or a report sets out.
const YEAR_WORK: &[&str] = &["年工作", "年重点工作", "年各项工作", "年的工作"];

/// Does the year that starts at `i` and ends before `j` name the work a verb of setting out
/// deploys, a few words before it in the same clause (部署了科工局2018年工作)?
fn deployed(chars: &[char], i: usize, j: usize) -> bool {
    YEAR_WORK.iter().any(|w| at(chars, j, w))
        && (i.saturating_sub(8)..i)
            .rev()
            .take_while(|p| !matches!(chars[*p], ',' | '。' | ';' | ':' | '!' | '?' | '\n'))
            .any(|p| DEPLOY.iter().any(|w| at(chars, p, w)))
}

/// Words that name the span of the plan itself (计划时间, 规划期限).
const PLAN_SPAN: &[&str] = &[
    "计划时间",
    "规划时间",
    "计划期",
    "规划期",
    "实施期",
    "规划期限",
    "实施期限",
];

/// The span `Y1年(到|至)Y2年` at `i` (从 before it or not) in a sentence of the line from `a` that
/// names the plan's own span before it (计划时间是从2026年到2030年).
fn stated_span(chars: &[char], a: usize, i: usize) -> Option<(i32, i32)> {
    let (y1, j) = year_nian(chars, i).filter(|_| i == 0 || !chars[i - 1].is_ascii_digit())?;
    let k = j + 1;
    let k = k + usize::from(matches!(chars.get(k), Some('到' | '至' | '-' | '—')));
    let (y2, _) = year_nian(chars, k).filter(|_| k > j + 1)?;
    let from = (a..i)
        .rev()
        .find(|p| matches!(chars[*p], '。' | '!' | '?' | ';'))
        .map_or(a, |p| p + 1);
    let named = (from..i).any(|p| PLAN_SPAN.iter().any(|w| at(chars, p, w)));
    (named && y1 < y2 && y2 - y1 <= 15).then_some((y1, y2))
}

/// Reads the metadata of `text` (folded as `f`); `known_year` is the year the caller says the
/// text was issued, used when the text states no date of its own.
pub fn read(text: &str, f: &Folded, known_year: Option<i32>) -> Meta {
    // (A year no text can have is no year of issue: every use below sees the checked one.)
    let known_year = known_year.filter(|y| crate::YEARS.contains(y));
    let chars = &f.chars;
    let lines: Vec<(usize, usize)> = {
        let mut v = Vec::new();
        let mut s = 0;
        for (i, c) in chars.iter().enumerate() {
            if *c == '\n' {
                v.push((s, i));
                s = i + 1;
            }
        }
        v.push((s, chars.len()));
        v
    };
    let orig = |a: usize, b: usize| {
        span(f, a, b)
            .map(|s| slice(text, s).trim().to_string())
            .unwrap_or_default()
    };
    let head: Vec<(usize, usize)> = lines.iter().copied().take(40).collect();
    // Title: the first line naming a plan that is not the covering notice.
    let is_plan = |a: usize, b: usize| {
        let l: String = chars[a..b].iter().collect();
        ["方案", "计划", "规划", "意见", "措施"]
            .iter()
            .any(|w| l.contains(w))
            && !l.contains("印发")
            && !l.contains("现将")
            && b - a <= 60
    };
    let title = head
        .iter()
        .find(|(a, b)| is_plan(*a, *b))
        .or_else(|| head.iter().find(|(a, b)| b > a))
        .map(|(a, b)| orig(*a, *b))
        .unwrap_or_default();
    // Issued: a date after 成文日期/发布日期, or the first date standing alone on a line.
    let mut issued = None;
    let mut issuer = String::new();
    for (k, (a, b)) in head.iter().enumerate() {
        if let Some(p) = (*a..*b).find(|i| at(chars, *i, "成文日期")) {
            if let Some(d) = (p..*b).find_map(|i| date_at(chars, i)) {
                issued = Some(d);
                break;
            }
        }
        // (A work report's title or the dateline under it says when it was delivered:
        // 某市政府工作报告(2023年1月3日 某某), ——2023年1月10日在某市第八届人民代表大会第二次会议上.
        // A page that reposts it later stamps its own date; the report's is the text's.)
        if let Some(d) = delivered(chars, *a, *b) {
            issued = Some(d);
            break;
        }
        if issued.is_none() {
            if let Some(d) = date_at(chars, *a) {
                if b - a <= 12 {
                    issued = Some(d);
                    if k > 0 {
                        issuer = orig(head[k - 1].0, head[k - 1].1);
                    }
                    break;
                }
            }
        }
    }
    // Issuer: 发布机构/发文机关/制定机关 fields, else the body before 关于印发 in a notice's title.
    if issuer.is_empty() {
        issuer = head
            .iter()
            .find_map(|(a, b)| {
                let label = ["发布机构", "发文机关", "制定机关"].iter().find_map(|w| {
                    (*a..*b)
                        .find(|i| at(chars, *i, w))
                        .map(|i| i + w.chars().count())
                })?;
                let mut s = label;
                while s < *b && matches!(chars[s], ']' | '】' | '|' | ':') {
                    s += 1;
                }
                let mut e = s;
                while e < *b && !matches!(chars[e], '|' | '[' | '【' | '•') {
                    e += 1;
                }
                let name = orig(s, e);
                (!name.is_empty() && name.chars().count() <= 30).then_some(name)
            })
            .or_else(|| {
                head.iter().find_map(|(a, b)| {
                    let p = (*a..*b).find(|i| at(chars, *i, "关于印发"))?;
                    let name = orig(*a, p);
                    (!name.is_empty() && name.chars().count() <= 30).then_some(name)
                })
            })
            .unwrap_or_default();
    }
    // A date inside a sentence (2020年9月22日宣布…) may be any event's: the year the caller
    // knows wins over it.
    let stated_year = issued
        .as_deref()
        .and_then(|d| d.get(..4))
        .and_then(|y| y.parse::<i32>().ok());
    // (更新时间:2022-08-02 on a page's foot says when the page changed, not when its text was
    // written: a tag page may quote a plan of years before.)
    let updated = |i: usize| {
        ["更新时间", "更新日期", "修改时间", "修改日期", "更新于"]
            .iter()
            .any(|w| (i.saturating_sub(6)..i).any(|p| at(chars, p, w)))
    };
    // (是指1949年9月30日前入党的…: a date that bounds who qualifies is no date of the text.)
    let cutoff = |i: usize| {
        (i..(i + 16).min(chars.len()))
            .find(|p| chars[*p] == '日')
            .is_some_and(|p| at(chars, p + 1, "前") || at(chars, p + 1, "以前"))
    };
    // (A repost's page stamps its own date, 2025/5/14 19:23:00, over a text years older: its
    // headline names an earlier year, 菏泽2021年十件民生实事, or a five-year plan that ended
    // before, 四川省“十三五”…规划正式印发.)
    let headline = lines
        .iter()
        .find(|(a, b)| (*a..*b).any(|i| !chars[i].is_whitespace()))
        .copied()
        .filter(|(a, b)| b - a <= 60)
        .unwrap_or((0, 0));
    let older = |d: &String| {
        let Some(y) = d.get(..4).and_then(|y| y.parse::<i32>().ok()) else {
            return false;
        };
        (headline.0..headline.1).any(|i| {
            (i == 0 || !chars[i - 1].is_ascii_digit())
                && year_nian(chars, i).is_some_and(|(n, _)| n < y)
                || FIVE_YEAR.iter().any(|(w, end)| *end < y && at(chars, i, w))
        })
    };
    if issued.is_none() {
        issued = head.iter().find_map(|(a, b)| {
            (*a..*b)
                .find_map(|i| date_at(chars, i).filter(|d| !updated(i) && !cutoff(i) && !older(d)))
        });
    }
    // A government work report is delivered in the year whose work it plans: without a date, a
    // year named as the work's (提出2009年政府工作总体要求, 安排2023年工作) is the year the report,
    // and its 今年, speak of.
    // (So is a work meeting that plans a year, 2013年经济社会发展工作会议, and so is the year an
    // undated text opens by characterising, 2023年,是…开局之年 or 2024年是…关键之年: a report
    // speaks of the year it stands in.)
    let top = head
        .get(..head.len().min(12))
        .and_then(|h| h.last())
        .map_or(0, |(_, b)| *b);
    let report_year = || {
        (0..chars.len()).find_map(|i| {
            if i > 0 && chars[i - 1].is_ascii_digit() {
                return None;
            }
            let (y, j) = int_at(chars, i)?;
            // (A place may stand between: 2024年某市政府工作报告昨日发布.)
            let placed = at(chars, j, "年")
                && (j + 1..(j + 6).min(chars.len()))
                    .take_while(|p| {
                        !chars[*p].is_ascii_digit()
                            && !matches!(chars[*p], ',' | '。' | ';' | '、' | ':' | '年' | '度')
                    })
                    .any(|p| at(chars, p, "政府工作报告") || at(chars, p, "政府工作報告"));
            // (So is a heading that arranges a year's work: 三、2024年主要工作安排.)
            let arranged = at(chars, j, "年")
                && ["工作安排", "工作任务"].iter().any(|w| {
                    (j + 1..(j + 4).min(chars.len()))
                        .take_while(|p| {
                            *p == j + 1 || (chars[*p - 1].is_alphabetic() && chars[*p - 1] != '年')
                        })
                        .any(|p| at(chars, p, w))
                });
            let work = at(chars, j, "年政府工作")
                || arranged
                || placed
                || (at(chars, j, "年工作") && i >= 2 && at(chars, i - 2, "安排"))
                || deployed(chars, i, j);
            let meeting = !at(chars, j, "年度")
                && (j + 1..(j + 14).min(chars.len()))
                    .take_while(|p| chars[*p] != '年' && !chars[*p].is_ascii_digit())
                    .take_while(|p| !matches!(chars[*p], ',' | '，' | '。' | ';' | '、' | ':'))
                    .any(|p| at(chars, p, "工作会") || at(chars, p, "工作會"));
            let characterised = i < top
                && (at(chars, j, "年是") || at(chars, j, "年,是"))
                && (j..(j + 40).min(chars.len()))
                    .take_while(|p| chars[*p] != '。')
                    .any(|p| at(chars, p, "之年"));
            ((work || meeting || characterised) && crate::YEARS.contains(&y)).then_some(y)
        })
    };
    let issue_year = stated_year
        .or(known_year)
        .or_else(|| {
            issued
                .as_deref()
                .and_then(|d| d.get(..4))
                .and_then(|y| y.parse::<i32>().ok())
        })
        .or_else(report_year)
        .or_else(|| (0..chars.len()).find_map(|i| year_in_brackets(chars, i)))
        .or_else(|| stage_year(chars, top))
        .or_else(|| anniversary_year(chars, top));
    // (近日,某省出台《…意见》,提出…力争到2015年,… on a page dated 2021: a news item of a plan
    // issued 近日 whose every deadline came before the page's year is a repost; the page's year
    // is not the plan's, and the text is read as undated.)
    let issue_year = issue_year.filter(|k| !reposted(chars, *k));
    // (今年以来,我区全面落实…。 opening a text that never names an aim: a report of the year's
    // work so far; the latest year it names is the year it speaks in.)
    // (So does a text whose headline, dateline or first paragraph opens with the part of the
    // year gone by, 今年以来 or 今年前三季度, 今年1-9月, in its first lines: 某县…超额完成目标 /
    // 25.12.2014 / 今年以来,….)
    let progress = lines
        .iter()
        .filter_map(|(a, b)| (*a..*b).find(|i| !chars[*i].is_whitespace()))
        .take(4)
        .any(|a| so_far(chars, a))
        && !(0..chars.len())
            .any(|i| crate::rules::FORWARD.iter().any(|w| at(chars, i, w)) && !so_far(chars, i));
    let issue_year = issue_year.or_else(|| {
        (0..chars.len())
            .filter(|i| progress && (*i == 0 || !chars[*i - 1].is_ascii_digit()))
            .filter_map(|i| year_nian(chars, i))
            .map(|(y, _)| y)
            .max()
    });
    // Document number: 〔2023〕28号 with its prefix.
    let doc_number = head.iter().find_map(|(a, b)| {
        let p = (*a..*b).find(|i| chars[*i] == '〔')?;
        let q = (p..*b).find(|i| chars[*i] == '号')?;
        let mut s = p;
        while s > *a && !matches!(chars[s - 1], ':' | ']' | '|' | ',' | '(' | '。') {
            s -= 1;
        }
        Some(orig(s, q + 1))
    });
    // Script: traditional when the table's traditional characters are common.
    let trad = text
        .chars()
        .filter(|c| T2S.binary_search_by(|(t, _)| t.cmp(c)).is_ok())
        .count();
    let locale = if trad * 50 > chars.len().max(1) {
        "zh-Hant"
    } else {
        "zh-Hans"
    };
    // The year of the plan the text reports issued near its top (日前印发《某市2023年工作要点》).
    let announced_year = head
        .iter()
        .take(3)
        .find_map(|(a, b)| announced(chars, *a, *b, known_year));
    // Period: (2022-2025年) near the top, else the issue year to the last 到YYYY年.
    let mut period = None;
    // (A span of fiscal years dates what the text plans without making it a plan of that period.)
    let mut fiscal = false;
    for (a, b) in &head {
        for i in *a..*b {
            // (A span of fiscal years, 2026/27至2035/36年度, as Hong Kong plans ten years of
            // supply: from the first one's start to the calendar year the last one ends in.)
            if let Some((y1, y2)) = fiscal_years(chars, i) {
                // (It may begin after the text was issued, whose date it needs: what is due
                // before stays due.)
                if let Some(k) = known_year.filter(|k| y2 >= *k && y2 - y1 <= 15) {
                    period = Some(Period {
                        start: k.min(y1),
                        end: y2,
                    });
                    fiscal = true;
                }
            }
            // (In Taiwan's calendar, on a title's line: 某市空氣污染防制計畫書(104~108年版); a
            // sentence may name the span of another plan: 以8年(106至113年)興辦….)
            if let Some((y1, y2)) = roc_span(chars, i)
                .filter(|_| locale == "zh-Hant" && b - a <= 60 && !chars[*a..*b].contains(&'。'))
            {
                if known_year.is_none_or(|k| y2 >= k) {
                    period = Some(Period { start: y1, end: y2 });
                    fiscal = false;
                }
            }
            // (自2021年起,利用3年时间: a start year and a count of years.)
            if let Some((y1, y2, _)) = crate::rules::years_from(chars, i) {
                if known_year.is_none_or(|k| y2 >= k) {
                    period = Some(Period { start: y1, end: y2 });
                    fiscal = false;
                }
            }
            // (计划时间是从2026年到2030年, 规划期限为2021年至2035年: a sentence that states the
            // span of the plan itself, each year written with 年.)
            if let Some((y1, y2)) = stated_span(chars, *a, i) {
                if known_year.is_none_or(|k| y2 >= k) {
                    period = Some(Period { start: y1, end: y2 });
                    fiscal = false;
                }
            }
            // (A year's plan reported issued at the top is the text's: a span in the title of
            // another plan it names, 《…行动计划(2023—2025年)》, is that plan's.)
            let other = announced_year.is_some() && in_other_title(chars, *a, i);
            if let Some((y1, j)) = int_at(chars, i).filter(|_| !other) {
                if matches!(chars.get(j), Some('-' | '至')) {
                    if let Some((y2, k)) = int_at(chars, j + 1) {
                        // A span that ended before the text was issued is history.
                        let past = known_year.is_some_and(|k| y2 < k);
                        // (So is one that starts years after it, 2018-2023年 in a 2010 report:
                        // the title of another text, listed on the page.)
                        let later = known_year.is_some_and(|k| y1 > k + 5);
                        if chars.get(k) == Some(&'年')
                            && crate::YEARS.contains(&y1)
                            && y1 <= y2
                            && y2 - y1 <= 15
                            && !past
                            && !later
                        {
                            period = Some(Period { start: y1, end: y2 });
                            fiscal = false;
                        }
                    }
                }
            }
        }
        if period.is_some() {
            break;
        }
    }
    // An annual plan: 2021年国民经济和社会发展计划, 2024年…工作要点 (not a report on one:
    // 执行情况).
    if period.is_none() {
        period = head.iter().find_map(|(a, b)| {
            let l: String = chars[*a..*b].iter().collect();
            if l.contains("执行情况") {
                return None;
            }
            // (also a year's work points or work plan: 2024年全省数字乡村发展工作要点.)
            let p = l
                .find("年国民经济和社会发展计划")
                .or_else(|| {
                    const ANNUAL: &[&str] = &["工作要点", "工作计划", "重点工作", "工作安排"];
                    let annual = ANNUAL.iter().any(|w| l.contains(w));
                    let y = l.find('年')?;
                    // (某乡2023年工作要点 2023年是…: a title naming a place's work points for a
                    // year, at the head of a line that runs on into the text, as a document
                    // site copies it.)
                    // (某镇2024年度政府工作计划: 度 and the government that works may stand
                    // between the year and the work.)
                    let titled = l[..y].chars().count() <= 12
                        && l.get(y + '年'.len_utf8()..).is_some_and(|r| {
                            let r = r.strip_prefix('度').unwrap_or(r);
                            let r = ["人民政府", "政府"]
                                .iter()
                                .find_map(|g| {
                                    let k = r.find(g)?;
                                    (r[..k].chars().count() <= 2
                                        && !r[..k].contains(|c: char| !c.is_alphabetic()))
                                    .then(|| &r[k + g.len()..])
                                })
                                .unwrap_or(r);
                            ANNUAL.iter().any(|w| r.starts_with(w))
                        });
                    (annual && ((y == 4 && l.len() <= 180) || titled)).then_some(y)
                })
                // (向大会作政府工作报告,回顾2022年工作、安排2023年工作: a work report plans the year
                // whose work it arranges, and its list of works is that year's.)
                .or_else(|| {
                    l.match_indices("安排").find_map(|(k, w)| {
                        let y = k + w.len() + 4;
                        (l.get(k + w.len()..y)?.bytes().all(|b| b.is_ascii_digit())
                            && l.get(y..)?.starts_with("年工作")
                            && l.contains("工作报告"))
                        .then_some(y)
                    })
                });
            // A year's practical projects (2025年区政府实事项目, 某区2025年民生“十心”实事,
            // 2025年十件民生实事): governments list them for one year, so a title naming them
            // with a year dates the whole list, wherever the year stands in it.
            // (The year opens the title or stands close before 实事; a list of a year gone by
            // reviews it.)
            // (The government that runs them may stand between: 2024年度某市某区政府民生实事项目,
            // …选出了10件2021年某市某区人民政府民生实事项目; any 实事 of the line may be the one.)
            // (A list may call them projects for the people: 某区2022年十大惠民工程,
            // 某市2019年12项民心工程.)
            let p = p.or_else(|| {
                PRACTICAL
                    .iter()
                    .flat_map(|w| l.match_indices(w))
                    .find_map(|(k, _)| {
                        // (A web headline may drop 年 after the year that opens it: 2024某区民生实事项目出炉.)
                        let y = l[..k].rfind('年').or_else(|| {
                            let bare = l.get(..4)?.bytes().all(|b| b.is_ascii_digit())
                                && l[4..].chars().next().is_some_and(|c| !c.is_ascii());
                            (bare && l.len() <= 180).then_some(4)
                        })?;
                        let year: i32 = l.get(y.checked_sub(4)?..y)?.parse().ok()?;
                        let gap = l.get(y..k)?;
                        let government = gap.chars().count() <= 20
                            && !gap.contains(|c: char| "，,。;；:：、!?“”\"".contains(c))
                            && gap
                                .rfind("政府")
                                .is_some_and(|g| gap[g + "政府".len()..].chars().count() <= 4);
                        // (…是我市2025年20项民心工程项目之一: a report on one of the projects.)
                        let one_of = l[k..].chars().take(10).collect::<String>().contains("之一");
                        ((gap.chars().count() <= 9 || government || (y == 4 && l.len() <= 180))
                            && !one_of
                            && !l.contains("完成情况")
                            && known_year.is_none_or(|k| year >= k))
                        .then_some(y)
                    })
            })?;
            let y: i32 = l[..p]
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_digit())
                .collect::<String>()
                .chars()
                .rev()
                .collect::<String>()
                .parse()
                .ok()?;
            crate::YEARS
                .contains(&y)
                .then_some(Period { start: y, end: y })
        });
    }
    // A report of a year's plan being issued or explained (召开新闻发布会,解读《某省2022年行动计划》,
    // 日前印发《某市2023年工作要点》) near its top speaks of that plan: the figures it restates are
    // that year's. (Not a plan cited as a basis, 根据《…2022年行动计划》, nor one older than the
    // page.)
    if period.is_none() {
        period = announced_year.map(|y| Period { start: y, end: y });
    }
    // A clause near the top that sets out the year's list of work with a colon (县政府…,2023年着力
    // 抓好40项重点工作:) opens that year's list: its items are that year's, even on a page dated
    // early in the year after. (Not a review: 2023年完成了40项重点工作:.)
    if period.is_none() {
        period = head.iter().take(8).find_map(|(a, b)| {
            (*a..*b)
                .filter(|i| *i == 0 || !chars[*i - 1].is_ascii_digit())
                .find_map(|i| {
                    let (y, j) = year_nian(chars, i)?;
                    let end = (j..*b).find(|p| matches!(chars[*p], ',' | '。' | ';' | ':'))?;
                    let has = |words: &[&str]| contains_any(chars, j, end, words);
                    let listed = chars[end] == ':'
                        && end - j <= 16
                        && has(&["重点工作", "重点任务", "项工作", "项任务"])
                        && has(&["抓好", "办好", "推进", "实施", "落实"])
                        && !has(&["完成", "已", "了"]);
                    (listed && known_year.is_none_or(|k| y >= k - 1))
                        .then_some(Period { start: y, end: y })
                })
        });
    }
    // (2015年度治理…\n\n工程”工作方案: a title opening with a year's 年度 that a page broke over
    // lines names the year the work plan is for.)
    if period.is_none() {
        let lines: Vec<&(usize, usize)> = head
            .iter()
            .filter(|(a, b)| (*a..*b).any(|i| !chars[i].is_whitespace()))
            .take(2)
            .collect();
        if let [(a1, b1), (a2, b2)] = lines[..] {
            let a1 = (*a1..*b1)
                .find(|i| !chars[*i].is_whitespace())
                .unwrap_or(*a1);
            let year = year_nian(chars, a1)
                .filter(|(_, j)| *j == a1 + 4 && at(chars, *j, "年度"))
                .map(|(y, _)| y);
            let untitled = |a: usize, b: usize| b - a <= 30 && !(a..b).any(|i| chars[i] == '。');
            let plan = ["工作方案", "实施方案", "工作计划"]
                .iter()
                .any(|w| (*a2..*b2).any(|i| at(chars, i, w)));
            if let Some(y) = year.filter(|_| untitled(a1, *b1) && untitled(*a2, *b2) && plan) {
                period = Some(Period { start: y, end: y });
            }
        }
    }
    // A year's work points without a year of their own follow that year's work points of the
    // government above (疾病防控工作要点 …以全区2013年公共卫生工作要点为指导): they plan that year.
    if period.is_none() {
        let untitled = head.first().is_some_and(|(a, b)| {
            WORK_PLANS.iter().any(|w| (*a..*b).any(|i| at(chars, i, w)))
                && !(*a..*b).any(|i| chars[i].is_ascii_digit())
        });
        period = head
            .iter()
            .take(12)
            .filter(|_| untitled)
            .flat_map(|(a, b)| *a..*b)
            .find_map(|i| {
                let (y, j) = year_nian(chars, i)?;
                let stop = (j..(j + 20).min(chars.len()))
                    .find(|p| matches!(chars[*p], ',' | '。' | ';' | ':'))
                    .unwrap_or(chars.len());
                let followed = (j..stop).any(|p| {
                    WORK_PLANS.iter().any(|w| {
                        at(chars, p, w)
                            && ["为指导", "为依据", "为统领"]
                                .iter()
                                .any(|v| at(chars, p + w.chars().count(), v))
                    })
                });
                followed.then_some(Period { start: y, end: y })
            });
    }
    // (An undated text near whose top a meeting sets out a year's work, 会上…部署了某局2018年工作,
    // states the tasks of that year after it: it plans that year, as work points do.)
    if period.is_none() && known_year.is_none() && issued.is_none() {
        period = head
            .iter()
            .take(6)
            .flat_map(|(a, b)| *a..*b)
            .filter(|i| *i == 0 || !chars[*i - 1].is_ascii_digit())
            .find_map(|i| {
                let (y, j) = year_nian(chars, i)?;
                deployed(chars, i, j).then_some(Period { start: y, end: y })
            });
    }
    // A text without a date, a deadline or a five-year period speaks in the one year it names, if
    // it names only one, in a date (2014年7月起将…) or a headline (某市2021年十件民生实事); not in a
    // sentence that opens with it (2023年核心产业增加值占比达到9.9%: a review).
    // (Only a text without a year of issue is read so: with one, that year wins wherever this
    // would count.)
    let lone_year = issue_year
        .is_none()
        .then(|| {
            let mut named: Vec<(i32, bool)> = (0..chars.len())
                .filter(|i| *i == 0 || !chars[*i - 1].is_ascii_digit())
                .filter_map(|i| year_nian(chars, i).map(|(y, j)| (i, y, j)))
                .map(|(i, y, j)| {
                    let dated = int_at(chars, j + 1)
                        .is_some_and(|(m, k)| (1..=12).contains(&m) && chars.get(k) == Some(&'月'));
                    let headline = lines.iter().any(|(a, b)| {
                        (*a..*b).contains(&i) && b - a <= 40 && !chars[*a..*b].contains(&'。')
                    });
                    (y, dated || headline)
                })
                .collect();
            // (Any place the year stands in a date or a headline will do.)
            named.sort_unstable_by_key(|(y, fits)| (*y, !*fits));
            named.dedup_by_key(|(y, _)| *y);
            let periods = || {
                [
                    "十三五",
                    "十四五",
                    "十五五",
                    "五年规划",
                    "五年計劃",
                    "五年计划",
                ]
                .iter()
                .any(|w| (0..chars.len()).any(|i| at(chars, i, w)))
            };
            match named.as_slice() {
                [(y, true)] if !periods() => Some(*y),
                _ => None,
            }
        })
        .flatten();
    // A news report or a notice of a year's practical projects (今年的为民办实事项目…, 明年仓山区将…
    // 实施为民办实事项目25项): governments list them for one year, so a sentence near the top that
    // names them with 今年 or 明年 dates the whole list, as a title with a year does (not a review:
    // 今年以来, 已完成, 去年).
    if period.is_none() {
        // (Without a date, the one year the text names: 某市2021年十件民生… in a copy whose
        // body lost its years, …将着力办好十件民生实事.)
        if let Some(k) = issue_year.or(lone_year) {
            let top = head.iter().take(12).flat_map(|(a, b)| {
                let mut v = Vec::new();
                let mut s = *a;
                for (i, c) in chars.iter().enumerate().take(*b).skip(*a) {
                    if matches!(c, '。' | '!' | '?') {
                        v.push((s, i));
                        s = i + 1;
                    }
                }
                v.push((s, *b));
                v
            });
            period = top
                .filter_map(|(a, b)| {
                    let l: String = chars[a..b].iter().collect();
                    // (大会公布了2025年某县将完成的十件惠民实事: 将完成 is work to be done.)
                    let past = ["以来", "完成", "已", "去年", "回顾", "成效"]
                        .iter()
                        .any(|w| l.replace("将完成", "").contains(w));
                    // (…是我市2025年20项民心工程项目之一: a report on one of the projects, not
                    // the list.)
                    let one_of = l.contains("之一");
                    if past || one_of || !PRACTICAL.iter().any(|w| l.contains(w)) {
                        return None;
                    }
                    // (…2015年,某县…将集中力量办好十件民生实事: a year named in the sentence,
                    // not one gone by; 县政府将…重点抓好15件民生实事: the future of the report,
                    // the year it was issued in.)
                    let named = (0..l.len().saturating_sub(4)).find_map(|i| {
                        let y: i32 = l.get(i..i + 4)?.parse().ok()?;
                        let prior = i == 0 || !l.as_bytes()[i - 1].is_ascii_digit();
                        (prior && l.get(i + 4..)?.starts_with('年') && (k..=k + 1).contains(&y))
                            .then_some(y)
                    });
                    let y = if l.contains("明年") {
                        k + 1
                    } else if l.contains("今年") {
                        k
                    } else if let Some(y) = named {
                        y
                    } else if l.contains("将") {
                        k
                    } else {
                        return None;
                    };
                    Some(Period { start: y, end: y })
                })
                .next();
        }
    }
    // A text that reports a year's government work report near its top (2024年某市政府工作报告
    // 昨日发布, 今年政府工作报告聚焦…) sets out that year's work: it is an annual plan.
    if period.is_none() {
        if let Some(k) = issue_year {
            let reported = head.iter().take(3).any(|(a, b)| {
                (*a..*b).any(|i| {
                    let report = at(chars, i, "政府工作报告") || at(chars, i, "政府工作報告");
                    let from = i.saturating_sub(8).max(*a);
                    report
                        && ((from..i).any(|p| at(chars, p, "今年"))
                            || (from..i).any(|p| {
                                int_at(chars, p).is_some_and(|(y, j)| {
                                    y == k && chars.get(j) == Some(&'年') && p + 4 == j
                                })
                            }))
                        && !(*a..*b)
                            .any(|p| ["执行情况", "回顾", "摘要"].iter().any(|w| at(chars, p, w)))
                })
            });
            if reported {
                period = Some(Period { start: k, end: k });
            }
        }
    }
    // (Whether the subject after the year that ends at `j` will act: 2024年某省将完成…; the
    // subject may list several places: 2020年甲区、乙区的交通等都将迎来….)
    let will_after = |j: usize| {
        (j + 1..(j + 30).min(chars.len()))
            .take_while(|p| !matches!(chars[*p], ',' | '，' | '。' | ';' | ':'))
            .any(|p| {
                matches!(chars[p], '将' | '將') && (p < j + 10 || chars[j + 1..p].contains(&'、'))
            })
    };
    // An undated text that opens by saying what a year will bring to the places it names and
    // calls what follows that year's plans (2020年甲区、乙区…都将迎来很大的变化,下面是…新年规划) is a
    // plan for that year.
    if period.is_none() && issue_year.is_none() {
        period = head.iter().take(3).find_map(|(a, b)| {
            let (y, j) = int_at(chars, *a)?;
            let plans = (*a..*b).any(|p| ["规划", "计划", "打算"].iter().any(|w| at(chars, p, w)));
            (chars.get(j) == Some(&'年')
                && crate::YEARS.contains(&y)
                && will_after(j)
                && plans
                && !(*a..*b).any(|p| ["以来", "回顾", "已"].iter().any(|w| at(chars, p, w))))
            .then_some(Period { start: y, end: y })
        });
    }
    let period_stated = period.is_some() && !fiscal;
    // “十四五”, 十五五: the five-year plan the text was issued in, when it names it (also in
    // full: 第十五个五年规划).
    let named = |w: &str| (0..chars.len()).any(|i| at(chars, i, w));
    let five_year = match issue_year {
        Some(k) => FIVE_YEAR
            .iter()
            .find(|(w, y)| (y - 4..=*y).contains(&k) && named(w))
            .map(|(_, y)| *y),
        // (An undated text that names one five-year plan only, under a title naming a plan,
        // “十四五”时期,…;到2035年,…: its aims without a year are that plan's.)
        None => {
            let mut ends: Vec<i32> = FIVE_YEAR
                .iter()
                .filter(|(w, _)| named(w))
                .map(|(_, y)| *y)
                .collect();
            ends.dedup();
            // (Or a section of goals pasted alone, headed (三)总体目标: the plan's own aims.)
            // (Or a title that says whose goals follow, “十三五”科技创新的总体目标: the goals of the
            // five-year plan it names.)
            let titled = head.first().is_some_and(|(a, b)| {
                let goals = contains_any(chars, *a, *b, GOAL_HEADINGS);
                let names_plan = (*a..*b).any(|i| FIVE_YEAR.iter().any(|(w, _)| at(chars, i, w)));
                (is_plan(*a, *b)
                    || (b.saturating_sub(*a) <= 12 && goals)
                    || (b.saturating_sub(*a) <= 40 && goals && names_plan))
                    && !(*a..*b).any(|i| chars[i] == '。')
            });
            (ends.len() == 1 && titled).then(|| ends[0])
        }
    };
    // Years of the Republic of China (民国113年), when the text counts them.
    let roc = roc_calendar(chars, locale);
    let period = period.unwrap_or_else(|| {
        let mut years = Vec::new();
        let mut line_years = Vec::new();
        let mut will_years = Vec::new();
        // (A sentence may open with the year inside a line: …质量。2023年,力争…; text extracted
        // from a PDF may displace quotation marks into it: 2023 “年,.)
        // (Also after a colon: 记者获悉:2024年….)
        let sentence_starts =
            (1..chars.len()).filter(|i| matches!(chars[i - 1], '。' | ':' | '：'));
        for a in lines.iter().map(|(a, _)| *a).chain(sentence_starts) {
            if let Some((y, mut j)) = int_at(chars, a) {
                while j < a + 6 && matches!(chars.get(j), Some('“' | '”' | '"')) {
                    j += 1;
                }
                // (2024年是…的关键一年: a line about the year, as 2024年, is; so is a year whose
                // subject will act, 2024年某省将完成…, the future its 将 speaks of.)
                let will = will_after(j);
                if chars.get(j) == Some(&'年')
                    && (matches!(chars.get(j + 1), Some(',' | '是')) || will)
                    && crate::YEARS.contains(&y)
                {
                    line_years.push(y);
                    if will {
                        will_years.push(y);
                    }
                }
            }
        }
        // (某镇是…中心镇,2023年,某镇将…: in an undated text, a year with a comma of its own
        // inside a sentence, whose subject will act, is the year the text speaks in too.)
        if issue_year.is_none() {
            for a in (1..chars.len()).filter(|i| chars[i - 1] == ',') {
                if let Some((y, j)) = int_at(chars, a) {
                    // (报告指出,2022年县政府将…: or with its subject right after it.)
                    let will = (at(chars, j, "年,") && will_after(j + 1))
                        || (at(chars, j, "年")
                            && is_han_at(chars, j + 1)
                            && chars.get(j + 1) != Some(&'将')
                            && will_after(j));
                    if will && crate::YEARS.contains(&y) {
                        line_years.push(y);
                        will_years.push(y);
                    }
                    // (文件要求,2024年在…建立…: the year a document requires something of, after
                    // its word of requiring.)
                    let required = ["要求", "提出", "明确", "部署"]
                        .iter()
                        .any(|w| a >= 3 && at(chars, a - 3, w));
                    if required
                        && (at(chars, j, "年,") || at(chars, j, "年在"))
                        && crate::YEARS.contains(&y)
                    {
                        line_years.push(y);
                    }
                }
            }
        }
        let mut visions = Vec::new();
        for i in 0..chars.len() {
            if at(chars, i, "到") || at(chars, i, "至") {
                // (到十二五末, 到“十四五”期末: the last year of a five-year plan, written as its
                // end, is a deadline as 到2015年 is; not 达到“十三五”末2倍, a base.)
                let reached = i > 0 && matches!(chars[i - 1], '达' | '提' | '增' | '降' | '升');
                if let Some((y, _)) = crate::rules::five_year_plan(chars, i + 1)
                    .filter(|(_, k)| k.checked_sub(1).and_then(|p| chars.get(p)) == Some(&'末'))
                    .filter(|_| !reached)
                {
                    years.push(y);
                }
                // (从2015年到2020年: the end of a span the text looks over, not a deadline.)
                let spanned = i >= 6
                    && chars[i - 1] == '年'
                    && chars[i - 6] == '从'
                    && chars[i - 5..i - 1].iter().all(|c| c.is_ascii_digit());
                if let Some((y, j)) = int_at(chars, i + 1).filter(|_| !spanned) {
                    if chars.get(j) == Some(&'年') && crate::YEARS.contains(&y) {
                        years.push(y);
                        // (到2035年,全民素质明显提升。 and no figure to its paragraph's end, nor
                        // on the next line, where a paragraph broken in two goes on: a vision, not
                        // the deadline of the plan's figures.)
                        let mut lines_seen = 0;
                        let figured = (j + 1..chars.len())
                            .take_while(|p| {
                                if chars[*p] == '\n' && chars.get(p + 1).is_some_and(|c| *c != '\n')
                                {
                                    lines_seen += 1;
                                }
                                lines_seen < 2
                            })
                            .any(|p| chars[p].is_ascii_digit() || chars[p] == ':');
                        if !figured {
                            visions.push(y);
                        }
                    }
                }
                // (至民國一二四年, 至124年 in a text that counts years from the Republic; not the
                // end of a span of years, 以6年(105至110年)興建…, which another plan names.)
                if roc && !(i > 0 && chars[i - 1].is_ascii_digit()) {
                    let k = if at(chars, i + 1, "民国") {
                        i + 3
                    } else {
                        i + 1
                    };
                    if let Some(n) = scan(chars, k).filter(|n| {
                        n.end == k + 3
                            && n.magnitude == 1.0
                            && n.decimals == 0
                            && chars.get(n.end) == Some(&'年')
                            && (k..n.end).all(|p| {
                                chars[p].is_ascii_digit()
                                    || crate::numeral::chinese_digit(chars[p]).is_some()
                            })
                    }) {
                        let y = n.value() as i32;
                        if (100..=150).contains(&y) {
                            years.push(y + 1911);
                        }
                    }
                }
            }
        }
        // (A plan whose aims run 到2025年 and whose 到2035年 names a vision without figures dates
        // its undated aims by the last year that carries figures.)
        if years.iter().any(|y| !visions.contains(y)) {
            years.retain(|y| !visions.contains(y));
        }
        // Years that open a line (2007年,全市…) are deadlines when no 到YYYY年 says otherwise;
        // so are years written as deadlines (2023年底前, 2035年或之前).
        if years.is_empty() {
            years = line_years;
        }
        if years.is_empty() {
            for i in 0..chars.len() {
                if i > 0 && chars[i - 1].is_ascii_digit() {
                    continue;
                }
                if let Some((y, j)) = int_at(chars, i) {
                    // (目标在2025年增加…到15万个: the year an aim names is a deadline too.)
                    let aimed = ["目标在", "目标于", "目标是在", "目标是"].iter().any(|w| {
                        let n = w.chars().count();
                        i >= n && at(chars, i - n, w)
                    });
                    // (实现2030年观光产值达兆元目标: a year after 实现 whose clause names the aim.)
                    let to_reach = i >= 2
                        && at(chars, i - 2, "实现")
                        && chars.get(j) == Some(&'年')
                        && (j..(j + 20).min(chars.len()))
                            .take_while(|p| !matches!(chars[*p], ',' | '。' | ';'))
                            .any(|p| at(chars, p, "目标"));
                    // (确定了2021年空气质量改善目标, 下达了2022年全省…建设工作计划: a year whose goals
                    // or plan a body is said to set: the year the text's aims are for.)
                    let set_for = chars.get(j) == Some(&'年')
                        && (i.saturating_sub(8)..i).any(|p| {
                            SET_AIMS.iter().any(|w| at(chars, p, w))
                                && (p..i).all(|q| !matches!(chars[q], ',' | '。' | ';' | ':'))
                        })
                        && (j..(j + 30).min(chars.len()))
                            .take_while(|p| !matches!(chars[*p], ',' | '。' | ';' | ':'))
                            .any(|p| ["目标", "计划"].iter().any(|w| at(chars, p, w)));
                    let deadline = aimed
                        || to_reach
                        || set_for
                        || ["年底前", "年前", "年或之前", "年以前"]
                            .iter()
                            .any(|w| at(chars, j, w));
                    if deadline && crate::YEARS.contains(&y) {
                        years.push(y);
                    }
                }
            }
        }
        // (2021年某市…实施方案: a plan whose title opens with its year.)
        if years.is_empty() {
            if let Some((a, b)) = head.first() {
                if let Some((y, j)) = int_at(chars, *a) {
                    let named = ["方案", "计划", "规划"]
                        .iter()
                        .any(|w| (j..(*b).min(j + 40)).any(|p| at(chars, p, w)));
                    if chars.get(j) == Some(&'年') && named && crate::YEARS.contains(&y) {
                        years.push(y);
                    }
                }
            }
        }
        // Years that open a sentence or a clause after a semicolon (…教育。2015年学前三年…达到90%;
        // 2020年分别达到98%) state the deadlines of what follows, when nothing else dates the text.
        if years.is_empty() {
            for i in 1..chars.len() {
                if !matches!(chars[i - 1], '。' | ';') {
                    continue;
                }
                if let Some((y, j)) = int_at(chars, i) {
                    let opens = chars.get(j) == Some(&'年')
                        && chars
                            .get(j + 1)
                            .is_some_and(|c| !c.is_ascii() && *c != '度');
                    if opens && crate::YEARS.contains(&y) {
                        years.push(y);
                    }
                }
            }
            // (One such year may be a review's, 2023年数字经济…达到9.9%; stages of a plan name two.)
            years.sort_unstable();
            years.dedup();
            if years.len() < 2 {
                years.clear();
            }
        }
        // (“十二五”时期,我国将…: a five-year period the text says its subject will act in is the
        // period it plans, when nothing else dates the text.)
        if years.is_empty() && issue_year.is_none() {
            for i in 0..chars.len() {
                if let Some((y, k)) = crate::rules::five_year_plan(chars, i) {
                    let period = k >= 2
                        && (chars[k - 2..k] == ['时', '期'] || chars[k - 2..k] == ['期', '间']);
                    let will = (k..(k + 30).min(chars.len()))
                        .take_while(|p| chars[*p] != '。')
                        .any(|p| at(chars, p, "将"));
                    if period && will {
                        years.push(y);
                    }
                }
            }
        }
        // (A government work report plans the year it is delivered in: a five-year plan it names
        // in passing, 加快“十五五”规划项目落地, is not its deadline; a title that names it, 政府工作报告
        // 介绍“十四五”时期主要目标, still dates the text by it.)
        // (A title is one of the first lines, short and without a full stop: a paragraph that
        // opens the text is none.)
        let title_names_plan = head.iter().take(3).any(|(a, b)| {
            let l: String = chars[*a..*b].iter().collect();
            b - a <= 60
                && !l.contains('。')
                && ["十三五", "十四五", "十五五", "五年", "规划", "規劃"]
                    .iter()
                    .any(|w| l.contains(w))
        });
        let work_report = head.iter().take(3).any(|(a, b)| {
            let l: String = chars[*a..*b].iter().collect();
            l.contains("政府工作报告") || l.contains("政府工作報告")
        });
        // (So does a text that calls its year the first of a five-year plan, 2026年是“十五五”开局
        // 之年, under a title that names no plan: a news report or a work report of that year.)
        // (Or any year of it: 2023年,是实施“十四五”规划承上启下的关键之年, 2024年是实施“十四五”
        // 规划关键一年: the text plans that year, not the plan's last.)
        // (今年是“十四五”开局之年 in a text whose date is known says so of that year.)
        let this_or_year = |i: usize| {
            int_at(chars, i).or_else(|| {
                issue_year
                    .filter(|_| at(chars, i, "今年"))
                    .map(|y| (y, i + 1))
            })
        };
        let first_year = (0..chars.len()).any(|i| {
            this_or_year(i).is_some_and(|(y, j)| {
                let within = |p: usize| {
                    (j..p).any(|q| {
                        ["十三五", "十四五", "十五五"]
                            .iter()
                            .any(|w| at(chars, q, w))
                    })
                };
                issue_year == Some(y)
                    && (at(chars, j, "年是") || at(chars, j, "年,是"))
                    && (j..(j + 30).min(chars.len()))
                        .take_while(|p| chars[*p] != '。')
                        .any(|p| {
                            at(chars, p, "开局之年")
                                || at(chars, p, "開局之年")
                                || ((at(chars, p, "之年") || at(chars, p, "一年")) && within(p))
                        })
            })
        });
        if let Some(y) = five_year.filter(|_| title_names_plan || !(work_report || first_year)) {
            years.push(y);
        }
        // (今后五年, 未来5年 in a text of a known year, 我们对今后五年的发展提出了…目标: the years
        // to come counted from the year it speaks in, which is the first; their last is the
        // deadline of its aims when nothing else dates them. Only a sentence that says it sets
        // goals for those years gives the text its span: 带动未来五年制造业投资1000亿元 in a
        // year's task list dates that figure alone.)
        if years.is_empty() {
            if let Some(k) = issue_year {
                years.extend((0..chars.len()).filter_map(|i| {
                    years_ahead(chars, i)
                        .filter(|_| sentence_names(chars, i, "目标"))
                        .map(|n| k + n - 1)
                }));
            }
        }
        // Without a date or a stated period, the plan is taken to start two years before its
        // first deadline, so that nearer years (2024年,…) stay targets and older ones are history.
        // (A year whose subject will act is the year the text speaks in: what came before it is
        // history.)
        let start = issue_year
            .or_else(|| will_years.iter().min().copied())
            .or_else(|| years.iter().min().map(|y| y - 2))
            .or(lone_year)
            .unwrap_or(2025);
        let end = years
            .iter()
            .copied()
            .filter(|y| *y >= start && *y <= start + 15)
            .max()
            .unwrap_or(start);
        Period { start, end }
    });
    // (Only a line before the text's first sentence is its title: a short line after an opening
    // paragraph, 2020年和“十三五”时期工作回顾, heads one part of a report, not the whole text.)
    let reviews_period = issue_year.is_some_and(|k| {
        head.iter()
            .take(3)
            .take_while(|(a, b)| !(*a..*b).any(|i| chars[i] == '。'))
            .any(|(a, b)| {
                b - a <= 60
                    && (*a..*b).any(|i| {
                        FIVE_YEAR.iter().take(3).any(|(w, y)| {
                            let n = w.chars().count();
                            let quoted = usize::from(chars.get(i + n) == Some(&'”'));
                            *y <= k
                                && at(chars, i, w)
                                && (at(chars, i + n + quoted, "时期")
                                    || (i.saturating_sub(4)..i).any(|p| at(chars, p, "完成")))
                        })
                    })
            })
    });
    // (记者从“高质量完成‘十四五’规划”系列主题新闻发布会上了解到:… in an undated text: the
    // opening line reports a briefing on a five-year plan completed, whose figures are results.)
    // (So in a text dated in the plan's last year or later: 10月15日,“…高质量完成‘十四五’规划”
    // 系列主题新闻发布会…举行,介绍…主要成就.)
    let reviews_period = reviews_period
        || head.iter().take(3).any(|(a, b)| {
            let briefing = (*a..*b).any(|i| at(chars, i, "发布会"));
            briefing
                && (*a..*b).any(|i| {
                    FIVE_YEAR.iter().take(3).any(|(w, y)| {
                        issue_year.is_none_or(|k| *y <= k)
                            && at(chars, i, w)
                            && (i.saturating_sub(4)..i).any(|p| at(chars, p, "完成"))
                    })
                })
        });
    // (2023 成就鼓舞人心, 某市2024年农业发展成效回顾 on a page of the year after: a text whose
    // headline names a year gone by and its achievements reports that year's results, line by
    // line, until a sentence names aims.)
    let reviews_year = issue_year.is_some_and(|k| {
        let top: Vec<(usize, usize)> = lines
            .iter()
            .copied()
            .filter(|(a, b)| (*a..*b).any(|i| !chars[i].is_whitespace()))
            .take(1)
            .filter(|(a, b)| b - a <= 30 && !(*a..*b).any(|i| chars[i] == '。'))
            .collect();
        let gone = top.iter().any(|(a, b)| {
            (*a..*b).any(|i| {
                (i == 0 || !chars[i - 1].is_ascii_digit())
                    && int_at(chars, i).is_some_and(|(y, j)| {
                        y < k
                            && crate::YEARS.contains(&y)
                            && j == i + 4
                            && (chars.get(j) == Some(&'年') || i == *a)
                    })
            })
        });
        let achieved = top.iter().any(|(a, b)| {
            contains_any(
                chars,
                *a,
                *b,
                &["成就", "成绩", "成效", "新台阶", "亮点", "盘点", "回顾"],
            )
        });
        let ahead = top
            .iter()
            .any(|(a, b)| (*a..*b).any(|i| crate::rules::FORWARD.iter().any(|w| at(chars, i, w))));
        gone && achieved && !ahead
    });
    Meta {
        reviews_period: reviews_period || progress || reviews_year,
        progress,
        title,
        issuer,
        issued,
        doc_number,
        period,
        locale,
        roc_years: roc,
        period_stated,
        five_year,
        issue_year,
    }
}

/// Where the clause goes on after the longest of `leads` at `i` (今年是, 今年是实施), which says
/// what this year is.
fn after_lead(chars: &[char], i: usize, leads: &[&str]) -> Option<usize> {
    leads
        .iter()
        .filter(|w| at(chars, i, w))
        .map(|w| i + w.chars().count())
        .max()
}

/// The year an undated text stands in, from the stage of a five-year plan it calls this year
/// (今年是“十五五”规划开局之年, 今年是“十四五”收官之年): the first year of the plan's five for
/// 开局 or 起步, its last for 收官. Looked for in the top lines only, up to `top`.
fn stage_year(chars: &[char], top: usize) -> Option<i32> {
    (0..top.min(chars.len())).find_map(|i| {
        let j = after_lead(
            chars,
            i,
            &["今年是", "今年,是", "今年是实施", "今年是全面实施"],
        )?;
        let j = j + usize::from(chars.get(j) == Some(&'“'));
        let (_, end) = FIVE_YEAR.iter().find(|(w, _)| at(chars, j, w))?;
        // (The stage is said before 之年 in the same clause: 开局起步之年, 收官之年.)
        let stage: String = (j..(j + 16).min(chars.len()))
            .take_while(|p| !matches!(chars[*p], ',' | '。' | ';'))
            .map(|p| chars[p])
            .collect();
        let head = stage
            .split("之年")
            .next()
            .filter(|_| stage.contains("之年"))?;
        if head.contains("开局") || head.contains("起步") {
            Some(end - 4)
        } else if head.contains("收官") {
            Some(*end)
        } else {
            None
        }
    })
}

/// The year an undated text stands in, from the anniversary it calls this year (今年是新中国成立
/// 75周年, 今年是中国共产党成立100周年, 今年是改革开放40周年): the founding year of the event the
/// clause names plus the count of years. Looked for in the top lines only, up to `top`.
fn anniversary_year(chars: &[char], top: usize) -> Option<i32> {
    // (Events whose founding year every reader knows.)
    const FOUNDED: [(&str, i32); 6] = [
        ("新中国成立", 1949),
        ("中华人民共和国成立", 1949),
        ("共和国成立", 1949),
        ("中国共产党成立", 1921),
        ("建党", 1921),
        ("改革开放", 1978),
    ];
    (0..top.min(chars.len())).find_map(|i| {
        let j = after_lead(chars, i, &["今年是", "今年,是"])?;
        // (The anniversary is said in the same clause: 今年是新中国成立75周年,…)
        let clause: Vec<usize> = (j..(j + 24).min(chars.len()))
            .take_while(|p| !matches!(chars[*p], ',' | '。' | ';'))
            .collect();
        clause.iter().find_map(|p| {
            let (w, founded) = FOUNDED.iter().find(|(w, _)| at(chars, *p, w))?;
            let k = p + w.chars().count();
            let (n, e) = int_at(chars, k)?;
            let y = founded + n;
            ((at(chars, e, "周年") || at(chars, e, "週年")) && crate::YEARS.contains(&y))
                .then_some(y)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        crate::text::fold(s).chars
    }

    #[test]
    fn dates_are_read_in_figures_with_a_time_after_them() {
        for (s, want) in [
            ("2022年7月22日", Some("2022-07-22")),
            ("2023-07-19", Some("2023-07-19")),
            ("2023.7.9", Some("2023-07-09")),
            ("2019/02/15", Some("2019-02-15")),
            ("2023-02-17 10:14", Some("2023-02-17")),
            ("2023-02-17 8:05:00", Some("2023-02-17")),
            ("2023-02-170", None),
            ("2023-02-32", None),
            ("2023-13-01", None),
            ("2023-02-1710", None),
            ("1800-01-01", None),
            ("2023-02-", None),
        ] {
            assert_eq!(date_at(&chars(s), 0).as_deref(), want, "{s}");
        }
    }

    #[test]
    fn the_part_of_this_year_gone_by_is_read_in_figures_or_words() {
        for (s, want) in [
            ("今年以来", true),
            ("今年1-9月", true),
            ("今年前10个月", true),
            ("今年前三个月", true),
            ("今年前12个月", false),
            ("今年前列", false),
            ("今年全年", false),
        ] {
            assert_eq!(so_far(&chars(s), 0), want, "{s}");
        }
    }

    #[test]
    fn a_pages_date_of_publication_near_the_top_dates_this_year() {
        for head in [
            "发布时间：2019-02-15 10:14",
            "2019-02-15 08:34:21 來源:長江商報",
            "【发布时间】2019/02/15",
        ] {
            let text = format!("{head}\n今年，全市城镇新增就业1.2万人以上。");
            let m = read(&text, &crate::text::fold(&text), None);
            assert_eq!(m.issue_year, Some(2019), "{head}");
        }
        // A page's last change is no date of its text, and neither is a repost's stamp over an
        // older headline.
        for text in [
            "更新时间：2024-05-06 09:00\n今年，全市城镇新增就业1.2万人以上。",
            "某市2021年十件民生实事\n论坛 - 2025/5/14 19:23:00\n今年，全市城镇新增就业1.2万人以上。",
            "某省“十三五”生态规划印发\n2024-06-15 05:21:03\n今年，全市城镇新增就业1.2万人以上。",
        ] {
            let year = read(text, &crate::text::fold(text), None).issue_year;
            assert!(!matches!(year, Some(2024 | 2025)), "{text}: {year:?}");
        }
    }
}
