//! The numeral scanner: Arabic figures (`685`, `1.3万`, `3.0`), Chinese numerals (`六百八十五`,
//! `三点零`, `二〇二五`, `一千二百亿`) and their magnitude characters 万/亿.
//!
//! Works on folded characters (see [`crate::text`]), so full-width digits and 萬/億 are already
//! ASCII digits and 万/亿 here.

/// A number found in the folded text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    /// The figure before its magnitude character: `1.3` in `1.3万`.
    pub mantissa: f64,
    /// 1, 1e4 (万), 1e8 (亿) or 1e12 (万亿, and 兆 before money).
    pub magnitude: f64,
    /// Folded index of the first character.
    pub start: usize,
    /// Folded index after the last character, magnitude included.
    pub end: usize,
    /// Decimals as written (`3.0` → 1).
    pub decimals: u8,
    /// Written in Chinese numerals.
    pub chinese: bool,
}

impl Number {
    /// The value with its magnitude applied (`1.3万` → 13000).
    pub fn value(&self) -> f64 {
        self.mantissa * self.magnitude
    }
}

/// Is `c` a Chinese digit (〇 and 零 through 九, and 两)?
pub fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | '○' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Does `c` write a number or a part of one: an Arabic or Chinese digit, 十, 百, 千, 万, 亿 or 半?
pub fn writes_numbers(c: char) -> bool {
    c.is_ascii_digit()
        || chinese_digit(c).is_some()
        || small_unit(c).is_some()
        || matches!(c, '万' | '亿' | '半')
}

fn small_unit(c: char) -> Option<u32> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        '千' => Some(1000),
        _ => None,
    }
}

/// Scans a number that starts exactly at `i`; `None` when none starts there (or when `i` is in
/// the middle of a number).
pub fn scan(chars: &[char], i: usize) -> Option<Number> {
    let c = *chars.get(i)?;
    let prev = if i > 0 {
        chars.get(i - 1).copied()
    } else {
        None
    };
    if c.is_ascii_digit() {
        if prev.is_some_and(|p| p.is_ascii_digit() || p == '.')
            || (prev == Some(',') && i >= 2 && chars[i - 2].is_ascii_digit())
        {
            return None;
        }
        return scan_arabic(chars, i);
    }
    // 达兆元, 突破万亿元, 达到千亿元: a magnitude written without a digit, after a word of
    // reaching, is one of it.
    // (稳定在百万吨以上, 突破千万人次: a hundred or a thousand ten-thousands of a unit.)
    if matches!(prev, Some('达' | '到' | '破' | '过' | '超' | '上' | '在'))
        && matches!(c, '百' | '千')
        && chars.get(i + 1) == Some(&'万')
        && crate::lexicon::unit_at(chars, i + 2).is_some_and(|(u, _)| {
            !u.starts_with(|d: char| d.is_ascii_digit() || matches!(d, '万' | '亿'))
        })
    {
        return Some(Number {
            mantissa: if c == '百' { 100.0 } else { 1000.0 },
            magnitude: 1e4,
            start: i,
            end: i + 2,
            decimals: 0,
            chinese: true,
        });
    }
    if matches!(prev, Some('达' | '到' | '破' | '过' | '超' | '上')) {
        let next = chars.get(i + 1).copied();
        let after = chars.get(i + 2).copied();
        let money = |c: Option<char>| {
            matches!(
                c,
                Some('元' | '美' | '港' | '新' | '台' | '日' | '欧' | '斤')
            )
        };
        let (mantissa, magnitude, end) = match (c, next) {
            ('兆', n) if money(n) => (1.0, 1e12, i + 1),
            ('万', Some('亿')) if money(after) => (1.0, 1e12, i + 2),
            ('千', Some('亿')) if money(after) => (1000.0, 1e8, i + 2),
            ('百', Some('亿')) if money(after) => (100.0, 1e8, i + 2),
            _ => (0.0, 0.0, i),
        };
        if end > i {
            return Some(Number {
                mantissa,
                magnitude,
                start: i,
                end,
                decimals: 0,
                chinese: true,
            });
        }
    }
    // (一次性, once-off or disposable, is a word: no count of times.)
    if c == '一' && chars.get(i + 1) == Some(&'次') && chars.get(i + 2) == Some(&'性') {
        return None;
    }
    if chinese_digit(c).is_some() || c == '十' {
        if prev.is_some_and(|p| chinese_digit(p).is_some() || small_unit(p).is_some() || p == '点')
            || (prev == Some('.') && i >= 2 && chinese_digit(chars[i - 2]).is_some())
        {
            return None;
        }
        return scan_chinese(chars, i);
    }
    None
}

