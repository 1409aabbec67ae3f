//! Figures: a number with its unit, range and cue word (达到, 以上), a base value (由…提高到), a
//! Chinese numeral that counts, a fall signed, and the places a figure stands where it states no
//! quantity of its own (a title, a gloss, a breakdown in brackets, a standard in brackets).

use super::names::lead;
use super::years::year_at;
use super::{Candidate, Flag, Shape};
use crate::lexicon::{
    at, contains_any, ends_at, find_any, is_han, unit_at, MEASURE_NOUNS, POST_CUES, PRE_CUES,
    WORD_SIGNS,
};
use crate::numeral::{chinese_digit, scan, Number};
use plan_gauge_core::model::{Comparator, Direction, Kind};

/// Names of coefficients, whose level is a bare decimal (灌溉水有效利用系数达到0.58).
const COEFFICIENTS: &[&str] = &["系数"];

/// How many rates (、60%) follow, one after another, from `j`.
pub(super) fn rates_listed_after(chars: &[char], mut j: usize) -> usize {
    let mut n = 0;
    while chars.get(j) == Some(&'、') {
        match scan(chars, j + 1) {
            Some(m) if m.start == j + 1 && chars.get(m.end) == Some(&'%') => {
                n += 1;
                j = m.end + 1;
            }
            _ => break,
        }
    }
    n
}

/// Words that bound a standard (不低于150㎡), as against words of reaching (达到, 约).
pub(super) const BOUNDS: &[&str] = &["不低于", "不少于", "不超过", "不高于", "不大于", "不小于"];

/// Does the figure at `start` stand in brackets opened right after a noun (场地面积(不低于150㎡),
/// 受众覆盖(年服务300人次以上), 影像记录(4K高清,单项目记录时长不低于120小时)), bounded by a
/// comparator inside them (at `cue`) or by one after it that the bracket closes or that 的
/// follows (at `end`)? Then it states a standard or a definition of the thing named, not an aim.
pub(super) fn bracketed_standard(
    chars: &[char],
    s: usize,
    start: usize,
    cue: Option<usize>,
    post: bool,
    end: usize,
) -> bool {
    let mut depth = 0i32;
    let Some(open) = (s..start).rev().find(|&p| {
        match chars[p] {
            ')' => depth += 1,
            '(' if depth == 0 => return true,
            '(' => depth -= 1,
            _ => {}
        }
        false
    }) else {
        return false;
    };
    let noun_before = open
        .checked_sub(1)
        .and_then(|p| chars.get(p))
        .is_some_and(|c| is_han(*c));
    // (Not the parts of a whole: 其中 has its own reading.)
    // (Nor a figure the plan reaches: 班车(某区达70%), 布局370个(规划建成约320个).)
    let parts = contains_any(chars, open, start, &["其中", "含", "当中", "达"]);
    // (墓穴占地面积在0.6平方米以下的葬式: a threshold that qualifies a noun defines it.)
    noun_before
        && !parts
        && (cue.is_some_and(|p| p > open) || post && matches!(chars.get(end), Some(')' | '的')))
}

/// Is `p` inside brackets that break the figure before them down (12座(其中:1座…、11座…),
/// 6.7公里(含…), (包括…))?
pub(super) fn in_breakdown(chars: &[char], s: usize, p: usize) -> bool {
    let mut depth = 0i32;
    for q in (s..p).rev() {
        match chars[q] {
            ')' => depth += 1,
            '(' if depth > 0 => depth -= 1,
            '(' => {
                let mut r = q + 1;
                while r < p && matches!(chars[r], ':' | ' ') {
                    r += 1;
                }
                let parts = ["其中", "含", "包括", "包含"]
                    .iter()
                    .any(|w| at(chars, r, w));
                return parts && q > s && chars[q - 1] != '(';
            }
            _ => {}
        }
    }
    false
}

