//! Names: where a clause's own words start (after 并, 力争, a bullet, a dateline or a speaker),
//! the words that name an indicator, and the subjects a list of names shares a figure among
//! (A、B和C, 公共图书馆、文化馆覆盖率, 高新区和经开区营业收入).

use super::years::year_at;
use super::DOING_VERBS;
use crate::lexicon::{at, ends_at, TARGET_VERBS};

/// The start of what a speaker says when `a..e` opens by naming who speaks (某局副局长介绍,
/// 某主任表示,) or how the reporter learnt it (据了解, 记者获悉, 据悉,): the index after the
/// comma; else `a`.
pub(crate) fn after_speaker(chars: &[char], a: usize, e: usize) -> usize {
    (a + 1..(a + 16).min(e))
        .find(|p| chars[*p] == ',' || chars[*p] == '。')
        .filter(|p| {
            chars[*p] == ','
                && [
                    "介绍",
                    "表示",
                    "指出",
                    "说",
                    "称",
                    "了解",
                    "了解到",
                    "获悉",
                    "据悉",
                ]
                .iter()
                .any(|w| ends_at(chars, *p, w).is_some_and(|q| q > a))
        })
        .map_or(a, |p| p + 1)
}

/// Does `p` open the clause `s..e`, after at most a place (全县约300个…, 全市…)?
pub(super) fn opens_clause(chars: &[char], p: usize, s: usize, e: usize) -> bool {
    let a = lead(chars, s, e);
    // (全省76个县…, 我省76个县(市)…, 本市12个区…: after the government's own place.)
    p == a || (p == a + 2 && OWN_PLACE.iter().any(|w| at(chars, a, w)))
}

/// Words by which a government names its own place before a count of its parts (我省76个县).
const OWN_PLACE: &[&str] = &[
    "全", "我省", "我市", "我区", "我县", "本省", "本市", "本区", "本县",
];

/// Skips separators and scope words at the start of a name.
pub(super) fn strip_front(chars: &[char], mut a: usize, b: usize) -> usize {
    const FRONT: &[&str] = &[
        "、",
        "和",
        "及",
        "以及",
        "并",
        "其中",
        "力争",
        "争取",
        "努力",
        "确保",
        "每年",
        "全年",
        "到",
        "至",
        "底",
        "末",
        "前",
        "“",
        "”",
        // List marks (*新增1家社区食堂、*3家照护之家).
        "*",
        "※",
        "均",
        "实现",
        "推动",
        "推进",
        "加快",
        "在此基础上",
    ];
    loop {
        if a >= b {
            return a;
        }
        if let Some((_, end)) = year_at(chars, a) {
            a = end;
            continue;
        }
        if let Some(end) = dateline_end(chars, a, b) {
            a = end;
            continue;
        }
        match FRONT.iter().find(|w| at(chars, a, w)) {
            Some(w) => a += w.chars().count(),
            None => return a,
        }
    }
}

/// Where a clause's own words start: after separators and aspiration words, before any year.
pub(crate) fn lead(chars: &[char], mut a: usize, b: usize) -> usize {
    const FRONT: &[&str] = &[
        "、", "和", "并", "力争", "争取", "努力", "确保", "其中", "“", "”", "-", "●", "•", "·",
        "▲", "★", "*", "※",
    ];
    // (提出“2022年,建成…: the words a text quotes start inside the quote.)
    const QUOTING: &[&str] = &["提出“", "指出“", "表示“", "要求“", "明确“"];
    // (一是…,如2023年,全省…: a year given as the example of an aim opens the clause it leads;
    // only before a year, for 如期 is no example.)
    const EXAMPLE: &[&str] = &["例如", "比如", "譬如", "如"];
    while a < b {
        let example = EXAMPLE
            .iter()
            .find(|w| at(chars, a, w) && year_at(chars, a + w.chars().count()).is_some());
        match FRONT
            .iter()
            .chain(QUOTING)
            .chain(example)
            .find(|w| at(chars, a, w))
        {
            Some(w) => a += w.chars().count(),
            None => break,
        }
    }
    // Never past `b`: a word or a dateline may run over it.
    dateline_end(chars, a, b).unwrap_or(a).min(b)
}

