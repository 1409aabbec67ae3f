//! One test per target shape real plans write, and per thing that must not become a target.

use plan_gauge_core::model::{Comparator, Direction, Kind};
use plan_gauge_draft::{draft, draft_with, DraftOptions, DraftTarget, Flag, Shape};

/// (value, upper, year, comparator) of every drafted target.
fn figures(text: &str) -> Vec<(f64, Option<f64>, i32, Comparator)> {
    figures_with(text, &DraftOptions::default())
}

/// (value, year) of every drafted target.
fn value_years(text: &str) -> Vec<(f64, i32)> {
    value_years_with(text, &DraftOptions::default())
}

/// [`value_years`] with what the caller knows about the text.
fn value_years_with(text: &str, options: &DraftOptions) -> Vec<(f64, i32)> {
    figures_with(text, options)
        .iter()
        .map(|x| (x.0, x.2))
        .collect()
}

/// [`figures`] with what the caller knows about the text.
fn figures_with(text: &str, options: &DraftOptions) -> Vec<(f64, Option<f64>, i32, Comparator)> {
    draft_with(text, options)
        .targets
        .iter()
        .map(|t| {
            (
                t.milestone.value.unwrap_or(f64::NAN),
                t.milestone.upper,
                t.milestone.year,
                t.milestone.cmp,
            )
        })
        .collect()
}

fn one(text: &str) -> DraftTarget {
    let d = draft(text);
    assert_eq!(d.targets.len(), 1, "{text}: {:#?}", d.targets);
    d.targets.into_iter().next().expect("one target")
}

#[test]
fn comparators_follow_civil_code_1259() {
    use Comparator::*;
    let f = figures("到2025年，甲达到5家，乙不少于6家，丙7家以上，丁超过8家，戊突破9家，己控制在10%以内，庚不超过11家，辛12家左右，壬约13家，癸低于14%。");
    let cmps: Vec<Comparator> = f.iter().map(|x| x.3).collect();
    assert_eq!(cmps, vec![Ge, Ge, Ge, Gt, Gt, Le, Le, Approx, Approx, Lt]);
    assert!(f.iter().all(|x| x.2 == 2025));
}

#[test]
fn year_scopes_following_clauses_and_sentences_reset() {
    let f = figures("到2025年，高新技术企业达到685家，R&D经费支出占GDP比重达到3.0%。2027年，技术交易额达到34亿元。");
    assert_eq!(
        f,
        vec![
            (685.0, None, 2025, Comparator::Ge),
            (3.0, None, 2025, Comparator::Ge),
            (34.0, None, 2027, Comparator::Ge)
        ]
    );
}

#[test]
fn ranges() {
    for text in [
        "每年实施3-5项技术攻关专项。",
        "每年实施3至5项技术攻关专项。",
        "每年实施3～5项技术攻关专项。",
    ] {
        let t = one(text);
        assert_eq!(
            (t.milestone.value, t.milestone.upper, t.milestone.cmp),
            (Some(3.0), Some(5.0), Comparator::Range),
            "{text}"
        );
        assert_eq!(t.kind, Kind::AnnualRange);
    }
}

#[test]
fn respectively_and_all_of_give_one_target_per_item() {
    let d = draft("到2025年，高新区、经开区营业收入分别达到1200亿元、640亿元。");
    let v: Vec<(String, Option<f64>)> = d
        .targets
        .iter()
        .map(|t| (t.name.clone(), t.milestone.value))
        .collect();
    assert_eq!(
        v,
        vec![
            ("高新区营业收入".to_string(), Some(1200.0)),
            ("经开区营业收入".to_string(), Some(640.0))
        ]
    );
    let d = draft("到2025年，高新技术企业和科技型企业均超过500家。");
    assert_eq!(d.targets.len(), 2);
    assert!(d
        .targets
        .iter()
        .all(|t| t.milestone.cmp == Comparator::Gt && t.flags.contains(&Flag::Distributed)));
}

#[test]
fn double_doubling_with_base_year() {
    let d = draft("到2027年，全区高新技术企业和科技型企业在2022年的基础上实现“双倍增”，分别超过200家和1600家。");
    let multiples: Vec<&DraftTarget> = d
        .targets
        .iter()
        .filter(|t| t.kind == Kind::Multiple)
        .collect();
    assert_eq!(multiples.len(), 2);
    assert!(multiples
        .iter()
        .all(|t| t.milestone.value == Some(2.0) && t.baseline_year == Some(2022)));
    let counts: Vec<Option<f64>> = d
        .targets
        .iter()
        .filter(|t| t.kind != Kind::Multiple)
        .map(|t| t.milestone.value)
        .collect();
    assert_eq!(counts, vec![Some(200.0), Some(1600.0)]);
}

#[test]
fn numerals_and_magnitudes() {
    assert_eq!(
        one("到2027年，高新技术企业数量达到1.3万家。")
            .milestone
            .value,
        Some(13000.0)
    );
    let t = one("到2027年，数字经济核心产业营业收入达到1.2万亿元。");
    assert_eq!(
        (t.milestone.value, t.unit.as_str()),
        (Some(12000.0), "亿元")
    );
    assert_eq!(
        one("到2025年，研发人员达到三点零万人。").milestone.value,
        Some(30000.0)
    );
    let t = one("到二〇二六年，治理率达到百分之十五。");
    assert_eq!((t.milestone.value, t.milestone.year), (Some(15.0), 2026));
    assert_eq!(
        one("到2025年，企业研发机构设置率达到八成。")
            .milestone
            .value,
        Some(80.0)
    );
    let t = one("到２０２５年，規模以上工業企業有效發明專利力爭達到１２００件。");
    assert_eq!(
        (
            t.milestone.value,
            t.milestone.year,
            t.milestone.aspirational
        ),
        (Some(1200.0), 2025, true)
    );
    assert_eq!(
        one("到 2025 年，高新技术企业达到 685 家。").milestone.year,
        2025
    );
}

#[test]
fn words_without_figures() {
    let t = one("到2025年，科创板上市企业实现“零”的突破。");
    assert_eq!((t.kind, t.milestone.value), (Kind::Binary, Some(1.0)));
    let t = one("到2027年，推动规模以上工业企业研发机构全覆盖。");
    assert_eq!(
        (t.kind, t.milestone.value, t.unit.as_str()),
        (Kind::Coverage, Some(100.0), "%")
    );
    let t = one("到2030年，实现碳达峰。");
    assert_eq!(t.kind, Kind::Binary);
    let t = one("到2025年，发明专利拥有量翻一番。");
    assert_eq!((t.kind, t.milestone.value), (Kind::Multiple, Some(2.0)));
    let t = one("到2025年，科技型中小企业数量较2020年增长1倍以上。");
    assert_eq!(
        (t.kind, t.milestone.value, t.baseline_year),
        (Kind::Multiple, Some(2.0), Some(2020))
    );
}

#[test]
fn changes_against_a_base_year_are_carried() {
    let d = draft(
        "到2025年，单位GDP能耗比2020年下降13.5%，R&D经费投入强度比2020年提高2个百分点，重点企业能耗比2020年减半，碳排放强度比2020年下降1.5个百分点，单位面积产值比2020年增长20%。",
    );
    let got: Vec<(Kind, f64, Direction, Option<i32>, Shape)> = d
        .targets
        .iter()
        .map(|t| {
            (
                t.kind,
                t.milestone.value.unwrap_or(f64::NAN),
                t.direction,
                t.baseline_year,
                t.shape,
            )
        })
        .collect();
    use Direction::*;
    assert_eq!(
        got,
        vec![
            (
                Kind::RelativeChange,
                -13.5,
                Lower,
                Some(2020),
                Shape::Carried
            ),
            (Kind::PointChange, 2.0, Higher, Some(2020), Shape::Carried),
            (
                Kind::RelativeChange,
                -50.0,
                Lower,
                Some(2020),
                Shape::Carried
            ),
            (Kind::PointChange, -1.5, Lower, Some(2020), Shape::Carried),
            (
                Kind::RelativeChange,
                20.0,
                Higher,
                Some(2020),
                Shape::Carried
            ),
        ]
    );
    assert_eq!(d.plan.indicators.len(), 5);
    let b = d.plan.indicators[0].targets[0].baseline.clone();
    assert_eq!(b.map(|b| (b.year, b.value)), Some((2020, None)));
    assert_eq!(d.plan.indicators[1].unit, "%");
    assert!(plan_gauge_core::validate::validate_plan(&d.plan)
        .iter()
        .all(|p| !p.is_error() || p.path == "issuer" || p.path == "title"));
}

#[test]
fn a_reduction_range_runs_from_the_larger_fall() {
    let t = one("在2030年把本港碳强度由2005年的水平降低65%至70%。");
    assert_eq!(
        (
            t.kind,
            t.milestone.value,
            t.milestone.upper,
            t.milestone.cmp
        ),
        (
            Kind::RelativeChange,
            Some(-70.0),
            Some(-65.0),
            Comparator::Range
        )
    );
    assert_eq!((t.baseline_year, t.shape), (Some(2005), Shape::Carried));
}

#[test]
fn changes_without_a_base_year_stay_in_the_draft() {
    let d = draft("到2025年，单位GDP能耗降低3%左右，森林覆盖率提高1个百分点，重点企业能耗减半。");
    let shapes: Vec<(Kind, f64, Shape)> = d
        .targets
        .iter()
        .map(|t| (t.kind, t.milestone.value.unwrap_or(f64::NAN), t.shape))
        .collect();
    assert_eq!(
        shapes,
        vec![
            (Kind::RelativeChange, -3.0, Shape::ChangeWithoutBase),
            (Kind::PointChange, 1.0, Shape::ChangeWithoutBase),
            (Kind::RelativeChange, -50.0, Shape::ChangeWithoutBase),
        ]
    );
    assert!(d
        .targets
        .iter()
        .all(|t| t.indicator.is_none() && t.flags.contains(&Flag::BaselineUnstated)));
    assert!(d.plan.indicators.is_empty());
}

#[test]
fn ranks_growth_and_annual_floors() {
    let t = one("推动宁波进入国家创新型城市排名前十。");
    assert_eq!(
        (t.milestone.value, t.milestone.cmp, t.unit.as_str()),
        (Some(10.0), Comparator::Le, "名")
    );
    assert_eq!((t.kind, t.direction), (Kind::Rank, Direction::Lower));
    assert!(t.indicator.is_some());
    let t = one("确保科技经费财政投入年均增幅15%以上。");
    assert_eq!(
        (t.kind, t.milestone.value, t.milestone.cmp),
        (Kind::GrowthRate, Some(15.0), Comparator::Ge)
    );
    let t = one("每年引进海外工程师不少于10人。");
    assert_eq!(t.kind, Kind::AnnualFloor);
    let t = one("到2025年，累计新增高新技术产业投资500亿元。");
    assert_eq!(t.kind, Kind::Cumulative);
}

#[test]
fn not_targets() {
    let none = [
        "各地要落实18项具体举措。",
        "对新认定的高新技术企业给予20万元奖励。",
        "每个项目最高给予200万元补助。",
        "宁波市人民政府办公厅〔2023〕12号",
        "关于印发行动方案(2022-2025年)的通知",
        "2022年7月22日",
        "截至2022年底，全区高新技术企业已达到300家。",
    ];
    for text in none {
        assert!(
            draft(text).targets.is_empty(),
            "{text}: {:#?}",
            draft(text).targets
        );
    }
}

#[test]
fn agencies_tasks_and_sections() {
    let text = "二、重点任务\n(一)加快企业主体培育\n1.壮大科技型中小企业队伍。到2025年，全区科技型中小企业突破2200家。(牵头单位:区科技局,配合单位:区经信局、区市场监管局)\n";
    let t = one(text);
    assert_eq!(t.section, "1.1.1");
    assert_eq!(t.section_path, vec!["二、", "(一)", "1."]);
    assert_eq!(t.task.as_deref(), Some("t-1.1.1"));
    assert_eq!(t.lead, vec!["区科技局"]);
    assert_eq!(t.partners, vec!["区经信局", "区市场监管局"]);
    assert_eq!(&text[t.span.byte_start..t.span.byte_end], t.quote);
    assert!(t.quote.starts_with("到2025年"));
    let d = draft(text);
    assert_eq!(d.plan.indicators.len(), 1);
    assert_eq!(d.plan.indicators[0].targets[0].lead, vec!["区科技局"]);
}

#[test]
fn this_year_counts_from_the_date_issued() {
    let d = draft("某县2025年国民经济和社会发展计划\n2025年4月15日\n今年城镇新增就业1100人以上，明年城镇调查失业率控制在5.5%以内。");
    let years: Vec<i32> = d.targets.iter().map(|t| t.milestone.year).collect();
    assert_eq!(years, vec![2025, 2026]);
}

#[test]
fn stated_base_values() {
    let t = one("到2025年，研发经费投入强度由2020年的2.4%提高到3%。");
    assert_eq!(
        (t.milestone.value, t.baseline_year, t.baseline_value),
        (Some(3.0), Some(2020), Some(2.4))
    );
    let d = draft("到2025年，研发经费投入强度由2020年的2.4%提高到3%。");
    let b = d.plan.indicators[0].targets[0].baseline.clone();
    assert_eq!(b.map(|b| (b.year, b.value)), Some((2020, Some(2.4))));
    let t = one("到2025年，森林覆盖率从23.04%提高到24.1%。");
    assert_eq!(
        (t.milestone.value, t.baseline_value),
        (Some(24.1), Some(23.04))
    );
}

#[test]
fn a_list_of_places_shares_the_words_after_it() {
    let d = draft("到2025年，高新区和经开区营业收入分别达到1000亿元、800亿元。");
    let names: Vec<&str> = d.targets.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, vec!["高新区营业收入", "经开区营业收入"]);
    let d = draft("到2025年，高新区和经开区营业收入均超过500亿元。");
    let names: Vec<&str> = d.targets.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, vec!["高新区营业收入", "经开区营业收入"]);
    // Items that are not places keep their own names.
    let d = draft("到2025年，省级科技领军企业、科技小巨人企业分别达到30家、100家。");
    let names: Vec<&str> = d.targets.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, vec!["省级科技领军企业", "科技小巨人企业"]);
}

#[test]
fn direction_only_targets_on_request() {
    let text =
        "到2025年，森林覆盖率稳步提升，城乡居民收入持续增长，创新能力持续提升，营商环境不断优化。";
    assert!(draft(text).targets.is_empty());
    let on = DraftOptions {
        direction_only: true,
        ..DraftOptions::default()
    };
    let d = draft_with(text, &on);
    let got: Vec<(&str, Kind, Option<f64>, &str)> = d
        .targets
        .iter()
        .map(|t| (t.name.as_str(), t.kind, t.milestone.value, t.unit.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("森林覆盖率", Kind::Share, None, "%"),
            ("城乡居民收入", Kind::Level, None, "元"),
        ]
    );
    assert!(d
        .targets
        .iter()
        .all(|t| t.flags.contains(&Flag::DirectionOnly) && t.confidence < 0.5));
    assert!(plan_gauge_core::validate::validate_plan(&d.plan)
        .iter()
        .all(|p| !p.is_error() || p.path == "issuer" || p.path == "title"));
}

#[test]
fn reports_of_results_are_not_targets() {
    let dated = DraftOptions {
        issued_year: Some(2025),
        ..DraftOptions::default()
    };
    for text in [
        "113年,我國經濟成長率達4.3%,人均GDP達3萬3,883美元。",
        "2016—2020年,全国城镇新增就业累计达到6564万人。",
        "2025年1月至8月累计协助7,471人次成功获聘。",
        "截至去年,浙江省数字经济增加值达30218亿元。",
        "经过多措并举、不懈努力,6岁以下儿童生长迟缓率下降至7%以下。",
        "根据最新推估,至2030年总人口将开始少于2,300万人。",
        "政府将投放约2,400亿元,推行各项措施。",
        "到2030年可再生能源比例达到10%,往后提升至15%。",
    ] {
        let d = draft_with(text, &dated);
        let kept: Vec<f64> = d.targets.iter().filter_map(|t| t.milestone.value).collect();
        assert!(kept.iter().all(|v| *v == 10.0), "{text}: {:#?}", d.targets);
    }
}

#[test]
fn news_years_fiscal_years_and_deadlines() {
    let dated = |y| DraftOptions {
        issued_year: Some(y),
        ..DraftOptions::default()
    };
    let d = draft_with("今年城镇调查失业率控制在5.5%以内。", &dated(2022));
    assert_eq!(d.targets[0].milestone.year, 2022);
    let d = draft_with("目前光电并网量约15GW、今年底目标为18GW。", &dated(2025));
    let got: Vec<(i32, Option<f64>)> = d
        .targets
        .iter()
        .map(|t| (t.milestone.year, t.milestone.value))
        .collect();
    assert_eq!(got, vec![(2025, Some(18.0))]);
    let d = draft_with(
        "在未來十年(2023-24 至 2032-33 年度)依時提供約 3,300 公頃新平整土地。",
        &dated(2022),
    );
    assert_eq!(
        (d.targets[0].milestone.year, d.targets[0].milestone.value),
        (2033, Some(3300.0))
    );
    let t = one("政府会在2035年或之前停止新登记燃油和混合动力私家车。");
    assert_eq!(
        (t.kind, t.milestone.year, t.rule.as_str()),
        (Kind::Binary, 2035, "done-by")
    );
    let t = one("到2020年,孕产妇死亡率应小于18/10万。");
    assert_eq!(
        (t.milestone.value, t.milestone.cmp, t.unit.as_str()),
        (Some(18.0), Comparator::Lt, "/10万")
    );
    let t = one("到2025年,细颗粒物(PM2.5)年均浓度达到40微克/立方米。");
    assert_eq!(
        (t.milestone.cmp, t.direction),
        (Comparator::Le, Direction::Lower)
    );
}

#[test]
fn the_current_figure_is_the_base() {
    let d = draft("到2025年,我国森林覆盖率将从目前的23.04%再提高超1个百分点。");
    assert_eq!(d.targets.len(), 1, "{:#?}", d.targets);
    let t = &d.targets[0];
    assert_eq!(
        (t.kind, t.milestone.value, t.milestone.cmp, t.baseline_value),
        (Kind::PointChange, Some(1.0), Comparator::Gt, Some(23.04))
    );
    assert_eq!(t.shape, Shape::ChangeWithoutBase);
    assert!(draft("目前,全区高新技术企业达到300家。").targets.is_empty());
}

#[test]
fn a_modal_word_does_not_hide_a_growth_rate() {
    let t = one("“十四五”时期,全社会研发经费投入年均增长要大于7%。");
    assert_eq!(
        (t.kind, t.milestone.value, t.milestone.cmp),
        (Kind::GrowthRate, Some(7.0), Comparator::Gt)
    );
}

#[test]
fn a_goal_restated_in_its_task_is_drafted_once_with_its_lead() {
    let text = "一、主要目标\n到2025年,高新技术企业数量达到685家。\n二、重点任务\n(一)做强高新技术企业群体\n1.做强高新技术企业群体。到2025年,高新技术企业达到685家。(牵头单位:区科技局)\n";
    let t = one(text);
    assert_eq!(t.lead, vec!["区科技局"]);
    assert_eq!(t.milestone.value, Some(685.0));
}

#[test]
fn and_above_binds_one_noun_in_a_list_of_subjects() {
    // 县级及以上医院: 及以上 names one kind of hospital, not two subjects.
    let f = figures("到2025年，县级及以上城市污水处理率均达到98%。");
    assert_eq!(f, vec![(98.0, None, 2025, Comparator::Ge)]);
}

#[test]
fn all_of_before_a_change_word_gives_each_subject_the_change() {
    let f = figures("2026年，农业投资、文旅投资、民间投资均增长8%左右。");
    assert_eq!(f, vec![(8.0, None, 2026, Comparator::Approx); 3]);
}

#[test]
fn places_listed_without_an_indicator_share_the_figure() {
    let f = figures("到2026年，甲市绿色出行比例不低于60%，乙市、丙县不低于50%。");
    assert_eq!(
        f,
        vec![
            (60.0, None, 2026, Comparator::Ge),
            (50.0, None, 2026, Comparator::Ge),
            (50.0, None, 2026, Comparator::Ge)
        ]
    );
}

#[test]
fn a_fall_written_with_jiang_alone_is_a_fall() {
    let f = figures("到2026年，学生近视率每年降1%以上。");
    assert_eq!(f, vec![(-1.0, None, 2026, Comparator::Ge)]);
}

#[test]
fn a_rate_per_population_written_as_a_fraction() {
    let t = one("到2026年，某病发病率降至10万分之30。");
    assert_eq!(t.milestone.value, Some(30.0));
    assert_eq!(t.milestone.cmp, Comparator::Le);
    assert_eq!(t.unit, "/10万");
}

#[test]
fn a_sentence_opening_with_a_deadline_heads_its_paragraph() {
    let f = figures("到2026年，逐步健全托育服务体系。积极开展普惠托育，每千人口拥有托位数4.5个。");
    assert_eq!(f, vec![(4.5, None, 2026, Comparator::Ge)]);
}

#[test]
fn unmarked_lines_after_a_dated_colon_line_are_its_list() {
    let f = figures("2030年的主要指标如下:\n绿地率 达到40% |\n噪声超标率 降至5%以下 |\n说明:以上指标仅供参考。\n人口增长5%。");
    assert_eq!(
        f,
        vec![
            (40.0, None, 2030, Comparator::Ge),
            (5.0, None, 2030, Comparator::Le)
        ]
    );
}

#[test]
fn these_five_years_look_back() {
    let f = figures(
        "到2026年，全市森林覆盖率达到45%。这五年，全市累计造林12万亩，森林覆盖率提高到43%。",
    );
    assert_eq!(f, vec![(45.0, None, 2026, Comparator::Ge)]);
}

#[test]
fn a_result_already_done_is_no_yes_no_aim() {
    assert!(figures("主要指标中，5项指标已经于2025年提前完成。").is_empty());
    assert_eq!(
        figures("2026年底前，完成全市国土空间规划编制。"),
        vec![(1.0, None, 2026, Comparator::Ge)]
    );
}

#[test]
fn a_fiscal_year_a_span_starts_from_is_no_deadline() {
    let f = figures("某市公园建设计划(2026-2030年)\n2027/28年度起，每年新建公园5个。");
    assert_eq!(f, vec![(5.0, None, 2030, Comparator::Ge)]);
}

#[test]
fn any_already_before_a_verb_reports_the_present() {
    assert!(figures("在未来十年，我们已觅得约200公顷土地，可兴建约8万个单位。").is_empty());
    assert_eq!(
        figures("到2026年，绿地面积不少于200公顷，这不是口号而已。"),
        vec![(200.0, None, 2026, Comparator::Ge)]
    );
}

#[test]
fn a_sentence_saying_what_the_year_is_heads_its_paragraph() {
    let f =
        figures("2026年是全面推进的关键一年。我们将推动一般公共预算收入高于全省2个百分点以上。");
    assert_eq!(f, vec![(2.0, None, 2026, Comparator::Ge)]);
}

#[test]
fn a_headline_with_a_subtitle_restating_the_body_is_drafted_once() {
    let d = draft("某市发布绿色出行方案 到2026年公交出行分担率达到60%以上 专家解读:出行将更便捷\n方案提出，到2026年，全市公交出行分担率达到60%以上。");
    assert_eq!(d.targets.len(), 1, "{:#?}", d.targets);
    assert!(d.targets[0].quote.contains("全市"));
}

