//! Drafts each passage of `tests/drafting/passages.json` (plan passages with expected targets;
//! `heldout.json` and `heldout2.json` to `heldout52.json` likewise) and prints micro
//! precision and recall on (value, year, comparator, upper). Drafted and expected targets are paired one to one within a passage. A drafted target that pairs with none
//! but whose quote overlaps an `ignore` item of the passage (arguable items the annotators ask a
//! scorer to count neither way) is left out of precision. A missing or unreadable file fails
//! the test. Run: `cargo test -p plan-gauge-draft --test passages -- --nocapture --test-threads=1`
//! (each set prints one line `<file>: … micro precision …, recall …`; `DRAFT_VERBOSE=1` lists
//! misses and extras).

mod common;
mod sets;

use plan_gauge_draft::draft_with;

/// Measured floors; the test fails if quality falls below them. Measured on the development
/// file on 2026-11-29, with each passage's publication year given as `DraftOptions::issued_year`:
/// 152 passages (the annotators' 56 real passages and 96 passages composed for issue 11, `c-dev-…`,
/// 48 of them in its second round and 16 in its third), 549 targets: precision 0.978, recall 0.973
/// after round 4 (0.976 and 0.973 before it; recall 0.974 after round 13)
/// (after the second round, on its 136 passages: 0.972 and 0.976; after the first round, on its 88
/// passages: 0.955 and 0.964). On the 56 real passages alone: 0.943 and 0.948
/// (after the second round: 0.940 and 0.948; after the first round: 0.936 and 0.948; before issue 11: 0.920 and 0.948; before the change kinds, 今年 from the publication date,
/// report-context and restatement rules: 0.736 and 0.787; at first contact, with the rules built
/// on the seeds alone: 0.596 and 0.500). Changes are compared in the format's sign: an annotated
/// `change: decrease` of 13.5% is −13.5. The bar is 0.95 for both.
const MIN_PRECISION: f64 = 0.975;
const MIN_RECALL: f64 = 0.97;
/// Measured on `heldout.json` (37 real passages, 146 targets) on 2026-11-29: precision 0.986,
/// recall 0.966 after round 4, whose rules were written from a classification of this set's misses
/// and extras as well as the development set's (so it no longer measures unseen text as sternly as
/// `heldout2.json`; 0.832 and 0.849 before round 4, with the pairing by quote). Until then it was
/// never used to tune the rules: precision 0.821, recall 0.849 after the third round of issue 11 (after the second:
/// 0.820 and 0.842; after the first round of issue 11: 0.735 and 0.815;
/// before issue 11: 0.707 and 0.760; before that: 0.632 and 0.671). The gap to the figures above
/// is what the rules still fit the development set. After round 17: 0.986 and 0.973.
const HELD_OUT_MIN_PRECISION: f64 = 0.98;
const HELD_OUT_MIN_RECALL: f64 = 0.96;
/// Measured on `heldout2.json` (37 passages composed in the style of real plans before the
/// issue-11 rules were written, 139 targets, never used to tune them) on 2026-11-29: precision
/// 1.000, recall 0.950, as after the first round (before the issue-11 rules: 0.894 and 0.906). Its passages were written by
/// the engineer who then wrote the rules, so it flatters them: `heldout.json` is the sterner test.
const HELD_OUT_2_MIN_PRECISION: f64 = 0.99;
const HELD_OUT_2_MIN_RECALL: f64 = 0.94;
/// Measured on `heldout3.json` (43 published passages, 158 targets, collected and annotated on
/// 2026-11-29 by someone who never read the drafter's code). It was measured blind once (0.799 and
/// 0.703 when it was built; 0.851 and 0.722 with the rules of round 4) and is a development set
/// from round 5 on: its misses and extras were classified and general rules written for the
/// kinds found. After round 5: precision 0.907, recall 0.924; after round 16 (a share of subjects
/// reaching a state): 0.913 and 0.930; after round 18 (a deadline before 力争 heading its
/// paragraph): 0.914 and 0.937. New blind sets measure unseen text.
const HELD_OUT_3_MIN_PRECISION: f64 = 0.89;
const HELD_OUT_3_MIN_RECALL: f64 = 0.90;
/// Measured on `heldout4.json` (40 published passages, collected and annotated on 2026-11-29 by
/// someone who never read the drafter's code). It was measured blind once with the rules of rounds
/// 4 and 5 (201 targets: precision 0.902, recall 0.552) and is a development set from round 6 on:
/// its misses and extras were classified and general rules written for the kinds found, and six
/// expired targets restated in a progress notice moved to `ignore` (195 targets). After round 6:
/// precision 0.984, recall 0.923; after round 9: 0.984 and 0.928; after round 13 (every item of a
/// list after 、): 0.984 and 0.933; after round 18 (the count of what a plan puts forward left
/// alone): 0.989 and 0.933; after round 21 (a plan said to set a year's goals dates the sentences
/// after it): 0.989 and 0.938. New blind sets measure unseen text.
const HELD_OUT_4_MIN_PRECISION: f64 = 0.96;
const HELD_OUT_4_MIN_RECALL: f64 = 0.92;
/// Measured on `heldout5.json` (43 published passages, collected and annotated on 2026-11-29 by
/// someone who never read the drafter's code). It was measured blind with the rules of round 5
/// (227 targets: precision 0.698, recall 0.520) and of round 6 (0.724 and 0.590) and is a
/// development set from round 7 on: its misses and extras were classified and general rules written
/// for the kinds found, and one doubtful target (a total investment of promoted projects) moved to
/// `ignore` (226 targets). After round 7: precision 0.863, recall 0.695; after round 9 (practical
/// projects dated by 今年/明年, lines without punctuation, fractions, tables on their side): 0.901
/// and 0.885; after round 13 (places where the work is done): 0.905 and 0.885. New blind sets
/// measure unseen text.
const HELD_OUT_5_MIN_PRECISION: f64 = 0.89;
const HELD_OUT_5_MIN_RECALL: f64 = 0.86;
/// Measured on `heldout6.json` (30 published passages, 138 targets, collected and annotated on
/// 2026-11-29 by someone who never read the drafter's code). It was measured blind with the rules
/// of round 6 (precision 0.853, recall 0.674) and of round 7 (0.861 and 0.674) and is a
/// development set from round 8 on: its misses and extras were classified and general rules
/// written for the kinds found. After round 8: precision 0.917, recall 0.877; after round 9: 0.920
/// and 0.920. New blind sets measure unseen text.
const HELD_OUT_6_MIN_PRECISION: f64 = 0.90;
const HELD_OUT_6_MIN_RECALL: f64 = 0.90;
/// Measured on `heldout7.json` (35 published passages, 275 targets, mostly counties, districts and
/// townships, collected and annotated on 2026-11-29 by someone who never read the drafter's code),
/// blind, with the rules of round 7 (precision 0.867, recall 0.640) and of round 8 (0.881 and
/// 0.647) and of round 9 (0.883 and 0.658), neither written from it. From round 10 on it is a
/// development set: after round 10 (practical-project lists dated by their lead, undated work
/// reports dated by the year whose work they plan, lamps, signs and class hours as units):
/// precision 0.948, recall 0.796; after round 12 (竣工 as a verb of doing): 0.948 and 0.800; after
/// round 13 (a work report's list dated by the year whose work it arranges, list items after 、,
/// clauses that go on with a verb): 0.952 and 0.858; after round 21 (a plan said to set a year's
/// goals dates the sentences after it): 0.957 and 0.884. New blind sets measure unseen text.
const HELD_OUT_7_MIN_PRECISION: f64 = 0.93;
const HELD_OUT_7_MIN_RECALL: f64 = 0.84;
/// Measured on `heldout8.json` (29 published passages, 114 targets, national, provincial, municipal
/// and county text, about half in traditional characters, collected and annotated on 2026-11-29 by
/// someone who never read the drafter's code), blind, with the rules of round 9 (precision 0.845,
/// recall 0.763; 103 drafted, 87 matched) and of round 10, written from `heldout7.json` without
/// sight of it (the same figures). From round 11 on it is a development set, tuned on: after round
/// 11 (work reports and reports on a five-year plan's first year dated by their own year, years
/// whose subject will act): precision 0.887, recall 0.825; after round 13: 0.888 and 0.833. New
/// blind sets measure unseen text. The floors leave a margin below them.
const HELD_OUT_8_MIN_PRECISION: f64 = 0.87;
const HELD_OUT_8_MIN_RECALL: f64 = 0.82;
/// Measured on `heldout9.json` (25 published passages, 105 targets, mostly counties and city
/// districts, about half in traditional characters, collected and annotated on 2026-11-29 by
/// someone who never read the drafter's code), blind, with the rules of round 10 (precision 0.611,
/// recall 0.552; 95 drafted, 58 matched) and of round 11, written from `heldout8.json` without
/// sight of it (the same figures). From round 12 on it is a development set: after round 12
/// (practical-project leads that name the government, undated texts dated by the year they
/// characterise or whose work meeting they report, years and figures in Chinese digits, ROC
/// deadlines, full electrification as 100 %, figures counted up to now as reports, Hong Kong's
/// spans of fiscal years, 竣工 as a verb of doing, the candidates of a vote left out): precision
/// 0.980, recall 0.924 (99 drafted, 97 matched). New blind sets measure unseen text. The floors
/// leave a margin below them.
const HELD_OUT_9_MIN_PRECISION: f64 = 0.96;
const HELD_OUT_9_MIN_RECALL: f64 = 0.90;
/// Measured on `heldout10.json` (31 published passages, 150 targets, county, municipal, provincial
/// and national text, about half in traditional characters, collected and annotated on 2026-11-29
/// by someone who never read the drafter's code), blind, once, with the rules on `main` when it was
/// built (those of round 11: precision 0.792, recall 0.787; 149 drafted, 118 matched) and of round
/// 12, written from `heldout9.json` without sight of it (precision 0.832, recall 0.827; 149
/// drafted, 124 matched). From round 13 on it is a development set: after round 13 (results set
/// against the plan, every item of a practical-project list, 未来十年 dated by a named plan's span,
/// figures in groups of magnitudes, a year's work points and undated aims dated by their own years,
/// a figure called a year's target inside an estimate, projections by 推算, one-in-N ratios, a base
/// year's listed values, clauses that go on with a verb, changes named after their level):
/// precision 0.993, recall 0.980 (148 drafted, 147 matched). New blind sets measure unseen text.
/// The floors leave a margin below them.
const HELD_OUT_10_MIN_PRECISION: f64 = 0.97;
const HELD_OUT_10_MIN_RECALL: f64 = 0.96;
/// Measured on `heldout11.json` (28 published passages, 110 targets, county, township and street
/// office, municipal, provincial and national text, about a third in traditional characters,
/// leaning on sector plans, work points and practical-project lists, collected and annotated on
/// 2026-11-29 by someone who never read the drafter's code), blind, with the rules on `main` when
/// it was built (those of round 12: precision 0.748, recall 0.809; 119 drafted, 89 matched) and of
/// rounds 13 and 14, written without sight of it (precision 0.728, recall 0.827; 125 drafted, 91
/// matched). From round 15 on it is a development set: after round 15 (a township's 年度政府工作计划
/// and a year called a key year of the five-year plan dating the text, 截至 a year's end in an
/// undated report, the year just gone after the subject, a speaker's year gone by and its 年内,
/// rates named together and 双100% sharing a figure, counts of the items just named, of a plan's
/// framework and of the parts in brackets, suggestions gathered, amount thresholds, 去(109)年,
/// works a named project will serve, 塊 folded): precision 0.937, recall 0.945 (111 drafted, 104
/// matched). New blind sets measure unseen text. The floors leave a margin below them.
const HELD_OUT_11_MIN_PRECISION: f64 = 0.91;
const HELD_OUT_11_MIN_RECALL: f64 = 0.92;
/// Measured on `heldout12.json` (32 published passages, 109 targets, county, township and street
/// office, municipal, provincial and national text, about a third in traditional characters,
/// leaning on counties' and districts' practical projects, old-estate renewal, health targets and
/// business-environment plans, with 14 passages without targets, collected and annotated on
/// 2026-11-29 by someone who never read the drafter's code), blind, once, with the rules on
/// `main` when it was built (those of round 13: precision 0.815, recall 0.606; 81 drafted, 66
/// matched). From round 14 on it is a development set: after round 14 (a year's
/// 惠民工程 and 民心工程 read as practical projects, tables flattened one cell a line with several
/// year columns and ≥ and ≤ cells, ROC spans in a Taiwanese title, levels in μg/m3 as ceilings,
/// counts of projects pushed forward, thresholds after 过, quoted slogans, comparisons with 比,
/// reasons with 因为, 年限, 新修, 全面消除 and 全面淘汰 items, 未来五年 of a stated period, a Chinese
/// numeral after 完成, counts of the plan's own tasks, news datelines): precision 0.971, recall
/// 0.936 (105 drafted, 102 matched). New blind sets measure unseen text. The floors leave a margin
/// below them.
const HELD_OUT_12_MIN_PRECISION: f64 = 0.95;
const HELD_OUT_12_MIN_RECALL: f64 = 0.91;
/// Measured on `heldout13.json` (31 published passages, 120 targets, county, township and city
/// district, municipal, provincial and national text, about a third in traditional characters,
/// on education, culture and sports, water ecology, digital economy, grain and agriculture,
/// employment, emergency management, elderly-friendly homes, ports and logistics, with 9 passages
/// without targets, collected and annotated on 2026-11-29 by someone who never read the drafter's
/// code), blind, with the rules on `main` when it was built (those of round 13: precision 0.703,
/// recall 0.592; 101 drafted, 71 matched) and of round 14, written from `heldout12.json` without
/// sight of it (the same figures). From round 15 on it is a development set: after round 15 (an
/// undated lead on what a year will bring and a report of a year's government work report dating
/// a year's plans, counts before their noun with the verb last, released statistics and their
/// breakdowns, a year's 工作推进情况, a title looking back on an ended five-year plan, an undated
/// plan naming one five-year plan, subjects sharing a rate and 百分之百, a value a past year reached,
/// cut-off dates, ages before a noun, bracketed counts of a list, counts of the subjects of a
/// coverage aim, 数量为N个): precision 0.991, recall 0.967 (117 drafted, 116 matched). New blind sets
/// measure unseen text. The floors leave a margin below them.
const HELD_OUT_13_MIN_PRECISION: f64 = 0.96;
const HELD_OUT_13_MIN_RECALL: f64 = 0.94;
/// Measured on `heldout14.json` (35 published passages, 100 targets, county, township and city
/// district, municipal, provincial and national text, about two fifths in traditional characters,
/// on SMEs and 专精特新 firms, county commerce and rural e-commerce, consumption and tourism, rural
/// roads, forestry and grassland, the marine economy, parks, drinking water, green buildings, 5G and
/// informatization, vocational enrolment and talent, with 9 passages without targets, collected and
/// annotated on 2026-11-29 by someone who never read the drafter's code), blind, once, with the
/// rules on `main` when it was built (those of round 14: precision 0.690, recall 0.690; 100
/// drafted, 69 matched) and of round 15, written from `heldout13.json` and `heldout11.json`
/// without sight of it (the same figures). From round 16 on it is a development set: after round
/// 16 (a share of subjects reaching a state, 80%的建制村通沥青路; an undated text dated by the
/// five-year period or the year its subject will act in, or by the year it sets out to reach,
/// 实现2030年…目标; 今年 called a five-year plan's first year; 从2015年到2020年 as a span looked
/// over; a year followed by its plan, 2012年计划…; an undated briefing on completing a five-year
/// plan, 2023年前5个月, 目标提前达成 and 现在有… as reports; 突破…以上 as at least; 达兆元 and
/// 突破万亿元; places sharing one indicator's figure; 计划新增 opening a list; work items, projects
/// counted with their budget, 过千亿元 before a noun and bounds in brackets left alone):
/// precision 0.970, recall 0.980 (101 drafted, 98 matched). New blind sets measure unseen text.
/// The floors leave a margin below them.
const HELD_OUT_14_MIN_PRECISION: f64 = 0.95;
const HELD_OUT_14_MIN_RECALL: f64 = 0.95;
/// Measured on `heldout15.json` (31 published passages, 93 targets, county, street office and
/// city district, municipal, provincial and national text, about two fifths in traditional
/// characters, on science and technology, carbon peaking, fuel cells and renewables, solid waste,
/// soil and groundwater, noise, fire services, reservoirs, cultural relics, industrial parks, open
/// economy, food and work safety, public culture, sports facilities and elderly services, with 11
/// passages without targets, collected and annotated on 2026-11-29 by someone who never read the
/// drafter's code), blind, once, with the rules on `main` when it was built (those of round 15:
/// precision 0.521, recall 0.610; 117 drafted, 61 matched, with a passage on the template of the
/// 万州 seed that was then removed, unread, as too close to a seed; without it, precision 0.491,
/// recall 0.581; 110 drafted, 54 matched) and of round 16, written from `heldout14.json` without
/// sight of it (precision 0.486, recall 0.570; 109 drafted, 53 matched). From round 17 on it is a
/// development set: after round 17 (an undated report dated by the heading that arranges a year's
/// work, 2024年主要工作安排, or by the year a document requires, 文件要求,2024年在…; a deadline after a
/// colon heading its paragraph; a span of years long after the text left out of its period;
/// results under a line naming a year's changes or introducing a review, up to a line of goals;
/// 高达/仅, 统计指出, 2025年全年 and 上世纪 as told; a review ended by a subject acting in a
/// five-year period to come; 由A增至B; ranges of counts as planned; 下降幅度达; 全电动; a bare
/// year before 净零; 跃居…前N位 as aimed at; a year's quota after its verb; sets, 组; planned
/// spending, photo captions, key works and sizes bounding an attribute left alone): precision
/// 0.851, recall 0.925 (101 drafted, 86 matched). New blind sets measure unseen text. The floors
/// leave a margin below them.
const HELD_OUT_15_MIN_PRECISION: f64 = 0.83;
const HELD_OUT_15_MIN_RECALL: f64 = 0.90;
/// Measured on `heldout16.json` (31 published passages, 87 targets, county and city district,
/// municipal, provincial and national text, 18 in traditional characters, on digital government and
/// 一网通办, data elements and computing power, the low-altitude economy, standardisation, tea, seed
/// bases, high-standard farmland, pond aquaculture, meteorology, mental health, infectious and
/// parasitic disease control, blood supply, teacher training, youth employment and county and city
/// practical projects, with 8 passages without targets, collected and annotated on 2026-11-29 by
/// someone who never read the drafter's code, never used to tune it), blind, once, with the rules
/// on `main` when it was built (those of round 15: precision 0.716, recall 0.609; 74 drafted, 53
/// matched) and of rounds 16 and 17, written from `heldout14.json` and `heldout15.json` without
/// sight of it (the same figures each time). From round 18 on it is a development set: its misses
/// and extras were read and classified and general rules written for the kinds found (an undated
/// text dated by the one year it names in a date or a headline, or by the year's work points it
/// follows; a deadline before 力争 heading its paragraph; a list's deadline kept over a blank line;
/// ≥ and ≤ in running text; units of computing power and storage; bare coefficients; 预报预测 as
/// no estimate; a bracketed gloss with the subjects of a share; the quota of a task to finish; a
/// dash before a look back, 这一年, and 完成年度任务N% as results; 挹注 as spending; a figure after
/// 每 as what a rate counts per). After round 18 it measures precision 0.906, recall 0.885 (85
/// drafted, 77 matched), so it no longer measures unseen text; after round 19 (a count a verb of
/// making leads after 力争 in a text that names its year): 0.907 and 0.897 (86 drafted, 78
/// matched). The floors leave a margin below.
const HELD_OUT_16_MIN_PRECISION: f64 = 0.88;
const HELD_OUT_16_MIN_RECALL: f64 = 0.86;
/// Measured on `heldout17.json` (34 published passages, 93 targets, county and city district,
/// municipal, provincial and national text, 17 in traditional characters, on the industrial
/// internet, logistics and cold chain, airports, urban rail, sponge cities, charging, water saving,
/// river chiefs, desertification, rural toilets, rural tourism, e-sports, trade-union stations,
/// child-friendly cities, elderly meals and long-term care, with 8 passages without targets,
/// collected and annotated on 2026-11-29 by someone who never read the drafter's code, never used
/// to tune it), blind, once, with the rules on `main` when it was built (those of round 16:
/// precision 0.840, recall 0.903; 100 drafted, 84 matched) and of round 17, written from
/// `heldout15.json` without sight of it (the same figures). From round 18 on it is a development
/// set, read and classified with `heldout16.json` (a deadline before 力争 heading its paragraph, a
/// bare coefficient, a quoted plan opening with its year, a count of coverage aims naming a list,
/// the count of what a plan puts forward, a share of subjects that each have one of a thing, a text
/// opened by 今年以来 that names no aim read as a report of the year so far, statistics named in the
/// clause after 根据…指出, 完成年度任务N% as results): after round 18 it measures precision 0.989, recall
/// 0.989 (93 drafted, 92 matched), so it no longer measures unseen text. The floors leave a margin
/// below.
const HELD_OUT_17_MIN_PRECISION: f64 = 0.95;
const HELD_OUT_17_MIN_RECALL: f64 = 0.96;
/// Measured on `heldout18.json` (34 published passages, 93 targets, county and city district,
/// municipal, provincial and national text, 16 in traditional characters, on new energy storage,
/// fire safety and fire stations, forest and grassland fire, wetlands and forestry, tobacco
/// control, agricultural mechanization, aquaculture, construction waste, rural roads and bridges,
/// public culture, district heating, tourist toilets, childcare, solid waste, lifts in old estates
/// and county and district practical projects, with 8 passages without targets, collected and
/// annotated on 2026-11-29 by someone who never read the drafter's code, never used to tune it),
/// blind, once, with the rules on `main` when it was built (those of round 17: precision 0.833,
/// recall 0.860; 96 drafted, 80 matched) and with those of round 18, written without sight of it
/// (0.835 and 0.871; 97 drafted, 81 matched). From round 19 on it is a development set: its misses
/// and extras were read and classified with `heldout19.json`'s and `heldout20.json`'s, and general
/// rules were written for the causes found (see `tests/drafting/README.md`, Round 19); after round
/// 19 it measures precision 0.904, recall 0.914 (94 drafted, 85 matched), so it no longer measures
/// unseen text. The floors leave a margin below.
const HELD_OUT_18_MIN_PRECISION: f64 = 0.88;
const HELD_OUT_18_MIN_RECALL: f64 = 0.89;
/// Measured on `heldout19.json` (29 published passages, 103 targets, county, township and city
/// district, municipal, provincial and national text, 10 in traditional characters, on county and
/// district work reports and targets briefings, Chinese herbs, livestock and dairy, the understory
/// economy and forestry industry, quality cities, exhibitions, county medical communities, private
/// economy, micro and small firms, investment attraction, government services and geological
/// hazards, with 8 passages without targets, collected and annotated on 2026-11-29 by someone who
/// never read the drafter's code, never used to tune it), blind, once, with the rules on `main`
/// when it was built (those of round 17: precision 0.713, recall 0.796; 115 drafted, 82 matched)
/// and with those of round 18, written without sight of it (the same figures). From round 19 on it
/// is a development set, read and classified with `heldout18.json` and `heldout20.json`; after
/// round 19 it measures precision 0.871, recall 0.854 (101 drafted, 88 matched), so it no longer
/// measures unseen text. The floors leave a margin below.
const HELD_OUT_19_MIN_PRECISION: f64 = 0.85;
const HELD_OUT_19_MIN_RECALL: f64 = 0.83;
/// Measured on `heldout20.json` (31 published passages, 107 targets, county and city district,
/// development zone, municipal, provincial and national text, 9 in traditional characters, on
/// industrial technical renovation and equipment renewal, development zones and parks, digital
/// economy, biomedicine, robots, skills training and certificates, domestic services, green
/// building, energy and emissions, forestry and soil conservation, agriculture and county and
/// district economic aims, with 6 passages without targets, collected and annotated on 2026-11-30
/// by someone who never read the drafter's code, never used to tune it), blind, once, with the
/// rules on `main` when it was built (those of round 17: precision 0.885, recall 0.645; 78
/// drafted, 69 matched) and with those of round 18, written without sight of it (the same
/// figures). From round 19 on it is a development set, read and classified with `heldout18.json`
/// and `heldout19.json`; after round 19 it measures precision 0.988, recall 0.785 (85 drafted, 84
/// matched), so it no longer measures unseen text. The floors leave a margin below.
const HELD_OUT_20_MIN_PRECISION: f64 = 0.96;
const HELD_OUT_20_MIN_RECALL: f64 = 0.76;
/// Measured on `heldout21.json` (32 published passages, 96 targets, county, county-level city and
/// township, municipal, provincial and national text, 14 in traditional characters, on ports,
/// shipping and rail, the liquor industry, raw materials, textiles, the marine economy, funeral
/// reform, veterans' affairs, blood donation, hospitals, community facilities, e-bike and car
/// charging, mushrooms and disability, with 7 passages without targets, collected and annotated on
/// 2026-11-30 by someone who never read the drafter's code, never used to tune it), blind, once,
/// with the rules on `main` when it was built (those of round 18: precision 0.828, recall 0.854;
/// 99 drafted, 82 matched) and of round 19, written from `heldout18.json` to `heldout20.json`
/// without sight of it (the same figures). From round 20 on it is a development set, read and
/// classified with `heldout22.json`; after round 20 it measures precision 1.000, recall 1.000 (96
/// drafted, 96 matched), so it no longer measures unseen text. The floors leave a margin below.
const HELD_OUT_21_MIN_PRECISION: f64 = 0.97;
const HELD_OUT_21_MIN_RECALL: f64 = 0.97;
/// Measured on `heldout22.json` (32 published passages, 101 targets, county and city district,
/// municipal, provincial and national text, 11 in traditional characters, longer excerpts of whole
/// sections on manufacturing digital transformation, individual businesses and market entities,
/// open economy and commerce, the night economy, recycling and wastewater reuse, pumped storage,
/// minerals, expressways, metrology, intangible heritage, education, beautiful villages, county
/// agriculture, water-source quality and grain, with 3 passages without targets, collected and
/// annotated on 2026-11-30 by someone who never read the drafter's code, never used to tune it),
/// blind, once, with the rules on `main` when it was built (those of round 18: precision 0.869,
/// recall 0.851; 99 drafted, 86 matched) and of round 19, written from `heldout18.json` to
/// `heldout20.json` without sight of it (the same figures). From round 20 on it is a development
/// set, read and classified with `heldout21.json`; after round 20 it measures precision 1.000,
/// recall 0.990 (100 drafted, 100 matched), so it no longer measures unseen text. The floors leave
/// a margin below.
const HELD_OUT_22_MIN_PRECISION: f64 = 0.97;
const HELD_OUT_22_MIN_RECALL: f64 = 0.96;
/// Measured on `heldout23.json` (30 published passages, 94 targets, county, county-level city,
/// city district and township text with municipal yearly targets and two provincial passages,
/// 8 in traditional characters, on yearly economic targets, old residential compounds and lifts,
/// civil affairs, graduate employment, rural parcel delivery, fitness facilities, archives,
/// cultural relics, water use, county agriculture, food safety and transport projects, with 6
/// passages without targets, collected and annotated on 2026-11-30 by someone who never read the
/// drafter's code, never used to tune it), blind, once, with the rules on `main` at 395080c (those
/// of round 19): precision 0.888, recall 0.840; 89 drafted, 79 matched; and with those of round
/// 20, written from `heldout21.json` and `heldout22.json` without sight of it: precision 0.898,
/// recall 0.840; 88 drafted, 79 matched. From round 21 on it is a development set, read and
/// classified with `heldout24.json` to `heldout26.json`; after round 21 it measures precision
/// 0.955, recall 0.894 (88 drafted, 84 matched), so it no longer measures unseen text. The floors
/// leave a margin below.
const HELD_OUT_23_MIN_PRECISION: f64 = 0.92;
const HELD_OUT_23_MIN_RECALL: f64 = 0.86;
/// Measured on `heldout24.json` (28 published passages, 92 targets, national, provincial and
/// municipal special plans and the news that reports them, 15 in traditional characters including
/// native Hong Kong, Macau and Taiwan text, on civil aviation and airports, meteorology, postal and
/// express delivery, language work, intellectual property, archives, broadcasting, fisheries and
/// sports facilities and the sports industry, with 5 passages without targets, collected and
/// annotated on 2026-11-30 by someone who never read the drafter's code, never used to tune it),
/// blind, once, with the rules on `main` at 395080c (those of round 19): precision 0.943, recall
/// 0.891; 87 drafted, 82 matched; and with those of round 20, written from `heldout21.json` and
/// `heldout22.json` without sight of it: precision 0.954, recall 0.902; 87 drafted, 83 matched.
/// From round 21 on it is a development set, read and classified with `heldout23.json`,
/// `heldout25.json` and `heldout26.json`; after round 21 it measures precision 0.978, recall 0.946
/// (89 drafted, 87 matched), so it no longer measures unseen text. The floors leave a margin below.
const HELD_OUT_24_MIN_PRECISION: f64 = 0.95;
const HELD_OUT_24_MIN_RECALL: f64 = 0.91;
/// Measured on `heldout25.json` (28 published passages, 101 targets, county and city district,
/// municipal, provincial and national text, 7 in traditional characters, city and county work
/// plans as a portal webmaster pastes them, on rural tourism, public toilets, flowers and
/// seedlings, tea, fruit, cold chain and cold storage, county commerce, gas pipes, drainage, waste
/// sorting, legal services and mediation, with 5 passages without targets, collected and annotated
/// on 2026-11-30 by someone who never read the drafter's code, never used to tune it), blind,
/// once, with the rules on `main` at 395080c (those of round 19: precision 0.904, recall 0.842;
/// 94 drafted, 85 matched), and with those of round 20, written from `heldout21.json` and
/// `heldout22.json` without sight of it (the same figures). From round 21 on it is a development
/// set, read and classified with `heldout23.json`, `heldout24.json` and `heldout26.json`; after
/// round 21 it measures precision 0.939, recall 0.921 (99 drafted, 93 matched), so it no longer
/// measures unseen text. The floors leave a margin below.
const HELD_OUT_25_MIN_PRECISION: f64 = 0.91;
const HELD_OUT_25_MIN_RECALL: f64 = 0.89;
/// Measured on `heldout26.json` (28 published passages, 91 targets, county, municipal, provincial
/// and national text, 13 in traditional characters, news of plans as citizens meet them: press
/// conferences, congress reports, features and reposts on the low-altitude economy, hydrogen,
/// computing power, data and AI, urbanisation and settlement, rental housing, the silver economy,
/// Macau's visitors, Tibet's targets and Zhejiang's lagging counties, with 6 passages without
/// targets, collected and annotated on 2026-11-30 by someone who never read the drafter's code,
/// never used to tune it), blind, once, with the rules on `main` at 395080c (those of round 19):
/// precision 0.851, recall 0.879; 94 drafted, 80 matched; and with those of round 20, written from
/// `heldout21.json` and `heldout22.json` without sight of it: precision 0.853, recall 0.890; 95
/// drafted, 81 matched. From round 21 on it is a development set, read and classified with
/// `heldout23.json` to `heldout25.json`; after round 21 it measures precision 0.889, recall 0.967
/// (99 drafted, 88 matched), so it no longer measures unseen text. The floors leave a margin below.
const HELD_OUT_26_MIN_PRECISION: f64 = 0.86;
const HELD_OUT_26_MIN_RECALL: f64 = 0.93;
/// Measured on `heldout27.json` (26 published passages, 121 targets, county, municipal, provincial
/// and national text, 10 in traditional characters, provincial and national 十四五 and 十五五
/// special plans, outlines and annual aims on health, schools, jobs and social security, housing,
/// eldercare, disability, culture, sport and energy, with Hong Kong's housing targets and 5
/// passages without targets, collected and annotated on 2026-11-30 by someone who never read the
/// drafter's code, never used to tune it), blind, once, with the rules on `main` at 299b25f (those
/// of round 19): precision 0.837, recall 0.851; 123 drafted, 103 matched; and with those of round
/// 20, written from `heldout21.json` and `heldout22.json` without sight of it: precision 0.858,
/// recall 0.851; 120 drafted, 103 matched; and the same with those of round 21, written from
/// `heldout23.json` to `heldout26.json` without sight of it. From round 22a (branch `r22a`) on it
/// is a **development set**, read and classified with `heldout28.json` and `heldout29.json`; after
/// round 22a it measures precision 0.858, recall 0.851 (120 drafted, 103 matched), so it no longer
/// measures unseen text. The floors leave a margin below.
const HELD_OUT_27_MIN_PRECISION: f64 = 0.83;
const HELD_OUT_27_MIN_RECALL: f64 = 0.82;
/// Measured on `heldout28.json` (22 published passages, 118 targets, county, township and street,
/// municipal and Hong Kong and Macau text, 8 in traditional characters, lists of the year's
/// practical projects and livelihood items of districts, counties, townships and street offices
/// and the main expected targets of their work reports, with leads, summaries, progress notes and
/// reviews of the year gone, as portals, local news, content farms, spam mirrors and converted
/// reposts store them, with 5 passages without targets, collected and annotated on 2026-11-30 by
/// someone who never read the drafter's code, never used to tune it), blind, once, with the rules
/// on `main` at 299b25f (those of round 19): precision 0.954, recall 0.881; 109 drafted, 104
/// matched; and with those of round 20, written from `heldout21.json` and `heldout22.json` without
/// sight of it, and of round 21, written from `heldout23.json` to `heldout26.json` without sight of
/// it (the same figures). From round 22a (branch `r22a`) on it is a **development set**, read and
/// classified with `heldout27.json` and `heldout29.json`; after round 22a it measures precision
/// 0.982, recall 0.949 (114 drafted, 112 matched), so it no longer measures unseen text. The floors
/// leave a margin below.
const HELD_OUT_28_MIN_PRECISION: f64 = 0.95;
const HELD_OUT_28_MIN_RECALL: f64 = 0.92;
/// Measured on `heldout29.json` (28 published passages, 109 targets, county and municipal text,
/// 11 in traditional characters, the economy and industry plans of prefecture-level cities and
/// counties: industrial and manufacturing plans, high-tech and 专精特新 firms, investment
/// attraction with the year's tasks stated inside completion rates, agriculture industrialisation
/// and tea, and tourism, in converted reposts, document-sharing copies, mirrors and an SEO rewrite,
/// with 5 passages without targets, collected and annotated on 2026-11-30 by someone who never read
/// the drafter's code, never used to tune it), blind, once, with the rules on `main` at 5ab05c2
/// (those of round 20): precision 0.750, recall 0.633; 92 drafted, 69 matched; and with those of
/// round 21, written from `heldout23.json` to `heldout26.json` without sight of it (the same
/// figures). From round 22a (branch `r22a`) on it is a **development set**, read and classified
/// with `heldout27.json` and `heldout28.json`; after round 22a it measures precision 0.863, recall
/// 0.752 (95 drafted, 82 matched), so it no longer measures unseen text. The floors leave a margin
/// below.
const HELD_OUT_29_MIN_PRECISION: f64 = 0.83;
const HELD_OUT_29_MIN_RECALL: f64 = 0.72;
/// Measured on `heldout30.json` (28 published passages, 96 targets, county, municipal, provincial
/// and national text, 23 in traditional characters: Taiwan's government in the news, Hong Kong
/// policy addresses, budget highlights and bureau papers, Macau planning news and machine-converted
/// reposts of mainland plans with pinyin glosses, on energy transition and net zero, electric
/// vehicles and transport, elderly care, talent, water supply, tourism, housing and county
/// livelihood aims, with 6 passages without targets, collected and annotated on 2026-11-30 by
/// someone who never read the drafter's code, never used to tune it), blind, once, with the rules
/// on `main` at 5ab05c2 (those of round 20): precision 0.857, recall 0.812; 91 drafted, 78
/// matched; and with those of round 21, written from `heldout23.json` to `heldout26.json` without
/// sight of it (the same figures). From round 22b (branch `r22b`) on it is a development set,
/// read and classified with `heldout31.json` and `heldout32.json`; after round 22b it measures
/// precision 0.878, recall 0.823 (90 drafted, 79 matched), so it no longer measures unseen text.
/// The floors leave a margin below.
const HELD_OUT_30_MIN_PRECISION: f64 = 0.85;
const HELD_OUT_30_MIN_RECALL: f64 = 0.79;
/// Measured on `heldout31.json` (32 published passages, 70 targets, county, municipal, provincial
/// and national text, 25 in simplified and 7 in traditional characters, taken in the order generic
/// searches returned them rather than chosen by topic: commentary on the 十四五 and 十五五 periods,
/// work reports and plans of counties, districts, cities and provinces, a national outline, results
/// and progress reports, task-split notices, reposts with escaped HTML, pinyin glosses and
/// placeholder figures, with 19 passages without targets, collected and annotated on 2026-11-30 by
/// someone who never read the drafter's code, never used to tune it), blind, once, with the rules
/// on `main` at 177ac05 (those of round 21): precision 0.707, recall 0.829; 82 drafted, 58
/// matched. From round 22b (branch `r22b`) on it is a development set, read and classified with
/// `heldout30.json` and `heldout32.json`; after round 22b it measures precision 0.707, recall
/// 0.829 (82 drafted, 58 matched: none of the round's rules touched it), so it no longer measures
/// unseen text. The floors leave a margin below.
const HELD_OUT_31_MIN_PRECISION: f64 = 0.68;
const HELD_OUT_31_MIN_RECALL: f64 = 0.80;
/// Measured on `heldout32.json` (23 published passages, 112 targets, national, provincial,
/// municipal and county text, 11 in traditional characters: the newest plans, from 2025 and 2026 —
/// 2026 government work reports' main expected targets, the 十五五 aims of city reports, action
/// plans to 2027 and 2030 issued in 2025 (EV charging, AI industry and '人工智能+' plans, the
/// sports industry, Taiwan's AI new ten major projects) and Beijing's 2026 livelihood projects, in
/// udn and 經濟通 reports with Chinese-numeral decimals and full-width digits, converted reposts
/// with pinyin glosses and converter damage, an SEO mirror and reportify summaries, with 5 passages
/// without targets, collected and annotated on 2026-11-30 by someone who never read the drafter's
/// code, never used to tune it), blind, once, with the rules on `main` at 177ac05 (those of round
/// 21): precision 0.776, recall 0.804; 116 drafted, 90 matched. From round 22b (branch `r22b`) on
/// it is a development set, read and classified with `heldout30.json` and `heldout31.json`; after
/// round 22b it measures precision 0.812, recall 0.848 (117 drafted, 95 matched), so it no longer
/// measures unseen text. The floors leave a margin below.
const HELD_OUT_32_MIN_PRECISION: f64 = 0.78;
const HELD_OUT_32_MIN_RECALL: f64 = 0.82;
/// Measured on `heldout33.json` (24 published passages, 110 targets, provincial, municipal and
/// county text, 6 in traditional characters: the 主要目标 / 工作目标 sections of provincial and
/// municipal 行动方案 and 实施方案 issued 2021-2025, as a portal editor would paste them — industry
/// (prefab food, new materials, strategic emerging industries, equipment renewal, a draft
/// industrial plan), the digital economy, soil pollution, zero waste, bus electrification, the
/// silver economy, agri-processing, eco-tourism, culture industries, common prosperity, a
/// district's five-year aims and a city's livelihood projects, with 4 passages without targets,
/// collected and annotated on 2026-11-30 by someone who never read the drafter's code, never used
/// to tune it), blind, once, with the rules on `main` at e7a849f (those of round 21): precision
/// 0.782, recall 0.782; 110 drafted, 86 matched; and the same with those of rounds 22a and 22b,
/// written from `heldout27.json` to `heldout32.json` without sight of it. From round 23a (branch
/// `r23a`) on it is a development set, read and classified with `heldout34.json`; after round 23a
/// it measures precision 0.888, recall 0.864 (107 drafted, 95 matched), so it no longer measures
/// unseen text. The floors leave a margin below.
const HELD_OUT_33_MIN_PRECISION: f64 = 0.85;
const HELD_OUT_33_MIN_RECALL: f64 = 0.83;
/// Measured on `heldout34.json` (22 published passages, 122 targets, leaning on counties and city
/// districts: 十四五 aims of a district report written as prose, county 十一五 and 十二五 goals (a
/// plan page, a district gazetteer, a congress report), yearly expected targets of a banner, a
/// district's 2025 policies and GDP aims to 2030, a county's 十四五 education indicator table
/// flattened one cell a paragraph, a machine-written explainer, lists of practical projects (a
/// glossed traditional repost, a draft put out for comment, news of congress votes), 4 in
/// traditional characters, with 6 passages without targets: reviews, a results briefing with 預計
/// estimates, a speech with placeholder figures and a completion notice, collected and annotated
/// on 2026-11-30 by someone who never read the drafter's code, never used to tune it), blind, once,
/// with the rules on `main` at e7a849f (those of round 21): precision 0.857, recall 0.639; 91
/// drafted, 78 matched; and with those of rounds 22a and 22b, written from `heldout27.json` to
/// `heldout32.json` without sight of it: precision 0.876, recall 0.639; 89 drafted, 78 matched. A
/// 23rd passage, 江津's aims for 今后五年, was dropped after measuring: `heldout33.json`, built at
/// the same time, holds the same page. From round 23a (branch `r23a`) on it is a development set,
/// read and classified with `heldout33.json`; after round 23a it measures precision 0.943, recall
/// 0.811 (105 drafted, 99 matched), so it no longer measures unseen text. The floors leave a
/// margin below.
const HELD_OUT_34_MIN_PRECISION: f64 = 0.91;
const HELD_OUT_34_MIN_RECALL: f64 = 0.78;
/// Measured on `heldout35.json` (25 published passages, 99 targets, national, provincial and
/// municipal text, 10 in traditional characters: sector plans of ministries and provinces from
/// 2016 to 2026 — energy, water, transport, education, culture and tourism, agriculture, ecology,
/// science and technology — with 十三五 plans to 2020 and aims to 2030 and 2035, in converted
/// reposts with glosses and mojibake, spun rewrites, a forum indicator table with anti-copy junk
/// and Chinese-numeral years, with 6 passages without targets, collected and annotated on
/// 2026-11-30 by someone who never read the drafter's code, never used to tune it), blind, once,
/// with the rules on `main` at e7a849f (those of round 21): precision 0.797, recall 0.636; 79
/// drafted, 63 matched; and the same with those of rounds 22a and 22b, written from
/// `heldout27.json` to `heldout32.json` without sight of it. From round 23b (branch `r23b`) on it
/// is a development set; after round 23b it measures precision 0.989, recall 0.889 (89 drafted, 88
/// matched), so it no longer measures unseen text. The floors leave a margin below.
const HELD_OUT_35_MIN_PRECISION: f64 = 0.96;
const HELD_OUT_35_MIN_RECALL: f64 = 0.86;
/// Measured on `heldout36.json` (25 published passages, 94 targets, national, provincial and
/// municipal plans issued 2022 to 2026 with aims to 2025, 2027 and 2030: the national
/// equipment-renewal and trade-in plans, Gansu's industrial equipment renewal, AI plans (Anhui,
/// the eight departments' '人工智能+制造' with a flattened goals table, Zhengzhou, a Zhejiang
/// city), low-altitude economy plans (Henan, Sichuan, Hubei), carbon peaking (Jiangmen,
/// Guangdong, Zhejiang's industry, Jiangsu's construction sector as a spaced PDF text layer),
/// energy and the silver economy, 14 in traditional characters, in glossed and spun reposts, with
/// 5 passages without targets: trade-in results, 十五五 proposal openings and a forecast, collected
/// and annotated on 2026-11-30 by someone who never read the drafter's code, never used to tune
/// it), blind, once, with the rules on `main` at e7a849f (those of round 21): precision 0.853,
/// recall 0.862; 95 drafted, 81 matched (measured at 50b7f87, whose rules are those of e7a849f);
/// and with those of rounds 22a and 22b, written from `heldout27.json` to `heldout32.json` without
/// sight of it: precision 0.862, recall 0.862; 94 drafted, 81 matched; and the same with those of
/// rounds 23a and 23b, written from `heldout33.json` to `heldout35.json` without sight of it. From
/// round 24a (branch `r24a`) on it is a development set, read and classified with `heldout37.json`;
/// after round 24a it measures precision 0.862, recall 0.862 (94 drafted, 81 matched: none of its
/// causes was fixed), so it no longer measures unseen text. The floors leave a margin below them.
const HELD_OUT_36_MIN_PRECISION: f64 = 0.83;
const HELD_OUT_36_MIN_RECALL: f64 = 0.83;
/// Measured on `heldout37.json` (25 published passages, 125 targets, municipal text and one
/// provincial opinion on a city, all in simplified characters: plans and work documents of
/// 2019-2026 from cities of the west, the north-east and the centre — government work reports'
/// main expected targets and year tasks (Kunming, Xi'an, Shenyang, Mianyang, Shizuishan, Nanning,
/// Harbin, Changchun, Zhengzhou, Baotou), a city plan, action and special plans (Changsha's
/// 强省会 plan to 2026, Zhengzhou's city construction, Suining's lithium batteries, Zhuzhou's
/// 十四五 outline, Kunming's opinions) and livelihood-project lists (Lanzhou, Nanchang), in news
/// reposts with captions, bylines, portal metadata and mirror damage, with 6 passages without
/// targets, collected and annotated on 2026-11-30 by someone who never read the drafter's code,
/// never used to tune it), blind, once, with the rules on `main` at e7a849f (those of round 21):
/// precision 0.732, recall 0.872; 149 drafted, 109 matched (measured at 584a02d, whose rules are
/// those of e7a849f); and the same with those of rounds 22a and 22b, written from `heldout27.json`
/// to `heldout32.json` without sight of it, and with those of rounds 23a and 23b, written from `heldout33.json` to `heldout35.json` without sight of it.
/// From round 24a (branch `r24a`) on it is a development set, read and classified with
/// `heldout36.json`; after round 24a it measures precision 0.822, recall 0.960 (146 drafted, 120
/// matched), so it no longer measures unseen text. The floors leave a margin below them.
const HELD_OUT_37_MIN_PRECISION: f64 = 0.79;
const HELD_OUT_37_MIN_RECALL: f64 = 0.93;
/// Measured on `heldout38.json` (21 published passages, 111 targets, provincial, municipal and
/// county text, 4 in traditional characters: the 发展目标 / 主要目标 part and the first tasks of
/// 行动方案, 实施方案, 专项规划 and work-report task breakdowns issued 2018 to 2026 — TCM industry,
/// green computing, textiles, ocean economy, tourism, Yangtze-delta integration, 十五五 aims to 2030,
/// a county indicator table with 2023, 2025 and 2027 columns — in forum, mirror and spam-injected
/// reposts, with 4 passages without targets, collected and annotated on 2026-11-30 by someone who
/// never read the drafter's code, never used to tune it), blind, once, with the rules on `main` at
/// be71ea9 (those of rounds 22a and 22b): precision 0.899, recall 0.640; 79 drafted, 71 matched
/// (the same with those of round 21, e7a849f). With those of rounds 23a and 23b, written from `heldout33.json` to `heldout35.json` without sight of it, as
/// first merged: precision 0.797, recall 0.568 (63 matched), one passage dated whole by the years to
/// come one of its tasks names; that reading was narrowed with this set as a validation set, and it
/// measures 0.899 and 0.640 again. From round 24b (branch `r24b`) on it is a development set, read
/// and classified with `heldout39.json`; after round 24b it measures precision 0.969, recall 0.847
/// (97 drafted, 94 matched), so it no longer measures unseen text. The floors leave a margin below.
const HELD_OUT_38_MIN_PRECISION: f64 = 0.94;
const HELD_OUT_38_MIN_RECALL: f64 = 0.82;
/// Measured on `heldout39.json` (23 published passages, 81 targets, national, provincial,
/// municipal and county text, 7 in traditional characters: news and government-website reports
/// about plans — press conferences and 政策解读 restating a plan's targets, wire and newspaper
/// reports of an action plan being issued, reports and commentaries on work reports, reposts with
/// glosses, an English-mixed copy and Taiwanese reports — from 2020 to 2026, with 6 passages of
/// the same kind of news without targets, collected and annotated on 2026-11-30 by someone who
/// never read the drafter's code, never used to tune it), blind, once: precision 0.716, recall
/// 0.654; 74 drafted, 53 matched. That measure was meant for the rules at be71ea9 (rounds 22a and
/// 22b), but a build folder shared with another builder ran those of round 21 (e7a849f; the same
/// figures again there). With the rules of rounds 22a and 22b, written from `heldout27.json` to
/// `heldout32.json` without sight of it: precision 0.779, recall 0.654; 68 drafted, 53 matched; and
/// the same with those of rounds 23a and 23b, written from `heldout33.json` to `heldout35.json` without sight of it.
/// From round 24b (branch `r24b`) on it is a development set, read and classified with
/// `heldout38.json`; after round 24b it measures precision 0.910, recall 0.877 (78 drafted, 71
/// matched), so it no longer measures unseen text. The floors leave a margin below.
const HELD_OUT_39_MIN_PRECISION: f64 = 0.88;
const HELD_OUT_39_MIN_RECALL: f64 = 0.85;
/// Measured on `heldout40.json` (19 published passages, 69 targets, provincial, municipal and
/// county text, 9 in traditional characters: the 主要目标 paragraphs and indicator lists of
/// provincial and municipal 十四五 special plans, three-year action plans to 2027 and opinions to
/// 2035 — waste and sanitation, community services, education, transport and new infrastructure,
/// water and housing — in government-site copies, news reports and converted reposts with glosses,
/// with 5 passages without targets, collected and annotated on 2026-11-30 by someone who never read
/// the drafter's code, never used to tune it), blind, once, with the rules on `main` at 3c125b4
/// (those of rounds 23a and 23b): precision 0.803, recall 0.884; 76 drafted,
/// 61 matched; and the same with those of rounds 24a and 24b, written from `heldout36.json` to `heldout39.json`
/// without sight of it. From round 25a (branch `r25a`) on it is a development set, read and
/// classified with `heldout41.json`; after round 25a it measures precision 0.890, recall 0.942 (73
/// drafted, 65 matched), so it no longer measures unseen text. The floors leave a margin below.
const HELD_OUT_40_MIN_PRECISION: f64 = 0.86;
const HELD_OUT_40_MIN_RECALL: f64 = 0.91;
/// Measured on `heldout41.json` (23 published passages, 110 targets, county, municipal and
/// provincial text, 3 in traditional characters, leaning on counties and districts of provinces
/// the earlier sets cover less — Inner Mongolia, Yunnan, Guangxi, Jiangxi, Hainan, Guizhou,
/// Xinjiang, Fujian: county and banner reports' main expected targets of 2023 and 2024, a
/// county-level city's 2026 livelihood tasks on a newspaper e-page, a county's ten practical
/// projects for 2025, a district's 2023 practical-projects table with injected spam, city and
/// league plans of 2024 to 2026 and 十四五/2035 aims, provincial targets and livelihood works of
/// the same provinces, in reposts with page chrome, hotline numbers and conversion glosses, with
/// 5 passages without targets: county reviews and a completion report, collected and annotated
/// on 2026-11-30 by someone who never read the drafter's code, never used to tune it), blind,
/// once, with the rules on `main` at 3c125b4 (those of rounds 23a and 23b): precision 0.865, recall
/// 0.818; 104 drafted, 90 matched; and the same with those of rounds 24a and 24b, written from
/// `heldout36.json` to `heldout39.json` without sight of it. From round 25a (branch `r25a`) on it
/// is a development set, read and classified with `heldout40.json`; after round 25a it measures
/// precision 0.908, recall 0.900 (109 drafted, 99 matched), so it no longer measures unseen text.
/// The floors leave a margin below.
const HELD_OUT_41_MIN_PRECISION: f64 = 0.88;
const HELD_OUT_41_MIN_RECALL: f64 = 0.87;
/// Measured on `heldout42.json` (30 published passages, 71 targets, national and provincial
/// text, 20 in traditional characters: Hong Kong's policy addresses and bureau aims, Macau's
/// five-year and environmental plans and the Hengqin master plan, Taiwan's Executive Yuan and
/// ministry aims with ROC years (national development plans' macro targets, solar and offshore
/// wind, food self-sufficiency, tourism, road safety), mainland plans in traditional reposts with
/// pinyin glosses, and simplified copies of the same kinds of text, with 5 passages without
/// targets, collected and annotated on 2026-11-30 by someone who never read the drafter's code,
/// never used to tune it), blind, once, with the rules on `main` at 3c125b4 (those of rounds 23a
/// and 23b): precision 0.524, recall 0.465; 63 drafted, 33 matched;
/// and the same with those of rounds 24a and 24b, written from `heldout36.json` to `heldout39.json`
/// without sight of it. From round 25b (branch `r25b`) on it is a development set, read and
/// classified alone; after round 25b it measures precision 0.574, recall 0.549 (68 drafted, 39
/// matched), so it no longer measures unseen text. The floors leave a margin below.
const HELD_OUT_42_MIN_PRECISION: f64 = 0.54;
const HELD_OUT_42_MIN_RECALL: f64 = 0.52;
/// Measured on `heldout43.json` (26 published passages, 94 targets, all national text, 8 in
/// traditional characters: State Council and ministry 通知, 意见, 行动方案, 实施方案 and 十四五
/// special plans with quantified aims for 2023 to 2035 — MIIT and joint multi-ministry plans, NDRC,
/// MEE, MARA, the transport ministry, MOE and NHC, MOFCOM, MOHURD — in gov.cn-style pages, news
/// reposts, Hong Kong and Taiwan reports and converted reposts with glosses and mojibake, with 5
/// passages without targets: progress briefings and reviews that restate only results or
/// estimates, and an opinion whose aims carry no number, collected and annotated on 2026-11-30 by
/// someone who never read the drafter's code, never used to tune it), blind, once, with the rules
/// on `main` at f46815a (those of rounds 23a and 23b): precision 0.850, recall 0.904; 100 drafted, 85
/// matched; and the same with those of rounds 24a and 24b, written from `heldout36.json` to
/// `heldout39.json` without sight of it. The floors leave a margin below them.
/// With those of rounds 25a and 25b, written from `heldout40.json` to `heldout42.json` without
/// sight of it, the same.
/// With those of round 26, written from `heldout45.json`, `heldout46.json` and `heldout48.json`
/// without sight of it, the same.
const HELD_OUT_43_MIN_PRECISION: f64 = 0.82;
const HELD_OUT_43_MIN_RECALL: f64 = 0.87;
/// Measured on `heldout44.json` (26 published passages, 66 targets, national, provincial,
/// municipal and county text, 9 in traditional characters: a less chosen sample, the first usable
/// unused page of each of thirty-one generic searches of the stored pages — essays and Q&A pages
/// on the 十四五, 十五五 and 2035 goals, county and provincial plan sections, Shandong's coal plan
/// and the national urbanisation and water resources plans in reposts, city investment aims, a
/// district's livelihood-projects table, Taiwan's 2030 NDC upgrade, in glossed traditional
/// reposts, spam mirrors and a blog, with 13 passages without targets: meeting notes, reviews,
/// results news, a report's contents, a template and a policy framework without figures,
/// collected and annotated on 2026-11-30 by someone who never read the drafter's code, never used
/// to tune it), blind, once, with the rules on `main` at 74dd666 (those of rounds 23a and 23b):
/// precision 0.727, recall 0.848; 77 drafted, 56 matched; and the same with those of rounds 24a
/// and 24b, written from `heldout36.json` to `heldout39.json` without sight of it. The floors leave
/// a margin below them.
/// With those of rounds 25a and 25b, written from `heldout40.json` to `heldout42.json` without
/// sight of it, the same.
/// With those of round 26, written from `heldout45.json`, `heldout46.json` and `heldout48.json`
/// without sight of it, the same.
const HELD_OUT_44_MIN_PRECISION: f64 = 0.69;
const HELD_OUT_44_MIN_RECALL: f64 = 0.81;
/// Measured on `heldout45.json` (22 published passages, 90 targets, municipal, provincial and
/// national text of the east and south, 7 in traditional characters: action-plan aims and yearly
/// targets of cities in Jiangsu, Zhejiang, Guangdong, Shandong and Anhui issued 2018 to 2026 —
/// Qingdao's green low-carbon three-year plan, Taizhou's city-quality three-year plan draft, Hefei's
/// energy and industrial aims, Jinan's 十五五 industrial chains, Zhejiang's digital-economy and
/// Anhui's village aims to 2027, the NDRC's Jiangsu coastal plan, the main expected targets of
/// Suzhou, Hefei, Guangzhou, Dongguan and Qingdao work reports, Shaoxing's key-work table with
/// first-quarter progress — in government-site copies, WeChat-style and spam-glyph reposts and
/// converted mirrors with glosses, with 6 passages without targets, collected and annotated on
/// 2026-11-30 by someone who never read the drafter's code, never used to tune it), blind, once,
/// with the rules on `main` at a067b16 (those of rounds 24a and 24b): precision 0.722, recall 0.633;
/// 79 drafted, 57 matched. The floors leave a margin below them.
/// With those of rounds 25a and 25b, written from `heldout40.json` to `heldout42.json` without
/// sight of it, the same. From round 26 (branch `r26`) on it is a **development set**, read and
/// classified; after round 26 it measures precision 0.835, recall 0.733 (79 drafted, 66 matched),
/// so it no longer measures unseen text.
const HELD_OUT_45_MIN_PRECISION: f64 = 0.80;
const HELD_OUT_45_MIN_RECALL: f64 = 0.70;
/// Measured on `heldout46.json` (21 published passages, 105 targets, provincial, municipal and
/// county text, 8 in traditional characters: departments' yearly documents — bureau work plans and
/// work points, work meetings and press conferences reported in the news, task tables with
/// quarterly progress, provincial housing plans, for education, health, agriculture, commerce,
/// housing, eco-environment, culture and tourism, human resources and civil affairs, 2021 to 2026,
/// with 5 passages without targets: results reviews and meeting reports that give only last year's
/// figures, collected and annotated on 2026-11-30 by someone who never read the drafter's code,
/// never used to tune it), blind, once, with the rules on `main` at a067b16 (those of rounds 24a
/// and 24b): precision 0.817, recall 0.552; 71 drafted, 58 matched. The floors leave a margin below
/// them.
/// With those of rounds 25a and 25b, written from `heldout40.json` to `heldout42.json` without
/// sight of it, the same. From round 26 (branch `r26`) on it is a **development set**, read and
/// classified; after round 26 it measures precision 0.892, recall 0.629 (74 drafted, 66 matched),
/// so it no longer measures unseen text.
const HELD_OUT_46_MIN_PRECISION: f64 = 0.86;
const HELD_OUT_46_MIN_RECALL: f64 = 0.60;
/// Measured on `heldout47.json` (24 published passages, 91 targets, national, provincial,
/// municipal and county text, 7 in traditional characters: plan text on topics the earlier sets
/// have little of — fitness and the sports industry, elderly care and childcare places, food
/// safety, meteorology, forestry and grassland, soil and water conservation, archives, grain
/// reserves, rural express delivery, disabled persons — from 2019 to 2026, in government pages, a
/// PDF indicator box with runs of spaces, a masked PDF extract, tag pages and converted spam
/// mirrors with glosses and mojibake, with 5 passages without targets, collected and annotated on
/// 2026-11-30 by someone who never read the drafter's code, never used to tune it), blind, once,
/// with the rules on `main` at 40352fb (those of rounds 24a and 24b, with round 25b): precision
/// 0.759, recall 0.725; 87 drafted, 66 matched. The floors leave a margin below them.
/// With those of round 25a, written from `heldout40.json` and `heldout41.json` without sight of
/// it, the same.
/// With those of round 26, written from `heldout45.json`, `heldout46.json` and `heldout48.json`
/// without sight of it, the same.
const HELD_OUT_47_MIN_PRECISION: f64 = 0.72;
const HELD_OUT_47_MIN_RECALL: f64 = 0.69;
/// Measured on `heldout48.json` (22 published passages, 99 targets, county, municipal and
/// provincial text, 6 in traditional characters: plans as a data editor pastes them from saved
/// pages and PDFs, page furniture left in — breadcrumbs, 发布时间/来源/浏览次数/字号 lines, share
/// buttons and comment boxes, index-number blocks, spam headers of mirrors, conversion glosses,
/// paragraphs run together, a task table flattened to one cell a line — with the aims of work
/// reports, practical-project lists, action plans and news items of 2018 to 2026, and 5 passages
/// without targets: a meeting page, a report on completed projects, a plan report's results
/// opening, a progress notice and a plan's table of contents from a PDF, collected and annotated
/// on 2026-11-30 by someone who never read the drafter's code, never used to tune it), blind,
/// once, with the rules on `main` at 40352fb (those of rounds 24a and 24b, with round 25b):
/// precision 0.889, recall 0.646; 72 drafted, 64 matched. The floors leave a margin below them.
/// With those of round 25a, written from `heldout40.json` and `heldout41.json` without sight of
/// it, the same. From round 26 (branch `r26`) on it is a **development set**, read and
/// classified; after round 26 it measures precision 0.889, recall 0.646 (72 drafted, 64 matched,
/// unchanged), so it no longer measures unseen text.
const HELD_OUT_48_MIN_PRECISION: f64 = 0.85;
const HELD_OUT_48_MIN_RECALL: f64 = 0.61;
/// Measured on `heldout49.json` (18 published passages, 73 targets, county, municipal and
/// provincial text, 7 in traditional characters: the 主要目标/工作目标/发展目标 paragraphs of action
/// plans, implementation plans, outlines and work reports of provinces, cities and counties of
/// 2020 to 2026 as a portal webmaster pastes them — big5 gateway pages, glossed spam mirrors,
/// document-sharing PDF extracts — and 5 passages without targets: a mid-term review, a meeting
/// report, a speech with estimates, a plan report's results opening and a progress report,
/// collected and annotated on 2026-11-30 by someone who never read the drafter's code, never used
/// to tune it), blind, once, with the rules on `main` at 9b5a489 (those of round 26): precision
/// 0.949, recall 0.767; 59 drafted, 56 matched. The floors leave a margin below them.
const HELD_OUT_49_MIN_PRECISION: f64 = 0.91;
const HELD_OUT_49_MIN_RECALL: f64 = 0.73;
/// Measured on `heldout50.json` (21 published passages, 29 targets, national, provincial,
/// municipal and county text, 6 in traditional characters: a less chosen sample, the first usable
/// page not already used of each of twenty-five generic searches of the stored pages, whatever
/// its topic, level or script — work reports' expected targets (Shandong 2013, Guangdong 2024),
/// Beijing's master plan in a bilingual page, Taiwan's ministry and new-energy aims, the 2019
/// highway aims, a city's 2026 industry tasks, a town work-plan template — and 13 passages without
/// targets: essays, plan openings, a table of contents, progress and results pages, a speech and a
/// slide deck, collected and annotated on 2026-11-30 by someone who never read the drafter's code,
/// never used to tune it), blind, once, with the rules on `main` at 0fd6183 (those of round 26):
/// precision 0.737, recall 0.966; 38 drafted, 28 matched. The floors leave a margin below them.
const HELD_OUT_50_MIN_PRECISION: f64 = 0.70;
const HELD_OUT_50_MIN_RECALL: f64 = 0.93;
/// Measured on `heldout51.json` (22 published passages, 90 targets, provincial, municipal and
/// county text, 5 in traditional characters: the goal sections and main expected targets of places
/// the earlier sets cover least — Liaoning's eco-economy plan, 14th outline and three-year action
/// plan, Jilin's 2026 and Changchun's 2025 targets, Harbin's and a Qiqihar district's targets, the
/// Heilongjiang border plan's 2025 aims, Cangzhou, Gansu's 14th outline and Jiuquan, Tibet's 14th
/// proposal and 2026 report, Guangxi's 2021 targets and Liuzhou, Ordos' 2023 plan — in mirrors
/// that keep bracketed simplified forms, content farms and newspaper summaries, and 6 passages
/// without targets: work-report reviews, a results press conference and a party-congress aim with
/// no year, collected and annotated on 2026-11-30 by someone who never read the drafter's code,
/// never used to tune it), blind, once, with the rules on `main` at 87cbae4 (the rules of round 26,
/// split into files, with the learned confidence): precision 0.846, recall 0.733; 78 drafted, 66
/// matched. The floors leave a margin below them.
const HELD_OUT_51_MIN_PRECISION: f64 = 0.81;
const HELD_OUT_51_MIN_RECALL: f64 = 0.70;
/// Measured on `heldout52.json` (23 published passages, 100 targets, national, provincial,
/// municipal and county text, 6 in traditional characters: news and WeChat-style reposts restating
/// the targets of 2023-2026 work reports and plans — 今年 and 2025/2026 targets of city, district
/// and county reports, provincial aims (Yunnan's sojourn tourism, Gansu's grain, Sichuan's transport,
/// Guangdong's 十五五 growth, a round-up of 2026 employment aims), 到2027年 targets as papers restate
/// them (Chongqing, Zhejiang) and a district's reply to a deputy — with their page noise (an
/// injected gambling keyword, a synonym-spun repost, comment-box templates, e-paper mastheads,
/// converter glosses), and 6 passages without targets, collected and annotated on 2026-11-30 by
/// someone who never read the drafter's code, never used to tune it), blind, once, with the rules
/// on `main` at 87cbae4 (the rules of round 26, split into files, with the learned confidence):
/// precision 0.807, recall 0.710; 88 drafted, 71 matched. The floors leave a margin below them.
const HELD_OUT_52_MIN_PRECISION: f64 = 0.77;
const HELD_OUT_52_MIN_RECALL: f64 = 0.68;
/// Measured on `heldout53.json` (25 published passages, 106 targets: the text of plans as
/// governments publish them — 行动方案, 实施方案, three-year action plans, work plans and the goal
/// sections of five-year and sector plans of provinces, cities and counties on industry, pharma and
/// health, commerce, e-commerce, agriculture, water, tourism, urban services, employment and
/// population, 8 of them in converted traditional characters, 18 with page noise — and 5 passages
/// without targets, collected and annotated on 2026-11-30 by someone who never read the drafter's
/// code, never used to tune it), blind, once, with the rules on `main` at 6bcd566 (those of round
/// 27): precision 0.725, recall 0.623; 91 drafted, 66 matched (undated 0.716 and 0.594). The floors
/// leave a margin below them.
const HELD_OUT_53_MIN_PRECISION: f64 = 0.69;
const HELD_OUT_53_MIN_RECALL: f64 = 0.59;
/// Measured on `heldout54.json` (19 published passages, 73 targets: work reports' expected targets
/// of provinces, cities, counties and street offices, lists of practical projects, yearly work
/// points, and reposts by Hong Kong, Macau and Taiwan media of mainland targets and of their own
/// governments' (policy addresses, a housing forecast, Taichung's climate aims), 12 of them in
/// traditional characters, 8 with page noise, and 4 passages without targets, collected and
/// annotated on 2026-11-30 by someone who never read the drafter's code, never used to tune it),
/// blind, once, with the rules on `main` at 6bcd566 (those of round 27): precision 0.629, recall
/// 0.534; 62 drafted, 39 matched (undated the same). The floors leave a margin below them.
const HELD_OUT_54_MIN_PRECISION: f64 = 0.59;
const HELD_OUT_54_MIN_RECALL: f64 = 0.50;