/// The end of a news report's dateline opening `a..b` (本报讯, 某某新闻网讯(记者某某)): the
/// report's words follow it.
fn dateline_end(chars: &[char], a: usize, b: usize) -> Option<usize> {
    let p = (a..b.min(a + 12))
        .take_while(|p| !matches!(chars[*p], ',' | '。' | ';' | ':' | '、' | '(' | ')'))
        .find(|p| chars[*p] == '讯')?;
    // (Not 通讯, 资讯: a paper's, a site's or a news service's 讯, or one the reporter's name
    // follows.)
    let by = p > a && matches!(chars[p - 1], '报' | '网' | '闻' | '台');
    if !by && chars.get(p + 1) != Some(&'(') {
        return None;
    }
    let mut end = p + 1;
    if chars.get(end) == Some(&'(') {
        if let Some(q) = (end..b.min(end + 20)).find(|q| chars[*q] == ')') {
            end = q + 1;
        }
    }
    Some(end)
}

/// Trims separators at the end of a name.
pub(super) fn strip_back(chars: &[char], a: usize, mut b: usize) -> usize {
    loop {
        if b > a && matches!(chars[b - 1], '、' | '和' | '均' | '“' | '的' | '为' | '前') {
            b -= 1;
            continue;
        }
        match ["力争", "争取", "努力", "确保", "分别"]
            .iter()
            .find_map(|w| ends_at(chars, b, w))
        {
            Some(p) if p >= a => b = p,
            _ => return b,
        }
    }
}

/// Cuts a name before a comparison with a base (较…, 比…, 在…基础上) and drops a leading verb
/// that names no indicator (实施, 新增 stay: they say what is counted).
pub(super) fn core_name(chars: &[char], a: usize, b: usize) -> (usize, usize) {
    let mut end = b;
    let base = (a..b).find(|p| {
        at(chars, *p, "较")
            || ((at(chars, *p, "比") || at(chars, *p, "在"))
                && chars
                    .get(p + 1)
                    .is_some_and(|c| c.is_ascii_digit() || *c == '上'))
    });
    if let Some(p) = base {
        if p > a {
            end = strip_back(chars, a, p);
        }
    }
    (a, end)
}

/// Is `chars[a..b]` nothing but a verb (实施, 形成 …)?
pub(super) fn only_verb(chars: &[char], a: usize, b: usize) -> bool {
    let mut a = a;
    for place in ["全市", "全区", "全县", "全省"] {
        if at(chars, a, place) {
            a += 2;
        }
    }
    // 在主导产业领域建立: a place phrase, then the verb.
    if at(chars, a, "在") && TARGET_VERBS.iter().any(|w| ends_at(chars, b, w).is_some()) {
        return true;
    }
    a >= b
        || TARGET_VERBS
            .iter()
            .chain(DOING_VERBS)
            .any(|w| at(chars, a, w) && a + w.chars().count() >= b)
}

/// Splits a subject (A、B和C) into item ranges.
pub(super) fn split_subject(chars: &[char], a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut items = Vec::new();
    let mut s = a;
    // (殡改宣传(惠民政策、殡改法规等)覆盖率: a list in brackets glosses one subject.)
    let mut depth = 0i32;
    for j in a..=b {
        match chars.get(j) {
            Some('(') => depth += 1,
            Some(')') => depth -= 1,
            _ => {}
        }
        // (地级及以上城市, 三级及以下医院: 及以上 and 及以下 bound one noun, they join none.)
        let bound = at(chars, j, "及以上") || at(chars, j, "及以下");
        if j == b
            || (matches!(chars.get(j), Some('、') | Some('和') | Some('及'))
                && !bound
                && depth <= 0)
        {
            let (x, y) = (strip_front(chars, s, j), strip_back(chars, s, j));
            if x < y {
                items.push((x, y));
            }
            s = j + 1;
        }
    }
    items
}

