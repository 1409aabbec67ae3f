//! Years and periods: a year (2025年, 二〇二五年, 民国115年), a span (2021-2025年, 自2021年起,
//! 利用3年时间), a fiscal year (2022-23年度), a five-year plan (“十四五”末), a month that ends a
//! deadline (6月底前), the months gone by of a year (1-6月, 前5个月) and a year of completion
//! after a figure (于2024年建成).

use super::Context;
use crate::lexicon::{at, ends_at, is_han};
use crate::numeral::{chinese_digit, scan};

/// Does 前 at `j`, after a year, count the year's first months (2023年前5个月, 今年前十个月)?
pub(crate) fn months_of(chars: &[char], j: usize) -> bool {
    // (Also 首11个月, the first eleven months, as Hong Kong writes it.)
    (at(chars, j, "前") || at(chars, j, "首"))
        && scan(chars, j + 1)
            .is_some_and(|n| n.start == j + 1 && at(chars, n.end, "个月") && n.value() < 12.0)
}

/// Do the months from January on open at `j` (1-6月, 1—9月份, 1到10月, 1月至9月)? A report of the
/// year so far.
pub(crate) fn from_january(chars: &[char], j: usize) -> bool {
    if !at(chars, j, "1") || chars.get(j + 1).is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    if at(chars, j + 1, "月至") {
        return true;
    }
    matches!(chars.get(j + 1), Some('-' | '—' | '到' | '至' | '~'))
        && scan(chars, j + 2).is_some_and(|m| {
            m.start == j + 2 && at(chars, m.end, "月") && (2.0..=12.0).contains(&m.value())
        })
}

/// A four-digit year at `i` (2025 or 二〇二五) followed by 年: its value and the index after 年.
pub(super) fn year_at(chars: &[char], i: usize) -> Option<(i32, usize)> {
    let n = scan(chars, i)?;
    // Text extracted from a PDF may displace quotation marks into a year (2023 “年, 2023 “ ”年).
    let mut j = n.end;
    while j < n.end + 2 && matches!(chars.get(j), Some('“' | '”' | '"')) {
        j += 1;
    }
    if n.magnitude != 1.0 || n.end - n.start != 4 || chars.get(j) != Some(&'年') {
        return None;
    }
    let y = n.value() as i32;
    crate::YEARS.contains(&y).then_some((y, j + 1))
}

/// A list of years after 分 at `i` over which a total is spread (分2024、2025、2026三个年度,
/// 分2025年和2026年两年): the last year and the index after the list. The list names two years
/// or more and ends with a count of years or with 年度.
pub(super) fn spread_over_years(chars: &[char], i: usize) -> Option<(i32, usize)> {
    if !at(chars, i, "分") {
        return None;
    }
    let mut j = i + 1;
    let mut years = Vec::new();
    loop {
        let n = scan(chars, j).filter(|n| n.end == j + 4 && n.magnitude == 1.0 && !n.chinese)?;
        let y = n.value() as i32;
        if !(2000..=2060).contains(&y) {
            return None;
        }
        years.push(y);
        j = n.end;
        if at(chars, j, "年度") {
            break;
        }
        if at(chars, j, "年") {
            j += 1;
        }
        match chars.get(j) {
            Some('、' | '和' | '及') if scan(chars, j + 1).is_some() => j += 1,
            _ => break,
        }
    }
    let last = *years.last()?;
    if years.len() < 2 || years.windows(2).any(|w| w[1] <= w[0]) {
        return None;
    }
    // (三个年度, 两年, 3年: the count of the years; or 年度 right after the last.)
    if at(chars, j, "年度") {
        return Some((last, j + 2));
    }
    let n = scan(chars, j).filter(|n| n.start == j)?;
    let k = if at(chars, n.end, "个") {
        n.end + 1
    } else {
        n.end
    };
    if at(chars, k, "年度") {
        Some((last, k + 2))
    } else if at(chars, k, "年") {
        Some((last, k + 1))
    } else {
        None
    }
}