#[test]
fn passages_precision_and_recall() {
    // DRAFT_PASSAGES names another file of the same format (e.g. an older version of the set).
    let path = std::env::var_os("DRAFT_PASSAGES")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| sets::folder().join("passages.json"));
    let (precision, recall) = score(&path);
    assert!(
        precision >= MIN_PRECISION,
        "precision {precision:.3} below the measured floor {MIN_PRECISION}"
    );
    assert!(
        recall >= MIN_RECALL,
        "recall {recall:.3} below the measured floor {MIN_RECALL}"
    );
}

/// The held-out set (`tests/drafting/heldout.json`): passages never used to tune the rules, so
/// its figures are what a new plan can expect. Its floors hold what was measured.
#[test]
fn held_out_precision_and_recall() {
    hold("heldout.json", HELD_OUT_MIN_PRECISION, HELD_OUT_MIN_RECALL);
}

/// The second held-out set (`tests/drafting/heldout2.json`): passages composed in the style of
/// real plans, with answers written by reading them, before the rules of issue 11 were written.
#[test]
fn second_held_out_precision_and_recall() {
    hold(
        "heldout2.json",
        HELD_OUT_2_MIN_PRECISION,
        HELD_OUT_2_MIN_RECALL,
    );
}

/// The third set (`tests/drafting/heldout3.json`): published passages collected and annotated by
/// someone who never read the drafter's code, measured blind once (round 4) and used for
/// development from round 5 on.
#[test]
fn third_held_out_precision_and_recall() {
    hold(
        "heldout3.json",
        HELD_OUT_3_MIN_PRECISION,
        HELD_OUT_3_MIN_RECALL,
    );
}

