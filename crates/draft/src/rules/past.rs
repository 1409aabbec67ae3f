//! Readings of a sentence that reports rather than aims: a look back (近年来, “十三五”以来), a
//! year or a part of a year gone by, data released, a tally of work done, and the share done of a
//! year's task (完成年度目标任务589亿元的37.22%), whose amount is the year's target.

use super::figures::{figure, Found};
use super::names::{after_speaker, lead};
use super::years::{from_january, months_of, year_at};
use super::{Context, Scope, FORWARD, INTENT};
use crate::lexicon::{at, contains_any, ends_at, find_any, is_han, TARGET_VERBS};
use crate::numeral::{scan, Number};

/// A year's plan or task named as fulfilled, before the share done (完成年度任务100.8%): a result.
const FULFILLED: &[&str] = &[
    "完成年度计划",
    "完成年度任务",
    "完成全年计划",
    "完成全年任务",
    "完成年度目标",
];

/// Verbs a tally of work done puts after 共 besides [`TARGET_VERBS`] (共完成, 共改造).
const TALLY_VERBS: &[&str] = &["完成", "改造", "改扩建", "新改建", "投入", "接待", "签约"];

/// Words that name what a higher level set a place to do in the year (年度目标任务, 全年任务,
/// 下达任务数, 计划目标到位资金).
const TASK_WORDS: &[&str] = &["任务", "目标", "计划"];

/// Does a share of something done follow `j` (的37.22%): the amount before it is the whole?
fn share_of(chars: &[char], j: usize) -> bool {
    at(chars, j, "的")
        && scan(chars, j + 1).is_some_and(|m| m.start == j + 1 && at(chars, m.end, "%"))
}

/// Does the sentence `chars[s..e]` tell the share done of a year's task or plan (完成年度目标任务
/// 589亿元的37.22%, 完成年度签约任务的94.07%, 占计划目标到位资金(11.45亿元)的80.17%)? It reports
/// progress: its figures are results.
pub(super) fn share_of_task(chars: &[char], s: usize, e: usize) -> bool {
    (s..e).filter(|j| share_of(chars, *j)).any(|j| {
        let mut v = j;
        while v > s
            && j - v < 32
            && (is_han(chars[v - 1])
                || chars[v - 1].is_ascii_digit()
                || matches!(chars[v - 1], '(' | ')' | '.'))
        {
            v -= 1;
        }
        task_named(chars, v, j).is_some()
    })
}

/// Where the last 完成 or 占 of `chars[v..to]` starts, when a word of a task or plan follows it
/// before `to` (完成年度目标任务…, 占计划目标…): the task whose share the figure at `to` tells.
fn task_named(chars: &[char], v: usize, to: usize) -> Option<usize> {
    (v..to)
        .rev()
        .find(|q| at(chars, *q, "完成") || at(chars, *q, "占"))
        .filter(|q| contains_any(chars, *q, to, TASK_WORDS))
}

/// The year the paragraph of the sentence `chars[s..e]` reports on: the last it names before
/// the sentence (2023年,我区…。其中,…), else the first after it (…完成市上全年任务(42.5亿元)的
/// 59.94%。2012年市上下达我县…).
pub(super) fn paragraph_year(chars: &[char], s: usize, e: usize) -> Option<i32> {
    let mut a = s;
    while a > 0 && chars[a - 1] != '\n' {
        a -= 1;
    }
    let mut b = e;
    while b < chars.len() && chars[b] != '\n' {
        b += 1;
    }
    let year = |p: usize| {
        let after_digit = p > 0 && chars[p - 1].is_ascii_digit();
        year_at(chars, p).filter(|_| !after_digit).map(|(y, _)| y)
    };
    (a..s)
        .rev()
        .find_map(year)
        .or_else(|| (e..b).find_map(year))
}

/// A year's task found in a report: its figure, the words that name it, and where its quote ends.
pub(super) struct YearTask {
    pub(super) n: Number,
    pub(super) found: Found,
    pub(super) name: (usize, usize),
    pub(super) end: usize,
}