/// 自2021年起,利用3年时间 (从2024年开始,用两年左右时间) at `i`: the first and the last year of
/// the span the text gives from a start year and a count of years, and the index after it.
pub(crate) fn years_from(chars: &[char], i: usize) -> Option<(i32, i32, usize)> {
    if !(at(chars, i, "自") || at(chars, i, "从")) {
        return None;
    }
    let n = scan(chars, i + 1).filter(|n| n.end == i + 5 && n.magnitude == 1.0 && !n.chinese)?;
    let first = n.value() as i32;
    if !(2000..=2060).contains(&first) || !at(chars, n.end, "年") {
        return None;
    }
    let mut j = n.end + 1;
    j += ["起", "开始"]
        .iter()
        .find(|w| at(chars, j, w))
        .map(|w| w.chars().count())?;
    if chars.get(j) == Some(&',') {
        j += 1;
    }
    j += ["利用", "用", "花"]
        .iter()
        .find(|w| at(chars, j, w))
        .map(|w| w.chars().count())?;
    let count = scan(chars, j).filter(|m| m.start == j && m.magnitude == 1.0)?;
    let years = count.value();
    if !(1.0..=10.0).contains(&years) || years.fract() != 0.0 {
        return None;
    }
    let mut k = count.end;
    if at(chars, k, "个") {
        k += 1;
    }
    if !at(chars, k, "年") {
        return None;
    }
    k += 1;
    if at(chars, k, "左右") {
        k += 2;
    }
    at(chars, k, "时间").then_some((first, first + years as i32 - 1, k + 2))
}

/// The start of a span of years whose last year `y` starts at `i` (2021-2025年, 2023—2027年):
/// the index of its first year.
pub(super) fn span_start(chars: &[char], i: usize, y: i32) -> Option<usize> {
    let dash = i.checked_sub(1)?;
    let from = dash.checked_sub(4)?;
    if chars.get(dash) != Some(&'-')
        || from > 0 && chars.get(from - 1).is_some_and(|c| c.is_ascii_digit())
    {
        return None;
    }
    let n = scan(chars, from)?;
    let y1 = n.value() as i32;
    (n.end == dash && n.magnitude == 1.0 && y1 < y && y - y1 <= 15).then_some(from)
}

/// The year whose phrase (2023年, 2023年底) ends right before `p`.
pub(super) fn year_before(chars: &[char], p: usize) -> Option<i32> {
    (5..=8).find_map(|k| {
        let a = p.checked_sub(k)?;
        let (y, after) = year_at(chars, a)?;
        let rest: String = chars.get(after..p)?.iter().collect();
        ["", "底", "末", "底前"]
            .contains(&rest.as_str())
            .then_some(y)
    })
}

/// Does 截至/截止 at `p` name a year after the text's own (截至2025年底 in a plan of 2023): a
/// deadline, not a report?
/// (So does the end of a five-year period to come: 截至“十四五”末 in a text of 2021.)
pub(super) fn until_to_come(chars: &[char], p: usize, cx: Context) -> bool {
    let period_end = five_year_plan(chars, p + 2)
        .filter(|(_, after)| chars.get(after.saturating_sub(1)) == Some(&'末'));
    (at(chars, p, "截至") || at(chars, p, "截止"))
        && year_at(chars, p + 2)
            .or(period_end)
            .is_some_and(|(y, _)| cx.this_year.is_some_and(|t| y > t))
}

/// Does a verb of issuing a document start at `p` (去年印发的《…方案》明确, 去年出台的规划提出)?
/// Then the year before it dates the document, not the figures the document sets.
pub(super) fn issued_then(chars: &[char], p: usize) -> bool {
    ["印发", "出台", "发布", "公布", "制定", "出炉"]
        .iter()
        .any(|w| at(chars, p, w) && at(chars, p + 2, "的"))
}

