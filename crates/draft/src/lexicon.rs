//! The cue words the rules look for, in simplified script (the text is folded first), and small
//! helpers to match them at a position.
//!
//! Comparators follow 民法典 §1259: 以上/以下/以内 include the number; 超过/不满 exclude it.

use plan_gauge_core::model::Comparator;

/// Words directly before a figure that set its comparator. Longer words first where one ends
/// another (不低于 before 低于).
pub const PRE_CUES: &[(&str, Comparator)] = &[
    // Two cues joined (达到和超过2100个, 大于或等于90%): the bound is reached, so included.
    ("达到和超过", Comparator::Ge),
    ("达到或超过", Comparator::Ge),
    ("达到并超过", Comparator::Ge),
    ("达到及超过", Comparator::Ge),
    ("大于或等于", Comparator::Ge),
    ("大于等于", Comparator::Ge),
    ("高于或等于", Comparator::Ge),
    ("小于或等于", Comparator::Le),
    ("小于等于", Comparator::Le),
    ("低于或等于", Comparator::Le),
    ("不低于", Comparator::Ge),
    ("不少于", Comparator::Ge),
    ("不小于", Comparator::Ge),
    ("不超过", Comparator::Le),
    ("不高于", Comparator::Le),
    ("不多于", Comparator::Le),
    ("不大于", Comparator::Le),
    ("控制在", Comparator::Le),
    ("保持在", Comparator::Ge),
    ("稳定在", Comparator::Ge),
    ("达到", Comparator::Ge),
    // (利用率到达80%以上: 到达, reach, as 达到.)
    ("到达", Comparator::Ge),
    ("提高到", Comparator::Ge),
    ("提高至", Comparator::Ge),
    ("提升到", Comparator::Ge),
    ("提升至", Comparator::Ge),
    ("增加到", Comparator::Ge),
    ("增加至", Comparator::Ge),
    ("增长到", Comparator::Ge),
    ("增长至", Comparator::Ge),
    ("扩大到", Comparator::Ge),
    ("扩大至", Comparator::Ge),
    // (航道里程增至2150公里, 占比成长至29.9%, 覆盖率上升到90%: a rise to a level, as 提高到.)
    ("上升到", Comparator::Ge),
    ("上升至", Comparator::Ge),
    ("成长到", Comparator::Ge),
    ("成长至", Comparator::Ge),
    ("增到", Comparator::Ge),
    ("增至", Comparator::Ge),
    ("升到", Comparator::Ge),
    ("升至", Comparator::Ge),
    ("达至", Comparator::Ge),
    ("下降到", Comparator::Le),
    ("下降至", Comparator::Le),
    ("降低到", Comparator::Le),
    ("降低至", Comparator::Le),
    ("减少到", Comparator::Le),
    ("减少至", Comparator::Le),
    ("压缩到", Comparator::Le),
    ("压缩至", Comparator::Le),
    ("缩短到", Comparator::Le),
    ("缩短至", Comparator::Le),
    // (预警提前量从38分钟提前到45分钟, 预报时效延长至8.5天: a lead time or a span to reach.)
    ("延长到", Comparator::Ge),
    ("延长至", Comparator::Ge),
    ("提前到", Comparator::Ge),
    ("提前至", Comparator::Ge),
    ("缩小到", Comparator::Le),
    ("缩小至", Comparator::Le),
    ("降到", Comparator::Le),
    ("降至", Comparator::Le),
    ("减至", Comparator::Le),
    ("减到", Comparator::Le),
    ("逾", Comparator::Gt),
    ("至少", Comparator::Ge),
    ("超过", Comparator::Gt),
    ("突破", Comparator::Gt),
    ("高于", Comparator::Gt),
    ("大于", Comparator::Gt),
    ("多于", Comparator::Gt),
    ("低于", Comparator::Lt),
    ("少于", Comparator::Lt),
    ("小于", Comparator::Lt),
    ("不满", Comparator::Lt),
    ("不足", Comparator::Lt),
    ("大约", Comparator::Approx),
    ("约", Comparator::Approx),
    ("达", Comparator::Ge),
    ("超", Comparator::Gt),
    // Signs in running text (死因监测报告率≥80%); < and > stay a table's (a page's markup uses them).
    ("≥", Comparator::Ge),
    ("≧", Comparator::Ge),
    ("≤", Comparator::Le),
    ("≦", Comparator::Le),
    // (吸烟率<20%, 2030年<20%: < and > right after a word, never a line's or a list's start,
    // where a page's markup and labels put them: <1>, <br>.)
    ("<", Comparator::Lt),
    (">", Comparator::Gt),
];