/// The fourth set (`tests/drafting/heldout4.json`): published passages collected and annotated by
/// someone who never read the drafter's code, measured blind once (rounds 4 and 5) and used for
/// development from round 6 on.
#[test]
fn fourth_held_out_precision_and_recall() {
    hold(
        "heldout4.json",
        HELD_OUT_4_MIN_PRECISION,
        HELD_OUT_4_MIN_RECALL,
    );
}

/// The fifth set (`tests/drafting/heldout5.json`): published passages collected and annotated by
/// someone who never read the drafter's code, measured blind twice (rounds 5 and 6) and used for
/// development from round 7 on.
#[test]
fn fifth_held_out_precision_and_recall() {
    hold(
        "heldout5.json",
        HELD_OUT_5_MIN_PRECISION,
        HELD_OUT_5_MIN_RECALL,
    );
}

/// The sixth set (`tests/drafting/heldout6.json`): published passages collected and annotated by
/// someone who never read the drafter's code, measured blind twice (rounds 6 and 7) and used for
/// development from round 8 on.
#[test]
fn sixth_held_out_precision_and_recall() {
    hold(
        "heldout6.json",
        HELD_OUT_6_MIN_PRECISION,
        HELD_OUT_6_MIN_RECALL,
    );
}

/// The seventh set (`tests/drafting/heldout7.json`): published passages collected and annotated by
/// someone who never read the drafter's code, measured blind three times (rounds 7 to 9) and used
/// for development from round 10 on.
#[test]
fn seventh_held_out_precision_and_recall() {
    hold(
        "heldout7.json",
        HELD_OUT_7_MIN_PRECISION,
        HELD_OUT_7_MIN_RECALL,
    );
}