/// The amounts of a year's tasks a report states in the sentence `chars[s..e]`, each with its
/// figure and where its words start. A progress report measures what was done against the task
/// a higher level set for the year: in 完成年度目标任务589亿元的37.22% or 完成市上全年任务(42.5亿元)
/// 的59.94% or 占计划目标到位资金(11.45亿元)的80.17%, the amount of the task is the year's target
/// and the share a result; so is the task a higher level hands down (市上下达我县…任务8个,
/// 下达任务数为引进资金27亿元), told before what was done.
pub(super) fn year_tasks(chars: &[char], s: usize, e: usize) -> Vec<YearTask> {
    let mut found = Vec::new();
    let mut p = s;
    while p < e {
        let Some(n) = scan(chars, p).filter(|n| n.start == p && !n.chinese && n.end <= e) else {
            p += 1;
            continue;
        };
        p = n.end.max(p + 1);
        if (n.start > s && chars[n.start - 1].is_ascii_digit()) || year_at(chars, n.start).is_some()
        {
            continue;
        }
        let Some(f) = figure(chars, &n, e, false).filter(|f| f.unit != "%" && f.post.is_none())
        else {
            continue;
        };
        let paren = n.start > s && chars[n.start - 1] == '(';
        let shared = if paren {
            at(chars, f.end, ")") && share_of(chars, f.end + 1)
        } else {
            share_of(chars, f.end)
        };
        let h = if paren { n.start - 1 } else { n.start };
        // The words before the amount: Han characters only, back to 完成 or 占 for a share, or
        // to a task's word right before the amount (任务8个, 任务数为27亿元) after 下达.
        let mut v = h;
        while v > s && h - v < 24 && is_han(chars[v - 1]) {
            v -= 1;
        }
        let start = if shared {
            task_named(chars, v, h)
        } else {
            let told = ["任务", "任务数为", "任务数", "任务为"]
                .iter()
                .any(|w| ends_at(chars, h, w).is_some());
            (v..h)
                .rev()
                .find(|q| at(chars, *q, "下达"))
                .filter(|_| told && !paren)
        };
        if let Some(a) = start {
            let end = if paren { f.end + 1 } else { f.end };
            found.push(YearTask {
                n,
                found: f,
                name: (a, h),
                end,
            });
        }
    }
    found
}