/// Do the words after a count name a subject whose aim a later figure of the clause states
/// (约600个黑点…消除至少75%)? The words must start right after the unit and a figure with a
/// comparator word must follow in the clause.
/// With `cued` false, any later figure with a unit will do (营收10亿元以上企业20家: an amount of
/// money before a noun is a threshold in its name).
pub(super) fn subject_count(chars: &[char], end: usize, e: usize, cued: bool) -> bool {
    let noun = chars
        .get(end)
        .is_some_and(|c| !c.is_ascii_digit() && !matches!(c, ',' | ';' | '、' | '。' | '(' | '和'));
    noun && (end + 2..e).any(|p| {
        scan(chars, p).is_some_and(|m| {
            m.start == p
                && if cued {
                    pre_cue(chars, p).is_some()
                } else {
                    unit_at(chars, m.end).is_some()
                }
        })
    })
}

/// 80%的建制村通沥青路, 90%的县达到“基本型”及以上: where the figure ends at `end` right before
/// 的, the verb by which the subjects after 的 reach a state, when the clause (up to a comma, a
/// semicolon or a bracket) gives no later figure saying what each of them reaches.
pub(super) fn share_reaches(chars: &[char], end: usize, e: usize) -> Option<usize> {
    const REACH: &[&str] = &[
        "达到", "通", "实现", "具备", "建成", "拥有", "配备", "建立", "纳入", "接入",
    ];
    if chars.get(end) != Some(&'的') {
        return None;
    }
    // (A short gloss in brackets after the subjects goes with them: 70%的乡镇(街道)建立….)
    let gloss = |q: usize| {
        chars[q] == '('
            && (q + 1..(q + 8).min(e))
                .find(|&r| chars[r] == ')')
                .is_some_and(|r| !(q + 1..r).any(|t| chars[t].is_ascii_digit()))
    };
    let mut stop = end + 1;
    let mut glossed = 0;
    while stop < e && !matches!(chars[stop], ',' | ';' | '。' | '(' | '、') {
        stop += 1;
    }
    while stop < e && gloss(stop) {
        let close = (stop..e).find(|&r| chars[r] == ')').unwrap_or(e);
        glossed += close + 1 - stop;
        stop = close + 1;
        while stop < e && !matches!(chars[stop], ',' | ';' | '。' | '(' | '、') {
            stop += 1;
        }
    }
    // (70%的建制村有1座卫生公厕: one of a thing each subject has is the state, no later figure.)
    let has_one = |q: usize| {
        q > 0
            && chars.get(q) == Some(&'1')
            && chars[q - 1] == '有'
            && !chars
                .get(q + 1)
                .is_some_and(|c| c.is_ascii_digit() || *c == '.')
    };
    if (end + 1..stop).any(|q| chars[q].is_ascii_digit() && !has_one(q)) {
        return None;
    }
    (end + 2..stop.min(end + 16 + glossed))
        .find(|&p| REACH.iter().any(|w| at(chars, p, w)) || has_one(p + 1))
}

/// Excluded folded ranges inside a clause: titles 《》, document numbers 〔〕 and agency notes.
pub(super) fn excluded(chars: &[char], i: usize, s: usize) -> bool {
    let mut depth_book = 0i32;
    let mut depth_doc = 0i32;
    for c in &chars[s..i] {
        match c {
            '《' => depth_book += 1,
            '》' => depth_book -= 1,
            '〔' | '[' | '【' => depth_doc += 1,
            '〕' | ']' | '】' => depth_doc -= 1,
            _ => {}
        }
    }
    depth_book > 0 || depth_doc > 0
}

/// Does the figure at `p` stand inside a bracket, after a word that says the same in other terms
/// (6.5GW(即65亿瓦), 1.44GW(GW为装机单位,亦即1440兆瓦), 2亿美元(约合14亿元))? Such a bracket glosses
/// the figure before it; it states nothing of its own. `s` is where the clause starts.
pub(super) fn glossed(chars: &[char], s: usize, p: usize) -> bool {
    let Some(open) = (s..p).rev().find(|q| matches!(chars[*q], '(' | ')')) else {
        return false;
    };
    chars[open] == '(' && contains_any(chars, open + 1, p, &["即", "约合", "折合", "相当于"])
}