#[test]
fn a_share_of_the_subjects_is_the_aim_and_their_level_its_condition() {
    let f = figures("到2026年，力争50%以上的县绿色出行比例达到70%以上。");
    assert_eq!(f, vec![(50.0, None, 2026, Comparator::Ge)]);
    // An amount before a noun is a threshold of the name, and the count the aim.
    let f = figures("到2026年，营业收入10亿元以上的企业达到30家。");
    assert_eq!(f, vec![(30.0, None, 2026, Comparator::Ge)]);
}

#[test]
fn a_sentence_after_what_is_already_done_goes_on_reporting() {
    let f = figures("全市已建成5G基站8000个。每年新增用户约20万户。到2026年，5G基站达到12000个。");
    assert_eq!(f, vec![(12000.0, None, 2026, Comparator::Ge)]);
}

#[test]
fn a_standing_among_places_reports_the_present() {
    assert!(figures("农民收入增速8%、居全省第3位；农作物综合机械化率达85%。").is_empty());
    assert_eq!(
        figures("力争农民收入增速达到8%、居全省前列。"),
        vec![(8.0, None, 2025, Comparator::Ge)]
    );
}

#[test]
fn and_above_after_a_figure_is_its_comparator_or_a_threshold_of_a_name() {
    let f = figures("到2026年，每周参加1次及以上体育锻炼的人数达到300万人。");
    assert_eq!(f, vec![(3e6, None, 2026, Comparator::Ge)]);
    let f = figures("到2026年，空气质量优良天数比例达到85%及以上。");
    assert_eq!(f, vec![(85.0, None, 2026, Comparator::Ge)]);
}

#[test]
fn a_headline_without_a_year_restates_the_body_whatever_its_year() {
    let options = plan_gauge_draft::DraftOptions {
        issued_year: Some(2022),
        ..Default::default()
    };
    let d = plan_gauge_draft::draft_with(
        "“十四五”健康规划公布 人均预期寿命将达80岁以上\n规划提出，展望2035年，人均预期寿命达到80岁以上。",
        &options,
    );
    assert_eq!(d.targets.len(), 1, "{:#?}", d.targets);
    assert_eq!(d.targets[0].milestone.year, 2035);
}

#[test]
fn a_span_counted_from_now_is_no_deadline() {
    let f = figures("2026年底前，约1万个单位落成，另外2万个将在未来一年半内全部落成。");
    assert_eq!(f, vec![(1e4, None, 2026, Comparator::Approx)]);
    // 未来产业 names industries, not a span.
    let f = figures("到2026年，未来产业产值达到500亿元。");
    assert_eq!(f, vec![(500.0, None, 2026, Comparator::Ge)]);
}

#[test]
fn a_standing_beside_a_year_to_come_stays_an_aim() {
    let f =
        figures("某市发展规划(2026-2028年)\n2028年，全市地区生产总值达到1000亿元，居全省第3位。");
    assert_eq!(f, vec![(1000.0, None, 2028, Comparator::Ge)]);
}

#[test]
fn a_paragraph_that_says_a_plan_sets_aims_goes_on_to_state_them() {
    let f = figures(
        "某县“十四五”学前教育方案明确了提升行动目标。通过优化资源布局，全县新建幼儿园20所。",
    );
    assert_eq!(f, vec![(20.0, None, 2025, Comparator::Ge)]);
    assert!(figures("去年较好完成了年初确定的预期目标。全县新建幼儿园20所。").is_empty());
}

#[test]
fn a_deadline_standing_as_its_own_clause_heads_the_paragraph() {
    let options = plan_gauge_draft::DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    let d = plan_gauge_draft::draft_with(
        "围绕水质提升开展专项行动,到2027年,基本解决偏远山区缺水问题。城镇污水处理率达到95%。",
        &options,
    );
    let f: Vec<(Option<f64>, i32)> = d
        .targets
        .iter()
        .map(|t| (t.milestone.value, t.milestone.year))
        .collect();
    assert_eq!(f, vec![(Some(95.0), 2027)]);
    // A deadline inside a clause (…于2027年完成) heads nothing.
    let d = plan_gauge_draft::draft_with(
        "围绕水质提升开展专项行动,为到2027年基本解决缺水问题打下基础。城镇污水处理率达到95%。",
        &options,
    );
    assert!(
        d.targets
            .iter()
            .all(|t| t.milestone.value != Some(95.0) || t.milestone.year != 2027),
        "{:#?}",
        d.targets
    );
}

#[test]
fn last_year_dating_a_document_leaves_its_aims_aims() {
    let options = plan_gauge_draft::DraftOptions {
        issued_year: Some(2027),
        ..Default::default()
    };
    let values = |text: &str| -> Vec<Option<f64>> {
        plan_gauge_draft::draft_with(text, &options)
            .targets
            .iter()
            .map(|t| t.milestone.value)
            .collect()
    };
    assert_eq!(
        values("去年印发的《某市企业培育行动计划(2026—2028年)》明确,力争新增企业100家以上。"),
        vec![Some(100.0)]
    );
    assert!(values("去年,全市新增企业100家以上。").is_empty());
    assert!(values("刚刚过去的2026年,全市新增企业120家,其中新入选冠军企业3家。").is_empty());
}

#[test]
fn a_page_update_date_is_not_the_texts_date() {
    let f = figures("到2019年,城区绿化覆盖率达到40%以上。\n更新时间:2023-05-06 标签:绿化");
    assert_eq!(f, vec![(40.0, None, 2019, Comparator::Ge)]);
}

#[test]
fn a_teaser_cut_off_at_the_line_end_states_no_aim() {
    let f = figures("到2026年,城区绿化覆盖率达到40%以上。1、某省新增8个森林城市,某市3个县...\n");
    assert_eq!(f, vec![(40.0, None, 2026, Comparator::Ge)]);
    let f = figures("到2026年,城区绿化覆盖率达到40%以上。某省新增8个森林城市…\n");
    assert_eq!(f, vec![(40.0, None, 2026, Comparator::Ge)]);
}

#[test]
fn year_on_year_growth_under_an_aspiration_is_an_aim() {
    let options = plan_gauge_draft::DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    let values = |text: &str| -> Vec<(Option<f64>, i32)> {
        plan_gauge_draft::draft_with(text, &options)
            .targets
            .iter()
            .map(|t| (t.milestone.value, t.milestone.year))
            .collect()
    };
    assert_eq!(
        values("2027年,力争外贸进出口总额同比增长8%以上、实际利用外资增幅5%以上。"),
        vec![(Some(8.0), 2027), (Some(5.0), 2027)]
    );
    assert!(values("1至9月,外贸进出口总额同比增长8%。").is_empty());
}

#[test]
fn a_paragraph_announcing_a_years_goals_heads_the_paragraph_stating_them() {
    let options = plan_gauge_draft::DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    let d = plan_gauge_draft::draft_with(
        "2027年,全区经济社会发展主要预期目标是:锚定“十五五”规划目标,稳中求进,努力争取最好结果。\n力争地区生产总值增长6%以上,一般公共预算收入达到30亿元。",
        &options,
    );
    let f: Vec<(Option<f64>, i32)> = d
        .targets
        .iter()
        .map(|t| (t.milestone.value, t.milestone.year))
        .collect();
    assert_eq!(f, vec![(Some(6.0), 2027), (Some(30.0), 2027)]);
}

#[test]
fn fiscal_years_written_with_zhi_or_in_numerals_and_listed() {
    let options = plan_gauge_draft::DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    let f = |text: &str| -> Vec<(Option<f64>, i32)> {
        plan_gauge_draft::draft_with(text, &options)
            .targets
            .iter()
            .map(|t| (t.milestone.value, t.milestone.year))
            .collect()
    };
    assert_eq!(
        f("房委会将于2026至27年,及2027至28年度,分别预售约3000个及约2500个单位。"),
        vec![(Some(3000.0), 2027), (Some(2500.0), 2028)]
    );
    assert_eq!(
        f("政府计划在二六至二七年度,额外增加2000个安老宿位。"),
        vec![(Some(2000.0), 2027)]
    );
    // A fiscal year that qualifies a noun is no deadline; what a site can give is no aim.
    assert!(f("2026至27年的约3000个单位分别来自两幅地,其中东面地盘可提供约800个单位。").is_empty());
}

#[test]
fn a_year_after_a_word_of_setting_is_a_deadline() {
    let options = plan_gauge_draft::DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    let d = plan_gauge_draft::draft_with(
        "政府设定我国2030年、2035年分别相较基准年2005年减量30%、40%的目标。",
        &options,
    );
    let f: Vec<(Option<f64>, i32, Option<i32>)> = d
        .targets
        .iter()
        .map(|t| (t.milestone.value, t.milestone.year, t.baseline_year))
        .collect();
    assert_eq!(
        f,
        vec![
            (Some(-30.0), 2030, Some(2005)),
            (Some(-40.0), 2035, Some(2005))
        ]
    );
    let d = plan_gauge_draft::draft_with("政府预定2032年达到社会住宅10万户。", &options);
    assert_eq!(d.targets.len(), 1, "{:#?}", d.targets);
    assert_eq!(d.targets[0].milestone.year, 2032);
    // The number of a phase names it.
    let d = plan_gauge_draft::draft_with(
        "到2030年,各部门依本次核定的3期减量行动方案推动减碳。",
        &options,
    );
    assert!(d.targets.is_empty(), "{:#?}", d.targets);
}

#[test]
fn a_years_practical_projects_are_that_years_targets() {
    let options = plan_gauge_draft::DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    let f = |text: &str| -> Vec<(Option<f64>, i32)> {
        plan_gauge_draft::draft_with(text, &options)
            .targets
            .iter()
            .map(|t| (t.milestone.value, t.milestone.year))
            .collect()
    };
    // A title naming a year's practical projects dates the list; each count a verb of doing
    // leads is what the year's work will deliver.
    assert_eq!(
        f("某县2026年民生实事\n一、改造背街小巷12条。\n二、为中学安装空调80台。\n三、开设暑托班6个。"),
        vec![(Some(12.0), 2026), (Some(80.0), 2026), (Some(6.0), 2026)]
    );
    assert_eq!(
        f("2026年区政府实事项目安排\n1.改建养老床位90张\n2.开设社区食堂3家"),
        vec![(Some(90.0), 2026), (Some(3.0), 2026)]
    );
    // Without a dated title, a bare count after such a verb is no target.
    assert!(f("改造背街小巷12条。").is_empty());
    // A list of a year gone by is a review.
    assert!(f("某县2024年民生实事\n改造背街小巷12条。").is_empty());
    // The perfective reports what is done.
    assert!(f("某县2026年民生实事\n方案设置了6个专栏。").is_empty());
}

#[test]
fn marked_items_of_a_project_list_and_counts_of_projects_and_bodies() {
    let options = plan_gauge_draft::DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    let f = |text: &str| -> Vec<(Option<f64>, String)> {
        plan_gauge_draft::draft_with(text, &options)
            .targets
            .iter()
            .map(|t| (t.milestone.value, t.name.clone()))
            .collect()
    };
    // An asterisk marks an item; a verb of doing alone names nothing, the object after the
    // count does, and the next listed count names its own.
    assert_eq!(
        f("2026年区政府实事项目\n1.*开设8个社区书屋、5个托育点"),
        vec![
            (Some(8.0), "社区书屋".to_string()),
            (Some(5.0), "托育点".to_string())
        ]
    );
    // The number of the year's practical projects and of the bodies that carry them out are
    // counts of the plan's own work.
    assert!(f("今年,全县将办好12件民生实事,共20家单位参与。").is_empty());
}

#[test]
fn a_five_year_plan_named_in_full_dates_its_targets() {
    let options = plan_gauge_draft::DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    let d = plan_gauge_draft::draft_with(
        "国务院编制了国民经济和社会发展第十五个五年规划纲要。纲要提出森林覆盖率提高到26%。",
        &options,
    );
    let f: Vec<(Option<f64>, i32)> = d
        .targets
        .iter()
        .map(|t| (t.milestone.value, t.milestone.year))
        .collect();
    assert_eq!(f, vec![(Some(26.0), 2030)]);
}

#[test]
fn ratios_to_one() {
    let d = draft("到2027年,城乡居民收入比缩小到2.1:1以内。");
    let f: Vec<(Option<f64>, i32, Comparator, String)> = d
        .targets
        .iter()
        .map(|t| {
            (
                t.milestone.value,
                t.milestone.year,
                t.milestone.cmp,
                t.unit.clone(),
            )
        })
        .collect();
    assert_eq!(f, vec![(Some(2.1), 2027, Comparator::Le, ":1".to_string())]);
    // A base ratio before 分别 and a list of years: one aim a year, under the subject before.
    let d = draft(
        "到2026年、2027年,山区县农民收入与全省平均之比,由2024年的0.7:1分别提高到0.72:1、0.75:1。",
    );
    let f: Vec<(Option<f64>, i32, String)> = d
        .targets
        .iter()
        .map(|t| (t.milestone.value, t.milestone.year, t.name.clone()))
        .collect();
    assert_eq!(
        f,
        vec![
            (Some(0.72), 2026, "山区县农民收入与全省平均之比".to_string()),
            (Some(0.75), 2027, "山区县农民收入与全省平均之比".to_string())
        ]
    );
    // A time is no ratio.
    assert!(draft("到2027年,会议于上午08:30召开。").targets.is_empty());
}

#[test]
fn a_deadline_to_come_ends_a_sentence_opened_with_last_year() {
    let options = plan_gauge_draft::DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    let f = |text: &str| -> Vec<(Option<f64>, i32, Comparator, String)> {
        plan_gauge_draft::draft_with(text, &options)
            .targets
            .iter()
            .map(|t| {
                (
                    t.milestone.value,
                    t.milestone.year,
                    t.milestone.cmp,
                    t.unit.clone(),
                )
            })
            .collect()
    };
    assert_eq!(
        f("去年市长上任时提出目标,期盼在2028年前,人均GDP逾3万美金、失业率低于4%。"),
        vec![
            (Some(3.0), 2028, Comparator::Gt, "万美金".to_string()),
            (Some(4.0), 2028, Comparator::Lt, "%".to_string())
        ]
    );
    // A year named without a deadline word after 去年 does not end the report.
    assert!(f("去年绿能比重约11%,但中长期规划上,2030年仍以绿电占比30%迈进。").is_empty());
}

#[test]
fn a_deadline_at_a_years_end_as_a_clause_of_its_own_heads_the_paragraph() {
    let f = figures("围绕城乡融合,到2027年底,发展格局基本形成。强城方面,培育省级中心镇4个。");
    assert_eq!(f, vec![(4.0, None, 2027, Comparator::Ge)]);
}

#[test]
fn one_figure_after_fenbie_and_a_trailing_approximately() {
    let d = draft("到2030年,单位产值能耗、单位产值水耗较2025年分别下降8%以上。");
    let f: Vec<(Option<f64>, String)> = d
        .targets
        .iter()
        .map(|t| (t.milestone.value, t.name.clone()))
        .collect();
    assert_eq!(
        f,
        vec![
            (Some(-8.0), "单位产值能耗".to_string()),
            (Some(-8.0), "单位产值水耗".to_string())
        ]
    );
    let cmps: Vec<Comparator> = draft("到2030年,甲权重和乙权重分别达到40%和25%左右。")
        .targets
        .iter()
        .map(|t| t.milestone.cmp)
        .collect();
    assert_eq!(cmps, vec![Comparator::Approx, Comparator::Approx]);
}

#[test]
fn a_bare_count_in_a_list_said_to_state_goals_is_a_goal() {
    let options = plan_gauge_draft::DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    let d = plan_gauge_draft::draft_with(
        "2026年全县国民经济和社会发展计划\n全县发展的主要预期目标是:地区生产总值增长6%左右;农村劳动力转移就业8000人。",
        &options,
    );
    let f: Vec<(Option<f64>, i32)> = d
        .targets
        .iter()
        .map(|t| (t.milestone.value, t.milestone.year))
        .collect();
    assert_eq!(f, vec![(Some(6.0), 2026), (Some(8000.0), 2026)]);
}

#[test]
fn doubled_written_fanbei() {
    let t = one("到2027年,全市光伏发电量实现翻倍。");
    assert_eq!((t.milestone.value, t.milestone.year), (Some(2.0), 2027));
}

/// (value, year) of every target drafted from `text` issued in `year`.
fn dated(text: &str, year: i32) -> Vec<(Option<f64>, i32)> {
    let options = plan_gauge_draft::DraftOptions {
        issued_year: Some(year),
        ..Default::default()
    };
    plan_gauge_draft::draft_with(text, &options)
        .targets
        .iter()
        .map(|t| (t.milestone.value, t.milestone.year))
        .collect()
}

#[test]
fn this_year_after_a_comparison_word_is_the_base() {
    let f = dated("到2030年,与今年相比,全县工伤事故死亡率下降20%。", 2026);
    assert_eq!(f, vec![(Some(-20.0), 2030)]);
}

#[test]
fn this_year_ends_a_look_back_of_an_earlier_clause() {
    let f = dated(
        "各地代表大会已陆续召开,县长在会上提出,今年地区生产总值增长6%左右。",
        2026,
    );
    assert_eq!(f, vec![(Some(6.0), 2026)]);
    // Not when the clause itself says what is already done.
    assert!(dated("今年全县已建成公园12个。", 2026).is_empty());
}

#[test]
fn the_five_years_to_come_of_a_named_five_year_plan_keep_its_deadline() {
    let f = dated(
        "全市“十五五”规划纲要草案提出,未来五年,全市居民收入年均增长5%左右。",
        2026,
    );
    assert_eq!(f, vec![(Some(5.0), 2030)]);
}

#[test]
fn a_year_whose_goals_a_sentence_names_heads_the_next_sentences() {
    let f = dated(
        "方案确定2027年发展目标,有定性也有定量。产业方面,全市工业产值突破5000亿元。",
        2025,
    );
    assert_eq!(f, vec![(Some(5000.0), 2027)]);
}

#[test]
fn a_comma_grouping_thousands_does_not_split_a_clause() {
    let f = dated("今年,全区新增城镇就业岗位不少于1,500个。", 2026);
    assert_eq!(f, vec![(Some(1500.0), 2026)]);
}

#[test]
fn a_count_naming_a_rates_denominator_is_no_target() {
    let f = figures("到2030年,全县道路交通10万人口死亡率下降15%。");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!((f[0].0, f[0].2), (-15.0, 2030));
}

#[test]
fn recent_years_look_back() {
    assert!(
        figures("近五年,全县每年新增企业300家以上。到2030年,全县企业达到5000家。")
            .iter()
            .all(|f| f.0 == 5000.0)
    );
    assert!(figures("最近三年,全市一次死亡3人以上的事故平均每月一起。").is_empty());
}

#[test]
fn a_year_with_displaced_quotation_marks_still_dates_its_sentence() {
    let f = figures("推进产业升级。2024 “年,全市“新兴”产业产值达800亿元以上。");
    assert_eq!(f, vec![(800.0, None, 2024, Comparator::Ge)]);
}

#[test]
fn an_undated_texts_sentence_opening_year_is_its_deadline() {
    let f = figures("全面提升产业质量。2024年,新增智能工厂12家以上。");
    assert_eq!(f, vec![(12.0, None, 2024, Comparator::Ge)]);
}

#[test]
fn counts_of_the_plans_own_categories_and_projects_are_no_targets() {
    for text in [
        "2025年,全县将实施8类30件民生实事。",
        "2025年,全区票决产生民生实事项目共5大类16项。",
        "2025年全区为民办实事项目,共包括教育、养老等6个方面25个项目。",
        "到2027年,方案提出的措施覆盖治污、补水等12项核心指标。",
    ] {
        assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
    }
    // A count of the work itself still is one.
    assert_eq!(figures("2025年,全县新建口袋公园8个。").len(), 1);
}

#[test]
fn traditional_headings_and_corner_quotes_scope_their_lines() {
    // 「」 are the quotation marks of traditional script; a heading's 目標 names goals.
    let f = figures("二、「十四五」時期主要目標\n森林覆蓋率達到 30%\n城市綠地率提高到 40%\n");
    assert_eq!(
        f,
        vec![
            (30.0, None, 2025, Comparator::Ge),
            (40.0, None, 2025, Comparator::Ge)
        ]
    );
    // A traditional review heading (工作回顧) holds no targets.
    assert!(figures("一、2024 年工作回顧\n公園數量達到 120 個\n").is_empty());
}

#[test]
fn labelled_heading_opening_with_a_year_dates_its_lines() {
    let f = figures("三、2027年发展要求\n地区生产总值增长6%左右\n新增城镇就业2万人以上\n");
    assert_eq!(
        f,
        vec![
            (6.0, None, 2027, Comparator::Approx),
            (20000.0, None, 2027, Comparator::Ge)
        ]
    );
}