/// The eighth set (`tests/drafting/heldout8.json`): published passages collected and annotated by
/// someone who never read the drafter's code, measured blind twice (rounds 9 and 10) and used for
/// development from round 11 on.
#[test]
fn eighth_held_out_precision_and_recall() {
    hold(
        "heldout8.json",
        HELD_OUT_8_MIN_PRECISION,
        HELD_OUT_8_MIN_RECALL,
    );
}

/// The ninth set (`tests/drafting/heldout9.json`): published passages collected and annotated by
/// someone who never read the drafter's code, measured blind twice (rounds 10 and 11) and used for
/// development from round 12 on.
#[test]
fn ninth_held_out_precision_and_recall() {
    hold(
        "heldout9.json",
        HELD_OUT_9_MIN_PRECISION,
        HELD_OUT_9_MIN_RECALL,
    );
}

/// The tenth set (`tests/drafting/heldout10.json`): published passages collected and annotated by
/// someone who never read the drafter's code, measured blind twice (rounds 11 and 12) and used for
/// development from round 13 on.
#[test]
fn tenth_held_out_precision_and_recall() {
    hold(
        "heldout10.json",
        HELD_OUT_10_MIN_PRECISION,
        HELD_OUT_10_MIN_RECALL,
    );
}

/// The eleventh set (`tests/drafting/heldout11.json`): published passages collected and annotated
/// by someone who never read the drafter's code, measured blind (rounds 12 to 14) and used
/// for development from round 15 on.
#[test]
fn eleventh_held_out_precision_and_recall() {
    hold(
        "heldout11.json",
        HELD_OUT_11_MIN_PRECISION,
        HELD_OUT_11_MIN_RECALL,
    );
}