/// The subjects that share a rate named after the last of them (公共图书馆、文化馆覆盖率,
/// 城市道路、公共建筑无障碍设施建设率): each gets the figure. Empty unless the name lists short
/// subjects and only its last item names the rate.
pub(super) fn shared_rate(chars: &[char], a: usize, b: usize) -> Vec<(usize, usize)> {
    let items = split_subject(chars, a, b);
    let Some(((la, lb), heads)) = items.split_last() else {
        return Vec::new();
    };
    let rate = |x: usize, y: usize| {
        (x..y).any(|p| {
            ["率", "比例", "占比", "比重"]
                .iter()
                .any(|w| at(chars, p, w))
        })
    };
    let short = |(x, y): &(usize, usize)| {
        y > x && y - x <= 14 && !(*x..*y).any(|p| chars[p].is_ascii_digit() || chars[p] == ',')
    };
    // (Or rates each named in full: 残疾儿童入园率和康复训练率达到90%以上.)
    // (Not efficiencies, which name one compound measure: 利用效率和综合效率.)
    let all_rates = heads.iter().chain([&(*la, *lb)]).all(|(x, y)| {
        y > x
            && chars[y - 1] == '率'
            && !(*x..y - 1).any(|p| chars[p] == '率')
            && ends_at(chars, *y, "效率").is_none()
    });
    let fits = !heads.is_empty()
        && ((["覆盖率", "建设率", "普及率", "达标率", "开放率"]
            .iter()
            .any(|w| ends_at(chars, *lb, w).is_some_and(|p| p > *la))
            && heads.iter().all(|h| short(h) && !rate(h.0, h.1)))
            || (all_rates && heads.iter().all(short)));
    if fits {
        items
    } else {
        Vec::new()
    }
}

/// The items of the list `a..b` when each names one measure in full and all end with the same
/// word for it (万元产值用水量、万元增加值用水量: two water intensities), else none: a figure after
/// them is each one's.
pub(super) fn same_measure(chars: &[char], a: usize, b: usize) -> Vec<(usize, usize)> {
    let items = split_subject(chars, a, b);
    let ending = |(x, y): &(usize, usize)| chars.get(y.saturating_sub(2)..*y).filter(|_| y >= x);
    let fits = items.len() > 1
        && items.iter().all(|(x, y)| {
            y > x
                && y - x >= 4
                && y - x <= 14
                && !(*x..*y).any(|p| chars[p].is_ascii_digit() || chars[p] == ',')
        })
        && items
            .iter()
            .all(|it| ending(it).is_some() && ending(it) == items.first().and_then(ending));
    if fits {
        items
    } else {
        Vec::new()
    }
}

/// The words a list of places shares after its last item (高新区和经开区营业收入 → 营业收入),
/// for every item but the last; `None` for the last item or when the items share nothing.
pub(super) fn shared_tail(
    chars: &[char],
    items: &[(usize, usize)],
    k: usize,
) -> Option<(usize, usize)> {
    const PLACE: &[char] = &['区', '市', '县', '省', '镇', '乡', '村', '园', '港'];
    let (last, heads) = items.split_last()?;
    if k + 1 >= items.len() || heads.is_empty() {
        return None;
    }
    let short_place = |(a, b): (usize, usize)| {
        b > a && b - a <= 6 && chars.get(b - 1).is_some_and(|c| PLACE.contains(c))
    };
    if !heads.iter().all(|h| short_place(*h)) {
        return None;
    }
    let p = (last.0 + 1..last.1.min(last.0 + 6)).find(|p| PLACE.contains(&chars[*p]))?;
    (last.1 > p + 2).then_some((p + 1, last.1))
}

/// Do the words ending at `p` name the plan's own goals (…5项工作指标, 奋斗目标“535511”)? A
/// quoted name right after the goal word (a slogan built from the figures) belongs to it.
pub(super) fn names_goals(chars: &[char], p: usize) -> bool {
    let goal = |q: usize| {
        ["指标", "目标", "任务"]
            .iter()
            .any(|w| ends_at(chars, q, w).is_some())
    };
    if goal(p) {
        return true;
    }
    // (奋斗目标“535511”,即…: the slogan is short and stands between the goal word and 即.)
    let Some(close) = p.checked_sub(1) else {
        return false;
    };
    if !matches!(chars.get(close), Some('”' | '"' | '」')) {
        return false;
    }
    // (目标是“3456”: a copula may come between.)
    (close.saturating_sub(12)..close)
        .rev()
        .find(|q| matches!(chars.get(*q), Some('“' | '"' | '「')))
        .is_some_and(|q| {
            goal(q)
                || ((ends_at(chars, q, "是").is_some() || ends_at(chars, q, "为").is_some())
                    && goal(q - 1))
        })
}