/// Is `c` a Chinese character (of the unified block)?
pub fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Signs that are comparators only right after a word (吸烟率<20%), not after punctuation or
/// at a line's start (<1>, a page's markup).
pub const WORD_SIGNS: &[&str] = &["<", ">"];

/// Words directly after a figure and its unit that set (or refine) its comparator.
pub const POST_CUES: &[(&str, Comparator)] = &[
    // 1次及以上, 三级及以下: the figure and the ones beyond it.
    ("及以上", Comparator::Ge),
    ("及以下", Comparator::Le),
    ("以上", Comparator::Ge),
    ("以下", Comparator::Le),
    ("以内", Comparator::Le),
    ("左右", Comparator::Approx),
];

/// Verbs that put a figure in a target's context even without a comparator word.
pub const TARGET_VERBS: &[&str] = &[
    "新增",
    "新建",
    "培育",
    "引进",
    "建成",
    "建设",
    "实施",
    "形成",
    "打造",
    "布局",
    "支持",
    "累计",
    "开展",
    "组织",
    "认定",
    "启动",
    "选派",
    "服务",
    "重组",
    "优化",
    "拥有",
    "集聚",
    "实现",
    "举办",
    "新培育",
    "建立",
    "争创",
    "打造",
    "设立",
    "争取",
    "推动",
    "入选",
];

/// Whether `unit` (one of [`UNITS`]) is the concentration of an air pollutant, whose lower values
/// are better: 微克/立方米, or μg/m3 as pages write it (µ, u, ³, or the μ lost to an encoding).
pub fn is_air_unit(unit: &str) -> bool {
    unit == "微克/立方米" || unit.ends_with("g/m3") || unit.ends_with("g/m³")
}

/// Units, longest first. `%` and 个百分点 are handled with them.
pub const UNITS: &[&str] = &[
    "个百分点",
    "百分点",
    "万亿元",
    "亿美元",
    "万美元",
    "美元",
    // Taiwan's and Hong Kong's everyday word for the US dollar (人均GDP逾4万美金).
    "美金",
    "港元",
    "新台币",
    "亿元",
    "万元",
    "元",
    "人年",
    "人次",
    "吨标准煤",
    "吨二氧化碳",
    "微克/立方米",
    // (written in letters, μg/m3, or with the μ lost to a page's encoding: 20 g/m3.)
    "μg/m3",
    "µg/m3",
    "μg/m³",
    "µg/m³",
    "ug/m3",
    "g/m3",
    "立方米",
    "千瓦时",
    "千瓦",
    "GW",
    "MW",
    // (抽水蓄能装机达到1.2亿kW左右: kilowatts in letters after 万 or 亿.)
    "kWh",
    "kW",
    // Computing power and storage (算力规模超过300EFLOPS, 存储总量超过1800EB).
    "EFLOPS",
    "PFLOPS",
    // Bandwidth (省际出口带宽达98Tbps, 宽带接入速率达到1000Mbps).
    "Tbps",
    "Gbps",
    "Mbps",
    "EB",
    "PB",
    "公顷",
    "公吨",
    "千克",
    "公斤",
    "斤",
    "岁",
    "天",
    // (单向时延小于1毫秒: a network's latency, a duration as 分钟 is.)
    "毫秒",
    "分钟",
    "小时",
    "个工作日",
    "工作日",
    "兆瓦",
    "吉瓦",
    "标箱",
    "艘",
    "架次",
    "棵",
    "幢",
    "宗",
    "笔",
    "毫克/升",
    "分贝",
    "家次",
    // Units of the items of practical-project lists (路灯1000盏, 标志64块, 课程200课时).
    "课时",
    "万人",
    "万名",
    "%",
    "‰",
    "倍",
    "家",
    "个",
    "项",
    "件",
    "人",
    "名",
    "条",
    "种",
    "支",
    "户",
    "次",
    "所",
    "座",
    "套",
    "台",
    "篇",
    "部",
    "只",
    // (充电设施260根, 路灯杆300根: a counter of posts and piles.)
    "根",
    "辆",
    "吨",
    "亩",
    "公里",
    "千米",
    "平方米",
    // (人均2平米: square metres as speech shortens them.)
    "平米",
    "㎡",
    "平方公里",
    "米",
    "处",
    "位",
    "批",
    "园",
    "期",
    "场",
    "份",
    "张",
    "株",
    "头",
    "床",
    "册",
    "门",
    "类",
    "款",
    "枚",
    "颗",
    "栋",
    "间",
    "所",
    "片",
    "盏",
    "块",
    // (推进300堂健康知识巡讲: lectures given.)
    "堂",
    // (加装100组治安摄像头: sets of equipment.)
    "组",
    // (动车组保有量达到3800标准组, 国际班列开行700列: trains, counted by the set or the run.)
    "标准组",
    "列",
];