/// A year of the Republic of China calendar at `i` in a text from Taiwan (115年 → 2026): three
/// digits from 100 to 150 followed by 年, opening a clause or with a deadline word, a comma or 度.
pub(super) fn roc_year(chars: &[char], i: usize, cx: Context) -> Option<(i32, usize)> {
    if !cx.roc_years {
        return None;
    }
    let n = scan(chars, i)?;
    // (Also in Chinese digits, 至民國一二四年: a newspaper that writes its figures in them.)
    let digits = !n.chinese || (n.start..n.end).all(|p| chinese_digit(chars[p]).is_some());
    if !digits || n.magnitude != 1.0 || n.end - n.start != 3 || chars.get(n.end) != Some(&'年') {
        return None;
    }
    let y = n.value() as i32;
    let after = n.end + 1;
    let opens = i == 0 || matches!(chars.get(i - 1), Some(',' | ';' | ':' | '。' | '\n'));
    let dated = opens
        || matches!(chars.get(after), Some(',' | '前' | '底' | '度' | '起'))
        || ["到", "至", "于", "在", "民国", "目标"]
            .iter()
            .any(|w| ends_at(chars, i, w).is_some());
    ((100..=150).contains(&y) && dated).then_some((y + 1911, after))
}

/// A year written without 年 right before the word that names its place in a plan (2026开局之年,
/// 2025收官之年, 2024攻坚之年: a headline's way of saying 2026年是开局之年): the year and the index
/// after its digits.
pub(super) fn year_of_role(chars: &[char], i: usize) -> Option<(i32, usize)> {
    let digits = chars.get(i..i + 4)?;
    if !digits.iter().all(char::is_ascii_digit)
        || i.checked_sub(1)
            .and_then(|p| chars.get(p))
            .is_some_and(char::is_ascii_digit)
    {
        return None;
    }
    let role = chars.get(i + 4..i + 6)?.iter().all(|c| is_han(*c)) && at(chars, i + 6, "之年");
    let y: i32 = digits.iter().collect::<String>().parse().ok()?;
    (role && crate::YEARS.contains(&y)).then_some((y, i + 4))
}

/// A month or a day of a year at `i` that ends a deadline (6月底前, 9月30日前, 6月底, 6月前):
/// the index after it.
pub(super) fn month_deadline(chars: &[char], i: usize) -> Option<usize> {
    let digits = |p: usize| {
        let mut q = p;
        while q < p + 2 && chars.get(q).is_some_and(|c| c.is_ascii_digit()) {
            q += 1;
        }
        (q > p).then_some(q)
    };
    let m = digits(i)?;
    if chars.get(m) != Some(&'月') {
        return None;
    }
    let mut j = m + 1;
    if let Some(d) = digits(j).filter(|d| chars.get(*d) == Some(&'日')) {
        j = d + 1;
    }
    ["底前", "底", "末", "前", "以前", "之前"]
        .iter()
        .find(|w| at(chars, j, w))
        .map(|w| j + w.chars().count())
}