/// The comparator word ending at `end`, if any.
pub(super) fn pre_cue(chars: &[char], end: usize) -> Option<(usize, &'static str, Comparator)> {
    PRE_CUES
        .iter()
        .find_map(|(w, c)| ends_at(chars, end, w).map(|p| (p, *w, *c)))
        .filter(|(p, w, _)| {
            !WORD_SIGNS.contains(w)
                || p.checked_sub(1)
                    .and_then(|q| chars.get(q))
                    .is_some_and(|c| is_han(*c))
        })
}

/// Signs a fall (下降13.5% → −13.5); a range runs from the larger fall to the smaller
/// (降低65%至70% → −70..−65).
pub(super) fn fall(value: &mut f64, upper: &mut Option<f64>) {
    let (v, u) = (*value, *upper);
    match u {
        Some(u) => {
            *value = -u;
            *upper = Some(-v);
        }
        None => *value = -v,
    }
}

/// Makes a figure in tenths a change against a base by the change word `w` (提高, 减少…): a fall
/// is signed and its range runs from the larger fall to the smaller; without a base year
/// (`based`) the format cannot carry it.
pub(super) fn tenths_change(c: &mut Candidate, w: &str, based: bool) {
    c.cues.push(w.to_string());
    c.kind = Kind::RelativeChange;
    if matches!(w, "减少" | "下降" | "降低") {
        c.direction = Direction::Lower;
        fall(&mut c.value, &mut c.upper);
    }
    if !based {
        c.shape = Shape::ChangeWithoutBase;
        c.flags.push(Flag::BaselineUnstated);
    }
}

/// Does the count ending at `end` (40项) name work or tasks that a colon right after opens
/// (40项重点工作:, 6项任务如下:): the count of the list that follows?
pub(super) fn counts_listed(chars: &[char], end: usize) -> bool {
    let stop = (end..(end + 10).min(chars.len()))
        .find(|p| !is_han(chars[*p]))
        .unwrap_or(end);
    matches!(chars.get(stop), Some(':'))
        && contains_any(chars, end, stop, &["工作", "任务", "举措", "措施"])
}

/// Is the figure at `start..end` a base value: 由/从 before it (after the item's start), and a
/// change verb with 到/至 right after it?
pub(super) fn is_base_value(chars: &[char], item_start: usize, start: usize, end: usize) -> bool {
    let from = find_any(chars, item_start, start, &["由", "从"]).is_some();
    let mut j = end;
    // 由2021年的0.75:1分别提高到0.77:1、0.8:1: the base of a list of aims.
    if at(chars, j, "分别") {
        j += 2;
    }
    if at(chars, j, "再") {
        j += 1;
    }
    let change = [
        "提高到",
        "提高至",
        "提升到",
        "提升至",
        "增加到",
        "增加至",
        "增长到",
        "增长至",
        "下降到",
        "下降至",
        "降低到",
        "降低至",
        "减少到",
        "减少至",
        "降到",
        "降至",
        "上升到",
        "上升至",
        "缩短到",
        "缩短至",
        "压缩到",
        "压缩至",
        // (由21000处增至23500处, 由5家升至8家.)
        "增至",
        "增到",
        "升至",
        "减至",
    ];
    from && change.iter().any(|w| at(chars, j, w))
}

