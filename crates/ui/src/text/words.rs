//! The core's words and number formats as the components use them, and the small templates
//! (`fill`, `paren`, `one_of`) around them.

use plan_gauge_core::model::{AgencyNames, Comparator, Indicator, Kind, ObsStatus, Plan};
use plan_gauge_core::progress::{Assessment, ResolvedMilestone, Status};
use plan_gauge_core::Lang;

pub use plan_gauge_core::i18n::fill;

/// The plan's title in `lang`, falling back to the title in the plan's own script.
pub fn plan_title(plan: &Plan, lang: Lang) -> String {
    plan_gauge_core::explain::plan_title(plan, lang).into_owned()
}

/// The indicator's name in `lang`, falling back to the name in the plan's own script.
pub fn indicator_name(ind: &Indicator, lang: Lang) -> String {
    plan_gauge_core::explain::indicator_name(ind, lang).to_string()
}

pub fn status_label(status: Status, lang: Lang) -> &'static str {
    plan_gauge_core::explain::status_label(status, lang)
}

pub fn headline(a: &Assessment, ind: &Indicator, lang: Lang) -> String {
    plan_gauge_core::explain::headline(a, ind, lang)
}

pub fn reason_sentence(a: &Assessment, ind: &Indicator, lang: Lang) -> String {
    plan_gauge_core::explain::reason_sentence(a, ind, lang)
}

/// A value of the indicator in its unit, with the precision the plan writes (`3.0%`).
pub fn indicator_value(ind: &Indicator, v: f64, lang: Lang) -> String {
    plan_gauge_core::explain::indicator_value(ind, v, lang)
}

/// Agencies in `lang` (the plan's `agencies` names, else as written), joined with 、 or ", ".
pub fn agency_list(agencies: &AgencyNames, names: &[String], lang: Lang) -> String {
    plan_gauge_core::explain::agency_list(agencies, names, lang)
}

/// One agency in `lang`, else as written.
pub fn agency_name(agencies: &AgencyNames, name: &str, lang: Lang) -> String {
    plan_gauge_core::explain::agency_name(agencies, name, lang).to_string()
}

pub fn percent(fraction: f64, lang: Lang) -> String {
    plan_gauge_core::format::percent(fraction, lang)
}

pub fn period(p: &str, lang: Lang) -> String {
    plan_gauge_core::format::period(p, lang)
}

pub fn year(y: i32, lang: Lang) -> String {
    plan_gauge_core::format::year(y, lang)
}

pub fn date(d: &str, lang: Lang) -> String {
    plan_gauge_core::format::date(d, lang)
}

/// The word for an observation status, or `None` for an ordinary value.
pub fn obs_status(s: ObsStatus, lang: Lang) -> Option<&'static str> {
    let t = lang.strings();
    match s {
        ObsStatus::Normal => None,
        ObsStatus::Provisional => Some(t.ui_obs_provisional),
        ObsStatus::Estimated => Some(t.ui_obs_estimated),
        ObsStatus::Revised => Some(t.ui_obs_revised),
        ObsStatus::Break => Some(t.ui_obs_break),
        ObsStatus::Missing => Some(t.ui_obs_missing),
    }
}

/// A milestone as a short value: "685家", "≤5%", "×2", "3–5项"; empty for binary and qualitative
/// targets (their target is being done, said by the year).
pub fn milestone_value(m: &ResolvedMilestone, ind: &Indicator, lang: Lang) -> String {
    let t = lang.strings();
    let main = match (ind.kind, m.value, m.stated) {
        // What is to be achieved, in the plan's words when they are short.
        (Kind::Binary, _, _) => {
            let quote = ind
                .targets
                .first()
                .map(|t| t.citation.quote.trim_end_matches(['。', '；', '，']))
                .filter(|q| lang.is_chinese() && !q.is_empty() && q.chars().count() <= 24);
            return match quote {
                Some(q) => plan_gauge_core::bidi::shown(q).into_owned(),
                None => indicator_name(ind, lang),
            };
        }
        (Kind::Qualitative, _, _) => return lang.engine().headline_state_done.to_string(),
        (Kind::Multiple, None, Some(x)) => fill(t.ui_times, &[("value", &number(x, lang))]),
        (_, Some(v), _) | (_, None, Some(v)) => indicator_value(ind, v, lang),
        (_, None, None) => return String::new(),
    };
    match (m.cmp, m.upper) {
        (Comparator::Range, Some(u)) => format!("{main}–{}", indicator_value(ind, u, lang)),
        (Comparator::Ge, _) | (Comparator::Range, None) => main,
        (c, _) => format!("{}{main}", c.symbol()),
    }
}

/// "685家（2025年）", "≥3.0%（2025年，力争）", "科创板上市企业实现“零”的突破（2025年）" for a
/// binary target, "已完成（2025年）" for a task.
pub fn milestone_with_year(m: &ResolvedMilestone, ind: &Indicator, lang: Lang) -> String {
    let v = milestone_value(m, ind, lang);
    let mut when = year(m.year, lang);
    if m.aspirational {
        let sep = if lang.is_chinese() { "，" } else { ", " };
        when = format!("{when}{sep}{}", lang.strings().ui_aspirational);
    }
    if v.is_empty() {
        when
    } else {
        paren(&v, &when, lang)
    }
}

/// "a（b）" in Chinese, "a (b)" in English.
pub fn paren(a: &str, b: &str, lang: Lang) -> String {
    if lang.is_chinese() {
        format!("{a}（{b}）")
    } else {
        format!("{a} ({b})")
    }
}

pub fn number(v: f64, lang: Lang) -> String {
    plan_gauge_core::format::number(v, lang)
}

/// `a, b or c`: the names an option accepts, for error messages.
pub fn one_of(all: &[&str]) -> String {
    match all {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}