/// A fiscal year or span of fiscal years at `i` (2022-23年度, 2027/28年度, 2023-24至2032-33年度): the calendar
/// year in which the last one ends, and the index after 年度.
pub(super) fn fiscal_span(chars: &[char], i: usize) -> Option<(i32, usize)> {
    if let Some(found) = fiscal_in_words(chars, i) {
        return Some(found);
    }
    // 2023-24: four digits, a dash, two digits (not a third).
    let one = |k: usize| -> Option<(i32, usize)> {
        if k > 0 && chars.get(k - 1).is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        let d = |p: usize| chars.get(p).and_then(|c| c.to_digit(10));
        let y = (0..4).try_fold(0i32, |acc, p| d(k + p).map(|v| acc * 10 + v as i32))?;
        // 2023-24, 2027/28 and 2015至16 (Hong Kong writes all three).
        if !matches!(chars.get(k + 4), Some('-' | '/' | '至')) {
            return None;
        }
        let yy = d(k + 5)? as i32 * 10 + d(k + 6)? as i32;
        if d(k + 7).is_some() || !crate::YEARS.contains(&y) {
            return None;
        }
        let end = y - y % 100 + yy;
        let end = if end <= y { end + 100 } else { end };
        (end == y + 1).then_some((end, k + 7))
    };
    let (mut y, mut j) = one(i)?;
    if matches!(chars.get(j), Some('至' | '到' | '-')) {
        if let Some((y2, j2)) = one(j + 1) {
            y = y2;
            j = j2;
        }
    }
    // (2015至16年 without 度: a calendar span would write its last year in full.)
    if at(chars, j, "年度") {
        Some((y, j + 2))
    } else {
        (chars.get(j) == Some(&'年') && !at(chars, j + 1, "以来")).then_some((y, j + 1))
    }
}

/// A fiscal year in Chinese numerals at `i` (一八至一九年度, 二三至二四年度, as Hong Kong writes
/// them): the calendar year in which it ends, and the index after 年度.
fn fiscal_in_words(chars: &[char], i: usize) -> Option<(i32, usize)> {
    let two = |k: usize| -> Option<i32> {
        let a = crate::numeral::chinese_digit(*chars.get(k)?)?;
        let b = crate::numeral::chinese_digit(*chars.get(k + 1)?)?;
        Some((a * 10 + b) as i32)
    };
    if i > 0 && crate::numeral::chinese_digit(chars[i - 1]).is_some() {
        return None;
    }
    let first = two(i)?;
    if !matches!(chars.get(i + 2), Some('至' | '-' | '/')) {
        return None;
    }
    let last = two(i + 3)?;
    if last != (first + 1) % 100 || !at(chars, i + 5, "年度") {
        return None;
    }
    let century = if last < 50 { 2000 } else { 1900 };
    Some((century + last, i + 7))
}

/// “十四五”时期, 十四五末, “十五五”期间 at `i`: the period's last year and the index after.
pub(crate) fn five_year_plan(chars: &[char], i: usize) -> Option<(i32, usize)> {
    let j = if chars.get(i) == Some(&'“') {
        i + 1
    } else {
        i
    };
    let y = [
        ("十一五", 2010),
        ("十二五", 2015),
        ("十三五", 2020),
        ("十四五", 2025),
        ("十五五", 2030),
        ("十六五", 2035),
    ]
    .iter()
    .find(|(w, _)| at(chars, j, w))?
    .1;
    let mut k = j + 3;
    if chars.get(k) == Some(&'”') {
        k += 1;
    }
    let tail = ["时期", "期间", "末", "期末", "规划期", "规划"]
        .iter()
        .find(|w| at(chars, k, w))?;
    Some((y, k + tail.chars().count()))
}

/// The year of completion that follows a figure ending at `j` in the clause up to `e`: 于/在 and
/// a year, perhaps a part of it, then a verb of completion (首批1万套于2024年建成, 其中5所于2025年
/// 秋季投入使用).
pub(super) fn completed_in(chars: &[char], j: usize, e: usize) -> Option<i32> {
    let mut p = j;
    // The rest of the counted noun (单位, 个项目): a few characters at most.
    let until = (j + 6).min(e);
    while p < until && !(at(chars, p, "于") || at(chars, p, "在")) {
        p += 1;
    }
    if p >= until {
        return None;
    }
    let (y, mut q) = year_at(chars, p + 1)?;
    let rest_end = (q + 6).min(e);
    while q < rest_end
        && ![
            "建成",
            "落成",
            "完成",
            "竣工",
            "投入使用",
            "投用",
            "投产",
            "开通",
            "通车",
        ]
        .iter()
        .any(|w| at(chars, q, w))
    {
        q += 1;
    }
    (q < rest_end).then_some(y)
}