/// A Chinese numeral counts only right after a comparator or target word, 前, or in a list, or
/// in an item opened by a verb of making (新建高标准农田三万亩).
pub(super) fn chinese_ok(chars: &[char], start: usize, item_start: usize, listed: bool) -> bool {
    const VERBS: &[&str] = &[
        "建成", "力争", "打造", "新增", "培育", "引进", "累计", "实施", "形成", "新建", "建设",
        "创建", "提高", "提升", "增长", "增加", "下降", "降低", "减少", "完成",
    ];
    // 新建高标准农田三万亩: a verb of making opens the item and its object comes before the count.
    let opened = ["新建", "新增", "培育", "建成", "创建", "引进"]
        .iter()
        .any(|w| at(chars, lead(chars, item_start, start), w));
    // (目標二○三○年達成自建一萬戶社宅: a text that writes its years in Chinese digits writes its
    // figures in Chinese numerals too, so one after such a year of the item counts.)
    let chinese_year = (item_start..start).any(|p| {
        chinese_digit(chars[p]).is_some()
            && year_at(chars, p).is_some_and(|(_, after)| after <= start)
    });
    pre_cue(chars, start).is_some()
        || chinese_year
        || ends_at(chars, start, "前").is_some()
        || ends_at(chars, start, "分别").is_some()
        || VERBS.iter().any(|w| ends_at(chars, start, w).is_some())
        || opened
        || (listed && ends_at(chars, start, "、").is_some())
}