/// Does the sentence `chars[s..e]` report results rather than set targets? It opens with a period
/// or a year that ended before the plan began (2016-2020年, 113年 in the Republic of China
/// calendar, i.e. 2024), speaks of months so far (1月至8月), or uses the perfective of a result
/// (完成了, 实现了, 创历史新高).
pub(super) fn reports_past(chars: &[char], s: usize, e: usize, cx: Context) -> bool {
    let a = lead(chars, s, e);
    let digits = |p: usize| {
        let mut q = p;
        while q < e && chars[q].is_ascii_digit() {
            q += 1;
        }
        q
    };
    // 2016-2020年, / 113年,
    let q = digits(a);
    let mut opening = None;
    if q > a && chars.get(q) == Some(&'-') {
        let r = digits(q + 1);
        if r - (q + 1) == 4 && chars.get(r) == Some(&'年') {
            opening = chars[q + 1..r]
                .iter()
                .collect::<String>()
                .parse::<i32>()
                .ok();
        }
    } else if q - a == 3 && chars.get(q) == Some(&'年') && chars.get(q + 1) == Some(&',') {
        opening = chars[a..q]
            .iter()
            .collect::<String>()
            .parse::<i32>()
            .ok()
            .map(|y| y + 1911);
    }
    if opening.is_some_and(|y| y < cx.start && y > 1949) {
        return true;
    }
    // 1月至8月, 1-8月: a part of a year, reported.
    let months = (s..e).any(|p| {
        chars[p] == '月'
            && matches!(chars.get(p + 1), Some('至' | '到' | '-'))
            && chars.get(p + 2).is_some_and(|c| c.is_ascii_digit())
    });
    // 2025年全年,…共启动应急响应183次: the whole of a year, told as done (unless it says aims).
    let whole_year = year_at(chars, a).is_some_and(|(_, j)| at(chars, j, "全年,"))
        && !contains_any(chars, s, e, FORWARD)
        && !contains_any(chars, s, e, INTENT);
    if whole_year {
        return true;
    }
    // 上半年,全市完成投资45亿元: a part of a year, reported.
    // (also after 今年 or a year: 2024年一季度.)
    let after_year = year_at(chars, a).map(|(_, j)| j);
    let part_of_year = ["上半年", "前三季度", "一季度", "第一季度", "前三个季度"]
        .iter()
        .any(|w| {
            at(chars, a, w)
                || (at(chars, a, "今年") && at(chars, a + 2, w))
                || after_year.is_some_and(|j| at(chars, j, w))
        })
        // (2023年前5个月, 今年前10个月: the months gone by of a year.)
        || after_year
            .or_else(|| at(chars, a, "今年").then_some(a + 2))
            .is_some_and(|j| months_of(chars, j))
        // (1-6月份,全市引进资金…; 2023年1—9月,…: the months from January on, reported.)
        || [Some(a), after_year, at(chars, a, "今年").then_some(a + 2)]
            .into_iter()
            .flatten()
            .any(|j| from_january(chars, j));
    // (…宣布“十四五”5G建设目标提前达成: a clause saying aims are met reports results.)
    let met = !contains_any(chars, s, e, FORWARD)
        && contains_any(
            chars,
            s,
            e,
            &[
                "目标提前达成",
                "目标提前完成",
                "目标提前实现",
                "目标已完成",
                "目标已实现",
                "目标已达成",
            ],
        );
    // (2015年,全国共新建和改扩建旅游厕所21028座: a year not to come, opening a sentence that
    // sums up with 共 before a verb and names no aim, tallies what was done.)
    let tally = year_at(chars, a).is_some_and(|(y, _)| cx.this_year.is_some_and(|t| y <= t))
        && (s..e).any(|p| {
            chars[p] == '共'
                && TARGET_VERBS
                    .iter()
                    .chain(TALLY_VERBS)
                    .any(|w| at(chars, p + 1, w))
        })
        && !contains_any(chars, s, e, FORWARD)
        && !contains_any(chars, s, e, INTENT);
    if tally {
        return true;
    }
    // 经过多年努力,…不断改善: a review, unless the sentence names a year to come.
    // (报告在回顾“十四五”时期工作时指出,…超过80岁: what a speaker says while looking back on a
    // period's work reports it, unless the sentence names aims.)
    let looking_back_on = (s..e).any(|p| {
        at(chars, p, "回顾")
            && contains_any(
                chars,
                p + 2,
                (p + 20).min(e),
                &["时指出", "时表示", "时说", "时强调", "时介绍"],
            )
    }) && !contains_any(chars, s, e, FORWARD);
    let review = (at(chars, a, "经过")
        && !(s..e).any(|p| year_at(chars, p).is_some_and(|(y, _)| y >= cx.start)))
        || looking_back_on;
    // 连续7年稳定在800亿斤以上: a streak of years gone by (unless the sentence names aims).
    let streak = !contains_any(chars, s, e, FORWARD)
        && (s..e).any(|p| {
            at(chars, p, "连续")
                && scan(chars, p + 2).is_some_and(|n| {
                    n.start == p + 2 && chars.get(n.end) == Some(&'年') && n.value() < 100.0
                })
        });
    // 农民收入增速8%、居全国第9位: a standing among places is reported, not aimed at
    // (unless the sentence names aims: 力争…居全国前列).
    let standing = !contains_any(chars, s, e, FORWARD)
        && !contains_any(chars, s, e, &["目标", "进入", "保持"])
        && !(s..e).any(|p| year_at(chars, p).is_some_and(|(y, _)| y >= cx.start))
        && (s..e).any(|p| {
            // (跃居全省前40位: a standing to leap to is aimed at.)
            chars[p] == '居'
                && !(p > s && chars[p - 1] == '跃')
                && ["全国", "全省", "全市", "全区", "全球", "世界"]
                    .iter()
                    .any(|w| at(chars, p + 1, w))
                && ["第", "首", "前"].iter().any(|w| at(chars, p + 3, w))
        });
    // (完成年度任务100.8%: the share of a year's task done, without 的.)
    let fulfilled = (s..e).any(|p| {
        FULFILLED.iter().any(|w| {
            at(chars, p, w)
                && chars
                    .get(p + w.chars().count())
                    .is_some_and(|c| c.is_ascii_digit())
        })
    });
    months
        || part_of_year
        || met
        || fulfilled
        || review
        || streak
        || standing
        || contains_any(
            chars,
            s,
            e,
            &[
                "完成了",
                "实现了",
                "达到了",
                "增长了",
                "提高了",
                "提升了",
                "下降了",
                "降低了",
                "突破了",
                "超过了",
                "取得了",
                "创历史新高",
                "创下历史",
                "历年新高",
                // 完成年度计划的112%, 超额完成: how far a year's plan was fulfilled.
                "超额完成",
                "完成年度计划的",
                "完成年度任务的",
                "完成全年计划的",
                "完成全年任务的",
                "完成年度目标的",
                "占年度计划的",
                "占全年计划的",
                // 新增7069张床位,为计划的101%: a result set against the plan it fulfils.
                "为计划的",
                "为年度计划的",
                "为全年计划的",
                "完成计划的",
                "达计划的",
            ],
        )
}