#[test]
fn fiscal_arrangements_of_a_report_are_budgets() {
    let f = figures("2027年，拟发行超长期特别国债2万亿元，安排地方政府专项债券5万亿元，中央预算内投资8000亿元，一般公共预算支出规模达到35万亿元。");
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn a_line_naming_the_years_gone_heads_results() {
    let f = figures(
        "一、主要成绩\n过去 5 年\n农民收入年均增长 6.2%\n二、2027年主要目标\n农民收入增长 6%\n",
    );
    assert_eq!(f, vec![(6.0, None, 2027, Comparator::Ge)]);
}

#[test]
fn zhao_before_jin_is_ten_to_the_twelfth() {
    let t = one("到2030年，穀物產量達到1.5兆斤。");
    assert_eq!(t.milestone.value.map(|v| v * 1.0), Some(1.5e12));
}

#[test]
fn a_table_flattened_one_cell_a_line_gives_its_rows_targets() {
    let text =
        "表:某市“十五五”规划主要指标\n序号 |\n指标 |\n单位 |\n属性 |\n2030年 |\n年均[累计] |\n\
                1 |\n地区生产总值增长 |\n% |\n预期性 |\n- |\n6左右 |\n\
                2 |\n城镇调查失业率 |\n% |\n预期性 |\n<5 |\n- |\n\
                3 |\n新增绿道 |\n公里 |\n约束性 |\n- |\n[累计达到300] |\n\
                4 |\n森林覆盖率 |\n% |\n约束性 |\n>60 |\n- |\n\
                5 |\n生活垃圾回收利用率 |\n% |\n约束性 |\n>60 |\n- |\n";
    let mut f = figures(text);
    f.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert_eq!(
        f,
        vec![
            (5.0, None, 2030, Comparator::Lt),
            (6.0, None, 2030, Comparator::Approx),
            (60.0, None, 2030, Comparator::Gt),
            (60.0, None, 2030, Comparator::Gt),
            (300.0, None, 2030, Comparator::Ge),
        ]
    );
}

#[test]
fn a_line_that_lost_its_punctuation_reads_clause_by_clause() {
    // Spaces stand for the commas: an estimate in one clause leaves the others their targets.
    let text = "2026年某区民生实事项目\n2026-01-10\n城乡建设 - 实施老旧小区整治 预计惠及居民超过5万人 新建口袋公园4个 改造2个菜市场 [2]\n";
    let mut f = figures(text);
    f.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert_eq!(
        f,
        vec![
            (2.0, None, 2026, Comparator::Ge),
            (4.0, None, 2026, Comparator::Ge)
        ]
    );
}

#[test]
fn next_years_practical_projects_named_in_a_lead_date_the_list() {
    let text = "本报讯\n2025-12-20\n记者从会上获悉,明年某区将加大民生投入,实施一批为民办实事项目。\n加快教育项目建设,建成公办幼儿园3所,新增学位900个。\n";
    let mut f = figures(text);
    f.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert_eq!(
        f,
        vec![
            (3.0, None, 2026, Comparator::Ge),
            (900.0, None, 2026, Comparator::Ge)
        ]
    );
    // A review of this year's projects dates nothing.
    assert!(figures(
        "本报讯\n2025-12-20\n今年以来,某区已完成为民办实事项目。\n建成公办幼儿园3所。\n"
    )
    .is_empty());
    assert_eq!(
        figures("本报讯\n2025-12-20\n今年某区将实施为民办实事项目。\n建成公办幼儿园3所。\n"),
        vec![(3.0, None, 2025, Comparator::Ge)]
    );
}

#[test]
fn years_opening_sentences_of_an_undated_text_are_its_stages() {
    let f = figures(
        "实现更高标准的普及教育。2015年甲入学率、乙巩固率分别达到90%、95%;2020年分别达到98%和99%。",
    );
    assert_eq!(
        f,
        vec![
            (90.0, None, 2015, Comparator::Ge),
            (95.0, None, 2015, Comparator::Ge),
            (98.0, None, 2020, Comparator::Ge),
            (99.0, None, 2020, Comparator::Ge),
        ]
    );
    // One year alone may be a review's.
    assert!(figures("数字经济成效显著。2023年核心产业增加值占比达到9.9%。").is_empty());
}

#[test]
fn fractions_after_a_comparator_or_a_change_are_shares() {
    let f = figures("到2030年,制造业增加值占比超过三分之一,中心城区人口占全市四分之一以上。");
    assert_eq!(
        f,
        vec![
            (33.333333, None, 2030, Comparator::Gt),
            (25.0, None, 2030, Comparator::Ge),
        ]
    );
    let t = one("到2030年,降低慢性病过早死亡率1/3。");
    assert_eq!(t.milestone.value, Some(-33.333333));
    // A share of the items just counted describes the plan.
    assert!(figures("到2025年的20个指标中有7个,占比超过三分之一。")
        .iter()
        .all(|x| x.0 != 33.333333));
}

#[test]
fn tenths_in_digits_and_shares_of_people_a_plan_will_reach() {
    let f = figures("到2030年,将8成患者纳入照护网,让照护网内的7成患者接受咨询,普及率超过4成。");
    let v: Vec<f64> = f.iter().map(|x| x.0).collect();
    assert_eq!(v, vec![80.0, 70.0, 40.0]);
    // Without a deadline a share of people is no target.
    assert!(figures("目标是让8成居民参与健身。").is_empty());
}

#[test]
fn a_planned_target_written_yuji_mubiao_is_no_estimate() {
    let f = figures("预计目标至2030年,慢性病患者规范管理率达到80%。");
    assert_eq!(f, vec![(80.0, None, 2030, Comparator::Ge)]);
    assert!(figures("预计至2030年,慢性病患者规范管理率将达到80%。").is_empty());
}

#[test]
fn counts_a_piece_of_work_serves_are_targets_of_a_dated_list() {
    let v = value_years(
        "某区2026年民生实事项目\n为500名独居老人提供助餐服务;为800户困难家庭安装燃气报警器。\n",
    );
    assert_eq!(v, vec![(500.0, 2026), (800.0, 2026)]);
    // Not without a verb of doing after it.
    assert!(figures("某区2026年民生实事项目\n为500名独居老人的家属。\n").is_empty());
}

#[test]
fn durations_listed_under_fenbie_take_its_comparator() {
    let f = figures("到2027年,甲入学率和乙受教育年限分别达到95%和13.5年。");
    assert_eq!(
        f,
        vec![
            (95.0, None, 2027, Comparator::Ge),
            (13.5, None, 2027, Comparator::Ge)
        ]
    );
}

#[test]
fn a_lead_naming_practical_projects_with_a_year_or_jiang_dates_the_list() {
    let on = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    let years = |text: &str| -> Vec<(f64, i32)> { value_years_with(text, &on) };
    // A year named in the lead sentence, not opening the line.
    assert_eq!(
        years("3月2日,记者获悉,2026年,某县将办好十件民生实事。这十件实事是:改造背街小巷12条;新建公厕8座。"),
        vec![(12.0, 2026), (8.0, 2026)]
    );
    // 将 in a report: the year it was issued in.
    assert_eq!(
        years("报告指出,县政府将重点抓好10件民生实事。\n(1)改造背街小巷12条。\n(2)新建公厕8座。"),
        vec![(12.0, 2026), (8.0, 2026)]
    );
    // A headline that drops 年 after its year.
    assert_eq!(
        years("2026某区民生实事项目出炉\n1、改造背街小巷12条。\n2、新建公厕8座。"),
        vec![(12.0, 2026), (8.0, 2026)]
    );
    // A review stays a review.
    assert!(years("县政府已完成10件民生实事。\n(1)改造背街小巷12条。").is_empty());
}

#[test]
fn an_undated_work_report_speaks_of_the_year_whose_work_it_plans() {
    let v = value_years("市长在报告中提出2019年政府工作总体要求。今年主要预期目标是:地区生产总值增长7%;城镇登记失业率控制在4%以内。");
    assert_eq!(v, vec![(7.0, 2019), (4.0, 2019)]);
}

#[test]
fn lamps_signs_and_class_hours_are_units_of_practical_projects() {
    let v =
        value_years("某县2026年民生实事\n安装太阳能路灯800盏;设置警示标志40块;开设课程150课时。");
    assert_eq!(v, vec![(800.0, 2026), (40.0, 2026), (150.0, 2026)]);
}

#[test]
fn a_work_report_naming_a_five_year_plan_in_passing_plans_its_own_year() {
    let options = plan_gauge_draft::DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    let v = value_years_with(
        "某市政府工作报告\n推动“十五五”规划项目落地。新建学校12所以上。",
        &options,
    );
    assert_eq!(v, vec![(12.0, 2026)]);
}

#[test]
fn a_year_whose_subject_will_act_dates_an_undated_report() {
    let v = value_years(
        "记者获悉:2027年某省将新建公园40个,湿地保护率提高1个百分点。2025年底,全省公园数达到300个。",
    );
    assert_eq!(v, vec![(40.0, 2027), (1.0, 2027)]);
}

#[test]
fn a_report_on_the_first_year_of_a_five_year_plan_speaks_of_that_year() {
    let options = plan_gauge_draft::DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    let v = value_years_with(
        "记者从会上获悉,各地陆续召开会议,2026年是“十五五”规划开局之年。\n某省的增长目标在5%左右。",
        &options,
    );
    assert_eq!(v, vec![(5.0, 2026)]);
}

#[test]
fn a_lead_naming_the_government_that_runs_a_years_practical_projects_dates_the_list() {
    let years = value_years;
    // Undated: the year stands before the district government's name.
    assert_eq!(
        years("经区人民代表大会投票表决,确定以下8个项目为2026年度某市某区政府民生实事项目:\n1.改造背街小巷12条。\n2.新建公厕8座。"),
        vec![(12.0, 2026), (8.0, 2026)]
    );
    // The year may follow an earlier 实事 of the line (the candidates).
    assert_eq!(
        years("代表们在12项民生实事候选项目中选出了8件2026年某市某区人民政府民生实事项目。\n改造背街小巷12条,新建公厕8座。"),
        vec![(12.0, 2026), (8.0, 2026)]
    );
    // A year far from 实事 without a government between them dates nothing.
    assert!(
        years("某区2026年推进城乡建设和社会事业等各项民生实事。\n改造背街小巷12条。")
            .iter()
            .all(|x| x.1 != 2026)
    );
}

#[test]
fn an_undated_text_speaks_of_the_year_it_opens_by_characterising() {
    let v = value_years;
    assert_eq!(
        v("<正>2026年,是某规划的开局之年。报告提出今年的主要预期目标是:地区生产总值增长5%左右;城镇新增就业5万人左右。"),
        vec![(5.0, 2026), (50000.0, 2026)]
    );
    // A year named in passing, not characterised, dates nothing.
    assert!(
        v("<正>会议回顾了2026年的工作。今年地区生产总值增长5%左右。")
            .iter()
            .all(|x| x.1 != 2026)
    );
}

#[test]
fn a_work_meeting_plans_the_year_it_names() {
    let v = value_years(
        "某区召开2025年度总结暨2026年经济社会发展工作会议,今年将瞄准工业产值200亿元目标。2025年,全区实现工业产值162亿元。",
    );
    assert_eq!(v, vec![(200.0, 2026)]);
}

#[test]
fn a_work_report_of_a_five_year_plans_last_year_keeps_that_year_for_its_paragraphs() {
    let on = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    let v = value_years_with(
        "2025年是“十四五”规划的收官之年。今年工作的总体目标要求是:稳中求进。\n(一)推进乡村振兴\n发展特色农业,种植油菜1200亩,种植烟叶550亩。",
        &on,
    );
    assert_eq!(v, vec![(1200.0, 2025), (550.0, 2025)]);
}

fn issued_in(text: &str, year: i32) -> Vec<(f64, i32)> {
    let on = plan_gauge_draft::DraftOptions {
        issued_year: Some(year),
        ..Default::default()
    };
    value_years_with(text, &on)
}

#[test]
fn roc_years_in_chinese_digits_are_deadlines() {
    assert_eq!(
        issued_in(
            "行政院核定的計畫提出,至民國一二四年,認證社區數將達三千五百處。",
            2026
        ),
        vec![(3500.0, 2035)]
    );
    // A past one reports.
    assert!(issued_in("我國於一一○年宣示淨零轉型,認證社區數已達三千五百處。", 2026).is_empty());
}

#[test]
fn a_year_in_chinese_digits_lets_the_items_figures_in_chinese_numerals_count() {
    assert_eq!(
        issued_in(
            "某市持續興建社會住宅,目標二○三○年達成自建一萬戶社宅。",
            2026
        ),
        vec![(10000.0, 2030)]
    );
    // With the year in Arabic figures, a Chinese numeral still needs a cue.
    assert!(issued_in("某市持續興建社會住宅,目標2030年達成自建一萬戶社宅。", 2026).is_empty());
}

#[test]
fn a_year_after_baokuo_heads_the_targets_a_sentence_lists() {
    assert_eq!(
        issued_in("國務院發布文件,訂出多項考核指標,包括二○二二年全國人均預期壽命要提升至77.7歲,重大慢性病過早死亡率降至15.9%。", 2019),
        vec![(77.7, 2022), (15.9, 2022)]
    );
    assert_eq!(
        issued_in(
            "文件订出多项考核目标,包括2022年全国人均预期寿命要提高到77.7岁。",
            2019
        ),
        vec![(77.7, 2022)]
    );
}

#[test]
fn a_fleet_converted_in_full_by_a_deadline_is_a_share_of_100() {
    assert_eq!(
        issued_in("到2030年,市区公车和首长座车全面电动化。", 2025),
        vec![(100.0, 2030), (100.0, 2030)]
    );
    assert_eq!(
        issued_in(
            "2035年完成公务车辆电动化;2030年私有小货车电动化比例达5%。",
            2025
        ),
        vec![(100.0, 2035), (5.0, 2030)]
    );
    // After a report in the same sentence, with the year inside its own clause.
    assert_eq!(
        issued_in(
            "全市电动公车已达95辆,行驶里程今年7月已突破百万公里,某市公车2030年全面电动化。",
            2025
        ),
        vec![(100.0, 2030)]
    );
    // Done already, or without a deadline: nothing.
    assert!(issued_in("某市公车2024年已全面电动化。", 2025).is_empty());
    assert!(issued_in("推动公车全面电动化。", 2025).is_empty());
}

#[test]
fn figures_counted_up_to_now_or_a_works_progress_are_reported() {
    // 统计至 with the date of the count.
    assert_eq!(
        issued_in(
            "统计至今年2月底,全市保障房共1.2万套,占住房总量的5%。明年将新增保障房3000套。",
            2026
        ),
        vec![(3000.0, 2027)]
    );
    // 根据…统计 and 推动进度 in a dated list.
    assert_eq!(
        issued_in(
            "某区2026年民生实事\n根据市住建局统计,全市保障房达1.2万套。\n新建公厕8座。",
            2026
        ),
        vec![(8.0, 2026)]
    );
    assert_eq!(
        issued_in("某区2026年民生实事\n包租代管推动进度:有效合同数达10万份、困难家庭达43%。\n新建公厕8座。", 2026),
        vec![(8.0, 2026)]
    );
    // A count of targets reports targets.
    assert_eq!(
        issued_in("据某报统计,今年多数省份的增长目标在5%左右。", 2026),
        vec![(5.0, 2026)]
    );
}

#[test]
fn a_span_of_fiscal_years_dates_what_the_text_plans() {
    let text = "政府會把2026/27至2035/36年度十年期的公私營房屋新供應比例維持在70:30。按此,公營房屋供應目標為29.4萬個單位。";
    assert_eq!(issued_in(text, 2025), vec![(294000.0, 2036)]);
    // A deadline before the span stays.
    assert_eq!(
        issued_in(
            "2026/27至2030/31年度的供應目標為3萬個單位;2025年底前完成檢視公屋政策。",
            2025
        )
        .iter()
        .map(|x| x.1)
        .collect::<Vec<_>>(),
        vec![2031, 2025]
    );
}

#[test]
fn a_figure_the_text_calls_its_target_counts_without_a_cue() {
    assert_eq!(
        issued_in(
            "政府將供應目標定於4.2萬個單位,私營房屋供應目標為1.26萬個單位。",
            2026
        ),
        vec![(42000.0, 2026), (12600.0, 2026)]
    );
}

#[test]
fn the_money_a_piece_of_work_costs_is_no_target() {
    assert_eq!(
        issued_in("今年,某县将加快建设电商产业园;投资1.6亿元完成74个村电网改造;投资5300万元建成公租房510套。", 2026),
        vec![(74.0, 2026), (510.0, 2026)]
    );
    // An aim for investment itself stays.
    assert_eq!(
        issued_in("到2027年,全市工业投资达到500亿元。", 2026).len(),
        1
    );
}

#[test]
fn a_count_found_too_small_now_is_no_target() {
    assert_eq!(
        issued_in("到2030年,全县电动公交车仅7辆,新增电动公交车200辆。", 2026),
        vec![(200.0, 2030)]
    );
}

#[test]
fn an_roc_deadline_dates_a_taiwanese_texts_undated_aims() {
    assert_eq!(
        issued_in("環境部公布行動計畫,計畫預估至民國一二四年可累積減碳。預期效益:會員數每年新增三十萬人。", 2026),
        vec![(300000.0, 2035)]
    );
}

#[test]
fn jungong_completes_an_item_of_a_practical_project_list() {
    assert_eq!(
        issued_in(
            "某区2026年民生实事\n开工建设安置房60万平方米,竣工安置房50万平方米;竣工公办中小学8所。",
            2026
        ),
        vec![(600000.0, 2026), (500000.0, 2026), (8.0, 2026)]
    );
}

#[test]
fn the_candidates_and_the_projects_a_vote_chose_are_no_targets() {
    assert_eq!(
        issued_in(
            "某区2026年度十件民生实事项目出炉\n\n2026年度某区十大民生实事项目概览 - 某区通过人大代表票决确定了2026年度十大民生实事项目 项目征集工作自2025年11月启动 围绕就业、养老等问题 共征集意见建议70余条 从13项候选项目中选出10项 [1] 项目一:病有所医 - 新建公厕8座 [1]",
            2026
        ),
        vec![(8.0, 2026)]
    );
}

#[test]
fn a_result_set_against_the_plan_it_fulfils_is_no_target() {
    assert_eq!(
        issued_in(
            "某市2026年实事项目进展\n新建 35家 社区食堂,为计划的102%。\n完成 80公里 绿道建设,为年度计划的110%。\n到2028年,新建社区食堂40家。",
            2026
        ),
        vec![(40.0, 2028)]
    );
}

#[test]
fn a_year_in_a_clause_of_work_done_does_not_end_the_look_back() {
    assert_eq!(
        issued_in(
            "截至目前,2026年年初区政府安排的12件实事已全部完成,9个项目超额完成。",
            2026
        ),
        vec![]
    );
    // A deadline to come still sets targets after a report.
    assert_eq!(
        issued_in("截至目前,全区已建成驿站12个,到2028年建成驿站30个。", 2026),
        vec![(30.0, 2028)]
    );
}

#[test]
fn each_item_of_a_practical_project_list_counts() {
    assert_eq!(
        issued_in(
            "2026年某区政府为民办实事项目\n1\n推出6处以上“口袋书房”、15个社区文化示范点\n推出120场公益演出、300场阅读活动以及800场电影放映\n新增300个公共(含专用)充电桩、12个充电示范小区",
            2026
        ),
        vec![
            (6.0, 2026),
            (15.0, 2026),
            (120.0, 2026),
            (300.0, 2026),
            (800.0, 2026),
            (300.0, 2026),
            (12.0, 2026)
        ]
    );
}

#[test]
fn the_years_to_come_of_a_named_plan_end_with_its_span() {
    assert_eq!(
        issued_in(
            "国务院日前印发的《某事业发展纲要(2021—2030年)》提出了未来十年的目标:某服务覆盖率达到90%以上。",
            2022
        ),
        vec![(90.0, 2030)]
    );
    // Years to come without a named span stay undated.
    assert_eq!(
        issued_in("某局提出,未来十年,某服务覆盖率达到90%以上。", 2022),
        vec![]
    );
}

#[test]
fn a_count_each_of_a_share_of_subjects_is_to_have_is_no_target() {
    assert_eq!(
        issued_in("到2030年,85%以上的村建设1个文化活动室。", 2026),
        vec![(85.0, 2030)]
    );
}

#[test]
fn a_repeated_verb_of_doing_does_not_make_two_counts_one() {
    assert_eq!(
        issued_in(
            "2026年某市政府民生实事项目为:\n二、推进教育提质。新建(改扩)公办幼儿园12所;新建(改扩)公办中小学12所。",
            2026
        ),
        vec![(12.0, 2026), (12.0, 2026)]
    );
    // A count restated under a shorter name is still one target.
    assert_eq!(
        issued_in("到2028年,新建公办幼儿园12所。其中,新建幼儿园12所。", 2026),
        vec![(12.0, 2028)]
    );
}

#[test]
fn a_title_naming_a_years_work_points_dates_a_run_on_text() {
    let f = value_years(
        "1、某乡2026年工作要点 乡党委政府将认真抓好各项工作。 一、做强产业 1.完成茶园改造2000亩,开展养殖大户15户。",
    );
    assert_eq!(f, vec![(2000.0, 2026), (15.0, 2026)]);
}

#[test]
fn a_whole_number_written_in_groups_of_magnitudes_is_one_figure() {
    let t = one("到2027年,全县农村居民人均存款达到3万2500元。");
    assert_eq!((t.milestone.value, t.unit.as_str()), (Some(32500.0), "元"));
    let t = one("到2027年,社会住宅达到12万2757户。");
    assert_eq!((t.milestone.value, t.unit.as_str()), (Some(122757.0), "户"));
    let t = one("到2027年,累计服务2万2千名幼儿。");
    assert_eq!(t.milestone.value, Some(22000.0));
    // Amounts keep the smallest magnitude written in the unit.
    let t = one("到2027年,全县旅游收入达到17亿5000万元。");
    assert_eq!(
        (t.milestone.value, t.unit.as_str()),
        (Some(175000.0), "万元")
    );
}

#[test]
fn the_amounts_of_a_years_budget_bill_are_no_target() {
    assert_eq!(
        issued_in(
            "2027年度总预算案编制,岁入及岁出预算数均为351亿7884万2000元,收支平衡。",
            2026
        ),
        vec![]
    );
}

#[test]
fn the_year_an_aim_names_is_a_deadline_of_an_undated_text() {
    assert_eq!(
        figures("某局的目標是2050年前達到零排放。局長表示,目標在2026年增加私人充電設施到至少8萬個,公共充電設施增至3000個。")
            .iter()
            .map(|f| (f.0, f.2))
            .collect::<Vec<_>>(),
        vec![(1.0, 2050), (80000.0, 2026), (3000.0, 2026)]
    );
}

#[test]
fn a_figure_called_a_years_target_counts_inside_an_estimate() {
    assert_eq!(
        issued_in(
            "預計今年裝置容量可達3.9GW,可望達成2027年規劃目標4.6GW。",
            2026
        ),
        vec![(4.6, 2027)]
    );
}

#[test]
fn moving_toward_a_years_aim_ends_a_report() {
    assert_eq!(
        issued_in(
            "截至2025年底,累計併網量已突破3.2GW,並朝向2027年達成4.1GW至4.4GW的目標邁進。",
            2026
        )
        .len(),
        1
    );
}

#[test]
fn a_point_between_chinese_digits_is_a_decimal_point() {
    let t = one("到二〇三〇年,光電裝置容量達到三十一．五GW。");
    assert_eq!(
        (t.milestone.value, t.milestone.year, t.unit.as_str()),
        (Some(31.5), 2030, "GW")
    );
}

#[test]
fn square_metres_written_as_one_sign_are_a_unit() {
    let t = one("到2030年,人均公园绿地面积达15.5㎡。");
    assert_eq!(t.milestone.value, Some(15.5));
}

#[test]
fn this_year_so_far_shortened_looks_back() {
    assert_eq!(
        issued_in(
            "數據顯示,今年來外商投資綠能產業金額近二十億美元、占僑外投資約十八．五％。",
            2026
        ),
        vec![]
    );
    assert_eq!(
        issued_in("今年來全市新增企業1200家、占全省約18.5%。", 2026),
        vec![]
    );
}

#[test]
fn a_projection_worked_out_from_a_trend_is_no_target() {
    assert_eq!(
        issued_in(
            "當局按目前趨勢推算,2030年或有逾35萬輛電動私家車,2035年更可能趨近60萬輛。當局目標2027年有約18萬個充電車位。",
            2026
        ),
        vec![(180000.0, 2027)]
    );
}

#[test]
fn one_in_n_of_one_kind_of_thing_is_no_count() {
    assert_eq!(
        issued_in(
            "到2035年停止新登記燃油私家車。現時每6輛新車有1輛是電動車。",
            2026
        ),
        vec![(1.0, 2035)]
    );
}

#[test]
fn the_values_of_a_base_year_listed_before_the_aim_are_bases() {
    assert_eq!(
        issued_in(
            "澳門擬爭取金融業比重料到2028年達到10%以上。兩個產業的增加值會由2022年的4.5億元及210.3億元,到2028年維持增長的勢頭。",
            2023
        ),
        vec![(10.0, 2028)]
    );
    // The aim after the change stays.
    assert_eq!(
        issued_in("某產業增加值由2022年的4.5億元提高到2028年的9億元。", 2023),
        vec![(9.0, 2028)]
    );
}

#[test]
fn the_count_of_matters_before_the_count_of_practical_projects_is_no_target() {
    assert_eq!(
        issued_in(
            "某市2026年实事项目\n2026年市政府12件、\n31项实事项目具体安排\n1\n新增养老床位3000张。",
            2026
        ),
        vec![(3000.0, 2026)]
    );
}

#[test]
fn the_count_of_places_where_the_work_is_done_is_no_target() {
    assert_eq!(
        issued_in(
            "今年,全市确定在9个区建设停车场30处,新增停车泊位4000个。",
            2026
        ),
        vec![(30.0, 2026), (4000.0, 2026)]
    );
}

#[test]
fn a_verb_written_with_its_alternative_in_brackets_leads_its_count() {
    assert_eq!(
        issued_in(
            "2026年某市政府民生实事项目为:\n五、丰富群众文体生活。建(改)成口袋公园25个。",
            2026
        ),
        vec![(25.0, 2026)]
    );
}

#[test]
fn a_clause_naming_one_more_thing_goes_on_with_the_verb_before_it() {
    assert_eq!(
        issued_in(
            "某乡2026年工作要点\n4.开展蜜蜂养殖大户12户,肉牛养殖大户8户,稻虾养殖300亩。",
            2026
        ),
        vec![(12.0, 2026), (8.0, 2026), (300.0, 2026)]
    );
    // Not an effect or a status of the work (in either script).
    assert_eq!(
        issued_in(
            "某乡2026年工作要点\n4.完成电梯加装40台,在建90台;支持创业300人,带动就业1200人。",
            2026
        ),
        vec![(40.0, 2026), (300.0, 2026)]
    );
    assert_eq!(
        issued_in("某鄉2026年工作要點\n4.支持創業300人,帶動就業1200人。", 2026),
        vec![(300.0, 2026)]
    );
}

#[test]
fn the_value_a_target_was_revised_to_is_the_target() {
    assert_eq!(
        issued_in("長期目標:2035年總目標已由12GW上修至16.5GW。", 2026),
        vec![(16.5, 2035)]
    );
}

#[test]
fn a_change_named_by_its_word_alone_is_the_change_of_the_level_before_it() {
    let d = plan_gauge_draft::draft(
        "某乡2026年工作要点\n全年预期目标:全乡GDP达3.1亿元,增长8%;农村经济总收入达2.7亿元,增长8%。",
    );
    let growths: Vec<&str> = d
        .targets
        .iter()
        .filter(|t| t.unit == "%")
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(growths, vec!["全乡GDP增长", "农村经济总收入增长"]);
}

#[test]
fn one_at_a_time_is_the_rhythm_of_the_work() {
    assert_eq!(
        issued_in(
            "今年,全市新增停车泊位6000个,成熟一个、开工一个,建成一个、开放一个。",
            2026
        ),
        vec![(6000.0, 2026)]
    );
}

#[test]
fn a_threshold_naming_listed_places_is_no_target() {
    assert_eq!(
        issued_in(
            "2026年某市政府民生实事项目为:\n七、实现全市行政村、30户以上自然村应急广播终端100%覆盖。",
            2026
        ),
        vec![(100.0, 2026)]
    );
}

#[test]
fn a_work_report_that_arranges_a_years_work_dates_its_list() {
    assert_eq!(
        issued_in(
            "3月1日,某市市长向大会作政府工作报告,回顾2025年工作、安排2026年工作。\n\n新建托育园15所\n\n新增停车位3万个",
            2026
        ),
        vec![(15.0, 2026), (30000.0, 2026)]
    );
}

#[test]
fn the_spending_a_piece_of_work_is_to_complete_is_no_target() {
    assert_eq!(
        issued_in(
            "2026年某市政府民生实事项目为:\n完成保障性住房投资200亿元以上;新增停车位3万个。",
            2026
        ),
        vec![(30000.0, 2026)]
    );
}

#[test]
fn the_phase_of_a_named_line_is_no_count() {
    assert_eq!(
        issued_in(
            "2026年某市政府民生实事项目为:\n建成开通地铁6号线三期,新增停车位3万个。",
            2026
        ),
        vec![(30000.0, 2026)]
    );
}

#[test]
fn a_years_projects_for_the_people_date_their_list_as_practical_projects_do() {
    assert_eq!(
        value_years(
            "某县2026年八大惠民工程\n\n1.道路工程。完成东西两条街道路面改造5公里;新增停车位400个。"
        ),
        vec![(5.0, 2026), (400.0, 2026)]
    );
    assert_eq!(
        issued_in(
            "某市今年将实施10项民心工程\n\n新建养老服务站12个、改造农贸市场6家。",
            2026
        ),
        vec![(12.0, 2026), (6.0, 2026)]
    );
    // A report on one project of the list does not make the page a list of the year's work.
    assert!(issued_in(
        "某区加快充电设施建设 一季度新增充电桩900个\n\n建设充电桩是我区2026年15项民心工程项目之一。",
        2026
    )
    .is_empty());
}

#[test]
fn the_count_of_a_years_practical_projects_is_no_target() {
    for text in [
        "某区人民政府\n\n2026年实施民生实事项目9项\n\n社区食堂建设项目",
        "某县今年将实施的15项惠民工程已经确定。",
        "2026年,某市将实施民心工程12项。",
    ] {
        let f = issued_in(text, 2026);
        assert!(f.is_empty(), "{text}: {f:?}");
    }
}

#[test]
fn a_table_flattened_one_cell_a_line_with_several_year_columns_gives_each_later_year_a_target() {
    let text = "某市全民健身行动主要指标\n序号 |\n指标名称 |\n单位 |\n2023年 |\n2026年 |\n2028年 |\n责任单位 |\n\
                1 |\n经常参加体育锻炼人数比例 |\n% |\n38.5 |\n≥40 |\n≥42 |\n市体育局、市教育局、市卫健委、各区县人民政府,各街道办事处 |\n\
                2 |\n成人吸烟率 |\n% |\n22.1 |\n≤20 |\n≤18.5 |\n市卫健委 |\n\
                3 |\n人均体育场地面积 |\n平方米 |\n2.1 |\n持续提高 |\n持续提高 |\n市体育局 |";
    assert_eq!(
        figures(text),
        vec![
            (40.0, None, 2026, Comparator::Ge),
            (42.0, None, 2028, Comparator::Ge),
            (20.0, None, 2026, Comparator::Le),
            (18.5, None, 2028, Comparator::Le),
        ]
    );
    // A header of one year keeps reading every figure after the row's nature as that year's.
    let single = "序号 |\n指标 |\n单位 |\n属性 |\n2026年 |\n累计 |\n1 |\n新建绿道 |\n公里 |\n预期性 |\n120 |\n[300] |\n\
                  2 |\n新增公园 |\n个 |\n预期性 |\n8 |\n[20] |";
    assert_eq!(
        value_years(single),
        vec![(120.0, 2026), (300.0, 2026), (8.0, 2026), (20.0, 2026)]
    );
}

#[test]
fn a_span_of_roc_years_in_a_taiwanese_title_dates_the_plan_and_its_years() {
    let text = "某縣溫室氣體減量計畫(110-114年)\n\n階段目標:「減碳優先,112年達到排放量比基準年減少10%,114年達到PM2.5年均值15 μg/m3。」";
    let f = figures_with(
        text,
        &DraftOptions {
            issued_year: Some(2022),
            ..Default::default()
        },
    );
    assert!(f.contains(&(15.0, None, 2025, Comparator::Le)), "{f:?}");
    // A span of another plan, inside a sentence, does not date the text.
    let review = "為照顧青年居住需求,主管機關以6年(105至110年)興建新住宅5萬戶為目標,已有成果。";
    assert!(draft(review).targets.is_empty());
}

#[test]
fn a_level_in_micrograms_a_cubic_metre_reached_is_a_ceiling() {
    assert_eq!(
        figures("到2027年,全市细颗粒物年均值达到28微克/立方米,可吸入颗粒物年均值达到50 μg/m3。"),
        vec![
            (28.0, None, 2027, Comparator::Le),
            (50.0, None, 2027, Comparator::Le)
        ]
    );
}

#[test]
fn projects_pushed_forward_and_their_kinds_are_counts_of_work_not_targets() {
    let text = "2027年,市水利局全年谋划推进20个水利项目,具体包括推进3座水库、5条河道治理工程建设。同步实现工作目标,新建堤防45公里,改造灌渠30公里。";
    assert_eq!(value_years(text), vec![(45.0, 2027), (30.0, 2027)]);
    // A list of other things after 具体包括, with no projects before it, still states targets.
    assert_eq!(
        value_years("到2027年,主要目标具体包括新建堤防45公里、改造灌渠30公里。"),
        vec![(45.0, 2027), (30.0, 2027)]
    );
}

#[test]
fn an_amount_of_money_after_guo_before_a_noun_is_a_threshold_in_its_name() {
    assert_eq!(
        figures("到2026年,全省营业收入过100亿元企业达到30家。"),
        vec![(30.0, None, 2026, Comparator::Ge)]
    );
    // An amount after 过 that closes the clause is the aim itself.
    assert_eq!(
        value_years("到2026年,全省数字经济规模过5000亿元。"),
        vec![(5000.0, 2026)]
    );
}

#[test]
fn full_coverage_inside_a_quoted_slogan_names_the_work_not_an_aim() {
    assert!(figures("到2026年,推行企业开办“一网通办、全覆盖”模式。").is_empty());
    assert_eq!(
        figures("到2026年,实现企业开办“一网通办”全覆盖。"),
        vec![(100.0, None, 2026, Comparator::Ge)]
    );
}

#[test]
fn a_figure_compared_against_or_given_as_a_reason_is_no_target() {
    let text = "專家表示,某市目標是2030年要減量30%,但因為全市60%以上排放量都來自運輸部門,其實比30%來講應該更高。";
    assert_eq!(
        figures(text),
        vec![(-30.0, None, 2030, Comparator::Ge)],
        "{:?}",
        figures(text)
    );
    // A ratio's name ending in 比 keeps its figure.
    assert_eq!(
        figures("到2026年,城乡居民收入比缩小到1.9以内。"),
        vec![(1.9, None, 2026, Comparator::Le)]
    );
}

#[test]
fn a_number_of_years_right_after_the_name_of_one_is_a_target() {
    assert_eq!(
        figures("到2027年,新增劳动力平均受教育年限14.2年。"),
        vec![(14.2, None, 2027, Comparator::Ge)]
    );
    // Without such a name, a bare figure in years stays a span of time.
    assert!(figures("到2027年,项目建设周期3年。").is_empty());
}

#[test]
fn a_count_of_what_is_built_anew_with_xinxiu_is_a_target_in_a_list() {
    assert_eq!(
        value_years("某县2026年民生实事\n1.新修机耕道路45公里。2.新修小型水窖120座。"),
        vec![(45.0, 2026), (120.0, 2026)]
    );
}

#[test]
fn doing_away_with_something_in_full_in_a_years_list_is_a_yes_no_target_of_that_year() {
    let text = "某县2026年民生实事\n一、全面消除城区黑臭水体。\n二、全面淘汰燃煤锅炉,改善空气质量。\n三、新建公厕12座。";
    let d = draft(text);
    let got: Vec<(f64, i32, Kind)> = d
        .targets
        .iter()
        .map(|t| {
            (
                t.milestone.value.unwrap_or(f64::NAN),
                t.milestone.year,
                t.kind,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (1.0, 2026, Kind::Binary),
            (1.0, 2026, Kind::Binary),
            (12.0, 2026, Kind::Cumulative)
        ]
    );
    // A plan of several years still needs a deadline in the sentence.
    assert!(figures("某县污染防治行动方案(2024—2026年)\n一、全面消除城区黑臭水体。").is_empty());
}

#[test]
fn the_five_years_to_come_of_a_plan_issued_in_its_first_year_are_its_period() {
    let on = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    assert_eq!(
        value_years_with(
            "某市住房发展规划(2026-2030年)\n\n未来五年将完成四个安置房工程。",
            &on
        ),
        vec![(4.0, 2030)]
    );
    // Years to come of another length are still no deadline.
    assert!(value_years_with(
        "某市住房发展规划(2026-2030年)\n\n未来三年将完成四个安置房工程。",
        &on
    )
    .is_empty());
}

#[test]
fn a_count_of_the_plans_own_tasks_is_no_target() {
    assert!(figures("到2026年,全市将完成两项任务:编制路线图,制定长远策略。").is_empty());
}

#[test]
fn a_news_dateline_does_not_join_the_first_item_of_a_list() {
    let on = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    assert_eq!(
        value_years_with(
            "某市今年将实施10项民心工程\n\n某某日报讯(记者王某)新建6所幼儿园、打通5条断头路、改造20万平方米老旧小区。",
            &on
        ),
        vec![(6.0, 2026), (5.0, 2026), (200000.0, 2026)]
    );
    // 通讯 is no dateline.
    let d = draft("到2026年,通讯基站达到5000个。");
    assert_eq!(d.targets.len(), 1);
    assert_eq!(d.targets[0].name, "通讯基站");
}

#[test]
fn a_township_s_yearly_work_plan_named_with_its_government_dates_the_text() {
    let on = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    assert_eq!(
        value_years_with(
            "某乡2025年度政府工作计划\n\n主要预期目标是:财政收入增长5%以上,粮食产量稳定在3万吨。",
            &on
        ),
        vec![(5.0, 2025), (30000.0, 2025)]
    );
}

#[test]
fn a_year_called_a_key_year_of_the_five_year_plan_is_the_year_the_text_plans() {
    let on = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    // (The aims without a year are that year's, not the five-year plan's last.)
    assert_eq!(
        value_years_with(
            "某县教育局今年建设30个项目\n\n2024年,是落实“十四五”规划的攻坚之年。教育系统将加快推进各项工作,确保年底新建项目开工率达到70%。",
            &on
        ),
        vec![(30.0, 2024), (70.0, 2024)]
    );
}

#[test]
fn an_undated_lead_on_what_a_year_will_bring_to_several_places_dates_their_plans() {
    let f = value_years(
        "2021年甲区、乙区的道路、学校等都将有新变化,以下是两区的新年规划。\n1、新增公办幼儿园4所,建成6个社区食堂。\n2、丙路、丁路等8条道路开工建设,12个老旧小区改造。",
    );
    assert_eq!(f, vec![(4.0, 2021), (6.0, 2021), (8.0, 2021), (12.0, 2021)]);
    // (A lead that reviews the year is no plan.)
    assert!(value_years(
        "2021年甲区、乙区的面貌都将更新,以下是两区以来的成绩。\n新增公办幼儿园4所。"
    )
    .iter()
    .all(|(_, y)| *y != 2021));
}

#[test]
fn a_report_on_a_years_work_report_with_the_place_between_is_that_years_plan() {
    assert_eq!(
        value_years(
            "某报出品\n2025年某市政府工作报告昨日发布。今年,城区面貌将进一步改善。\n报告提到,开工建设12座泵站,建成80个口袋公园。"
        ),
        vec![(12.0, 2025), (80.0, 2025)]
    );
    let on = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    assert_eq!(
        value_years_with(
            "今年政府工作报告聚焦城市建设\n\n报告指出,要实施6个片区改造项目,建设 2000 套保障性租赁住房。",
            &on
        ),
        vec![(6.0, 2026), (2000.0, 2026)]
    );
}

#[test]
fn an_undated_plan_naming_one_five_year_plan_takes_its_last_year_for_undated_aims() {
    assert_eq!(
        value_years(
            "某省湿地保护规划\n“十四五”时期,湿地保护持续加强。\n———湿地保护率达到60%,自然岸线保有率不低于35%。\n到2035年,湿地生态根本好转。"
        ),
        vec![(60.0, 2025), (35.0, 2025)]
    );
}

#[test]
fn a_count_before_its_noun_and_the_verb_that_ends_the_clause_is_a_count_of_work() {
    let on = DraftOptions {
        issued_year: Some(2023),
        ..Default::default()
    };
    assert_eq!(
        value_years_with(
            "某区2023年民生实事项目\n确保东路、西路等9条道路建成通车,30个老旧小区改造,确保2所新校投入使用。",
            &on
        ),
        vec![(9.0, 2023), (30.0, 2023), (2.0, 2023)]
    );
    // (Projects pushed forward are no units of the plan.)
    assert!(value_years_with(
        "某区2023年民生实事项目\n协调推进甲、乙等5个电源项目建设。",
        &on
    )
    .is_empty());
}

#[test]
fn figures_a_statistics_office_releases_for_the_present_year_are_results() {
    let on = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    assert!(figures_with(
        "2025年全省油料产量再创新高\n\n12月10日,省统计局发布数据,2025年全省油料产量320万吨,增长2.1%。负责人表示,2025年,全省油料产量首次超过300万吨。\n分季节看,2025年,夏收油料产量120万吨;秋收油料产量200万吨。",
        &on
    )
    .is_empty());
    // (A plan's aims for the year stay targets.)
    assert_eq!(
        value_years_with("2025年,全省油料产量达到320万吨以上。", &on),
        vec![(3_200_000.0, 2025)]
    );
}

#[test]
fn a_heading_on_how_a_years_work_went_heads_a_review() {
    assert!(figures(
        "某乡2025年工作总结和2026年工作打算\n一、2025年工作推进情况\n2025年,全乡油菜种植面积2.1万亩,村集体经济增收近20万元。"
    )
    .is_empty());
}

#[test]
fn a_title_looking_back_on_a_five_year_plan_that_has_ended_heads_a_review() {
    let on = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    assert!(figures_with(
        "“十四五”时期我省防灾减灾能力明显提升\n全省新建气象站320个,总数达1.2万个;预警信息覆盖率提升到95%。",
        &on
    )
    .is_empty());
    // (Issued while the plan runs, the same words state aims.)
    let early = DraftOptions {
        issued_year: Some(2022),
        ..Default::default()
    };
    assert!(!figures_with(
        "“十四五”时期我省防灾减灾能力将明显提升\n到2025年,预警信息覆盖率提升到95%。",
        &early
    )
    .is_empty());
}

#[test]
fn counts_to_the_end_of_a_year_in_an_undated_report_are_results() {
    assert!(figures(
        "记者从某部了解到,“十四五”以来,我国农村道路条件明显改善。截至2025年底,农村公路通达率达到99%、硬化率达到90%。"
    )
    .is_empty());
}

#[test]
fn the_year_just_gone_named_after_the_subject_opens_a_review() {
    let on = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    assert!(figures_with(
        "某局局长说,县体育局在过去一年,主要推进2023年全民健身实事。其中,新建健身广场6个,举办赛事30场,均增长20%以上。",
        &on
    )
    .is_empty());
}

#[test]
fn a_speaker_s_year_gone_by_heads_a_review_whose_within_the_year_is_that_year() {
    let on = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    assert_eq!(
        value_years_with(
            "某局副局长介紹,2023年,全市养老服务持续改善。新增养老床位900张,两项指标提前完成了国家确定的“十四五”目标。年内共计建成日间照料中心40个,新增护理员3000名。\n副局长表示,2024年全市将新增养老床位1000张。",
            &on
        ),
        vec![(1000.0, 2024)]
    );
}

#[test]
fn subjects_listed_before_a_shared_rate_each_get_its_figure() {
    assert_eq!(
        figures("到2025年,城市道路、公共建筑无障碍设施建设率达百分之百。"),
        vec![
            (100.0, None, 2025, Comparator::Ge),
            (100.0, None, 2025, Comparator::Ge)
        ]
    );
    assert_eq!(
        value_years("到2030年,乡镇以上综合文化站、体育馆覆盖率达100%,剧院覆盖率达60%。"),
        vec![(100.0, 2030), (100.0, 2030), (60.0, 2030)]
    );
    // (Rates each named in full share the figure too, but not efficiencies of one measure.)
    assert_eq!(
        value_years("到2030年,适龄儿童入学率和残疾儿童随班就读率达到95%以上。"),
        vec![(95.0, 2030), (95.0, 2030)]
    );
    assert_eq!(
        value_years("到2030年,设施利用效率和综合效率达到90%以上。").len(),
        1
    );
    // (双100%: one figure for each of two subjects.)
    assert_eq!(
        value_years("到2027年,规上企业和重点园区数字化覆盖率实现双100%。"),
        vec![(100.0, 2027), (100.0, 2027)]
    );
}

#[test]
fn a_count_equal_to_the_items_just_named_counts_them() {
    let on = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    assert!(figures_with(
        "2025年,要锚定目标,建设乡村治理、文明实践、平安建设三个示范区,守住安全生产、生态环保两条底线。",
        &on
    )
    .iter()
    .all(|f| f.0 != 3.0));
    assert!(
        figures("“十五五”时期,将实施资源共享、能力提升、基层服务、对外交流4项重点工程。")
            .is_empty()
    );
    // (A length over named roads is no count of them.)
    assert_eq!(
        value_years("到2026年,实施甲路、乙路、丙路等管网改造3公里。"),
        vec![(3.0, 2026)]
    );
}

#[test]
fn the_parts_of_a_count_in_brackets_are_no_targets() {
    assert_eq!(
        value_years("某县2026年民生实事项目\n对农村公路危桥改造12座(其中:2座危桥、10座窄桥),道路改造17公里(含县道6公里)。"),
        vec![(12.0, 2026), (17.0, 2026)]
    );
}

#[test]
fn a_paragraph_opening_with_a_five_year_period_to_come_dates_the_aims_after_it() {
    assert_eq!(
        value_years(
            "某省河湖保护规划\n“十五五”时期,河湖面貌持续改善,治理能力显著提升。\n———水质持续改善。优良水体比例达到85%,重点断面全面消除劣V类,饮用水水源达标率保持100%。\n到2035年,河湖生态根本好转。"
        ),
        vec![(85.0, 2030), (1.0, 2030), (100.0, 2030)]
    );
}

#[test]
fn a_value_a_year_gone_by_reached_and_its_restatement_are_no_targets() {
    assert_eq!(
        value_years(
            "负责人表示,物流费用与GDP的比率由2012年的18%,降至2023年的14.4%,即每100元GDP的物流费用,从18元下降到14.4元。方案提出,到2027年,该比率力争降至13.5%左右。"
        ),
        vec![(13.5, 2027)]
    );
}

#[test]
fn a_cut_off_date_of_who_qualifies_does_not_date_the_text() {
    assert_eq!(
        value_years(
            "2022年某县困难家庭改造实施方案 2022年,对全县300户困难家庭进行改造,实现重点对象全覆盖。对象为1960年1月1日前出生的老人。属于全覆盖类家庭的,可不改造。"
        ),
        vec![(300.0, 2022), (100.0, 2022)]
    );
}

#[test]
fn counts_that_only_describe_or_count_a_list_are_no_targets() {
    let on = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    assert_eq!(
        value_years_with(
            "2025年某区民生实事项目\n一、托育服务方面(5项)\n1.新增2至3岁幼儿托位200个,推进300堂育儿讲座。\n2.实现区属15家社区卫生服务中心智慧药房全覆盖。",
            &on
        ),
        vec![(200.0, 2025), (100.0, 2025)]
    );
    // (Lectures are counted by 堂.)
    assert_eq!(
        value_years_with("2025年某区民生实事项目\n1.举办300堂健康讲座。", &on),
        vec![(300.0, 2025)]
    );
    // (A gain in years of life stays an aim.)
    assert_eq!(
        value_years("到2030年,实现人均预期寿命增加1岁的目标。"),
        vec![(1.0, 2030)]
    );
}

#[test]
fn traditional_units_of_signs_lamps_and_class_hours_fold() {
    assert_eq!(
        value_years("到2025年,每萬人擁有足球場地數量達到0.9塊,新增路燈300盞,開設課程200課時。"),
        vec![(0.9, 2025), (300.0, 2025), (200.0, 2025)]
    );
}

#[test]
fn the_homes_and_works_a_project_will_serve_count_after_its_name() {
    let on = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    assert_eq!(
        value_years_with(
            "某县2026年民生实事项目\n其中,渠系维护项目将对各乡镇老化破损闸门300处进行维修,新建农桥5座。\n县政府共收集群众提出的意见建议120条,确保今年的十大民生实事项目高质量完成。",
            &on
        ),
        vec![(300.0, 2026), (5.0, 2026)]
    );
}

#[test]
fn an_amount_with_a_bound_before_a_noun_is_a_threshold() {
    assert_eq!(
        value_years("到2027年,协调服务投资1亿元以上项目,新增光伏装机200万千瓦。"),
        vec![(2_000_000.0, 2027)]
    );
}

#[test]
fn last_year_with_its_roc_year_in_brackets_reports() {
    assert!(figures("市长表示,本市去(112)年全年日照时数超过2200小时,居全国之冠。").is_empty());
}

#[test]
fn counts_of_the_plans_own_framework_are_no_targets() {
    assert_eq!(
        value_years(
            "“十五五”期间,全市将围绕1个总体目标,把“数据大脑”作为建设的1个总抓手,围绕2条主线发力。到2030年,建成5G基站3万个。"
        ),
        vec![(30000.0, 2030)]
    );
}

#[test]
fn a_count_given_as_the_number_of_what_the_clause_before_does_is_its_target() {
    let on = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    assert_eq!(
        value_years_with(
            "今年政府工作报告聚焦城市更新\n\n报告提到,要去实施老旧街区改造项目,数量为120个。",
            &on
        ),
        vec![(120.0, 2026)]
    );
}

#[test]
fn a_count_after_a_short_name_of_where_then_its_noun_and_verb_is_a_count_of_work() {
    let on = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    assert_eq!(
        value_years_with(
            "某县2026年民生实事项目\n3. 乡村道路40座危旧桥梁加固维修(其中:县道10座、乡道30座)。",
            &on
        ),
        vec![(40.0, 2026)]
    );
}

#[test]
fn a_share_of_subjects_reaching_a_state_is_the_aim() {
    // The share is the aim when nothing later says what each subject reaches.
    assert_eq!(
        value_years("到2027年,85%的乡镇通天然气管道,70%的中小学达到省级标准化学校要求。"),
        vec![(85.0, 2027), (70.0, 2027)]
    );
    assert_eq!(
        value_years("到2026年,90%的社区实现一级标准化建设。"),
        vec![(90.0, 2026)]
    );
    // With a later figure saying what each must reach, the share is still drafted once.
    assert_eq!(
        value_years("到2026年,60%以上的社区养老服务覆盖率达到95%。"),
        vec![(60.0, 2026)]
    );
    // A share of subjects without a verb of reaching names them, no aim.
    assert!(value_years("到2026年,支持30%的企业开展数字化改造评估。").is_empty());
}

#[test]
fn an_undated_text_plans_the_five_year_period_its_subject_will_act_in() {
    // Nothing else dates the text: “十二五”时期 with 将 is the period it plans, so its years are
    // deadlines, not history.
    assert_eq!(
        value_years(
            "“十二五”时期,全省将加快发展现代农业,农业增加值年均增长4%。规划提出,2015年农田有效灌溉面积占比达到60%以上。"
        ),
        vec![(4.0, 2015), (60.0, 2015)]
    );
    // Without 将 the period is not said to come.
    assert!(value_years("“十二五”时期,全省农业增加值年均增长4%。").is_empty());
}

#[test]
fn this_year_called_the_first_of_a_five_year_plan_dates_its_aims() {
    let dated = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    // 今年 is the first year of 十五五: the undated aims are this year's, not the plan's last.
    assert_eq!(
        value_years_with(
            "今年是“十五五”开局之年。全市将积极推进公园城市建设,新建口袋公园30个,改造老旧管网120公里。",
            &dated
        ),
        vec![(30.0, 2026), (120.0, 2026)]
    );
}

#[test]
fn a_year_gone_by_after_how_the_reporter_learnt_it_is_a_report() {
    let dated = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    assert_eq!(
        value_years_with(
            "今年全市将新建口袋公园30个。据了解,2025年,全市全年新增绿地800公顷,新建绿道150公里。",
            &dated
        ),
        vec![(30.0, 2026)]
    );
    assert_eq!(
        value_years_with(
            "今年全市将新建口袋公园30个。记者获悉,2025年,全市全年新增绿地800公顷。",
            &dated
        ),
        vec![(30.0, 2026)]
    );
}

#[test]
fn a_span_from_one_year_to_another_is_looked_over_not_a_deadline() {
    // An undated report on a plan: 从2016年到2021年 is the span its results cover, so the plan's
    // own deadline sets the period and the span's figures are history.
    assert_eq!(
        value_years(
            "新规划对今后五年作出部署。从2016年到2021年,全省农村自来水普及率由70%提升到88%。到2027年,全省农村自来水普及率将达到95%。"
        ),
        vec![(95.0, 2027)]
    );
}

#[test]
fn an_undated_year_whose_subject_will_act_mid_sentence_dates_the_text() {
    // The year stands inside the first sentence, after the town is introduced; later sentences
    // without a year of their own take it, not a default.
    assert_eq!(
        value_years(
            "某镇是全县重点镇,2024年,某镇将围绕产业升级开展工作。实施道路提升工程。全面建成环镇路6公里以上,新铺设供水管网不少于12公里。"
        ),
        vec![(6.0, 2024), (12.0, 2024)]
    );
}

#[test]
fn a_year_followed_by_its_plan_states_aims() {
    let dated = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    // 2025年计划…: the year's plan, in a report of that year.
    assert_eq!(
        value_years_with(
            "我区2025年计划改造供水管网30公里,更换老旧水表1200只。",
            &dated
        ),
        vec![(30.0, 2025), (1200.0, 2025)]
    );
    // 2024年计划的完成情况 looks back.
    assert!(
        value_years_with("我区2024年计划的完成情况良好,改造供水管网28公里。", &dated).is_empty()
    );
}

#[test]
fn an_undated_briefing_on_a_completed_five_year_plan_reports_results() {
    // The opening line names a briefing on completing the plan: its period's figures are results.
    assert!(value_years(
        "11月20日,记者从某市“高质量完成‘十四五’规划”系列新闻发布会上了解到:“十四五”期间,全市新建污水管网1200公里,城市污水处理率达到98%;建成口袋公园85个。"
    )
    .is_empty());
    // A plan that means to complete the period's aims still sets them.
    assert_eq!(
        value_years("为确保完成“十四五”规划目标,到2025年,全市城市污水处理率达到98%。"),
        vec![(98.0, 2025)]
    );
}

#[test]
fn the_months_gone_by_of_a_year_are_reported() {
    let dated = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    // 2024年前7个月 counts months gone by, not a deadline before the year.
    assert!(value_years_with(
        "据介绍,截至2024年6月底,全省已有320家企业完成改造。2024年前7个月新认定的企业中,制造业企业占61%。",
        &dated
    )
    .is_empty());
    assert!(value_years_with("今年前10个月,全市新增城镇就业4.2万人。", &dated).is_empty());
    // 2026年前 is still a deadline.
    assert_eq!(
        value_years_with("2026年前,全市新增城镇就业4.2万人以上。", &dated),
        vec![(42000.0, 2026)]
    );
}

#[test]
fn a_clause_saying_aims_are_met_reports_results() {
    let dated = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    assert!(value_years_with(
        "省工信厅宣布“十四五”充电设施建设目标提前达成,累计建成公共充电桩超过12万个。",
        &dated
    )
    .is_empty());
    // An aim to meet them early is an aim.
    assert_eq!(
        value_years_with(
            "力争“十四五”充电设施建设目标提前达成,2025年累计建成公共充电桩超过12万个。",
            &dated
        ),
        vec![(120000.0, 2025)]
    );
}

#[test]
fn a_year_to_reach_an_aim_ends_the_period_of_yearly_aims() {
    let dated = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    // 实现2031年…目标 names the plan's horizon: its yearly aims run to it.
    assert_eq!(
        value_years_with(
            "新方案提出,每年带动文创产业营收增长3%至5%,实现2031年文创产值达到8000亿元目标。",
            &dated
        ),
        vec![(3.0, 2031), (8000.0, 2031)]
    );
    // The plan's own work items are counted, not aimed at.
    assert!(value_years_with("到2030年,方案将推动3大策略以及12项工作项目。", &dated).is_empty());
}

#[test]
fn tupo_with_yishang_includes_the_figure() {
    use Comparator::*;
    // 突破 only says the figure is reached; 以上 after it bounds it and includes it.
    let f = figures("到2026年,全市新改建农村公路突破300公里以上。");
    assert_eq!(f, vec![(300.0, None, 2026, Ge)]);
    // 突破 alone stays strict.
    let f = figures("到2026年,全市新改建农村公路突破300公里。");
    assert_eq!(f, vec![(300.0, None, 2026, Gt)]);
}

#[test]
fn a_magnitude_without_a_digit_after_a_word_of_reaching_is_one_of_it() {
    // 突破万亿元 is one 万亿元; 达兆元 one 兆元 (万亿).
    assert_eq!(
        value_years("到2030年,全省地区生产总值突破万亿元,文旅产值达兆元。"),
        vec![(10000.0, 2030), (10000.0, 2030)]
    );
    assert_eq!(
        value_years("到2028年,全市规上工业营收达到千亿元。"),
        vec![(1000.0, 2028)]
    );
    // An amount after 过 right before a noun bounds what the noun counts.
    assert_eq!(
        value_years("到2028年,新增3个营收过千亿元园区,过百亿元企业达到12家。"),
        vec![(3.0, 2028), (12.0, 2028)]
    );
    // 兆瓦 stays a unit; 万 alone is no figure.
    assert!(value_years("到2028年,全市光伏装机达兆瓦级,惠及万家。").is_empty());
}

#[test]
fn places_listed_before_one_indicator_share_its_figure() {
    // The last place names the indicator: each place gets the figure.
    assert_eq!(
        value_years("到2027年,甲州市、乙川县地区生产总值突破600亿元。"),
        vec![(600.0, 2027), (600.0, 2027)]
    );
    // Levels of government joined by 、 are no list of places.
    assert_eq!(
        value_years("到2027年,省、市、县三级财政投入达到10亿元。"),
        Vec::<(f64, i32)>::new()
    );
}

#[test]
fn a_subject_saying_what_it_has_now_tells_the_present() {
    // 目前有… and the clauses after it describe the present, until a deadline to come.
    assert_eq!(
        value_years(
            "某省乡村振兴行动计划(2024-2026年)\n全省目前有乡镇快递网点1200个,覆盖人口约3200万。到2026年,乡镇快递网点达到1500个。"
        ),
        vec![(1500.0, 2026)]
    );
    assert_eq!(
        value_years(
            "某省乡村振兴行动计划(2024-2026年)\n全省现在有乡镇快递网点1200个,到2026年将达到1500个。"
        ),
        vec![(1500.0, 2026)]
    );
}

#[test]
fn a_verb_of_making_after_a_word_of_intent_adds_to_the_list() {
    let dated = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    // 计划新增 / 拟新建 open the list's first item as 新增 alone does.
    assert_eq!(
        value_years_with(
            "全区将推进绿色城区建设,计划新增城市林地800亩,新建滨水步道45公里。",
            &dated
        ),
        vec![(800.0, 2026), (45.0, 2026)]
    );
    assert_eq!(
        value_years_with("全区将推进绿色城区建设,拟新建社区花园20处。", &dated),
        vec![(20.0, 2026)]
    );
}

#[test]
fn projects_counted_with_their_budget_are_no_aim() {
    // 总投资…的N项…工程 counts the projects a budget covers; the area greened is the aim.
    assert_eq!(
        value_years(
            "2027年,全县计划年内实施总投资12亿元的45项城建重点工程,新增城区绿化面积16万平方米。"
        ),
        vec![(160000.0, 2027)]
    );
}

#[test]
fn a_bound_in_brackets_after_a_noun_says_which_are_meant() {
    // (300户以上) restricts the villages; the stations to build are the aim.
    assert_eq!(
        value_years("到2027年,全县建成便民服务点260个以上,优先布局在自然村(300户以上)。"),
        vec![(260.0, 2027)]
    );
}

#[test]
fn a_heading_arranging_a_years_work_dates_an_undated_report() {
    // An undated work report: 今年 is the year whose work its later heading arranges.
    let text = "今年全市发展的主要预期目标是:地区生产总值增长6%左右,城镇调查失业率控制在5%以内。\n二、2031年主要工作安排\n(一)稳住农业基本盘。完成坡耕地整治3000亩。";
    assert_eq!(
        value_years(text),
        vec![(6.0, 2031), (5.0, 2031), (3000.0, 2031)]
    );
}

#[test]
fn a_deadline_after_a_colon_heads_its_paragraph() {
    // 通知要求:到2029年,… opens the paragraph with its deadline; the next sentence's list keeps it.
    let text = "通知要求:到2029年,全省节水型社会基本建成,用水效率明显提升。万元地区生产总值用水量比2024年下降12%;城市再生水利用率达到25%。到2035年,水资源节约集约利用水平全面提升。";
    assert_eq!(value_years(text), vec![(-12.0, 2029), (25.0, 2029)]);
}

#[test]
fn the_peak_of_emissions_reached_is_a_yes_no_aim() {
    let f = figures("国家提出:2030年前达到碳排放峰值,2060年前实现碳中和。");
    assert_eq!(
        f.iter().map(|x| (x.0, x.2)).collect::<Vec<_>>(),
        vec![(1.0, 2030), (1.0, 2060)]
    );
}

#[test]
fn a_span_of_years_long_after_the_text_is_another_texts_title() {
    // A 2012 report whose page lists a market study (2019-2024年) below it: the report's aims
    // for the end of the five-year plan keep their own year.
    let dated = DraftOptions {
        issued_year: Some(2012),
        ..Default::default()
    };
    let text = "根据规划,全省力争到“十二五”末,物流业增加值达到2600亿元。\n• 2019-2024年中国冷链设备市场调研报告";
    assert_eq!(value_years_with(text, &dated), vec![(2600.0, 2015)]);
}

#[test]
fn a_line_naming_a_years_changes_heads_its_results() {
    // The counts under 2030年,我们身边的变化 are what the year brought, not aims.
    let text = "某镇召开代表大会,表决通过了2031年镇实事项目。\n2030年,我们身边的变化\n完成老旧小区改造12个。\n新增停车位450个。";
    assert_eq!(value_years(text), vec![]);
}

#[test]
fn a_line_introducing_a_review_heads_its_results_until_the_goals() {
    let text = "2030年,全县上下团结奋进,以下是2030年工作回顾:\n1. 新增农村公路300公里,森林覆盖率达到70%。\n展望2031年,我们将围绕以下目标开展工作:\n1. 新增农村公路200公里。";
    assert_eq!(value_years(text), vec![(200.0, 2031)]);
}

#[test]
fn figures_stressed_as_large_or_small_are_told() {
    let dated = DraftOptions {
        issued_year: Some(2031),
        ..Default::default()
    };
    // 高达 and 仅 stress a figure found, as a statistics office tells it.
    assert_eq!(
        value_years_with(
            "某局最新统计指出,全市小微企业贷款余额占比高达百分之六十二,个体户占比仅百分之九。",
            &dated
        ),
        vec![]
    );
}

#[test]
fn the_whole_of_a_year_is_told_as_done() {
    assert_eq!(
        value_years("2030年全年,全省消防部门共组织演练412次,下拨装备经费8.5亿元。"),
        vec![]
    );
}

#[test]
fn a_clause_of_money_alone_pays_for_the_work_after_it() {
    // 投资约3.1亿元, then the work: the river length is the aim, the money is not.
    assert_eq!(
        value_years("2031年,投资约3.1亿元,实施城区排涝工程,计划整治河道56公里。"),
        vec![(56.0, 2031)]
    );
}

#[test]
fn a_base_before_increased_to_is_the_base() {
    // 由A增至B: B is the level to reach, A the base.
    assert_eq!(
        value_years("到2030年,全省省级湿地公园数量由80处增至120处。"),
        vec![(120.0, 2030)]
    );
}

#[test]
fn a_range_of_a_count_is_planned() {
    // An undated text on a five-year plan: the range after a plain verb is still an aim.
    let text = "《“十五五”湿地保护规划》印发。\n到2030年,湿地保护率达到58%。\n完善监测制度,建设8—12处国家湿地监测站。";
    assert_eq!(
        figures(text),
        vec![
            (58.0, None, 2030, Comparator::Ge),
            (8.0, Some(12.0), 2030, Comparator::Range)
        ]
    );
}

#[test]
fn the_year_a_document_requires_something_of_dates_an_undated_text() {
    // Undated: 文件要求,2023年在… names the year the requirement is for.
    assert_eq!(
        value_years(
            "文件要求,2023年在尚无卫生室的行政村,建立480个有医生、有药品的村卫生室,方便群众就医。"
        ),
        vec![(480.0, 2023)]
    );
}

#[test]
fn a_years_quota_after_an_estimate_is_the_plans() {
    let dated = DraftOptions {
        issued_year: Some(2031),
        ..Default::default()
    };
    // 预计 covers its own clause; 完成2031年度… states the year's quota of the work.
    assert_eq!(
        value_years_with(
            "今年的民生实事项目为:加装电梯项目,预计全域实现200部电梯“保险+服务”,完成2031年度18台老旧电梯更新改造。",
            &dated
        ),
        vec![(18.0, 2031)]
    );
}

#[test]
fn sets_of_equipment_and_planned_spending() {
    let dated = DraftOptions {
        issued_year: Some(2031),
        ..Default::default()
    };
    // 组 counts sets; 计划投入 is the money the work needs.
    assert_eq!(
        value_years_with(
            "今年的民生实事项目为:安防项目,计划投入45万元,完成背街小巷120组监控摄像头加装。",
            &dated
        ),
        vec![(120.0, 2031)]
    );
}

#[test]
fn the_size_of_a_fall_named_is_the_fall() {
    // 下降幅度达8%: a fall of 8 %, as 下降8% is.
    assert_eq!(
        value_years("到2030年,一般工业固体废物填埋量下降幅度达8%,农膜回收率达到90%。"),
        vec![(-8.0, 2030), (90.0, 2030)]
    );
}

#[test]
fn a_fleet_all_electric_is_a_full_share() {
    let dated = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    // 全电动 says the whole fleet, as 全面电动化 does.
    assert_eq!(
        value_years_with(
            "市府宣示达成市区出租车2032年全电动目标,并承诺协助业者。",
            &dated
        ),
        vec![(100.0, 2032)]
    );
}

#[test]
fn a_photo_caption_tells_what_is_pictured() {
    let dated = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    let text = "到2030年,全市新能源公交车占比达到90%。\n▲全市电动公交车总里程达到3100万公里,市府持续为减碳努力。(图/市府提供)";
    assert_eq!(value_years_with(text, &dated), vec![(90.0, 2030)]);
}

#[test]
fn a_subject_acting_in_a_five_year_period_to_come_ends_a_review() {
    let dated = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    // The briefing looks back (近年来, 上世纪), then the state will act in the 十五五 period.
    let text = "副部长说,我国现有水闸9万多座,70%以上修建于上世纪60至80年代。近年来,中央资金对1.2万座水闸进行了除险加固。国家将在“十五五”时期补齐短板,对现有病险水闸全面完成除险加固。";
    assert_eq!(value_years_with(text, &dated), vec![(1.0, 2030)]);
}

#[test]
fn a_standing_to_leap_to_is_aimed_at() {
    let dated = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    // 跃居全省前30位 is where the district means to rise: the index beside it is an aim.
    let text = "到2029年,研发投入强度达到3.2%以上。实现区域创新指数达到150以上,跃居全省前30位。";
    assert_eq!(
        value_years_with(text, &dated),
        vec![(3.2, 2029), (150.0, 2029), (30.0, 2029)]
    );
}

#[test]
fn a_plans_own_key_works_are_no_aim() {
    // The plan's own tasks and key works are counted; the rate is the aim.
    assert_eq!(
        value_years("2030年度实施方案部署了五大类31项具体任务及12项重点工程项目,到2030年,秸秆综合利用率达到95%。"),
        vec![(95.0, 2030)]
    );
}

#[test]
fn a_size_bounding_an_attribute_before_a_noun_says_which_are_meant() {
    // 服务人口5000人以上的 picks the water sources; the 90 % is the aim.
    assert_eq!(
        value_years("到2030年,服务人口5000人以上的农村供水工程水质达标率达到90%。"),
        vec![(90.0, 2030)]
    );
    // 服务人口2000人以上的 picks the sources to watch; it is no count to reach.
    assert_eq!(
        value_years("到2030年,对全县服务人口2000人以上的集中式水源地开展季度监测。"),
        vec![]
    );
}

#[test]
fn a_bare_year_before_net_zero_dates_it() {
    let dated = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    // 2050净零排放: the year stands bare before the result.
    let f = figures_with(
        "市府承诺协助业者改善经营环境,达成2050净零排放目标。",
        &dated,
    );
    assert_eq!(
        f.iter().map(|x| (x.0, x.2)).collect::<Vec<_>>(),
        vec![(1.0, 2050)]
    );
}

#[test]
fn computing_power_and_storage_have_units_in_letters() {
    let f = draft("到2027年,全市算力规模超过50EFLOPS,数据存储总量达到200EB。");
    let got: Vec<(f64, &str)> = f
        .targets
        .iter()
        .map(|t| (t.milestone.value.unwrap_or(f64::NAN), t.unit.as_str()))
        .collect();
    assert_eq!(got, vec![(50.0, "EFLOPS"), (200.0, "EB")]);
}

#[test]
fn a_coefficient_reaches_a_bare_decimal() {
    let t = one("到2027年,全省农田灌溉水有效利用系数达到0.6。");
    assert_eq!(t.milestone.value, Some(0.6));
    assert_eq!(t.milestone.year, 2027);
    assert_eq!(t.unit, "系数");
    // A bare decimal after another name stays no figure.
    assert!(draft("到2027年,全省某项指标达到0.6。").targets.is_empty());
}

#[test]
fn a_share_of_the_years_task_done_reports_results() {
    // 完成年度任务105% (without 的) says how far the year's task was fulfilled.
    let text = "2021年,某县全年建设示范村30个,完成年度任务105%;建成公厕20座。";
    assert_eq!(value_years(text), vec![]);
}

#[test]
fn a_dash_before_a_look_back_opens_a_review() {
    // ——这一年,我们…: the dash opens the report's look back, not a line of goals.
    let text = "——这一年,我们办实事、惠民生。建成就业驿站40个,完成8所敬老院改造。";
    assert_eq!(value_years(text), vec![]);
    // A dash before an aim still states a goal.
    let text = "到2027年:\n——建成就业驿站40个。";
    assert_eq!(value_years(text), vec![(40.0, 2027)]);
}

#[test]
fn forecasting_named_as_a_field_is_no_estimate() {
    // 预报预测更加精准 names a field of work; the rates after it are aims.
    assert_eq!(
        value_years("到2027年,监测更加可靠,监测率达到96%;预报预测更加精准,预报准确率达到85%。"),
        vec![(96.0, 2027), (85.0, 2027)]
    );
    // 预测 as a verb still makes an estimate.
    assert_eq!(
        value_years("到2027年,专家预测全省产值达到500亿元。"),
        vec![]
    );
}

#[test]
fn an_undated_text_speaks_in_the_one_year_it_names() {
    // No date, no deadline, no five-year period: the one year named is the text's own.
    let text = "县长在报告中指出,今年将新建幼儿园不少于3所,人口自然增长率控制在8‰以内。2019年7月起将提高补助标准。";
    assert_eq!(value_years(text), vec![(3.0, 2019), (8.0, 2019)]);
    // A headline's year dates a list of practical projects whose body lost its year.
    let text = "某市2022年十件民生实\n年某市将着力办好十件民生实事。\n(1)新建中小学12所。\n(2)新建城市书房6处。";
    assert_eq!(value_years(text), vec![(12.0, 2022), (6.0, 2022)]);
}

#[test]
fn a_deadline_before_a_word_of_aim_heads_its_paragraph() {
    let dated = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    // ,到2027年力争…。 dates the next sentence's counts, as ,到2027年,… does.
    let text = "意见提出,到2027年力争将全县建成知名的旅游目的地。全县新创建5个旅游示范村、累计建成民宿200家。";
    assert_eq!(
        value_years_with(text, &dated),
        vec![(5.0, 2027), (200.0, 2027)]
    );
}

#[test]
fn signs_in_running_text_are_comparators() {
    let f = figures("到2027年,死因监测报告率≥90%,漏报率≤1%。");
    assert_eq!(
        f,
        vec![
            (90.0, None, 2027, Comparator::Ge),
            (1.0, None, 2027, Comparator::Le)
        ]
    );
}

#[test]
fn work_points_without_a_year_take_the_year_of_those_they_follow() {
    let dated = DraftOptions {
        issued_year: Some(2019),
        ..Default::default()
    };
    // Published the next year, the work points follow the district's 2017 work points.
    let text = "卫生应急工作要点\n一、总体思路:以全区2017年卫生工作要点为指导,提升能力。二、工作目标:网络直报率达100%,漏报率控制在2%以内。";
    assert_eq!(
        value_years_with(text, &dated),
        vec![(100.0, 2017), (2.0, 2017)]
    );
}

#[test]
fn a_list_after_a_blank_line_keeps_its_deadline_and_a_gloss_its_subjects() {
    // The items stand a blank line below 到2027年:; 乡镇(街道) glosses the subjects whose share
    // is the aim, and 每10万人口 is what the rate counts per.
    let text = "到2027年:\n\n1.协调机制更加完善。60%的乡镇(街道)建立综合管理小组。\n\n2.每10万人口医师数不低于3名。";
    assert_eq!(value_years(text), vec![(60.0, 2027), (3.0, 2027)]);
}

#[test]
fn the_quota_of_a_task_to_finish_is_a_target() {
    let dated = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    // 完成120万亩的…任务: the figure before 的 is the task's quota, not a bound on a name.
    assert_eq!(
        value_years_with("会议要求,确保在2026年前完成120万亩的鱼塘改造任务。", &dated),
        vec![(1_200_000.0, 2026)]
    );
}

#[test]
fn a_quoted_plan_opens_with_its_year_and_a_count_of_coverage_aims_names_a_list() {
    // 提出“2026年,…: the quoted words open with their year; 两个全覆盖 names the list after 即.
    let text = "《某市助餐行动方案》由某市发布,提出“2026年,建成老年食堂不少于300个,将实现两个全覆盖,即街道食堂全覆盖,社区助餐点全覆盖。2027年,再新增助餐点不少于90个。”";
    let got = value_years(text);
    assert!(got.contains(&(300.0, 2026)), "{got:?}");
    assert!(got.contains(&(90.0, 2027)), "{got:?}");
    let d = draft(text);
    assert!(
        d.targets.iter().all(|t| !t.quote.contains("两个全覆盖")),
        "{:#?}",
        d.targets
    );
}

#[test]
fn funds_put_into_the_work_are_spending() {
    let dated = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    // 挹注8亿元用于… is money put in, not an amount to reach; the classes stay the aim.
    assert_eq!(
        value_years_with(
            "今年将挹注8亿元用于增班设园,新增公共化幼儿园200所。",
            &dated
        ),
        vec![(200.0, 2025)]
    );
}

#[test]
fn the_count_of_what_a_plan_puts_forward_is_its_framework() {
    // 提出6项发展目标, 提出18条重点举措: the plan's own items; the rate is the aim.
    assert_eq!(
        value_years(
            "《行动计划》提出6项发展目标,从4个方面提出18条重点举措,到2027年,平台普及率达到60%。"
        ),
        vec![(60.0, 2027)]
    );
}

#[test]
fn a_share_of_subjects_that_each_have_one_is_the_aim() {
    // 60%的行政村有1个…: the share is the aim, the one each has is the state.
    assert_eq!(
        value_years("到2027年,60%的行政村有1个综合服务站。"),
        vec![(60.0, 2027)]
    );
}

#[test]
fn a_report_of_the_year_so_far_tells_results() {
    // 今年以来 opens a text that names no aim: the counts under its year are the work done.
    let text = "今年以来,我镇全面推进林长制工作。\n一是开展巡林。2023年,各级林长累计巡林210次,其中镇级林长巡林18次。\n二是整治问题。共排查问题12处。";
    assert_eq!(value_years(text), vec![]);
    // A text that also names aims is no such report.
    let text = "今年以来,我镇全面推进林长制工作。\n到2025年,森林覆盖率达到45%。";
    assert_eq!(value_years(text), vec![(45.0, 2025)]);
}

#[test]
fn statistics_named_in_the_clause_after_according_to_are_reported() {
    let dated = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    // 根据…报告指出,…人口统计资料,…: the counts that follow are statistics, not aims.
    let text =
        "根据卫生局业务报告指出,本县10月人口统计资料,总人口为12万人,其中65岁以上人口达2万人。";
    assert_eq!(value_years_with(text, &dated), vec![]);
}

#[test]
fn a_report_of_the_year_so_far_may_open_below_its_headline() {
    let dated = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    // A headline and a dateline above 今年以来; the review goes on after its sentence's 。.
    let text = "某县林业工作情况\n\n2024-11-20\n\n今年以来,某县扎实推进各项工作。2024年全县新造林1.2万亩,森林抚育3万亩。";
    assert_eq!(value_years_with(text, &dated), vec![]);
    // 今年1-9月 and 今年前三季度 open such a report as well, in a headline too.
    let text = "某区:今年前三季度签约额超30亿元\n今年1-9月,某区累计签约项目40个,合同额达31亿元。";
    assert_eq!(value_years_with(text, &dated), vec![]);
    // A text that names aims is no such report.
    let text = "某县林业工作情况\n今年以来,某县扎实推进各项工作。力争全年新造林2万亩。";
    assert_eq!(value_years_with(text, &dated), vec![(20000.0, 2024)]);
}

#[test]
fn a_headline_saying_goals_are_met_heads_results() {
    let dated = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    // 超额完成目标 closes a headline on goals met: what it heads are results.
    let text = "某县粮食生产超额完成目标\n\n据统计,2024年全县粮食产量12万吨,其中小麦产量5万吨。";
    assert_eq!(value_years_with(text, &dated), vec![]);
    // A headline naming goals still heads them.
    let text = "某县粮食生产目标\n\n2024年全县粮食产量达到12万吨。";
    assert_eq!(value_years_with(text, &dated), vec![(120000.0, 2024)]);
}

#[test]
fn two_comparator_words_joined_include_the_bound() {
    // 达到和超过, 达到或超过, 大于或等于: the figure reached counts, so >=; 小于或等于 is <=.
    assert_eq!(
        figures("到2026年,全市会议数量力争达到和超过300个,展览面积达到或超过50万平方米。"),
        vec![
            (300.0, None, 2026, Comparator::Ge),
            (500000.0, None, 2026, Comparator::Ge)
        ]
    );
    assert_eq!(
        figures("到2027年,达标率大于或等于95%,返工率小于或等于2%。"),
        vec![
            (95.0, None, 2027, Comparator::Ge),
            (2.0, None, 2027, Comparator::Le)
        ]
    );
}

#[test]
fn signs_right_after_a_word_are_comparators_and_a_year_before_them_dates_the_figure() {
    // 某率2026年<15%, 2030年<12%: < after a word is a comparator, and a year between the name
    // and the sign dates its figure.
    assert_eq!(
        figures("行动的结果性指标为成人肥胖率2026年<15%,2030年<12%;达标人数比例2026年>60%。"),
        vec![
            (15.0, None, 2026, Comparator::Lt),
            (12.0, None, 2030, Comparator::Lt),
            (60.0, None, 2026, Comparator::Gt)
        ]
    );
    // A list label in angle brackets is no comparator.
    assert!(figures("<1>加强监测网络建设。").is_empty());
}

#[test]
fn counts_said_by_statistics_or_a_report_are_results() {
    let dated = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    // 据统计,2024年…: counted, not aimed at.
    let text = "据统计,2024年全县新建村级服务站20个,培训人员300人次。";
    assert_eq!(value_years_with(text, &dated), vec![]);
    // 《…报告》显示, in an undated text whose plan runs to 2026: the year before is data.
    let text = "到2026年,全省建成旅游服务中心300个。根据某机构发布的《行业研究报告》显示,2024年,某市投入500万元,建成服务中心20个。";
    assert_eq!(value_years(text), vec![(300.0, 2026)]);
}

#[test]
fn a_year_whose_work_a_meeting_sets_out_dates_an_undated_text() {
    // 部署了某局2019年工作: the tasks that follow are that year's, bare figures too.
    let text = "某局召开专题会议\n会上传达了全县工作会议精神,部署了某局2019年工作。\n农业工作,粮食总产量达到30万吨;新增家庭农场15家;农产品加工产值增长8%。";
    assert_eq!(
        value_years(text),
        vec![(300000.0, 2019), (15.0, 2019), (8.0, 2019)]
    );
}

#[test]
fn a_section_of_goals_pasted_alone_takes_the_five_year_period_it_names() {
    // Headed 总体目标 and naming “十二五”期间 only: its aims are that period's, 每年 ones too.
    let text = "(二)总体目标\n“十二五”期间,全市节能技术改造投资500亿元以上,年均增长12%以上。每年实施重点节能项目50项以上。";
    assert_eq!(
        value_years(text),
        vec![(500.0, 2015), (12.0, 2015), (50.0, 2015)]
    );
}

#[test]
fn a_count_a_verb_of_making_leads_after_an_aspiration_is_aimed_at() {
    // 力争培育…3家 in a text that names its year: the count is the aim, without a comparator.
    let text = "2026年3月14日,某镇召开工作部署会。会上明确,年内力争培育科技型企业3家,争取省级重点项目2个。";
    assert_eq!(value_years(text), vec![(3.0, 2026), (2.0, 2026)]);
    // (A text that names only a later year dates such a count by it, never by a guess.)
    let text = "某镇召开工作部署会。会上明确,力争培育科技型企业3家,为2030年打基础。";
    assert!(value_years(text).iter().all(|(_, y)| *y == 2030));
    // A text that names no year at all leaves such counts alone: its year would be a guess.
    let text = "会上明确,年内力争培育科技型企业3家。";
    assert_eq!(value_years(text), vec![]);
}

#[test]
fn a_tally_with_gong_in_a_year_gone_by_or_the_present_is_results() {
    let dated = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    // 2024年,全省共新建…: the year's work summed up, in a text of that year.
    let text = "2024年,全省共新建和改扩建公园120个,其中新建80个。";
    assert_eq!(value_years_with(text, &dated), vec![]);
    // A year to come is still a deadline, and so is the present with a word of aim.
    let text = "2026年,全省共新建公园150个。2024年,全省计划共新建公园100个。";
    assert_eq!(
        value_years_with(text, &dated),
        vec![(150.0, 2026), (100.0, 2024)]
    );
}

#[test]
fn a_vision_without_figures_does_not_end_the_period_of_the_figures() {
    // 到2035年 names only a vision: the aims without a year of their own are the 2025 ones'.
    let text = "一、目标任务\n到2025年,全市培训技能人员10万人次。\n到2035年,劳动者素质全面提升,技能型社会基本建成。\n二、重点行动\n1.制造业技能提升行动。年培训1万人次以上。";
    assert_eq!(value_years(text), vec![(100000.0, 2025), (10000.0, 2025)]);
    // A year whose paragraph goes on, with figures, on the next line still ends the period.
    let text = "一、目标任务\n到2025年,全市培训技能人员10万人次。\n到2030年,劳动者素质全面提升。\n技能人才总量达到50万人。\n二、重点行动\n1.制造业技能提升行动。年培训1万人次以上。";
    assert_eq!(value_years(text).last(), Some(&(10000.0, 2030)));
}

#[test]
fn until_the_end_of_a_five_year_period_to_come_is_a_deadline() {
    let dated = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    // 截至“十五五”末 in a text of 2026: the period's end, not a report; 我省 before the count of
    // its counties leaves the count a subject.
    let text = "根据清单,截至“十五五”末,我省58个县(市)特色产业总产值将达8000亿元。";
    assert_eq!(value_years_with(text, &dated), vec![(8000.0, 2030)]);
    // 截至 the year of the text still reports.
    let text = "截至2026年6月,我省58个县(市)特色产业总产值达6000亿元。";
    assert_eq!(value_years_with(text, &dated), vec![]);
}

#[test]
fn a_phrase_broken_off_after_its_verb_hands_its_deadline_to_the_next_line() {
    let dated = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    // One phrase a line: 今年底,某区将建设 / 口袋公园12个、健身步道20公里.
    let text =
        "好消息来了\n\n今年底,某区将建设\n\n口袋公园12个、健身步道20公里\n\n方便群众就近健身\n";
    assert_eq!(
        value_years_with(text, &dated),
        vec![(12.0, 2025), (20.0, 2025)]
    );
    // Only the next line: the phrases after it are lines of their own.
    let text = "好消息来了\n今年底,某区将建设\n口袋公园12个\n全区公园绿地面积80万平方米\n";
    assert_eq!(value_years_with(text, &dated), vec![(12.0, 2025)]);
}

#[test]
fn subjects_under_fenbie_take_their_figures_in_every_listed_year() {
    // Two deadlines listed before subjects that 分别 gives their figures: each aim in each year.
    let text = "力争2026年、2027年,甲行业、乙行业产值增速分别达到7%、9%以上。";
    let mut f = value_years(text);
    f.sort_by(|a, b| a.partial_cmp(b).expect("numbers"));
    assert_eq!(f, vec![(7.0, 2026), (7.0, 2027), (9.0, 2026), (9.0, 2027)]);
    // A deadline restated after the list heads what follows alone.
    let text = "力争2026年、2027年甲行业增速达到7%以上,到2027年,甲行业、乙行业收入分别达到500亿元、300亿元。";
    let f = value_years(text);
    assert!(f.contains(&(500.0, 2027)) && f.contains(&(300.0, 2027)));
    assert!(!f.contains(&(500.0, 2026)));
}

#[test]
fn a_total_spread_over_listed_years_is_due_by_the_last() {
    let dated = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    // 分…三个年度: one total by the last year, not a figure each year.
    let text = "某县将分2025、2026、2027三个年度建设充电站20座。";
    assert_eq!(value_years_with(text, &dated), vec![(20.0, 2027)]);
    let f = draft_with(text, &dated);
    assert!(!f.targets.iter().any(|t| t.cues.iter().any(|c| c == "每年")));
}

#[test]
fn counts_pointing_back_places_and_resources_drawn_on_are_no_targets() {
    let dated = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    // 这20座 points back; 在…等6个乡镇 names the places; 结合… names what is there.
    let text = "今年,某县将建设充电站20座。结合现有停车场以及5个景区,将这20座充电站分为3类。重点在甲乡、乙乡、丙乡等6个乡镇建设。";
    assert_eq!(value_years_with(text, &dated), vec![(20.0, 2025)]);
}

#[test]
fn ge_before_a_figure_gives_each_listed_thing_its_own() {
    // 各 after a list: one target for each thing listed.
    let f = value_years("到2026年,建设小麦、大豆、油菜示范片各5万亩。");
    assert_eq!(f, vec![(50000.0, 2026), (50000.0, 2026), (50000.0, 2026)]);
    let f = figures("到2026年,社区驿站和回收中心各3-5个。");
    assert_eq!(
        f,
        vec![
            (3.0, Some(5.0), 2026, Comparator::Range),
            (3.0, Some(5.0), 2026, Comparator::Range)
        ]
    );
}

#[test]
fn an_amount_before_ji_names_a_class_of_size() {
    // 20万吨级泊位 is the size of a berth; the throughput is the target.
    let f = value_years("到2026年,建成20万吨级泊位和5万吨级航道,港口吞吐量达到2亿吨。");
    assert_eq!(f, vec![(200000000.0, 2026)]);
    // Tons right before a berth or a pier name its size too.
    let f = value_years("到2026年,开工建设30万吨矿石码头,港口吞吐量达到2亿吨。");
    assert_eq!(f, vec![(200000000.0, 2026)]);
}

#[test]
fn kilowatts_in_letters_after_a_magnitude_keep_their_comparator() {
    // 亿kW左右: one unit, so 左右 after it is the comparator.
    let f = figures("到2030年,光伏装机容量达到1.5亿kW左右。");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].2, 2030);
    assert_eq!(f[0].3, Comparator::Approx);
    assert!((f[0].0 - 1.5e8).abs() < 1.0, "{f:?}");
}