/// The twelfth set (`tests/drafting/heldout12.json`): published passages collected and annotated
/// by someone who never read the drafter's code, measured blind once (round 13) and used for
/// development from round 14 on.
#[test]
fn twelfth_held_out_precision_and_recall() {
    hold(
        "heldout12.json",
        HELD_OUT_12_MIN_PRECISION,
        HELD_OUT_12_MIN_RECALL,
    );
}

/// The thirteenth set (`tests/drafting/heldout13.json`): published passages collected and annotated
/// by someone who never read the drafter's code, measured blind (rounds 13 and 14) and used for
/// development from round 15 on.
#[test]
fn thirteenth_held_out_precision_and_recall() {
    hold(
        "heldout13.json",
        HELD_OUT_13_MIN_PRECISION,
        HELD_OUT_13_MIN_RECALL,
    );
}

/// The fourteenth set (`tests/drafting/heldout14.json`): published passages collected and
/// annotated by someone who never read the drafter's code, measured blind (rounds 14 and 15) and
/// used for development from round 16 on.
#[test]
fn fourteenth_held_out_precision_and_recall() {
    hold(
        "heldout14.json",
        HELD_OUT_14_MIN_PRECISION,
        HELD_OUT_14_MIN_RECALL,
    );
}

/// The fifteenth held-out set (`tests/drafting/heldout15.json`): published passages collected and
/// annotated by someone who never read the drafter's code, measured once and never tuned on.
#[test]
fn fifteenth_held_out_precision_and_recall() {
    hold(
        "heldout15.json",
        HELD_OUT_15_MIN_PRECISION,
        HELD_OUT_15_MIN_RECALL,
    );
}