fn scan_arabic(chars: &[char], i: usize) -> Option<Number> {
    let mut j = i;
    let mut int = String::new();
    // Digits since the start or the last thousands separator, and whether there was one.
    let mut group = 0usize;
    let mut grouped = false;
    while j < chars.len() {
        let c = chars[j];
        if c.is_ascii_digit() {
            int.push(c);
            group += 1;
            j += 1;
        } else if c == ','
            && (if grouped {
                group == 3
            } else {
                (1..=3).contains(&group)
            })
            && thousands_group(chars, j)
        {
            // 2,300 and 12,000: a thousands separator, not a clause break.
            group = 0;
            grouped = true;
            j += 1;
        } else {
            break;
        }
    }
    let mut decimals = 0u8;
    if chars.get(j) == Some(&'.') && chars.get(j + 1).is_some_and(|d| d.is_ascii_digit()) {
        int.push('.');
        j += 1;
        while j < chars.len() && chars[j].is_ascii_digit() {
            int.push(chars[j]);
            decimals = decimals.saturating_add(1);
            j += 1;
        }
    }
    if int.len() > 15 {
        return None;
    }
    let mantissa: f64 = int.parse().ok()?;
    let (magnitude, end) = magnitude_at(chars, j);
    let number = Number {
        mantissa,
        magnitude,
        start: i,
        end,
        decimals,
        chinese: false,
    };
    Some(if decimals == 0 {
        compound(chars, number)
    } else {
        number
    })
}

/// A whole number written in groups of magnitudes (351亿7884万2000元, 17亿5000万元, 16万4,411名,
/// 2万2千名) is one figure, counted in its smallest magnitude. After 亿 a group must end in 万;
/// after 万, two to four digits (4,411 too) or one digit and 千 (1万5 alone may mean 15000 in
/// speech, so a single digit is left apart).
fn compound(chars: &[char], n: Number) -> Number {
    // Digits at `k` (a thousands comma after the first allowed): their value and the index after.
    let group = |k: usize| -> Option<(u32, usize, usize)> {
        let mut v = 0u32;
        let mut count = 0usize;
        let mut q = k;
        while let Some(c) = chars.get(q) {
            if let Some(d) = c.to_digit(10) {
                v = v * 10 + d;
                count += 1;
                q += 1;
            } else if *c == ',' && count == 1 && q == k + 1 {
                q += 1;
            } else {
                break;
            }
            if count > 4 {
                return None;
            }
        }
        (count > 0 && (q == k + count || count == 4)).then_some((v, count, q))
    };
    let mut total = n.mantissa * n.magnitude;
    let mut smallest = n.magnitude;
    let mut end = n.end;
    if n.magnitude == 1e8 {
        if let Some((v, _, q)) = group(end).filter(|(_, _, q)| chars.get(*q) == Some(&'万')) {
            total += f64::from(v) * 1e4;
            smallest = 1e4;
            end = q + 1;
        }
    }
    if smallest == 1e4 {
        match group(end) {
            Some((v, 1, q)) if chars.get(q) == Some(&'千') => {
                total += f64::from(v) * 1e3;
                smallest = 1.0;
                end = q + 1;
            }
            Some((v, count, q))
                if count >= 2
                    && !chars.get(q).is_some_and(|c| {
                        c.is_ascii_digit()
                            || matches!(c, '.' | '年' | '月' | '千' | '百' | '万' | '亿')
                    }) =>
            {
                total += f64::from(v);
                smallest = 1.0;
                end = q;
            }
            _ => {}
        }
    }
    if end == n.end {
        return n;
    }
    Number {
        mantissa: (total / smallest).round(),
        magnitude: smallest,
        end,
        ..n
    }
}

/// Could the `,` at `j` be a thousands separator? Exactly three digits follow, then no digit and
/// nothing that would make the figure a list or a year.
pub(crate) fn thousands_group(chars: &[char], j: usize) -> bool {
    let three = (1..=3).all(|k| chars.get(j + k).is_some_and(|c| c.is_ascii_digit()));
    let after = chars.get(j + 4);
    three && after.is_some_and(|c| !c.is_ascii_digit() && !matches!(c, '.' | '年' | '-'))
}

/// 万, 亿, 万亿 (and 千 after Arabic figures, as in `3千`) at `j`.
fn magnitude_at(chars: &[char], j: usize) -> (f64, usize) {
    match (chars.get(j), chars.get(j + 1)) {
        (Some('万'), Some('亿')) => (1e12, j + 2),
        (Some('万'), _) => (1e4, j + 1),
        (Some('亿'), _) => (1e8, j + 1),
        (Some('千'), Some('万')) => (1e7, j + 2),
        (Some('百'), Some('万')) => (1e6, j + 2),
        // 3千张, 2千个: 千 after Arabic figures counts thousands (千米, 千克, 千瓦 and the other
        // metric units with the prefix stay units of their own).
        (Some('千'), next)
            if !next.is_some_and(|c| {
                matches!(
                    c,
                    '米' | '克'
                        | '瓦'
                        | '卡'
                        | '帕'
                        | '伏'
                        | '赫'
                        | '焦'
                        | '升'
                        | '吨'
                        | '字'
                        | '分'
                )
            }) =>
        {
            (1e3, j + 1)
        }
        // 7兆元, 1.5兆新台币, 1.4兆斤: 兆 before money or grain's 斤 is 万亿 (Taiwan's and Hong
        // Kong's usage); 兆瓦 and 兆帕 are units of their own.
        (Some('兆'), Some('元' | '美' | '港' | '新' | '台' | '日' | '欧' | '斤')) => {
            (1e12, j + 1)
        }
        _ => (1.0, j),
    }
}