#[test]
fn a_bound_in_brackets_after_a_noun_is_a_standard() {
    // 用房面积(不低于200㎡)、开放时间(每周40小时以上): standards of each site; 新建 is the aim.
    let text =
        "2026年,新建社区书屋15家,明确用房面积(不低于200㎡)、开放时间(每周40小时以上)等要求。";
    assert_eq!(value_years(text), vec![(15.0, 2026)]);
    // A figure the plan reaches in brackets stays: 班车(山区达60%).
    let text = "到2026年,80%的建制村通班车(山区达60%)。";
    assert_eq!(value_years(text), vec![(80.0, 2026), (60.0, 2026)]);
}

#[test]
fn this_year_opening_a_paragraph_heads_its_next_sentences() {
    let dated = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    // 今年, as a clause of its own, heads the paragraph; its later sentence has the figures.
    let text = "今年,全市商务工作将奋力推进开放发展。主攻稳外贸、促消费,实现进出口增长8%;签约项目200个以上。";
    assert_eq!(
        value_years_with(text, &dated),
        vec![(8.0, 2024), (200.0, 2024)]
    );
}

#[test]
fn a_list_in_brackets_glosses_one_subject_and_jianquan_is_no_coverage() {
    // One coverage rate, whatever the bracket lists.
    let f = value_years("到2026年,政策宣传(惠民政策、法规、典型案例等)覆盖率达到100%。");
    assert_eq!(f, vec![(100.0, 2026)]);
    // 健全覆盖城乡的体系: 全 belongs to 健全.
    let f = value_years("到2026年,进一步健全覆盖城乡居民的服务体系,建成服务站10个。");
    assert_eq!(f, vec![(10.0, 2026)]);
}

