//! Stand-ins for `plan_gauge_core::explain` and `plan_gauge_core::format` while those modules are
//! being written; each function has the same signature and is replaced by a re-export as they land.

use plan_gauge_core::model::Indicator;
use plan_gauge_core::progress::{Assessment, Status};
use plan_gauge_core::Lang;

pub fn status_label(status: Status, lang: Lang) -> &'static str {
    let en = lang == Lang::En;
    match status {
        Status::Achieved => {
            if en {
                "Achieved"
            } else {
                "已达标"
            }
        }
        Status::OnTrack => {
            if en {
                "On track"
            } else {
                "进度正常"
            }
        }
        Status::AtRisk => {
            if en {
                "At risk"
            } else {
                "进度滞后"
            }
        }
        Status::OffTrack => {
            if en {
                "Off track"
            } else {
                "严重滞后"
            }
        }
        Status::Missed => {
            if en {
                "Missed"
            } else {
                "未达标"
            }
        }
        Status::NoData => {
            if en {
                "No data"
            } else {
                "暂无数据"
            }
        }
        Status::TooEarly => {
            if en {
                "Too early to judge"
            } else {
                "尚早"
            }
        }
        Status::CannotAssess => {
            if en {
                "Cannot assess"
            } else {
                "无法评估"
            }
        }
    }
}

pub fn headline(a: &Assessment, ind: &Indicator, lang: Lang) -> String {
    let name = super::indicator_name(ind, lang);
    let latest = match &a.latest {
        Some(l) => format!(
            "{} {}",
            period(&l.period, lang),
            value_with_unit(l.value, &ind.unit, lang)
        ),
        None => lang.strings().ui_no_value.to_string(),
    };
    let target = a
        .final_target
        .as_ref()
        .map(|m| super::milestone_with_year(m, ind, lang))
        .unwrap_or_default();
    format!(
        "{name}: {latest}; {} {target}: {}.",
        lang.strings().ui_target,
        status_label(a.status, lang)
    )
}

pub fn reason_sentence(a: &Assessment, _ind: &Indicator, _lang: Lang) -> String {
    format!("{:?}", a.reason.code)
}

pub fn number(v: f64, _lang: Lang) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let r = (v * 100.0).round() / 100.0;
    if r == 0.0 {
        "0".into()
    } else {
        format!("{r}")
    }
}

pub fn value_with_unit(v: f64, unit: &str, lang: Lang) -> String {
    format!("{}{unit}", number(v, lang))
}

pub fn percent(fraction: f64, lang: Lang) -> String {
    format!("{}%", number((fraction * 100.0).round(), lang))
}

pub fn period(p: &str, lang: Lang) -> String {
    if lang.is_chinese() && p.len() == 4 {
        format!("{p}年")
    } else {
        p.to_string()
    }
}

pub fn year(y: i32, lang: Lang) -> String {
    period(&y.to_string(), lang)
}

pub fn date(d: &str, _lang: Lang) -> String {
    d.to_string()
}