/// Words after a unit that say the figure counts the plan's own measures, not a target
/// (`18项具体举措`).
pub const MEASURE_NOUNS: &[&str] = &[
    "举措",
    "措施",
    "政策",
    "具体",
    "方面",
    "原则",
    // (The parts of the plan's own framework: 1个总抓手, 3条主线, 1个总体目标.)
    "总抓手",
    "抓手",
    "主线",
    "总体目标",
    "任务书",
    "行动",
    "工程",
    // (部署了23项具体任务及10项重点工程项目: the plan's own works, as 工程 above.)
    "重点工程",
    "体系",
    "重点任务",
    "指标",
    "主要指标",
    // (重点完成5项工作指标: the plan's own indicators, as 指标 above.)
    "工作指标",
    "工作目标",
    "工作任务",
    // The plan's own list of the year's practical projects (办好15件重点民生实事).
    "实事",
    "民生实事",
    "重点民生实事",
    "惠民实事",
    // The bodies that carry the plan out (38家单位参与, 涉及34个牵头单位).
    "单位参与",
    "牵头单位",
    "责任单位",
    "成员单位",
];

/// Words in a clause that make its figures subsidy or award amounts (not targets).
pub const SUBSIDY_WORDS: &[&str] = &[
    "给予",
    "奖励",
    "补助",
    "补贴",
    "资助",
    "奖补",
    "最高",
    "一次性",
    "贴息",
    "配套资金",
    "扶持资金",
    "退还",
    "发放",
    "投放",
    "拨款",
    "拨付",
];

/// Words in a clause that make its amounts of money budgets (总投资1500亿元, 安排专项资金20亿元),
/// not targets; its rates (财政投入年均增长15%) stay targets.
pub const BUDGET_WORDS: &[&str] = &[
    "总投资",
    "专项资金",
    "安排资金",
    "投入资金",
    "财政投入",
    // A list's planned spending (年度计划投资800亿元, 2024年计划投资12亿元).
    "计划投资",
    "计划投入",
    // The fiscal arrangements of a year's report (发行超长期特别国债1.3万亿元, 安排地方政府专项
    // 债券4.4万亿元, 中央预算内投资7000亿元, 一般公共预算支出规模达到30万亿元).
    "国债",
    "专项债",
    "预算内投资",
    "预算支出",
    // A year's budget bill (总预算案编制,岁入及岁出预算数均为351亿元).
    "预算数",
    "总预算",
    // Funds put into the work (挹注6亿元用于增班设园).
    "挹注",
];

/// Words in a clause that make its amounts of money prices, costs or allowances (每个单位平均建造
/// 成本约55万元, 每名学生每年津贴上限为3000元), not targets, unless the clause cuts them
/// (降低企业用电成本10亿元).
pub const PRICE_WORDS: &[&str] = &[
    "成本", "造价", "单价", "价格", "津贴", "上限", "收费", "费用", "预留",
];