#[test]
fn ji_after_the_count_of_a_plans_indicators_opens_their_list() {
    // 明确4项工作指标,即…: the count is the plan's own; the items after 即 are its aims, and a
    // threshold in brackets that qualifies a noun defines the indicator.
    let text = "“十四五”期间重点完成4项工作指标,即绿色殡葬率(占地在1平方米以下的葬式)达到12%;建设2个服务站。";
    let dated = DraftOptions {
        issued_year: Some(2022),
        ..Default::default()
    };
    assert_eq!(
        value_years_with(text, &dated),
        vec![(12.0, 2025), (2.0, 2025)]
    );
}

#[test]
fn passing_a_review_by_a_year_is_a_yes_no_aim() {
    let dated = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    // YYYY年通过…评估: passed by that year.
    let text = "推进义务教育优质均衡。2026年通过全国义务教育优质均衡县省级评估。";
    let d = draft_with(text, &dated);
    assert_eq!(d.targets.len(), 1, "{:#?}", d.targets);
    assert_eq!(d.targets[0].kind, Kind::Binary);
    assert_eq!(d.targets[0].milestone.year, 2026);
    // A review passed in a year gone by is a result.
    let text = "2022年通过全国义务教育基本均衡县国家评估。";
    assert!(draft_with(text, &dated).targets.is_empty());
}