/// A figure with its unit, range and trailing cue.
#[derive(Debug)]
pub(super) struct Found {
    pub(super) value: f64,
    pub(super) upper: Option<f64>,
    pub(super) unit: String,
    pub(super) post: Option<(&'static str, Comparator)>,
    pub(super) end: usize,
    /// Words after the figure that can name it when nothing before does.
    pub(super) after_name: (usize, usize),
}

/// Reads the unit, range and trailing cue after `n`; `None` if the figure is not a quantity.
pub(super) fn figure(chars: &[char], n: &Number, e: usize, rank: bool) -> Option<Found> {
    let mut j = n.end;
    // 18/10万, 1/2: rates and fractions written with a slash.
    let slash_before = n.start > 0 && chars.get(n.start - 1) == Some(&'/');
    // 18/10万, 5/万: a rate per population, its denominator the unit.
    if !slash_before && chars.get(j) == Some(&'/') {
        if let Some(per) = ["10万", "十万", "100万", "万", "千"]
            .iter()
            .find(|w| at(chars, j + 1, w))
        {
            let end = j + 1 + per.chars().count();
            return finish(chars, n, n.value(), None, format!("/{per}"), end, e);
        }
    }
    // 10万分之58, 十万分之五十八: a rate per population written as a fraction.
    if at(chars, j, "分之") {
        let per = [(1e4, "/万"), (1e5, "/10万"), (1e6, "/100万")]
            .iter()
            .find(|(v, _)| n.value() == *v)?
            .1;
        let m = scan(chars, j + 2).filter(|m| m.start == j + 2)?;
        return finish(chars, &m, m.value(), None, per.to_string(), m.end, e);
    }
    // (每10万人口…医师数不低于3.8名: a figure right after 每 is the unit a rate counts per.)
    let per = n.start > 0 && chars[n.start - 1] == '每';
    if slash_before
        || per
        || (chars.get(j) == Some(&'/') && chars.get(j + 1).is_some_and(|c| c.is_ascii_digit()))
    {
        return None;
    }
    // 缩短至4.5年, 维持在3年左右: a duration in years after a comparator word (not 到2025年,
    // 3年内, 5年来).
    // (分别达到90%、92%和13.5年: a listed figure of a 分别 takes the comparator before the list.)
    let listed = ["、", "和"]
        .iter()
        .any(|w| ends_at(chars, n.start, w).is_some())
        && contains_any(chars, n.start.saturating_sub(40), n.start, &["分别"]);
    if chars.get(j) == Some(&'年')
        && !n.chinese
        && n.value() < 100.0
        // (平均受教育年限11.3年: or right after the name of a number of years.)
        && (pre_cue(chars, n.start).is_some()
            || listed
            || ["年限", "年数"]
                .iter()
                .any(|w| ends_at(chars, n.start, w).is_some()))
        && !matches!(
            chars.get(j + 1),
            Some('内' | '前' | '底' | '后' | '来' | '度' | '级' | '末' | '间')
        )
    {
        return finish(chars, n, n.value(), None, "年".to_string(), j + 1, e);
    }
    // Dates and years, document and item numbers, versions.
    if matches!(
        chars.get(j),
        Some(
            '年' | '月'
                | '日'
                | '号'
                | '版'
                | '期'
                | '届'
                | '级'
                | '类'
                | '楼'
                | '室'
                | '岁'
                | '分'
                | '小'
                | '天'
                | '周'
                | '季'
                | '代'
                | 'G'
                | '纳'
                | '大'
                | 'A'
                | 'B'
                | 'C'
                | 'D'
        )
    ) && !(n.chinese && at(chars, j, "大") && n.value() == 10.0)
        && unit_at(chars, j).is_none()
    {
        return None;
    }
    let unit_of = |j: &mut usize| -> Option<String> {
        if n.chinese && at(chars, *j, "大") {
            *j += 1;
            return Some("个".to_string());
        }
        let (u, len) = unit_at(chars, *j)?;
        *j += len;
        Some(u.to_string())
    };
    let mut upper = None;
    let mut unit = unit_of(&mut j);
    // Range: 3-5项, 3至5项, 3到5项.
    if matches!(chars.get(j), Some('-' | '至' | '到' | '~')) {
        if let Some(m) = scan(chars, j + 1) {
            let mut k = m.end;
            let u2 = if n.chinese && at(chars, k, "大") {
                None
            } else {
                unit_at(chars, k)
            };
            if let Some((u, len)) = u2 {
                if unit.is_none() || unit.as_deref() == Some(u) {
                    k += len;
                    unit = Some(u.to_string());
                    upper = Some(m.value());
                    j = k;
                }
            }
        }
    }
    // 28±2%: a range around the figure.
    if chars.get(j) == Some(&'±') {
        if let Some(m) = scan(chars, j + 1) {
            if let Some((u, len)) = unit_at(chars, m.end) {
                if unit.is_none() || unit.as_deref() == Some(u) {
                    let (lower, up) = (n.value() - m.value(), n.value() + m.value());
                    return finish(chars, n, lower, Some(up), u.to_string(), m.end + len, e);
                }
            }
        }
    }
    // 0.8:1, 1.95:1以内: a ratio to one (城乡居民收入比), its unit `:1` (not a time, 08:30).
    if unit.is_none()
        && chars.get(j) == Some(&':')
        && chars.get(j + 1) == Some(&'1')
        && !chars
            .get(j + 2)
            .is_some_and(|c| c.is_ascii_digit() || *c == '.')
    {
        return finish(chars, n, n.value(), None, ":1".to_string(), j + 2, e);
    }
    // (5列入, 3列为: 列 as a verb after a figure is no unit.)
    if unit.as_deref() == Some("列") && matches!(chars.get(j), Some('入' | '为' | '出' | '表'))
    {
        return None;
    }
    // 6个月, 3个季度: durations, not quantities.
    if unit.as_deref() == Some("个") && matches!(chars.get(j), Some('月' | '季' | '工')) {
        return None;
    }
    // 40万吨矿石码头, 5万吨散货泊位: tons right before a berth name the size of one, as 级 does.
    if unit.as_deref() == Some("吨")
        && (j..(j + 8).min(e)).any(|p| {
            ["码头", "泊位", "航道"].iter().any(|w| at(chars, p, w))
                && (j..p).all(|q| is_han(chars[q]))
        })
    {
        return None;
    }
    // 30万吨级航道, 千亿元级别的产业集群: an amount before 级 names a class of size, not a
    // quantity to reach.
    if unit.is_some() && chars.get(j) == Some(&'级') {
        return None;
    }
    // 发电量达到640亿度左右, 节电3000万度: 度 after 万 or 亿 is a kilowatt-hour of electricity
    // (a temperature or an angle is not counted in 万).
    if unit.is_none() && n.magnitude >= 1e4 && chars.get(j) == Some(&'度') {
        unit = Some("千瓦时".to_string());
        j += 1;
    }
    let unit = match unit {
        Some(u) => u,
        None if rank => "名".to_string(),
        // 5.6亿 (users), 1.2万亿: the magnitude is the unit.
        None if n.magnitude == 1e12 && !n.chinese => "万亿".to_string(),
        None if n.magnitude == 1e8 => "亿".to_string(),
        None if n.magnitude == 1e4 => "万".to_string(),
        // 缩小到1.7以内: a ratio, with a comparator on both sides.
        None if pre_cue(chars, n.start).is_some()
            && POST_CUES.iter().any(|(w, _)| at(chars, j, w)) =>
        {
            String::new()
        }
        // 灌溉水有效利用系数达到0.58: a coefficient's level is a bare decimal.
        None if n.value() < 10.0
            && pre_cue(chars, n.start).is_some_and(|(p, _, _)| {
                COEFFICIENTS.iter().any(|w| ends_at(chars, p, w).is_some())
            }) =>
        {
            "系数".to_string()
        }
        None => return None,
    };
    finish(chars, n, n.value(), upper, unit, j, e)
}

/// Completes a figure: money and bare magnitudes keep their magnitude in the unit; reads the
/// trailing cue and the words after.
fn finish(
    chars: &[char],
    n: &Number,
    value: f64,
    upper: Option<f64>,
    unit: String,
    j: usize,
    e: usize,
) -> Option<Found> {
    let mut unit = unit;
    let mut upper = upper;
    let mut j = j;
    if unit == "批" {
        return None;
    }
    if MEASURE_NOUNS.iter().any(|w| at(chars, j, w)) {
        return None;
    }
    let mut value = value;
    if unit == "亿" || unit == "万" || unit == "万亿" {
        value = n.mantissa;
        upper = upper.map(|u| u / n.magnitude);
    }
    // Money keeps its magnitude in the unit (34亿元 → 34 亿元; 1.2万亿元 → 12000 亿元).
    if matches!(unit.as_str(), "元" | "美元" | "美金" | "港元" | "新台币") {
        let (v, u) = match n.magnitude {
            m if m >= 1e12 => (n.mantissa * 1e4, "亿"),
            m if m >= 1e8 => (n.mantissa, "亿"),
            m if m >= 1e4 => (n.mantissa, "万"),
            _ => (n.mantissa, ""),
        };
        value = v;
        if let Some(up) = upper.as_mut() {
            *up /= n.magnitude
                / if u == "亿" {
                    1e8
                } else if u == "万" {
                    1e4
                } else {
                    1.0
                };
        }
        unit = format!("{u}{unit}");
        if at(chars, j, "/人") {
            unit.push_str("/人");
            j += 2;
        }
    }
    // 200亿立方米/年左右, 3.1万吨/日以上: a quantity per year or per day is a rate whose unit
    // goes on after the slash; the cue after it (左右, 以上) is the figure's.
    if !unit.is_empty() && unit != "%" && !unit.contains('/') {
        if let Some(per) = ["/年", "/日", "/天"].iter().find(|w| at(chars, j, w)) {
            unit.push_str(per);
            j += 2;
        }
    }
    let post = POST_CUES
        .iter()
        .find(|(w, _)| at(chars, j, w))
        .map(|(w, c)| (*w, *c));
    if let Some((w, _)) = post {
        j += w.chars().count();
    }
    let mut k = j;
    while k < e
        && k - j < 16
        && !matches!(chars[k], '、' | ',' | ';' | '。' | '(' | '和' | '等')
        && !chars[k].is_ascii_digit()
    {
        k += 1;
    }
    Some(Found {
        value,
        upper,
        unit,
        post,
        end: j,
        after_name: (j, k),
    })
}