/// Does the clause at `a..e` open with a year gone by as a clause of its own (2023年,全区…;
/// after the speaker too: 某副局长介绍,2022年,…)? It heads a review of that year.
pub(crate) fn opens_gone_by(chars: &[char], a: usize, e: usize, cx: Context) -> bool {
    year_at(chars, after_speaker(chars, a, e)).is_some_and(|(y, after)| {
        (y < cx.start || cx.this_year.is_some_and(|t| y < t)) && chars.get(after) == Some(&',')
    })
}

/// Does the clause opening at `a` look back (近年来, 五年来, “十三五”以来, 今年以来, 过去五年)?
pub(crate) fn looks_back(chars: &[char], a: usize, e: usize) -> bool {
    let head = (a + 12).min(e);
    at(chars, a, "过去")
        // 刚刚过去的2025年, 刚过去的一年: the year just gone.
        || at(chars, a, "刚刚过去")
        || at(chars, a, "刚过去")
        || at(chars, a, "回顾")
        || at(chars, a, "近年")
        || at(chars, a, "近几年")
        || at(chars, a, "最近几年")
        // 近十年, 最近四年: the years just gone.
        || ((at(chars, a, "近") || at(chars, a, "最近"))
            && scan(chars, a + 1 + usize::from(at(chars, a, "最近"))).is_some_and(|n| {
                n.start == a + 1 + usize::from(at(chars, a, "最近"))
                    && chars.get(n.end) == Some(&'年')
                    && !at(chars, n.end + 1, "内")
                    && n.value() <= 30.0
            }))
        || at(chars, a, "这些年")
        // 这一年,我们…: the year just told.
        || at(chars, a, "这一年,")
        // 这五年, 这几年, 这十年: the years just gone.
        || (at(chars, a, "这")
            && (at(chars, a + 1, "几年")
                || scan(chars, a + 1).is_some_and(|n| {
                    n.start == a + 1 && chars.get(n.end) == Some(&'年') && n.value() <= 20.0
                })))
        || find_any(chars, a, head, &["以来", "年来"]).is_some_and(|(p, _)| {
            // 2020年以来 is read with its year; 近年来 and 以来 at once.
            !chars.get(p + 2).is_some_and(|c| c.is_ascii_digit())
        })
}

/// Does a statistics report break its results down at `a` (分季节看, 分品种看, 分地区看)?
pub(super) fn breaks_down(chars: &[char], a: usize, e: usize) -> bool {
    at(chars, a, "分")
        && (a + 2..(a + 5).min(e)).any(|p| chars[p] == '看' && chars.get(p + 1) == Some(&','))
}

/// A deadline to come (到2025年) ends a look back: the sentence now sets targets.
pub(super) fn look_ahead(scope: &mut Scope, y: i32, cx: Context) {
    // (Data released on a year of the present report it: 统计局发布数据,2024年粮食总产量….)
    // (In an undated text, data on a year before the plan's last: 《…报告》显示,2018年,….)
    let present_data = scope.data && cx.this_year.map_or(y < cx.end, |t| y <= t);
    if scope.looking_back && y >= cx.start && cx.this_year.is_none_or(|t| y >= t) && !present_data {
        scope.past = false;
        scope.looking_back = false;
        scope.review = false;
    }
}

/// A deadline to come written as one (2028年前, 到2028年) ends the report a sentence opened
/// with 去年.
pub(super) fn end_last_year(scope: &mut Scope, y: i32, cx: Context) {
    if scope.last_year_lead && cx.this_year.is_some_and(|t| y > t) {
        scope.past = false;
        scope.last_year_lead = false;
    }
}
