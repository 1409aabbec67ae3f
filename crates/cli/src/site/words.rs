//! Every word of the generated portal pages, in one table: Chinese first, then English. The
//! statuses, the method paragraphs and the widgets' words come from the core's locale tables;
//! these are the pages' own. Templates fill `{name}` placeholders.

/// A pair of page texts: zh-Hans and en.
pub type Pair = (&'static str, &'static str);

/// The words of the portal pages.
pub struct Words {
    // The frame.
    pub skip: Pair,
    pub site_name: Pair,
    pub nav_label: Pair,
    pub nav_home: Pair,
    pub nav_generator: Pair,
    pub nav_author: Pair,
    pub nav_method: Pair,
    pub nav_guide: Pair,
    pub nav_format: Pair,
    pub nav_gallery: Pair,
    pub nav_accessibility: Pair,
    pub footer_note: Pair,

    // A plan's page.
    pub not_stated: Pair,
    pub fact_issuer: Pair,
    pub fact_doc: Pair,
    pub fact_issued: Pair,
    pub fact_period: Pair,
    /// `{start}`, `{end}`: the plan's period.
    pub period: Pair,
    pub fact_source: Pair,
    pub fact_source_link: Pair,
    pub banner: Pair,
    pub dashboard: Pair,
    pub dashboard_note: Pair,
    pub article: Pair,
    /// The link to the page in the other language.
    pub other_version: Pair,
    pub method_link: Pair,
    /// `{quote}`, `{leads}`: the plan's words about a featured indicator and who leads it.
    pub plan_says: Pair,
    /// Between agency names and between status counts.
    pub list_sep: Pair,
    pub sample_data: Pair,
    pub published_data: Pair,
    /// `{date}`: when the plan was issued.
    pub issued_on: Pair,
    /// `{doc}`: the document number.
    pub doc_in_parens: Pair,
    /// `{issuer}`, `{when}`, `{title}`, `{doc}`, `{start}`, `{end}`, `{total}`, `{data}`, `{counts}`.
    pub lede: Pair,

    // The method page.
    pub method_title: Pair,
    pub method_h1: Pair,
    pub method_intro: Pair,
    pub statuses_h: Pair,
    pub statuses_note: Pair,
    /// `{expected}`: the widgets' word for the expected progress.
    pub expected_h: Pair,
    /// `{expected}`.
    pub expected_text: Pair,
    pub thresholds_h: Pair,
    pub pace_ratio: Pair,
    pub status_col: Pair,
    /// `{share}`: the least share of the time that must have passed.
    pub too_early: Pair,
    pub sdg_with_target: Pair,
    pub sdg_without_target: Pair,
    pub data_h: Pair,
    /// `{no_data}`, `{provisional}`, `{estimated}`, `{revised}`, `{break}`.
    pub data_text: Pair,
    pub rules_h: Pair,
}