fn scan_chinese(chars: &[char], i: usize) -> Option<Number> {
    let mut j = i;
    while j < chars.len() && j - i < 24 {
        let c = chars[j];
        let numeral =
            chinese_digit(c).is_some() || small_unit(c).is_some() || c == '万' || c == '亿';
        // (五．三GW: a full-width point between Chinese digits, as Taiwan's papers write it, is 点.)
        let decimal_point = (c == '点'
            || (c == '.' && j > i && chinese_digit(chars[j - 1]).is_some()))
            && chars.get(j + 1).and_then(|d| chinese_digit(*d)).is_some();
        if numeral || decimal_point {
            j += 1;
        } else {
            break;
        }
    }
    let run = &chars[i..j];
    // Split off the fraction after 点.
    let (int_part, frac_part) = match run.iter().position(|c| matches!(c, '点' | '.')) {
        Some(p) => (&run[..p], &run[p + 1..]),
        None => (run, &run[run.len()..]),
    };
    // A trailing magnitude applies to the whole figure (一点二万 → 1.2 × 10^4).
    let (int_part, magnitude, frac_part) = if !frac_part.is_empty() {
        let mut f = frac_part;
        let mut m = 1.0;
        if let Some((last, rest)) = f.split_last() {
            if matches!(last, '万' | '亿') {
                m = if *last == '亿' { 1e8 } else { 1e4 };
                f = rest;
            }
        }
        (int_part, m, f)
    } else {
        (int_part, 1.0, frac_part)
    };
    if int_part.is_empty() {
        return None;
    }
    let digit_string = int_part.iter().any(|c| matches!(c, '〇' | '○'))
        || (int_part.len() > 1
            && int_part
                .iter()
                .all(|c| chinese_digit(*c).is_some() && *c != '两'));
    let int_value = if digit_string {
        let mut v = 0f64;
        for c in int_part {
            v = v * 10.0 + f64::from(chinese_digit(*c)?);
        }
        v
    } else {
        positional(int_part)?
    };
    let mut frac = 0f64;
    let mut scale = 0.1;
    let mut decimals = 0u8;
    for c in frac_part {
        frac += f64::from(chinese_digit(*c)?) * scale;
        scale /= 10.0;
        decimals = decimals.saturating_add(1);
    }
    Some(Number {
        mantissa: int_value + frac,
        magnitude,
        start: i,
        end: j,
        decimals,
        chinese: true,
    })
}

/// 六百八十五 → 685, 一万二千三百 → 12300, 十五 → 15, 一千二百亿 → 1.2e11.
fn positional(run: &[char]) -> Option<f64> {
    let mut total = 0f64;
    let mut section = 0f64;
    let mut cur: Option<f64> = None;
    for c in run {
        if let Some(d) = chinese_digit(*c) {
            cur = Some(f64::from(d));
        } else if let Some(u) = small_unit(*c) {
            section += cur.unwrap_or(1.0) * f64::from(u);
            cur = None;
        } else if *c == '万' {
            total += (section + cur.unwrap_or(0.0)) * 1e4;
            section = 0.0;
            cur = None;
        } else if *c == '亿' {
            total = (total + section + cur.unwrap_or(0.0)) * 1e8;
            section = 0.0;
            cur = None;
        } else {
            return None;
        }
    }
    Some(total + section + cur.unwrap_or(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Option<f64> {
        let chars: Vec<char> = s.chars().collect();
        scan(&chars, 0).map(|n| n.value())
    }

    #[test]
    fn arabic() {
        assert_eq!(v("685家"), Some(685.0));
        assert_eq!(v("1.3万家"), Some(13000.0));
        assert_eq!(v("1.2万亿元"), Some(1.2e12));
        assert_eq!(v("3.0%"), Some(3.0));
        assert_eq!(v("2,300万人"), Some(2.3e7));
        assert_eq!(v("12,000亿元"), Some(1.2e12));
        assert_eq!(v("1,234,567元"), Some(1234567.0));
        assert_eq!(v("685家,100家"), Some(685.0));
    }

    #[test]
    fn thousands_after_arabic_figures() {
        assert_eq!(v("3千张"), Some(3000.0));
        assert_eq!(v("1.5千个"), Some(1500.0));
        // Metric units with the prefix stay units.
        assert_eq!(v("5千米"), Some(5.0));
        assert_eq!(v("20千瓦"), Some(20.0));
        assert_eq!(v("3千万元"), Some(3e7));
    }

    #[test]
    fn chinese() {
        assert_eq!(v("六百八十五"), Some(685.0));
        assert_eq!(v("一万二千三百"), Some(12300.0));
        assert_eq!(v("十五"), Some(15.0));
        assert_eq!(v("二〇二五"), Some(2025.0));
        assert_eq!(v("一千二百亿"), Some(1.2e11));
        let n = v("三点零").unwrap_or(0.0);
        assert!((n - 3.0).abs() < 1e-9);
        assert_eq!(v("十"), Some(10.0));
        assert_eq!(v("三点零万"), Some(30000.0));
        assert_eq!(v("二十"), Some(20.0));
    }
}