/// Words in a clause that make its counts of times (次, 场) the plan's working arrangements
/// (每季度召开1次推进会, 每年开展2次专项督查, 每半年开展1次评估), not targets.
pub const MEETING_WORDS: &[&str] = &[
    "召开",
    "会议",
    "推进会",
    "调度会",
    "座谈会",
    "联席会",
    "督查",
    "督导",
    "调度",
    "通报",
    "考核",
    "评估",
];

/// Words in a clause that make its figures past actual values. (目前 and 现有 mark only the
/// figure right after them, or a clause they open: see `rules`.)
pub const PAST_WORDS: &[&str] = &[
    "已达",
    "已经达",
    "已有",
    "已建",
    "已累计",
    "截至",
    "截止",
    "较上年",
    "比上年",
    "上年",
    "去年",
    "过去",
    "以来",
    "实际完成",
    // (实际达成648.6万人次: what was actually reached, against an aim.)
    "实际达成",
    "实际达到",
    "预计",
    "估计",
    "估算",
    "预期将",
    "仅达",
    "仅为",
    // A figure stressed as large or small, or as a record (占比高达…, 占比仅…, 创下新高), is told.
    "高达",
    "占比仅",
    "创下新高",
    "创新高",
    "测算",
    // Projections and superseded aims: 有望突破, 原定目标, 此前提出.
    "有望",
    "可望",
    "预估",
    "原定",
    "原计划",
    "原目标",
    "此前",
    // Comparisons with an earlier term: 较上届政府任期内增加约七成.
    "上届",
    "上一轮",
    // (80%以上修建于上世纪50至70年代: the last century is gone.)
    "上世纪",
    "上个世纪",
];

/// Words that mark a stretch goal rather than a firm commitment.
pub const ASPIRATION: &[&str] = &["力争", "争取", "努力", "争创"];

/// Words that mark a yearly figure.
pub const ANNUAL: &[&str] = &[
    "每年",
    "年均",
    "年度",
    "全年",
    "年组织",
    "年培育",
    "年引进",
    "年新增",
];

/// Growth words: a `%` after them is a growth rate.
pub const GROWTH: &[&str] = &[
    "年均增长率",
    "增长率",
    "年均增长",
    "年均增幅",
    "年均增速",
    "年增长",
    "增长",
    "增幅",
    "增速",
    "提高",
    "增加",
    "提升",
];

/// Lead agency labels.
pub const LEAD_LABELS: &[&str] = &["牵头单位", "牵头部门", "责任单位", "责任部门"];

/// Partner agency labels.
pub const PARTNER_LABELS: &[&str] = &["配合单位", "配合部门", "参与单位", "协同单位"];

/// Does `word` occur in `chars` starting at `i`?
pub fn at(chars: &[char], i: usize, word: &str) -> bool {
    (i..)
        .zip(word.chars())
        .all(|(j, w)| chars.get(j) == Some(&w))
}

/// Does `word` end exactly at `end` (exclusive) in `chars`? Returns its start.
pub fn ends_at(chars: &[char], end: usize, word: &str) -> Option<usize> {
    let n = word.chars().count();
    let start = end.checked_sub(n)?;
    at(chars, start, word).then_some(start)
}

/// The first of `words` that occurs in `chars[from..to]`, with its position.
pub fn find_any<'w>(
    chars: &[char],
    from: usize,
    to: usize,
    words: &[&'w str],
) -> Option<(usize, &'w str)> {
    let to = to.min(chars.len());
    (from..to).find_map(|i| words.iter().find(|w| at(chars, i, w)).map(|w| (i, *w)))
}

/// Does any of `words` occur in `chars[from..to]`?
pub fn contains_any(chars: &[char], from: usize, to: usize, words: &[&str]) -> bool {
    find_any(chars, from, to, words).is_some()
}

/// The longest unit starting at `i`, with its length in chars.
pub fn unit_at(chars: &[char], i: usize) -> Option<(&'static str, usize)> {
    UNITS
        .iter()
        .filter(|u| at(chars, i, u))
        .max_by_key(|u| u.chars().count())
        .map(|u| (*u, u.chars().count()))
}