pub const WORDS: Words = Words {
    skip: ("跳到正文", "Skip to content"),
    site_name: ("plan-gauge 规划进度", "plan-gauge: progress of plans"),
    nav_label: ("网站导航", "Site"),
    nav_home: ("首页", "Home"),
    nav_generator: ("嵌入代码生成器", "Embed code"),
    nav_author: ("起草规划数据", "Draft plan data"),
    nav_method: ("计算方法", "Method"),
    nav_guide: ("网站管理员指南", "Webmaster guide"),
    nav_format: ("数据格式", "Data format"),
    nav_gallery: ("组件库", "Gallery"),
    nav_accessibility: ("无障碍声明", "Accessibility"),
    footer_note: (
        "plan-gauge 是开源演示：观测数据为示例数据。",
        "plan-gauge is an open-source demo: the observations are sample data.",
    ),

    not_stated: ("未载明", "not stated"),
    fact_issuer: ("发文机关", "Issuer"),
    fact_doc: ("文号", "Document number"),
    fact_issued: ("印发日期", "Issued"),
    fact_period: ("规划期", "Period"),
    period: ("{start}—{end}年", "{start}–{end}"),
    fact_source: ("原文", "Source"),
    fact_source_link: ("阅读原文（外部网站）", "Read the document (external site)"),
    banner: (
        "本页的观测数据是为演示而编造的示例数据，并非官方统计；规划的目标、文号和牵头单位摘自原文。",
        "The observations on this page are illustrative sample data made up for the demo, not official statistics; the plan's targets, document number and lead agencies are taken from the document.",
    ),
    dashboard: ("全部目标进度", "Progress of every target"),
    dashboard_note: (
        "每一行是一项目标，写明状态、最新值和目标；展开可见理由与数据来源。脚本未运行时显示的是同样内容的静态版本。",
        "Each row is one target with its status, latest value and goal; open it for the reason and the sources. Without the script, the same content shows as static text.",
    ),
    article: ("进度解读", "What the figures say"),
    other_version: ("中文版", "English version"),
    method_link: (
        "状态是怎样算出来的？见计算方法。",
        "How is a status worked out? See the method page.",
    ),
    plan_says: (
        "方案写道：“{quote}”。牵头单位：{leads}。",
        "The plan says: “{quote}”. Lead: {leads}.",
    ),
    list_sep: ("、", ", "),
    sample_data: ("示例数据", "the illustrative sample data"),
    published_data: ("已公布数据", "the published data"),
    issued_on: ("于{date}", " on {date}"),
    doc_in_parens: ("（{doc}）", " ({doc})"),
    lede: (
        "{issuer}{when}印发《{title}》{doc}，规划期为{start}—{end}年，共列出{total}项可跟踪的目标。按{data}计算，{counts}。下面选取几项主要指标作解读。",
        "{issuer} issued “{title}”{doc}{when}. The plan covers {start}–{end} and sets {total} targets that can be tracked. On {data}: {counts}. A few of the main indicators are explained below.",
    ),

    method_title: ("计算方法", "How progress is computed"),
    method_h1: ("进度和状态是怎样算出来的", "How progress and status are computed"),
    method_intro: (
        "plan-gauge 把规划写明的目标和此后公布的数据放在一起，对每项目标给出一个状态和一句理由。本页说明规则；页面上的阈值和文字直接取自计算程序本身，两者不会不一致。",
        "plan-gauge puts a plan's stated targets next to the figures published since and gives each target a status and a one-sentence reason. This page explains the rules; its thresholds and texts are taken from the program that computes them, so the two cannot disagree.",
    ),
    statuses_h: ("状态", "Statuses"),
    statuses_note: (
        "状态总是用文字写出，图标和颜色只是重复文字。",
        "A status is always written in words; icon and colour only repeat them.",
    ),
    expected_h: ("“{expected}”是什么意思", "What “{expected}” means"),
    expected_text: (
        "规划从基数出发，到期限时应达到目标。把这段时间平均分配，就得到一条“应有进度”的路线：例如四年的规划过了一半时间，应完成从基数到目标距离的一半。“{expected}”指的是最新一期数据所属时期结束时，这条路线上应到达的位置；因为统计数据发布有滞后，比较的是同一时点的应有进度和实际进度，而不是今天。",
        "A plan starts from a baseline and should reach its target by the deadline. Spreading that distance evenly over the time gives the expected path: halfway through a four-year plan, half the distance from baseline to target should be covered. “{expected}” is where that path stands at the end of the period the latest figure describes; statistics are published late, so the expected and the actual progress are compared at the same moment, not today.",
    ),
    thresholds_h: ("两种方法的阈值", "The two methods and their thresholds"),
    pace_ratio: ("实际进度 ÷ 应有进度", "Actual ÷ expected"),
    status_col: ("状态", "Status"),
    too_early: ("时间过去不足 {share}", "less than {share} of the time elapsed"),
    sdg_with_target: (
        "有量化目标：实际年均增速 ÷ 所需年均增速",
        "With a target: actual ÷ required yearly growth",
    ),
    sdg_without_target: ("没有量化目标：年均增速", "Without a target: yearly growth"),
    data_h: ("缺失和初步数据怎样显示", "How missing and provisional data are shown"),
    data_text: (
        "缺失的数据是空缺，不当作零：没有任何数据的目标显示“{no_data}”，趋势图在缺失处断开。初步数、估计值和修订值参与计算，但在数值旁用文字注明（如“{provisional}”“{estimated}”“{revised}”）；统计口径变化（“{break}”）之后只用新口径的数据。",
        "A missing figure is a gap, never a zero: a target with no figure at all shows “{no_data}”, and trend lines break at the gap. Provisional, estimated and revised figures are used but marked in words next to the value (“{provisional}”, “{estimated}”, “{revised}”); after a break in the series (“{break}”) only the new series is used.",
    ),
    rules_h: ("全部规则", "All the rules"),
};

/// One link of the site navigation: the page (from the site's root) and its name.
pub struct NavItem {
    pub href: &'static str,
    pub label: Pair,
}

/// The site navigation, in order: the generated pages and the hand-written ones in `www/` share it
/// (`crates/cli/src/site/frame.rs` renders it; a test checks the hand-written pages carry it).
pub const NAV: [NavItem; 8] = [
    NavItem {
        href: "index.html",
        label: WORDS.nav_home,
    },
    NavItem {
        href: "generator.html",
        label: WORDS.nav_generator,
    },
    NavItem {
        href: "author.html",
        label: WORDS.nav_author,
    },
    NavItem {
        href: "method.html",
        label: WORDS.nav_method,
    },
    NavItem {
        href: "guide/index.html",
        label: WORDS.nav_guide,
    },
    NavItem {
        href: "format.html",
        label: WORDS.nav_format,
    },
    NavItem {
        href: "gallery.html",
        label: WORDS.nav_gallery,
    },
    NavItem {
        href: "accessibility.html",
        label: WORDS.nav_accessibility,
    },
];
