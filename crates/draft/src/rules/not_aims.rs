//! Figures that state no aim of the plan's own: who qualifies for a measure, the documents the
//! government issues itself, and aims a higher government or another country has set.

use super::names::{lead, strip_back};
use crate::lexicon::{at, contains_any, ends_at};

/// Whether the figure ending at `end` in the clause `s..e` states who qualifies for a measure: the
/// clause opens with 对/凡/支持/鼓励 and the figure lies inside a phrase that ends 的 + a kind of
/// recipient (对研发投入超过500万元且增长20%以上的企业, 凡年营业收入增长30%以上的项目), with no aim
/// stated after it.
pub(super) fn eligibility(chars: &[char], s: usize, end: usize, e: usize) -> bool {
    let opening = lead(chars, s, e);
    if !["对", "凡", "支持", "鼓励", "对于"]
        .iter()
        .any(|w| at(chars, opening, w))
    {
        return false;
    }
    let Some(de) = (end..e).find(|&p| chars.get(p) == Some(&'的')) else {
        return false;
    };
    let recipients = [
        "企业",
        "工业企业",
        "项目",
        "单位",
        "机构",
        "个人",
        "主体",
        "人才",
        "团队",
        "家庭",
        "农户",
        "合作社",
        "园区",
        "平台",
    ];
    recipients.iter().any(|w| at(chars, de + 1, w))
        && !contains_any(
            chars,
            de,
            e,
            &[
                "达到",
                "不少于",
                "不低于",
                "超过",
                "突破",
                "增加到",
                "提高到",
            ],
        )
}

/// Whether the name `a..b` of a count is documents the government issues itself: opened by a verb
/// of issuing and ending with a kind of document (出台支持企业创新的政策, 制定配套文件).
pub(super) fn paperwork(chars: &[char], a: usize, b: usize) -> bool {
    let a = lead(chars, a, b);
    // (共收集群众提出的意见建议110条: the suggestions gathered to choose the work.)
    let gathered = (a..(a + 8).min(b)).any(|p| at(chars, p, "收集") || at(chars, p, "征集"))
        && ["意见", "建议", "线索"]
            .iter()
            .any(|w| ends_at(chars, strip_back(chars, a, b), w).is_some());
    gathered
        || ["出台", "印发", "制定", "制发", "修订", "发布"]
            .iter()
            .any(|w| at(chars, a, w))
            && [
                "政策", "措施", "举措", "文件", "细则", "办法", "方案", "意见", "条款", "规定",
            ]
            .iter()
            .any(|w| ends_at(chars, strip_back(chars, a, b), w).is_some())
}

/// Does the clause from `a` (its opening) to `e` restate a higher government's aims in the plan
/// of a government of tier `tier` (国家提出…, 国务院要求…; in a city's or county's plan also
/// 全省提出…, 省里明确…)? Aims handed down to the plan's own government (省下达我县的目标) are
/// not read so.
pub(super) fn higher_government(chars: &[char], a: usize, e: usize, tier: u8) -> bool {
    const NATIONAL: &[&str] = &["国家", "国务院", "中央", "党中央", "全国"];
    const PROVINCIAL: &[&str] = &["全省", "省委", "省政府", "省委省政府", "省里", "省级"];
    const PROPOSE: &[&str] = &["提出", "要求", "明确", "确定", "部署", "设定"];
    let mut higher: Vec<&str> = Vec::new();
    if tier >= 1 {
        higher.extend(NATIONAL);
    }
    if tier >= 2 {
        higher.extend(PROVINCIAL);
    }
    higher.iter().any(|h| {
        at(chars, a, h) && {
            let v = a + h.chars().count();
            PROPOSE.iter().any(|w| at(chars, v, w))
        }
    }) && !contains_any(chars, a, e, &["下达", "分解"])
}

/// Other countries and unions, whose aims a plan may quote as examples (新加坡设定目标于2023年…):
/// a sentence that opens with one states that country's aims, not the plan's.
pub(super) const FOREIGN: &[&str] = &[
    "美国",
    "德国",
    "日本",
    "新加坡",
    "英国",
    "法国",
    "韩国",
    "欧盟",
    "澳大利亚",
    "加拿大",
    "俄罗斯",
    "意大利",
    "荷兰",
    "瑞典",
    "丹麦",
    "芬兰",
    "挪威",
    "瑞士",
    "以色列",
    "印度",
];