#[test]
fn a_share_opening_its_clause_with_a_bound_names_the_subjects_after_it() {
    // 不低于30%的社区…, 三分之二以上行政村…: the share of the subjects is the aim.
    let f = figures("到2026年,不低于30%的社区生活垃圾得到分类处理,三分之二以上行政村建成示范村。");
    assert_eq!(
        f,
        vec![
            (30.0, None, 2026, Comparator::Ge),
            (66.666667, None, 2026, Comparator::Ge)
        ]
    );
    // A share that qualifies a noun inside a name is still no target.
    assert!(figures("到2026年,培育营收增速超过20%的企业。").is_empty());
}

#[test]
fn counts_after_the_plans_own_tasks_and_pushed_projects_are_no_targets() {
    // 部署了重点任务30项, 以及推进…项目50项: the plan's own framework; 总收入 is the aim.
    let text = "到2026年,园区总收入力争达到900亿元。计划部署了重点任务30项,以及推进基础设施、产业类重大项目50项。";
    assert_eq!(value_years(text), vec![(900.0, 2026)]);
}

#[test]
fn a_count_after_deng_summing_up_a_list_names_the_subject_of_a_later_figure() {
    // 废纸、废塑料、废玻璃等5种…回收量达到800万吨: the count is part of the subject.
    let text = "到2026年,废纸、废塑料、废玻璃等5种主要再生资源回收量达到800万吨。";
    assert_eq!(value_years(text), vec![(8000000.0, 2026)]);
}

#[test]
fn trains_are_counted_by_the_run_and_by_the_standard_set() {
    let f = figures("2026年,力争中欧班列开行500列;动车组保有量达到4000标准组左右。");
    assert_eq!(
        f,
        vec![
            (500.0, None, 2026, Comparator::Ge),
            (4000.0, None, 2026, Comparator::Approx)
        ]
    );
    // 列入 is a verb.
    assert!(figures("2026年,将2024列入计划。").is_empty());
}

#[test]
fn yi_after_zhi_a_year_says_what_was_done_by_it() {
    // 至2022年…已开放: a result by that year, and the clause after it goes on with the review.
    let text = "至2022年各部门已开放3万项数据集,且开放数据集比例从2018年5%提升至2022年70%。";
    assert!(figures(text).is_empty(), "{:?}", figures(text));
    // 到2026年 stays a deadline.
    let text = "到2026年,各部门开放数据集5万项。";
    assert_eq!(value_years(text), vec![(50000.0, 2026)]);
}

#[test]
fn decorative_symbols_spliced_between_phrases_are_skipped() {
    // A spam copy splices ✿★◈ after a deadline; the paragraph's later sentence keeps it.
    let text = "某部印发《产业提质升级指导意见(2026—2030年)》。\n记者注意到✿✿★,到2028年✿✿★◈,原料种植✿★、生产酿造✿★融合水平持续优化✿★。该产业将培育形成5个以上产业园区✿◈、10个以上产业集群✿◈。\n到2030年✿★,产业体系更加健全✿★。";
    assert_eq!(value_years(text), vec![(5.0, 2028), (10.0, 2028)]);
    // A bullet opening a line stays a list's mark; 二○二六年 keeps its zero.
    let text = "二○二六年主要目标:\n●新建公园8个";
    assert_eq!(value_years(text), vec![(8.0, 2026)]);
}

#[test]
fn another_countrys_aims_quoted_as_examples_are_not_the_plans() {
    // 新加坡设定目标于2025年…: an example from abroad; the plan's own aim follows.
    let text = "新加坡设定目标于2025年政府所有部门至少提出一项AI项目,并对10000名公务员完成数据培训。到2026年,本市培训公务员5000名。";
    assert_eq!(value_years(text), vec![(5000.0, 2026)]);
}

#[test]
fn figures_without_a_year_before_a_report_of_the_past_tell_the_present() {
    let dated = DraftOptions {
        issued_year: Some(2021),
        ..Default::default()
    };
    // An undated review: the share before 2020年…贡献了 and the rate before 建立了 are states.
    let text = "民营企业占市场主体的90%以上,2020年民营企业贡献了60%的税收。以商招商成功率70%以上,20余户企业建立了顾问团队。";
    assert!(value_years_with(text, &dated).is_empty());
    // A figure that states its own year stays.
    let text = "某县计划到2023年民营企业达到5000家以上。";
    assert_eq!(value_years_with(text, &dated), vec![(5000.0, 2023)]);
}

