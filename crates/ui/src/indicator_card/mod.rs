//! `IndicatorCard`: the headline sentence first, then a gauge, then the reason and the
//! provenance (source, 牵头单位, date updated, provisional or estimated values), all as text.

use crate::bullet_bar::BulletBar;
use crate::nodes::some;
use crate::radial_gauge::RadialGauge;
use crate::status_badge::StatusBadge;
use crate::text;
use crate::theme::{root_class, Theme};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use plan_gauge_core::model::{AgencyNames, Indicator};
use plan_gauge_core::progress::Assessment;
use plan_gauge_core::Lang;

/// Which gauge a card shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GaugeKind {
    #[default]
    Bar,
    Radial,
}

/// One indicator target at a glance.
#[component]
pub fn IndicatorCard(
    assessment: Assessment,
    indicator: Indicator,
    #[prop(optional)] lang: Lang,
    #[prop(optional)] theme: Theme,
    #[prop(optional)] gauge: GaugeKind,
    /// Marks the figures as illustrative sample data (示例数据).
    #[prop(optional)]
    sample: bool,
    /// Rendered inside a dashboard: no theme root and no name heading of its own.
    #[prop(optional)]
    nested: bool,
    /// The plan's agency names in other locales (`Plan::agencies`), for the lead agency row.
    #[prop(optional)]
    agencies: AgencyNames,
) -> impl IntoView {
    let a = assessment;
    let name = text::indicator_name(&indicator, lang);
    let status = a.status;
    let headline = text::headline(&a, &indicator, lang);
    let reason = text::reason_sentence(&a, &indicator, lang);
    let rows = text::provenance(&indicator, &a, &agencies, lang);
    let t = lang.strings();
    let gauge_view = match gauge {
        GaugeKind::Radial => Either::Left(view! {
            <RadialGauge assessment=a.clone() indicator=indicator.clone() lang=lang nested=true />
        }),
        GaugeKind::Bar => Either::Right(view! {
            <BulletBar assessment=a.clone() indicator=indicator.clone() lang=lang nested=true />
        }),
    };
    let class = format!("pg-card pg-status-{}", status.as_str());
    let class = if nested {
        class
    } else {
        root_class(theme, &class)
    };
    view! {
        <article
            class=class
            lang=(!nested).then(|| lang.tag())
            dir="ltr"
            aria-label=text::attr(&name)
            data-status=status.as_str()
            data-indicator=indicator.id.clone()
        >
            {some(sample.then(|| view! { <p class="pg-sample">{t.sample_data}</p> }))}
            <p class="pg-headline">{headline}</p>
            <div class="pg-card-status">
                <StatusBadge status=status lang=lang />
            </div>
            {gauge_view}
            <p class="pg-reason">{reason}</p>
            <dl class="pg-provenance">
                {rows
                    .into_iter()
                    .map(|row| {
                        let value = match (row.href, row.figure) {
                            (Some(href), _) => EitherOf3::A(view! {
                                <a href=href rel="noopener noreferrer external">{text::data(row.text)}</a>
                            }),
                            (None, true) => EitherOf3::B(text::figure(row.text)),
                            (None, false) => EitherOf3::C(text::data(row.text)),
                        };
                        view! {
                            <div class="pg-provenance-row">
                                <dt>{row.label}</dt>
                                <dd>{value}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </article>
    }
}