/// The sixteenth held-out set (`tests/drafting/heldout16.json`): published passages collected and
/// annotated by someone who never read the drafter's code, measured once and never tuned on.
#[test]
fn sixteenth_held_out_precision_and_recall() {
    hold(
        "heldout16.json",
        HELD_OUT_16_MIN_PRECISION,
        HELD_OUT_16_MIN_RECALL,
    );
}

/// The seventeenth held-out set (`tests/drafting/heldout17.json`): published passages collected and
/// annotated by someone who never read the drafter's code, measured once and never tuned on.
#[test]
fn seventeenth_held_out_precision_and_recall() {
    hold(
        "heldout17.json",
        HELD_OUT_17_MIN_PRECISION,
        HELD_OUT_17_MIN_RECALL,
    );
}

/// The eighteenth held-out set (`tests/drafting/heldout18.json`): published passages collected and
/// annotated by someone who never read the drafter's code, measured blind and a development set
/// from round 19 on.
#[test]
fn eighteenth_held_out_precision_and_recall() {
    hold(
        "heldout18.json",
        HELD_OUT_18_MIN_PRECISION,
        HELD_OUT_18_MIN_RECALL,
    );
}

/// The nineteenth held-out set (`tests/drafting/heldout19.json`): published passages collected and
/// annotated by someone who never read the drafter's code, measured blind and a development set
/// from round 19 on.
#[test]
fn nineteenth_held_out_precision_and_recall() {
    hold(
        "heldout19.json",
        HELD_OUT_19_MIN_PRECISION,
        HELD_OUT_19_MIN_RECALL,
    );
}