#[test]
fn a_repost_of_a_plan_issued_jinri_keeps_the_plans_deadlines() {
    // A page of 2021 reposting news of a plan issued 近日 with aims for 2015: the aims stand.
    let dated = DraftOptions {
        issued_year: Some(2021),
        ..Default::default()
    };
    let text = "近日,某省政府出台《关于加快港口发展的意见》。力争到2015年,全省港口吞吐量达5亿吨。";
    assert_eq!(value_years_with(text, &dated), vec![(500000000.0, 2015)]);
    // Without 近日 a page's year still ends what lies before it.
    let text = "某省政府曾提出,力争到2015年,全省港口吞吐量达5亿吨。";
    assert!(value_years_with(text, &dated).is_empty());
}

#[test]
fn items_of_one_sentences_list_with_one_figure_are_apart_aims() {
    // Four kinds of trade, each 3亿美元, in one sentence: four aims, none a restatement.
    let text = "到2026年,力争保税中心、外贸服务平台进出口额完成3亿美元;跨境电商进出口额实现3亿美元;新引进企业新增进出口额3亿美元;做实“云”项目,带动外贸进出口达到3亿美元。";
    assert_eq!(value_years(text).len(), 4);
}

#[test]
fn town_and_country_after_respectively_are_two_subjects() {
    // 城乡 before 分别 names two subjects: a trailing 左右 governs both figures.
    let options = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    let f = figures_with(
        "2024年主要预期目标:城乡居民人均可支配收入分别增长6%和7.5%左右。",
        &options,
    );
    assert_eq!(
        f,
        vec![
            (6.0, None, 2024, Comparator::Approx),
            (7.5, None, 2024, Comparator::Approx)
        ]
    );
}

#[test]
fn a_hundred_ten_thousands_without_a_digit_is_a_figure() {
    // 百万吨 after a word of reaching is 100万吨.
    let f = figures("到2027年,油料、糖料产量均稳定在百万吨以上。");
    assert_eq!(
        f,
        vec![
            (1e6, None, 2027, Comparator::Ge),
            (1e6, None, 2027, Comparator::Ge)
        ]
    );
    // Not inside a name (百万亩工程).
    assert!(figures("到2027年,实施百万亩造林工程。").is_empty());
}

#[test]
fn ji_after_a_quoted_goal_name_opens_the_list() {
    // 目标“3456”,即…: the slogan is built from the figures; 即 opens their list.
    let options = DraftOptions {
        issued_year: Some(2012),
        ..Default::default()
    };
    let f = value_years_with(
        "今年全县的奋斗目标是“3456”,即财政收入达到3亿元,工业产值达到45亿元。",
        &options,
    );
    assert_eq!(f, vec![(3.0, 2012), (45.0, 2012)]);
}

#[test]
fn the_years_investment_to_complete_is_an_aim() {
    let options = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    assert_eq!(
        value_years_with("2025年,全市力争完成投资860亿元以上。", &options),
        vec![(860.0, 2025)]
    );
    // The spending of a named piece of work stays no aim.
    assert!(value_years_with("2025年,完成保障性住房投资40亿元以上。", &options).is_empty());
}

#[test]
fn lead_times_and_spans_in_minutes_and_days() {
    let f = figures("到2030年,暴雨预警提前量从30分钟提前到40分钟,预报时效从6天延长至7.5天。");
    assert_eq!(
        f,
        vec![
            (40.0, None, 2030, Comparator::Ge),
            (7.5, None, 2030, Comparator::Ge)
        ]
    );
    // 提前 is a lead time, not a rank.
    let f = figures("到2030年,台风预警信息提前20至40分钟发布。");
    assert_eq!(f.len(), 1);
    assert_eq!((f[0].0, f[0].1), (20.0, Some(40.0)));
    // Minutes after 约 say how long something takes.
    assert!(figures("全文阅读约12分钟。").is_empty());
}

#[test]
fn a_start_year_and_a_count_of_years_give_the_deadline() {
    // 自2022年起,用3年时间: due by 2024, in the sentence and as the text's period.
    let f = value_years("自2022年起,用3年时间,改造老旧供水管网120公里。");
    assert_eq!(f, vec![(120.0, 2024)]);
    let f =
        value_years("一、任务\n从2022年开始,利用3年时间推进改造。\n(一)改造老旧供水管网120公里。");
    assert_eq!(f, vec![(120.0, 2024)]);
}

#[test]
fn a_bracket_breaks_a_total_down_by_year() {
    let f = value_years("到2026年,改造雨污管网90公里(2025年完成40公里,2026年完成50公里)。");
    assert_eq!(f, vec![(90.0, 2026), (40.0, 2025), (50.0, 2026)]);
}

#[test]
fn a_paragraph_reporting_a_plans_deadline_heads_the_next() {
    // 规划提出,到2027年,…(no figure): the paragraph after it goes on with the plan's aims.
    let options = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    let f = value_years_with(
        "方案提出,到2027年,基本建成覆盖城乡的物流体系。\n\n  网络更加完善。县级物流中心覆盖率达到95%。",
        &options,
    );
    assert_eq!(f, vec![(95.0, 2027)]);
}

#[test]
fn a_bound_a_design_should_keep_is_a_norm() {
    // 不宜低于: a norm for each design, not an aim.
    assert!(figures("到2025年,新建道路的绿地率不宜低于20%。").is_empty());
}

#[test]
fn a_title_opening_with_a_years_niandu_broken_over_lines_dates_the_plan() {
    // 2019年度…\n\n…工作方案: the work plan is for 2019, whatever the page's date.
    let options = DraftOptions {
        issued_year: Some(2022),
        ..Default::default()
    };
    let f = value_years_with(
        "2019年度农村饮水安全巩固提升\n\n工程工作方案\n\n一、工作目标\n\n农村集中供水率达到90%以上。",
        &options,
    );
    assert_eq!(f, vec![(90.0, 2019)]);
}

#[test]
fn a_count_of_items_after_a_list_that_names_them_is_no_aim() {
    // …等5项工作: the count of what the list named.
    assert!(
        figures("2025年,全区要抓好河道保洁、污水截流、岸线整治、水质监测等5项工作。").is_empty()
    );
}

#[test]
fn a_year_before_a_short_rate_dates_its_figure() {
    // 社区调解组织2021年规范化率达到85%: the year between the subject and its rate.
    let f = value_years("(2021-2022年)目标:村级调解组织2021年规范化率达到85%以上,2022年达到95%。");
    assert_eq!(f, vec![(85.0, 2021), (95.0, 2022)]);
}

#[test]
fn a_sentence_saying_a_plan_sets_a_years_goals_heads_the_next() {
    // 《方案》明确了到2026年的发展目标。: the sentences after it state them.
    let f = value_years(
        "《方案》明确了到2026年的发展目标。一是规模扩大——全市茶园面积50万亩,茶叶产量8万吨。",
    );
    assert_eq!(f, vec![(500000.0, 2026), (80000.0, 2026)]);
}

#[test]
fn a_count_that_numbers_the_fields_named_is_no_aim() {
    // 选取A、B、C等3个领域: the count of the fields the list named.
    assert!(figures("到2026年,选取制造、物流、医疗等3个领域开展试点。").is_empty());
    // A count of things to build after their names stays an aim.
    assert_eq!(
        value_years("到2026年,培育形成纺织、机械、电子等3个百亿级产业集群。"),
        vec![(3.0, 2026)]
    );
}

#[test]
fn square_metres_shortened_and_the_present_set_against_the_aim() {
    // 人均2.5平米 is an aim in square metres; 相对于目前的人均1.8平方米 is the present.
    let f = figures("到2030年,实现公园绿地人均2.5平米,相对于目前的人均1.8平方米将有提升。");
    assert_eq!(f, vec![(2.5, None, 2030, Comparator::Ge)]);
}

#[test]
fn a_count_after_he_goes_on_with_the_verbs_objects() {
    // 引进2-3家龙头企业和20家配套企业: the second count is one more object of 引进.
    let f = figures("到2027年,引进2-3家龙头企业和20家配套企业。");
    assert_eq!(
        f,
        vec![
            (2.0, Some(3.0), 2027, Comparator::Range),
            (20.0, None, 2027, Comparator::Ge)
        ]
    );
}

#[test]
fn xianshi_opening_a_clause_tells_the_present() {
    // 現時 (Hong Kong's 目前) opens a report of the present.
    assert!(figures("到2030年,現時全港長者人數佔人口四分之一。").is_empty());
}

#[test]
fn a_range_of_shares_in_words() {
    // 百分之六到八 and 百分之六至百分之八: one range.
    for text in [
        "到2035年,氢能占能源消费的比重达到百分之六到八。",
        "到2035年,氢能占能源消费的比重达到百分之六至百分之八。",
    ] {
        assert_eq!(
            figures(text),
            vec![(6.0, Some(8.0), 2035, Comparator::Range)],
            "{text}"
        );
    }
}

#[test]
fn how_far_people_are_from_a_service_is_its_radius() {
    // 满足城市居民3公里以内…需求: a service radius, a standard.
    assert_eq!(
        value_years("到2026年,建成社区菜店40个,满足城市居民3公里以内、农村居民6公里以内购菜需求。"),
        vec![(40.0, 2026)]
    );
    assert!(figures("到2026年,养老服务设施服务半径控制在1公里以内。").is_empty());
}

#[test]
fn a_years_task_inside_the_share_done_is_the_target() {
    // 完成年度目标任务60亿元的75.5%: the year's task is the target; what was done, the share and
    // the change on last year are results.
    let dated = DraftOptions {
        issued_year: Some(2024),
        ..DraftOptions::default()
    };
    assert_eq!(
        figures_with(
            "1-9月份,全县签约项目资金45.3亿元,完成年度目标任务60亿元的75.5%,同比增长12%。",
            &dated
        ),
        vec![(60.0, None, 2024, Comparator::Ge)]
    );
    // The task in brackets, after the level that set it.
    assert_eq!(
        value_years_with(
            "截至9月底,到位资金18.6亿元,完成市上全年任务(30亿元)的62%。",
            &dated
        ),
        vec![(30.0, 2024)]
    );
    // A share of a task without its amount states no target, and reports the work.
    assert_eq!(
        value_years_with(
            "今年全县将新建厂房20万平方米。已完成12万平方米,占年度任务的60%。",
            &dated
        ),
        vec![(200000.0, 2024)]
    );
    // A year gone by, reviewed: its task has expired.
    assert!(figures_with(
        "2023年,全县引进企业21家。其中,工业企业15家,完成全年目标任务12家的125%。",
        &dated
    )
    .is_empty());
}

#[test]
fn a_year_after_a_comma_whose_subject_will_act_dates_an_undated_text() {
    // 会议指出,2023年县政府将…: the year the undated text speaks in, its list's deadline.
    assert_eq!(
        value_years("会议指出,2023年县政府将重点办好8件实事:\n(1)新建村级卫生室12个。"),
        vec![(12.0, 2023)]
    );
}

#[test]
fn a_year_without_nian_before_the_name_of_its_place_in_a_plan() {
    let options = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    // 2026开局之年 is 2026年是开局之年 as a headline writes it: it dates its clauses.
    assert_eq!(
        value_years_with(
            "到2030年,全县地区生产总值达到800亿元。2026开局之年,全县将新建公办幼儿园6所。",
            &options
        ),
        vec![(800.0, 2030), (6.0, 2026)]
    );
    // Four digits before other words are no year.
    assert_eq!(
        value_years("到2030年,全县建成2026处农村公路养护站点。"),
        vec![(2026.0, 2030)]
    );
}

#[test]
fn a_year_right_after_a_word_of_striving_is_the_year_striven_for() {
    // 力争2030年…, 力拚2030年… (Taiwan's papers): the year is the aim's deadline.
    for text in [
        "到2027年,全市充电桩达到3万个。电动公交车力争2030年占比达到100%。",
        "到2027年,全市充电桩达到3万个。电动公交车力拚2030年占比达到100%。",
    ] {
        assert_eq!(
            value_years(text),
            vec![(30000.0, 2027), (100.0, 2030)],
            "{text}"
        );
    }
}

#[test]
fn a_part_of_this_year_gone_by_opens_a_report_of_it() {
    let options = DraftOptions {
        issued_year: Some(2019),
        ..Default::default()
    };
    // 今年上半年 (前三季度, 1-9月) gone by: what it reports is done.
    assert_eq!(
        value_years_with(
            "据介绍,今年上半年,全市乡村旅游综合收入达到120亿元。到2021年,全市乡村旅游综合收入达到300亿元。",
            &options
        ),
        vec![(300.0, 2021)]
    );
    // Striven for in it, the half-year is a deadline.
    assert_eq!(
        value_years_with("全市力争今年上半年新开工项目达到30个。", &options),
        vec![(30.0, 2019)]
    );
}

#[test]
fn a_copula_in_a_list_said_to_state_goals_sets_the_level() {
    let options = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    // 主要预期目标包括,…增速为4.5%至5%: the item of the goals, not a fact of the year.
    assert_eq!(
        figures_with(
            "今年全省主要预期目标包括,地区生产总值增速为4.5%至5%,城镇新增就业110万人以上。",
            &options
        ),
        vec![
            (4.5, Some(5.0), 2026, Comparator::Range),
            (1_100_000.0, None, 2026, Comparator::Ge)
        ]
    );
    // A copula of this year without words of goals still states a fact.
    assert!(figures_with("今年,全省城镇调查失业率为5.1%。", &options).is_empty());
}

#[test]
fn a_decimal_written_in_words_is_a_figure() {
    let options = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    // 四點五% (a paper that writes its figures in words): a decimal reads as a figure after 为 too.
    assert_eq!(
        figures_with(
            "今年主要預期目標包括，全省GDP增速為四點五%至五%。",
            &options
        ),
        vec![(4.5, Some(5.0), 2026, Comparator::Range)]
    );
}

#[test]
fn the_years_to_come_count_from_the_year_a_text_speaks_in() {
    let options = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    // 今后五年 in a text of 2024 without another date: its aims are due by 2028.
    assert_eq!(
        value_years_with(
            "座谈会上,县长介绍了今后五年的奋斗目标。全县常住人口城镇化率达到62%,新建公园15个以上。",
            &options
        ),
        vec![(62.0, 2028), (15.0, 2028)]
    );
    // A deadline the text names wins over the count of years.
    assert_eq!(
        value_years_with(
            "今后五年是关键时期。到2026年,全县常住人口城镇化率达到62%。",
            &options
        ),
        vec![(62.0, 2026)]
    );
    // 今后五年 inside one task of a year's list, in a sentence that sets no goals, does not give
    // the whole text its span: the list's other items are the year's.
    assert_eq!(
        value_years_with(
            "区政府工作报告重点工作分工(2024年)\n一、主要预期目标\n1.地区生产总值增长5.5%。\n2.实施强链行动,带动未来五年工业投资800亿元以上。",
            &options
        )
        .first(),
        Some(&(5.5, 2024))
    );
}

#[test]
fn goals_announced_with_a_colon_run_on_over_the_paragraphs_after() {
    let options = DraftOptions {
        issued_year: Some(2021),
        ..Default::default()
    };
    // 未来五年…实现以下目标: in a report of 2021 whose aims run to 2025: the paragraphs after it
    // state the goals too.
    assert_eq!(
        value_years_with(
            "报告指出,到2025年,全区综合实力明显增强。\n未来五年,要努力实现以下目标:创新能力大幅提升,研发投入强度达到4%。\n经济实力迈上新台阶,地区生产总值达到900亿元。",
            &options
        ),
        vec![(4.0, 2025), (900.0, 2025)]
    );
    // A year's goals announced so fill their paragraph; the paragraph after sets tasks.
    assert_eq!(
        value_years_with(
            "今年主要预期目标是:地区生产总值增长6%左右。\n全面落实各项政策,县财政安排教育支出12亿元。",
            &options
        ),
        vec![(6.0, 2021)]
    );
}

#[test]
fn the_present_inside_a_sentence_runs_on_over_its_clauses() {
    // 目前 opening a clause after an aim: the figures after it are where the work starts from.
    assert_eq!(
        value_years(
            "力争到2027年,全省水果产值超过500亿元,目前全省果园面积为190万亩,水果产量80万吨,产值达410亿元。"
        ),
        vec![(500.0, 2027)]
    );
    // A deadline after it sets aims again.
    assert_eq!(
        value_years("目前全省水果产量80万吨,到2027年达到100万吨。"),
        vec![(1_000_000.0, 2027)]
    );
}

#[test]
fn the_end_of_a_five_year_plan_dates_an_undated_text() {
    // 到十二五末 in a text without a date: its aims are due by 2015, and the period before it is
    // history.
    assert_eq!(
        value_years(
            "十一五期间,全县生产总值达9.7亿元。未来五年,全县将加快发展,到十二五末力争生产总值实现26亿元以上,年均增长18%以上。"
        ),
        vec![(26.0, 2015), (18.0, 2015)]
    );
    // 达到“十三五”末2倍: the end of the last plan is a base, not a deadline.
    assert!(value_years("十四五期间,全市基站数量达到“十三五”末2倍。").is_empty());
}

#[test]
fn a_table_flattened_one_cell_a_paragraph_gives_its_later_columns_targets() {
    // 指标 / 2022年 / 2027年 / 属性, then a row's name, values and nature a paragraph each; a row
    // split into parts (其中:…) lists both base values before both targets.
    let text = "某县卫生健康主要指标\n\n指标\n\n2022年\n\n2027年\n\n属性\n\n一、服务能力\n\n\
                1.每千人口执业医师数(人)\n\n2.9\n\n3.5以上\n\n预期性\n\n\
                2.家庭医生签约服务覆盖率(%)\n\n其中:重点人群签约服务覆盖率(%)\n\n45%\n\n70%\n\n\
                60%以上\n\n90%\n\n预期性\n\n3.孕产妇死亡率(1/10万)\n\n9.8\n\n<10\n\n约束性";
    assert_eq!(
        figures(text),
        vec![
            (3.5, None, 2027, Comparator::Ge),
            (60.0, None, 2027, Comparator::Ge),
            (90.0, None, 2027, Comparator::Ge),
            (10.0, None, 2027, Comparator::Lt),
        ]
    );
    // Short paragraphs of figures under no header of years are no table.
    assert!(figures("指标\n\n属性\n\n1.覆盖率(%)\n\n45%\n\n70%").is_empty());
}

#[test]
fn a_result_measured_against_the_plan_is_no_aim() {
    let options = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    // 比年度计划高8个百分点: how far the work went beyond its aim.
    assert!(!value_years_with(
        "城市交通缓堵保畅\n完成投资1.2亿元,比年度计划高8个百分点。",
        &options
    )
    .iter()
    .any(|(v, _)| *v == 8.0));
    // An aim that names its own level after the plan's words still stands.
    assert_eq!(
        value_years_with("按照年度计划,到2025年底全区新建公园8个。", &options),
        vec![(8.0, 2025)]
    );
}

#[test]
fn a_headline_of_a_year_gone_by_and_its_achievements_heads_results() {
    let options = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    // 2024 发展成绩单 on a page of 2025: the lines under it report that year.
    assert!(value_years_with(
        "2024 发展成绩单\n全年地区生产总值\n增长5.5%左右\n城镇新增就业1.2万人以上",
        &options
    )
    .is_empty());
    // A headline of the year's aims heads aims.
    assert_eq!(
        value_years_with("2025 奋斗目标\n全年地区生产总值增长5.5%左右", &options),
        vec![(5.5, 2025)]
    );
}

#[test]
fn a_title_naming_a_five_year_plans_goals_dates_them() {
    // “十三五”…的总体目标 as the title of an undated extract: its aims are due at the plan's end.
    assert_eq!(
        value_years("“十三五”农业科技创新的总体目标\n全省农业科技进步贡献率达到65%,主要农作物良种覆盖率达到98%。"),
        vec![(65.0, 2020), (98.0, 2020)]
    );
}

#[test]
fn a_five_year_period_after_the_source_of_a_report_dates_what_follows() {
    // 记者从某厅了解到,“十五五”时期,全省将…: the source's words, and the paragraphs after them.
    assert_eq!(
        value_years(
            "记者从省交通厅了解到,“十五五”时期,全省将加快建设综合交通网。\n乡镇通三级及以上公路比例达到95%,建制村通客车率达到100%。"
        ),
        vec![(95.0, 2030), (100.0, 2030)]
    );
    // A source that reviews the period hands on no deadline.
    assert!(value_years(
        "报告指出,“十四五”时期,全市生态环境持续改善。\n\n城市建设用地、受污染耕地安全利用率均保持100%。"
    )
    .is_empty());
}

#[test]
fn measures_named_in_full_share_one_change_and_daoda_reaches() {
    // 万元产值能耗、万元增加值能耗较2020年降低15%: each measure falls by the share.
    assert_eq!(
        value_years("到2025年,全市万元产值能耗、万元增加值能耗较2020年降低15%。"),
        vec![(-15.0, 2025), (-15.0, 2025)]
    );
    // 到达, reach, as 达到: the rates listed before it share the figure.
    assert_eq!(
        value_years("到2025年,生活垃圾回收利用率、餐厨垃圾处理利用率到达60%以上。"),
        vec![(60.0, 2025), (60.0, 2025)]
    );
}

#[test]
fn half_after_a_comparator_is_a_share_of_fifty() {
    // 超过一半, 至少一半: 50%.
    assert_eq!(
        figures("到2030年,全市新能源公交车占比超过一半。"),
        vec![(50.0, None, 2030, Comparator::Gt)]
    );
    // 当中超过一半: of what the sentence counted before, no subject of its own.
    assert!(
        figures("预计2030年前建成公租房3万套,当中超过一半位于新区。")
            .iter()
            .all(|f| f.0 != 50.0)
    );
}

#[test]
fn disposable_goods_are_no_subsidy_nor_a_count() {
    // 一次性 before goods: disposable ones, whose cut is an aim.
    assert_eq!(
        value_years("到2030年,一次性塑料餐具使用量减少30%。"),
        vec![(-30.0, 2030)]
    );
    // 一次性 before a payment: a one-off subsidy.
    assert!(value_years("到2030年,对新建充电站一次性给予30万元补助。").is_empty());
}

#[test]
fn a_question_asks_for_an_aim_and_states_none() {
    let options = DraftOptions {
        issued_year: Some(2023),
        ..Default::default()
    };
    // 可不可以订在50%以上: a legislator's question.
    assert!(figures_with("委员问道,全省粮食自给率可不可以订在50%以上。", &options).is_empty());
}

#[test]
fn the_first_months_of_this_year_are_gone_by() {
    let options = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    // 今年首11个月 (as 前11个月): a report of the year so far.
    assert!(value_years_with("全市今年首11个月共接待游客4020万人次。", &options).is_empty());
}

#[test]
fn last_year_as_the_base_of_a_change_to_come_tells_no_past() {
    let options = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    // 2029年…比去年增长五成至800亿元: last year is the base; the change and the level are due
    // in 2029.
    assert_eq!(
        value_years_with(
            "局方预期,2029年文化产业增加值可比去年增长五成至800亿元。",
            &options
        ),
        vec![(50.0, 2029), (800.0, 2029)]
    );
    // 比去年 without a year to come still reports.
    assert!(value_years_with("全市文化产业增加值比去年增长12%至650亿元。", &options).is_empty());
}