/// The twentieth held-out set (`tests/drafting/heldout20.json`): published passages collected and
/// annotated by someone who never read the drafter's code, measured blind and a development set
/// from round 19 on.
#[test]
fn twentieth_held_out_precision_and_recall() {
    hold(
        "heldout20.json",
        HELD_OUT_20_MIN_PRECISION,
        HELD_OUT_20_MIN_RECALL,
    );
}

/// The twenty-first held-out set (`tests/drafting/heldout21.json`): published passages collected
/// and annotated by someone who never read the drafter's code, measured blind and a development set
/// from round 20 on.
#[test]
fn twenty_first_held_out_precision_and_recall() {
    hold(
        "heldout21.json",
        HELD_OUT_21_MIN_PRECISION,
        HELD_OUT_21_MIN_RECALL,
    );
}

/// The twenty-second held-out set (`tests/drafting/heldout22.json`): published passages collected
/// and annotated by someone who never read the drafter's code, measured blind and a development set
/// from round 20 on.
#[test]
fn twenty_second_held_out_precision_and_recall() {
    hold(
        "heldout22.json",
        HELD_OUT_22_MIN_PRECISION,
        HELD_OUT_22_MIN_RECALL,
    );
}

/// The twenty-third held-out set (`tests/drafting/heldout23.json`): published passages collected
/// and annotated by someone who never read the drafter's code, measured blind and a development set
/// from round 21 on.
#[test]
fn twenty_third_held_out_precision_and_recall() {
    hold(
        "heldout23.json",
        HELD_OUT_23_MIN_PRECISION,
        HELD_OUT_23_MIN_RECALL,
    );
}

/// The twenty-fourth held-out set (`tests/drafting/heldout24.json`): published passages collected
/// and annotated by someone who never read the drafter's code, measured blind and a development set
/// from round 21 on.
#[test]
fn twenty_fourth_held_out_precision_and_recall() {
    hold(
        "heldout24.json",
        HELD_OUT_24_MIN_PRECISION,
        HELD_OUT_24_MIN_RECALL,
    );
}

/// The twenty-fifth held-out set (`tests/drafting/heldout25.json`): published passages collected
/// and annotated by someone who never read the drafter's code, measured blind and a development set
/// from round 21 on.
#[test]
fn twenty_fifth_held_out_precision_and_recall() {
    hold(
        "heldout25.json",
        HELD_OUT_25_MIN_PRECISION,
        HELD_OUT_25_MIN_RECALL,
    );
}

/// The twenty-sixth held-out set (`tests/drafting/heldout26.json`): published passages collected
/// and annotated by someone who never read the drafter's code, measured blind and a development set
/// from round 21 on.
#[test]
fn twenty_sixth_held_out_precision_and_recall() {
    hold(
        "heldout26.json",
        HELD_OUT_26_MIN_PRECISION,
        HELD_OUT_26_MIN_RECALL,
    );
}

/// The twenty-seventh held-out set (`tests/drafting/heldout27.json`): published passages collected
/// and annotated by someone who never read the drafter's code, measured blind and a development set
/// from round 22a on.
#[test]
fn twenty_seventh_held_out_precision_and_recall() {
    hold(
        "heldout27.json",
        HELD_OUT_27_MIN_PRECISION,
        HELD_OUT_27_MIN_RECALL,
    );
}

/// The twenty-eighth held-out set (`tests/drafting/heldout28.json`): published passages collected
/// and annotated by someone who never read the drafter's code, measured blind and a development set
/// from round 22a on.
#[test]
fn twenty_eighth_held_out_precision_and_recall() {
    hold(
        "heldout28.json",
        HELD_OUT_28_MIN_PRECISION,
        HELD_OUT_28_MIN_RECALL,
    );
}

/// The twenty-ninth held-out set (`tests/drafting/heldout29.json`): published passages collected
/// and annotated by someone who never read the drafter's code, measured blind and a development set
/// from round 22a on.
#[test]
fn twenty_ninth_held_out_precision_and_recall() {
    hold(
        "heldout29.json",
        HELD_OUT_29_MIN_PRECISION,
        HELD_OUT_29_MIN_RECALL,
    );
}

/// The thirtieth held-out set (`tests/drafting/heldout30.json`): published passages collected
/// and annotated by someone who never read the drafter's code, measured blind and a development set
/// from round 22b on.
#[test]
fn thirtieth_held_out_precision_and_recall() {
    hold(
        "heldout30.json",
        HELD_OUT_30_MIN_PRECISION,
        HELD_OUT_30_MIN_RECALL,
    );
}

/// The thirty-first held-out set (`tests/drafting/heldout31.json`): published passages taken as
/// generic searches found them, annotated by someone who never read the drafter's code, measured
/// blind and a development set from round 22b on.
#[test]
fn thirty_first_held_out_precision_and_recall() {
    hold(
        "heldout31.json",
        HELD_OUT_31_MIN_PRECISION,
        HELD_OUT_31_MIN_RECALL,
    );
}

/// The thirty-second held-out set (`tests/drafting/heldout32.json`): published passages collected
/// and annotated by someone who never read the drafter's code, measured blind and a development set
/// from round 22b on.
#[test]
fn thirty_second_held_out_precision_and_recall() {
    hold(
        "heldout32.json",
        HELD_OUT_32_MIN_PRECISION,
        HELD_OUT_32_MIN_RECALL,
    );
}

/// The thirty-third held-out set (`tests/drafting/heldout33.json`): the target sections of
/// provincial and municipal action and implementation plans, collected and annotated by someone
/// who never read the drafter's code, measured blind and a development set from round 23a on.
#[test]
fn thirty_third_held_out_precision_and_recall() {
    hold(
        "heldout33.json",
        HELD_OUT_33_MIN_PRECISION,
        HELD_OUT_33_MIN_RECALL,
    );
}

/// The thirty-fourth held-out set (`tests/drafting/heldout34.json`): county and city-district
/// passages collected and annotated by someone who never read the drafter's code, measured blind
/// and a development set from round 23a on.
#[test]
fn thirty_fourth_held_out_precision_and_recall() {
    hold(
        "heldout34.json",
        HELD_OUT_34_MIN_PRECISION,
        HELD_OUT_34_MIN_RECALL,
    );
}

/// The thirty-fifth held-out set (`tests/drafting/heldout35.json`): published passages collected
/// and annotated by someone who never read the drafter's code, measured blind and a development set
/// from round 23b on.
#[test]
fn thirty_fifth_held_out_precision_and_recall() {
    hold(
        "heldout35.json",
        HELD_OUT_35_MIN_PRECISION,
        HELD_OUT_35_MIN_RECALL,
    );
}

/// The thirty-sixth held-out set (`tests/drafting/heldout36.json`): published passages collected
/// and annotated by someone who never read the drafter's code, measured once and never tuned on.
#[test]
fn thirty_sixth_held_out_precision_and_recall() {
    hold(
        "heldout36.json",
        HELD_OUT_36_MIN_PRECISION,
        HELD_OUT_36_MIN_RECALL,
    );
}

/// The thirty-seventh held-out set (`tests/drafting/heldout37.json`): municipal plans and work
/// documents of 2019-2026 from cities of the west, the north-east and the centre, collected and
/// annotated by someone who never read the drafter's code, measured once and never tuned on.
#[test]
fn thirty_seventh_held_out_precision_and_recall() {
    hold(
        "heldout37.json",
        HELD_OUT_37_MIN_PRECISION,
        HELD_OUT_37_MIN_RECALL,
    );
}

/// The thirty-eighth held-out set (`tests/drafting/heldout38.json`): published passages collected
/// and annotated by someone who never read the drafter's code, measured once blind and used for
/// development from round 24b on.
#[test]
fn thirty_eighth_held_out_precision_and_recall() {
    hold(
        "heldout38.json",
        HELD_OUT_38_MIN_PRECISION,
        HELD_OUT_38_MIN_RECALL,
    );
}

/// The thirty-ninth held-out set (`tests/drafting/heldout39.json`): news and government-website
/// reports about plans (press conferences, reports of plans being issued, reposts), collected
/// and annotated by someone who never read the drafter's code, measured once blind and used for
/// development from round 24b on.
#[test]
fn thirty_ninth_held_out_precision_and_recall() {
    hold(
        "heldout39.json",
        HELD_OUT_39_MIN_PRECISION,
        HELD_OUT_39_MIN_RECALL,
    );
}

/// The fortieth held-out set (`tests/drafting/heldout40.json`): the target paragraphs and
/// indicator lists of provincial and municipal special plans and action plans, collected and
/// annotated by someone who never read the drafter's code, measured once blind and used for
/// development from round 25a on.
#[test]
fn fortieth_held_out_precision_and_recall() {
    hold(
        "heldout40.json",
        HELD_OUT_40_MIN_PRECISION,
        HELD_OUT_40_MIN_RECALL,
    );
}

/// The forty-first held-out set (`tests/drafting/heldout41.json`): county and district plan text
/// of 2022-2026 from less-covered provinces (work-report targets, practical-project lists, plans),
/// collected and annotated by someone who never read the drafter's code, measured once blind and
/// used for development from round 25a on.
#[test]
fn forty_first_held_out_precision_and_recall() {
    hold(
        "heldout41.json",
        HELD_OUT_41_MIN_PRECISION,
        HELD_OUT_41_MIN_RECALL,
    );
}

/// The forty-second held-out set (`tests/drafting/heldout42.json`): traditional-character text
/// from Hong Kong, Macau and Taiwan and mainland plans in traditional reposts (with simplified
/// copies of the same kinds of text), collected and annotated by someone who never read the
/// drafter's code, measured blind once; a development set from round 25b on.
#[test]
fn forty_second_held_out_precision_and_recall() {
    hold(
        "heldout42.json",
        HELD_OUT_42_MIN_PRECISION,
        HELD_OUT_42_MIN_RECALL,
    );
}

/// The forty-third held-out set (`tests/drafting/heldout43.json`): national documents — State
/// Council and ministry notices, opinions and action plans with quantified aims, in gov.cn-style
/// pages and news reposts (some traditional) — collected and annotated by someone who never read
/// the drafter's code, measured once and never tuned on.
#[test]
fn forty_third_held_out_precision_and_recall() {
    hold(
        "heldout43.json",
        HELD_OUT_43_MIN_PRECISION,
        HELD_OUT_43_MIN_RECALL,
    );
}

/// The forty-fourth held-out set (`tests/drafting/heldout44.json`): a less chosen sample, the first
/// usable unused page of each of thirty-one generic searches of the stored pages, half of them
/// without targets, collected and annotated by someone who never read the drafter's code, measured
/// once and never tuned on.
#[test]
fn forty_fourth_held_out_precision_and_recall() {
    hold(
        "heldout44.json",
        HELD_OUT_44_MIN_PRECISION,
        HELD_OUT_44_MIN_RECALL,
    );
}

/// The forty-fifth held-out set (`tests/drafting/heldout45.json`): action-plan aims and yearly
/// targets of cities in the east and south, collected and annotated by someone who never read the
/// drafter's code, measured blind once; a development set from round 26 on.
#[test]
fn forty_fifth_held_out_precision_and_recall() {
    hold(
        "heldout45.json",
        HELD_OUT_45_MIN_PRECISION,
        HELD_OUT_45_MIN_RECALL,
    );
}

/// The forty-sixth held-out set (`tests/drafting/heldout46.json`): departments' yearly documents —
/// provincial, city and county bureaus' work plans, work points, work meetings and task tables with
/// the year's quantified tasks (education, health, agriculture, commerce, housing, eco-environment,
/// culture and tourism, human resources, civil affairs), collected and annotated by someone who
/// never read the drafter's code, measured blind once; a development set from round 26 on.
#[test]
fn forty_sixth_held_out_precision_and_recall() {
    hold(
        "heldout46.json",
        HELD_OUT_46_MIN_PRECISION,
        HELD_OUT_46_MIN_RECALL,
    );
}

/// Plan text on topics the earlier sets have little of (sports, elderly care and childcare, food
/// safety, meteorology, forestry, soil and water conservation, archives, grain reserves, express
/// delivery, disabled persons), collected and annotated by someone who never read the drafter's
/// code, measured once and never tuned on.
#[test]
fn forty_seventh_held_out_precision_and_recall() {
    hold(
        "heldout47.json",
        HELD_OUT_47_MIN_PRECISION,
        HELD_OUT_47_MIN_RECALL,
    );
}

/// The forty-eighth held-out set (`tests/drafting/heldout48.json`): plans pasted from saved pages and
/// PDFs with their page furniture left in; a development set from round 26 on.
#[test]
fn forty_eighth_held_out_precision_and_recall() {
    hold(
        "heldout48.json",
        HELD_OUT_48_MIN_PRECISION,
        HELD_OUT_48_MIN_RECALL,
    );
}

/// The forty-ninth held-out set (`tests/drafting/heldout49.json`): the target paragraphs of
/// provincial, city and county plans and work reports as a portal webmaster pastes them.
#[test]
fn forty_ninth_held_out_precision_and_recall() {
    hold(
        "heldout49.json",
        HELD_OUT_49_MIN_PRECISION,
        HELD_OUT_49_MIN_RECALL,
    );
}

/// The fiftieth held-out set (`tests/drafting/heldout50.json`): a less chosen sample, the first
/// usable page of each of twenty-five generic searches of the stored pages.
#[test]
fn fiftieth_held_out_precision_and_recall() {
    hold(
        "heldout50.json",
        HELD_OUT_50_MIN_PRECISION,
        HELD_OUT_50_MIN_RECALL,
    );
}

/// The fifty-first held-out set (`tests/drafting/heldout51.json`): the goal sections and expected
/// targets of north-eastern, north-western, Tibetan and Guangxi plans and reports.
#[test]
fn fifty_first_held_out_precision_and_recall() {
    hold(
        "heldout51.json",
        HELD_OUT_51_MIN_PRECISION,
        HELD_OUT_51_MIN_RECALL,
    );
}

/// The fifty-second held-out set (`tests/drafting/heldout52.json`): news and reposts restating
/// the targets of 2023-2026 work reports and plans, with their page noise.
#[test]
fn fifty_second_held_out_precision_and_recall() {
    hold(
        "heldout52.json",
        HELD_OUT_52_MIN_PRECISION,
        HELD_OUT_52_MIN_RECALL,
    );
}

/// The fifty-third held-out set (`tests/drafting/heldout53.json`): the text of action plans,
/// implementation plans and the goal sections of five-year and sector plans.
#[test]
fn fifty_third_held_out_precision_and_recall() {
    hold(
        "heldout53.json",
        HELD_OUT_53_MIN_PRECISION,
        HELD_OUT_53_MIN_RECALL,
    );
}

/// The fifty-fourth held-out set (`tests/drafting/heldout54.json`): work reports, lists of
/// practical projects and work points, and Hong Kong, Macau and Taiwan reposts and targets.
#[test]
fn fifty_fourth_held_out_precision_and_recall() {
    hold(
        "heldout54.json",
        HELD_OUT_54_MIN_PRECISION,
        HELD_OUT_54_MIN_RECALL,
    );
}

/// Scores the set `file` of `tests/drafting` and fails below its floors.
fn hold(file: &str, min_precision: f64, min_recall: f64) {
    let (precision, recall) = score(&sets::folder().join(file));
    assert!(
        precision >= min_precision,
        "{file}: precision {precision:.3} below the measured floor {min_precision}"
    );
    assert!(
        recall >= min_recall,
        "{file}: recall {recall:.3} below the measured floor {min_recall}"
    );
}

/// Micro precision and recall of the drafter on the passages of `path`, printed per passage.
fn score(path: &std::path::Path) -> (f64, f64) {
    let file = sets::read(path);
    let verbose = std::env::var("DRAFT_VERBOSE").is_ok();
    // DRAFT_UNDATED=1 measures the drafter without the publication year.
    let undated = std::env::var_os("DRAFT_UNDATED").is_some();
    // DRAFT_DIRECTION_ONLY=1 measures the direction-only rule (off by default).
    let direction_only = std::env::var_os("DRAFT_DIRECTION_ONLY").is_some();
    let (mut expected, mut drafted, mut hit) = (0usize, 0usize, 0usize);
    for p in &file.passages {
        let mut options = sets::options(p, undated);
        options.direction_only = direction_only;
        let d = draft_with(&p.text, &options);
        let pairing = sets::pair(p, &d);
        if verbose {
            for (e, k) in p.targets.iter().zip(&pairing.found) {
                if k.is_none() {
                    println!(
                        "   {} missed {} {} {:?} {} {}",
                        p.id, e.indicator, e.year, e.comparator, e.value, e.unit
                    );
                }
            }
        }
        let found = pairing.found.iter().filter(|k| k.is_some()).count();
        let left_out = pairing.ignored.iter().filter(|i| **i).count();
        for (t, _) in d
            .targets
            .iter()
            .zip(pairing.matched.iter().zip(&pairing.ignored))
            .filter(|(_, (m, i))| verbose && !**m && !**i)
        {
            let m = &t.milestone;
            println!(
                "   {} extra {} {} {:?} {:?}{} {} «{}»",
                p.id,
                t.name,
                m.year,
                m.cmp,
                m.value,
                m.upper.map(|u| format!("-{u}")).unwrap_or_default(),
                t.unit,
                t.quote
            );
        }
        println!(
            "{:<28} expected {:>3} drafted {:>3} matched {:>3} ignored {:>2}",
            p.id,
            p.targets.len(),
            d.targets.len(),
            found,
            left_out
        );
        expected += p.targets.len();
        drafted += d.targets.len() - left_out;
        hit += found;
    }
    let precision = hit as f64 / drafted.max(1) as f64;
    let recall = hit as f64 / expected.max(1) as f64;
    println!(
        "{}: {} passages, {expected} expected, {drafted} drafted, {hit} matched: micro precision {precision:.3}, recall {recall:.3}",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("passages"),
        file.passages.len()
    );
    (precision, recall)
}