#[test]
fn an_aim_said_to_be_met_is_a_result() {
    let options = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    // 提前达成今年60%目标: met ahead of time.
    assert!(value_years_with(
        "据统计,全市新能源出租车占比已达65%,提前达成今年60%目标。",
        &options
    )
    .is_empty());
    // 力争达成今年60%目标: still to be met.
    assert_eq!(
        value_years_with("全市新能源出租车占比力争达到今年60%的目标。", &options),
        vec![(60.0, 2025)]
    );
}

#[test]
fn no_longer_merely_is_no_result_to_stop() {
    // 不再只是: what a thing will be more than.
    assert!(value_years("到2030年,让书法不再只是一门选修课。").is_empty());
    // 不再 before a verb: a practice stopped by the deadline.
    assert_eq!(
        value_years("到2030年,全市不再新建燃煤锅炉。"),
        vec![(1.0, 2030)]
    );
}

#[test]
fn the_next_step_to_a_year_after_a_review_states_an_aim() {
    // A briefing on a five-year plan completed reviews it; 下一步…将…实现2030年… states an aim,
    // due in the year right after 实现.
    let text = "记者从“高质量完成‘十四五’规划”系列主题新闻发布会上了解到,全省森林覆盖率已经达到45%。\n下一步,省林业局将推进国土绿化,实现2030年全省森林覆盖率达到47%左右,更好发挥林业对完成“双碳”目标任务的支撑作用。";
    assert_eq!(figures(text), vec![(47.0, None, 2030, Comparator::Approx)]);
}

#[test]
fn an_area_of_a_reported_documents_aims_goes_on_with_them() {
    let options = DraftOptions {
        issued_year: Some(2021),
        ..Default::default()
    };
    // 《规划》提出,… then 在…方面,…: the document's aims, area by area.
    let text = "某市卫生健康规划\n近日,市政府印发《某市卫生健康发展规划》。《规划》提出,到2025年,全市每千人口执业医师数达到3.5人。\n在公共卫生方面,通过疾控体系改革等,新建社区卫生服务中心20个。";
    assert_eq!(
        value_years_with(text, &options),
        vec![(3.5, 2025), (20.0, 2025)]
    );
    // Without a document that puts aims forward, the area reports.
    let told = "某市卫生健康工作\n去年,全市卫生健康事业稳步发展。\n在公共卫生方面,通过疾控体系改革等,新建社区卫生服务中心20个。";
    assert!(value_years_with(told, &options).is_empty());
}

#[test]
fn a_rise_to_a_level_written_with_a_short_verb() {
    // 增至, 上升至, 成长至: a rise to a level, as 提高到.
    assert_eq!(
        figures("到2025年,全省高速公路通车里程增至8000公里,农村电商占比上升至30%。"),
        vec![
            (8000.0, None, 2025, Comparator::Ge),
            (30.0, None, 2025, Comparator::Ge)
        ]
    );
    // A latency in 毫秒 is a duration to keep under.
    assert_eq!(
        figures("到2025年,城区数据中心之间单向时延小于2毫秒。"),
        vec![(2.0, None, 2025, Comparator::Lt)]
    );
}

#[test]
fn counts_of_a_plans_own_items_and_carried_subsidies_are_no_targets() {
    // The plan's own indicators, rising from a base: its framework.
    assert!(value_years("到2027年,将考核指标由40项增至60项。").is_empty());
    // A clause with no subject of its own, 将 and a rise, goes on paying.
    assert!(value_years("到2025年,每亩补助300元,将增至500元。").is_empty());
    // The count of the items a colon opens.
    let options = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    assert_eq!(
        value_years_with(
            "县政府按照清单化抓落实的要求,2023年着力抓好20项重点工作:\n1.建设城市公园。新建口袋公园5个。",
            &options
        ),
        vec![(5.0, 2023)]
    );
}

#[test]
fn a_report_of_a_years_plan_dates_its_figures_by_that_year() {
    // A press conference explaining an annual plan: its figures are that year's.
    let text = "4月2日,某市政府新闻办召开新闻发布会,解读《某市“五大工程”2024年行动计划》。\n养老方面,新增护理型养老床位2000张,建设社区食堂30处。";
    assert_eq!(value_years(text), vec![(2000.0, 2024), (30.0, 2024)]);
    // A plan of a year older than the page is no plan of the page's year.
    let options = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    let older = "会上解读了《某市2022年行动计划》。\n到2027年,新增护理型养老床位2000张。";
    assert_eq!(value_years_with(older, &options), vec![(2000.0, 2027)]);
}

#[test]
fn a_plans_span_stated_in_a_sentence() {
    // 计划时间是从2026年到2030年: the plan's own span; its aims are due at its end.
    let text =
        "某市公布了未来五年发展计划。计划时间是从2026年到2030年。全市财政总收入要超过800亿元。";
    assert_eq!(value_years(text), vec![(800.0, 2030)]);
}

#[test]
fn a_table_whose_cells_are_closed_with_bars() {
    // A row a line, lines of bars between; a present-value column before the years.
    let text = "序号 | 指标名称 | 某县现值 | 2025年目标 | 2027年目标 | 责任单位 |\n|\n1 | 常住人口城镇化率(%) | 70 | 72 | 75 | 县统计局 |\n|\n2 | 村级集体经济总收入(亿元) | 10 | 11 | 12 | 县农业农村局 |";
    assert_eq!(
        value_years(text),
        vec![(72.0, 2025), (75.0, 2027), (11.0, 2025), (12.0, 2027)]
    );
}

#[test]
fn a_work_reports_delivery_date_dates_it_over_a_reposts_page() {
    // The report's title (or the dateline under it) says when it was delivered; a repost's page
    // year is not the year its 今年 speaks of.
    let options = DraftOptions {
        issued_year: Some(2021),
        ..Default::default()
    };
    let titled = "某市政府工作报告(2019年1月8日 某某)\n今年全市经济社会发展的主要预期目标是:地区生产总值增长7%左右。";
    assert_eq!(value_years_with(titled, &options), vec![(7.0, 2019)]);
    let dateline = "政府工作报告\n——2019年1月8日在某市第八届人民代表大会第二次会议上\n今年全市经济社会发展的主要预期目标是:地区生产总值增长7%左右。";
    assert_eq!(value_years_with(dateline, &options), vec![(7.0, 2019)]);
    // A date in the body's opening (a news lede) is not the report's title.
    let lede = "某市召开座谈会\n今年全市经济社会发展的主要预期目标是:地区生产总值增长7%左右。2019年1月8日的会议上有人发言。";
    assert_eq!(value_years_with(lede, &options), vec![(7.0, 2021)]);
}

#[test]
fn a_review_heading_after_the_opening_paragraph_heads_one_part_only() {
    let options = DraftOptions {
        issued_year: Some(2021),
        ..Default::default()
    };
    // A short line reviewing a five-year plan after a paragraph heads one part of a report: the
    // next part's goals are aims.
    let text = "某市人民代表大会开幕,市长作政府工作报告。报告分三个部分。\n\n  “十三五”时期工作回顾\n\n  一、主要成就\n\n  “十四五”时期主要目标\n\n  一、“十四五”时期,地区生产总值年均增长6%左右。";
    assert_eq!(value_years_with(text, &options), vec![(6.0, 2025)]);
    // As the text's title, it reviews the whole text.
    let titled = "“十三五”时期工作回顾\n\n  “十三五”时期,地区生产总值年均增长6%左右。";
    assert!(value_years_with(titled, &options).is_empty());
}

#[test]
fn paragraphs_after_a_review_of_the_year_gone_go_on_reviewing_it() {
    let options = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    // A paragraph opening with the year gone by reviews it; the paragraph after it, with no year
    // and no word of what will be done, reports the same year's results.
    let text = "2024年,全市上下顺利完成各项目标任务。\n\n科技创新成效明显,新增高新技术企业500户以上,总数突破3000户。";
    assert!(value_years_with(text, &options).is_empty());
    // A paragraph saying what will be done (将) ends the review.
    let ahead =
        "2024年,全市上下顺利完成各项目标任务。\n\n全市将加快科技创新,新增高新技术企业500户以上。";
    assert_eq!(value_years_with(ahead, &options), vec![(500.0, 2025)]);
    // So does a list one item a line.
    let list = "2024年,全市上下顺利完成各项目标任务。\n\n新增高新技术企业500户以上";
    assert_eq!(value_years_with(list, &options), vec![(500.0, 2025)]);
}

#[test]
fn a_simplified_copy_of_a_taiwan_text_keeps_its_calendar() {
    // A copy in simplified characters that names the cabinet counts its three-digit years from
    // the Republic (105年 = 2016, 109年 = 2020, 114年 = 2025).
    let text =
        "行政院于105年通过推动方案,规划短期目标(至109年)风电装置容量3.2GW,长期目标(至114年)为8GW。";
    assert_eq!(value_years(text), vec![(3.2, 2020), (8.0, 2025)]);
    // Without the cabinet, the legislature or the era, a simplified text's 100年 is no year.
    let mainland = "某县于今年通过推动方案,庆祝建校100年,新建教学楼3栋。";
    assert!(value_years(mainland).iter().all(|(_, y)| *y != 2011));
}

#[test]
fn a_relative_year_with_the_year_in_brackets_dates_the_text() {
    // 今(114)年 and 明(2026)年 name the year the text speaks in: an aim of 113年 is gone by.
    let past = "某部門今(114)年持續推動計畫。以4年(110至113年)興建5萬戶住宅為目標。";
    assert!(value_years(past).is_empty());
    let next = "行政院依明(2026)年度計畫,目標在116年興建5萬戶住宅。";
    assert_eq!(value_years(next), vec![(50000.0, 2027)]);
}

#[test]
fn a_bracket_that_restates_a_figure_in_other_units_is_no_target() {
    let text = "到2027年,风电装置容量达到6.5GW(即650万千瓦),新建充电站(即公共快充站)20座。";
    assert_eq!(value_years(text), vec![(6.5, 2027), (20.0, 2027)]);
}

#[test]
fn an_aim_told_with_its_shortfall_is_gone_by() {
    let options = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    // The sentence goes on to say how the aim fell short, or what was actually reached.
    let short = "去年以1200万人次为目标,结果不如预期,只有786万人次。";
    assert!(value_years_with(short, &options).is_empty());
    let actual = "交通部目标2023年600万旅客来访、实际达成648万人次。";
    assert!(value_years_with(actual, &options).is_empty());
    // 结果 as a noun (the results of a review) tells no shortfall.
    let noun = "到2027年,以1200万人次为目标,结果运用于考核。";
    assert_eq!(value_years_with(noun, &options), vec![(12000000.0, 2027)]);
}

#[test]
fn a_year_called_a_stage_of_a_five_year_plan_stays_that_year() {
    let options = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    // 2026年是…“十五五”…开局之年 says which year of the plan's five 2026 is; the plan's last year is
    // no deadline of the aims after it.
    let text = "会议指出,2026年是实施“十五五”规划的开局之年,全县要奋力开好局,实现社会消费品零售总额增长6%左右的预期目标。";
    assert_eq!(value_years_with(text, &options), vec![(6.0, 2026)]);
    // Without a date, 今年是“十五五”开局之年 says the text speaks in 2026.
    let undated = "今年是“十五五”规划开局之年。今年全县主要预期目标是:城镇新增就业3000人以上。";
    assert_eq!(value_years(undated), vec![(3000.0, 2026)]);
    // 收官之年 is the plan's last year.
    let last = "今年是“十四五”规划收官之年。今年全县主要预期目标是:城镇新增就业3000人以上。";
    assert_eq!(value_years(last), vec![(3000.0, 2025)]);
}

#[test]
fn the_whole_year_after_a_word_of_aim_is_this_year() {
    let options = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    // 力争全年… in a text of 2024 without a year in the clause: this year's total, not the last
    // year of the period the text names.
    let text = "到2025年,全县新能源装机规模达到1000万千瓦。\n加快风电项目建设,力争全年新增新能源装机规模达到80万千瓦。";
    assert_eq!(
        value_years_with(text, &options),
        vec![(10_000_000.0, 2025), (800_000.0, 2024)]
    );
}

#[test]
fn a_question_states_no_aim() {
    let options = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    let text = "今年各县区如何落子布局,确保全年目标任务顺利完成?记者进行了梳理。";
    assert!(value_years_with(text, &options).is_empty());
    // A statement before the question keeps its aim.
    let before = "到2027年,全市公交车电动化比例达到60%,何时能全部上线?";
    assert_eq!(value_years_with(before, &options), vec![(60.0, 2027)]);
}

#[test]
fn a_briefing_on_a_five_year_plan_completed_reports_results() {
    let options = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    // A briefing on completing a five-year plan, held in its last year, reports results.
    let text = "11月3日,“高质量完成‘十四五’规划”系列主题新闻发布会某市专场举行,介绍某市“十四五”时期发展成就。\n“十四五”以来,全市规上工业增加值年均增长9.2%,城镇居民人均可支配收入年均增长6.1%。";
    assert!(value_years_with(text, &options).is_empty());
    // What a speaker says while looking back on a period's work is a report too.
    let looking_back = "市政府工作报告在回顾“十四五”时期工作时指出,全市人均预期寿命超过81岁。";
    assert!(value_years(looking_back).is_empty());
}

#[test]
fn a_rate_per_year_or_per_day_keeps_its_cue() {
    // 亿立方米/年左右: the unit goes on after the slash and 左右 is the figure's.
    let t = one("到2025年,全市用水总量控制在18亿立方米/年左右。");
    assert_eq!(t.milestone.cmp, Comparator::Approx);
    assert_eq!(t.unit, "立方米/年");
    let day = one("到2025年,污水处理能力达到120万吨/日以上。");
    assert_eq!(day.unit, "吨/日");
}

#[test]
fn a_quoted_zero_achieved_is_a_yes_no_aim() {
    // 实现…“零X”: a zero of an event, achieved by a year, restated once in a lead.
    let text = "到2025年,全市将实现危险废物“零倾倒”。\n\n规划提出,到2025年,工业固体废物综合利用率达到90%,实现危险废物“零倾倒”。";
    let d = draft(text);
    let zeros = d
        .targets
        .iter()
        .filter(|t| t.kind == Kind::Binary && t.milestone.year == 2025)
        .count();
    assert_eq!(zeros, 1);
    // Not without 实现: a “零X” named as a campaign.
    assert!(draft("到2025年,深入开展“零倾倒”专项行动。")
        .targets
        .iter()
        .all(|t| t.kind != Kind::Binary));
}

#[test]
fn a_count_of_a_plans_boxes_is_its_framework() {
    let options = DraftOptions {
        issued_year: Some(2022),
        ..Default::default()
    };
    // 设置了N个…专栏: the boxes of the plan itself, in simplified or traditional characters.
    for text in [
        "近日,某省发布养老服务体系建设“十四五”规划,明确“十四五”时期的主要目标、重点任务。\n\n《规划》明确,到2025年,全省养老机构护理型床位占比达到55%以上等。\n\n《规划》设置了6个重点专栏,包括“两大工程”“四大行动”,着力补齐短板。",
        "近日,某省發布養老服務體系建設“十四五”規劃,明確“十四五”時期的主要目標、重點任務。\n\n《規劃》明確,到2025年,全省養老機構護理型床位占比達到55%以上等。\n\n《規劃》設置了6個重點專欄,包括“兩大工程”“四大行動”,著力補齊短板。",
    ] {
        assert_eq!(value_years_with(text, &options), vec![(55.0, 2025)], "{text}");
    }
}

#[test]
fn coverage_before_de_describes_a_noun() {
    // 全覆盖的…体系: the coverage names the system built; no aim of 100 %.
    assert!(value_years("到2025年,建立城乡老年人助餐服务全覆盖的养老服务体系。").is_empty());
    // 实现…全覆盖 is the aim; so is 全覆盖的目标.
    assert_eq!(
        value_years("到2025年,实现城乡老年人助餐服务全覆盖。"),
        vec![(100.0, 2025)]
    );
}

#[test]
fn a_list_of_practical_projects_to_be_completed_dates_its_items() {
    let options = DraftOptions {
        issued_year: Some(2025),
        ..Default::default()
    };
    // 将完成的十件实事 names work to be done (将完成), not work done: its items are the year's.
    let text = "会议审议通过了2025年某区将完成的十件民生实事。\n1、完成3所公办幼儿园建设。";
    assert_eq!(value_years_with(text, &options), vec![(3.0, 2025)]);
    // 已完成 is work done.
    let done = "会议通报了2025年某区已完成的十件民生实事。\n1、完成3所公办幼儿园建设。";
    assert!(value_years_with(done, &options).is_empty());
}

#[test]
fn as_many_rates_as_subjects_give_each_its_own() {
    // A、B…率提高到x%、y% without 分别: each subject its own rate, in order.
    let d = draft("到2025年,城镇污水、生活垃圾处理设施覆盖率提高到95%、90%。");
    let got: Vec<(String, f64)> = d
        .targets
        .iter()
        .map(|t| (t.name.clone(), t.milestone.value.unwrap_or(f64::NAN)))
        .collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].0.contains("污水") && got[0].1 == 95.0, "{got:?}");
    assert!(got[1].0.contains("垃圾") && got[1].1 == 90.0, "{got:?}");
    // One rate after two subjects still covers both.
    let both = draft("到2025年,城镇污水、生活垃圾处理设施覆盖率提高到95%。");
    assert_eq!(both.targets.len(), 2);
    assert!(both.targets.iter().all(|t| t.milestone.value == Some(95.0)));
}

#[test]
fn bandwidth_is_a_unit() {
    let t = one("到2025年,全市互联网出口带宽达到50Tbps。");
    assert_eq!((t.milestone.value, t.unit.as_str()), (Some(50.0), "Tbps"));
}

#[test]
fn du_after_wan_or_yi_is_a_kilowatt_hour() {
    // 亿度 is 亿千瓦时, and 左右 after it is the figure's.
    let t = one("到2025年,全市光伏发电量达到12亿度左右。");
    assert_eq!(t.unit, "千瓦时");
    assert_eq!(t.milestone.value, Some(1_200_000_000.0));
    assert_eq!(t.milestone.cmp, Comparator::Approx);
    // A temperature is no quantity of electricity.
    assert!(draft("到2025年,室内温度不低于18度。")
        .targets
        .iter()
        .all(|t| t.unit != "千瓦时"));
}

#[test]
fn an_anniversary_this_year_dates_an_undated_text() {
    // 今年是新中国成立N周年 says the text speaks in 1949+N; a plan's stage said after it
    // (“十四五”规划的关键一年) is no deadline of this year's figures.
    let text = "今年是新中国成立80周年,是实施“十五五”规划的关键一年。全区主要预期目标:城镇新增就业5000人以上。";
    assert_eq!(value_years(text), vec![(5000.0, 2029)]);
    let party = "今年是中国共产党成立100周年。全县主要预期目标:城镇新增就业3000人以上。";
    assert_eq!(value_years(party), vec![(3000.0, 2021)]);
    // An anniversary not said of this year dates nothing.
    let other = "明年是新中国成立80周年。到2027年,全县城镇新增就业3000人以上。";
    assert_eq!(value_years(other), vec![(3000.0, 2027)]);
}

#[test]
fn a_year_given_as_an_example_opens_its_clause() {
    let options = DraftOptions {
        issued_year: Some(2024),
        ..Default::default()
    };
    // 一是…,如2024年,… gives this year's figures as the example of an aim of a longer plan: the
    // year dates the clauses after it, not the plan's deadline.
    let text = "到2026年,全市累计培育专精特新企业500家。\n一是壮大市场主体,比如2024年,全市新增专精特新企业120家以上。";
    assert_eq!(
        value_years_with(text, &options),
        vec![(500.0, 2026), (120.0, 2024)]
    );
    // 如期 is no example.
    let due = "到2026年,全市累计培育专精特新企业500家。\n如期完成新增专精特新企业120家以上。";
    assert_eq!(
        value_years_with(due, &options),
        vec![(500.0, 2026), (120.0, 2026)]
    );
}

#[test]
fn a_review_heading_without_a_label_ends_where_aims_begin() {
    let options = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    // A real review heading still silences its section: 一、2025年工作回顾.
    let labelled = "一、2025年工作回顾\n全年新增城镇就业1.2万人。\n二、2026年主要目标\n力争新增城镇就业1.3万人。";
    assert_eq!(value_years_with(labelled, &options), vec![(13000.0, 2026)]);
    // So does one alone on its line, until a short line says what this year will do.
    let bare =
        "部分成绩单\n2025年这样干的\n全区新增停车位600个\n2026年要这样干\n力争新增停车位800个";
    assert_eq!(value_years_with(bare, &options), vec![(800.0, 2026)]);
    // A line that opens with a conjunction is a sentence broken across lines, not a heading.
    let broken =
        "区长作报告\n不但对去年的工作进行了回顾\n同时对今年的工作作出部署\n力争新增停车位800个";
    assert_eq!(value_years_with(broken, &options), vec![(800.0, 2026)]);
    let fragment = "报告\n同时进行了工作回顾\n力争新增停车位800个";
    assert_eq!(value_years_with(fragment, &options), vec![(800.0, 2026)]);
}

#[test]
fn a_progress_column_of_a_table_heads_no_section() {
    let options = DraftOptions {
        issued_year: Some(2026),
        ..Default::default()
    };
    // 序号 / 工作任务 / 完成情况: a table's header row flattened to lines. Its progress column
    // names a cell of each row, and the row's progress (1-3月,…) reports results.
    let table = "序号\n工作任务\n完成情况\n责任单位\n1\n确保全县新建农村公路120公里以上。\n1-3月,全县新建农村公路30公里。其中,完成改造15公里以上。\n县交通局";
    assert_eq!(value_years_with(table, &options), vec![(120.0, 2026)]);
    // Without the row number's column, the same line heads a review.
    let section = "完成情况\n全县新建农村公路30公里以上。";
    assert!(value_years_with(section, &options).is_empty());
}

#[test]
fn a_year_whose_goals_a_body_sets_dates_an_undated_text() {
    // 明确了2023年…目标: the year the goals are set for, in a text that states no date.
    let text = "会议明确了2023年水环境治理目标:县级以上饮用水水源地水质达标率达到100%,城市黑臭水体消除比例不低于95%。";
    assert_eq!(value_years(text), vec![(100.0, 2023), (95.0, 2023)]);
}

#[test]
fn a_table_column_after_the_years_names_who_is_responsible() {
    // 序号 指标 2023年 2026年 牵头单位: the last cell of a row names an agency; the year columns'
    // values stand before it.
    let text = "序号 指标 2023年 2026年 牵头单位\n1 城市污水处理率(%) 95 98 县住建局\n2 新建5G基站(个) 300 900 县工信局、县通信办";
    assert_eq!(value_years(text), vec![(98.0, 2026), (900.0, 2026)]);
}

#[test]
fn a_year_plan_reported_issued_outweighs_another_plans_span() {
    // 发布了《关于印发…2024年重点工作任务的通知》: the text restates a year's tasks; the span in the
    // title of another plan it names in passing, 《…行动计划(2024—2026年)》, is that plan's.
    let text = "日前,某市人民政府发布了《关于印发某市城乡环境提升2024年重点工作任务的通知》,通知提出,城市生活垃圾回收利用率达到40%以上,推动《某市城乡环境提升行动计划(2024—2026年)》落地见效,新建口袋公园20个。";
    assert_eq!(value_years(text), vec![(40.0, 2024), (20.0, 2024)]);
    // Without the year's plan, the span is the text's period.
    let span = "日前,某市推动《某市城乡环境提升行动计划(2024—2026年)》落地见效,新建口袋公园20个。";
    assert_eq!(value_years(span), vec![(20.0, 2026)]);
}
