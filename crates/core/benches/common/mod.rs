//! A large synthetic plan for the benchmarks: every kind of target, both methods, 20
//! observations per indicator (with provisional, missing and quarterly values among them).
//! Deterministic: the same call gives the same plan.

use plan_gauge_core::model::{
    Baseline, Citation, Comparator, Direction, Indicator, Kind, MethodName, Milestone, ObsStatus,
    Observation, Plan, PlanPeriod, Section, Target, FORMAT_V1,
};
use plan_gauge_core::time::Date;
use std::collections::BTreeMap;

/// The size the issue asks for.
pub const INDICATORS: usize = 10_000;
pub const OBSERVATIONS_PER_INDICATOR: usize = 20;

/// The plan sizes to run: the under `cargo bench` (which passes `--bench`), and a small
/// one under `cargo test --benches`, which only checks that the benchmark works.
pub fn sizes() -> Vec<usize> {
    if std::env::args().any(|a| a == "--bench") {
        vec![1_000, INDICATORS]
    } else {
        vec![100]
    }
}

/// The as-of date: mid-way through the plan, so every kind is judged on its pace.
pub fn as_of() -> Date {
    Date {
        year: 2026,
        month: 6,
        day: 30,
    }
}

/// Deterministic noise in [-1, 1) from two integers (SplitMix64).
fn noise(a: usize, b: usize) -> f64 {
    let mut z = (a as u64)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(b as u64)
        .wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 52) as f64 - 1.0
}

fn milestone(year: i32, value: Option<f64>, cmp: Comparator) -> Milestone {
    Milestone {
        year,
        value,
        upper: None,
        cmp,
        aspirational: false,
    }
}

/// A plan for 2021–2030 with `n` indicators; kinds cycle through [`Kind::ALL`], every other
/// round of kinds uses the `opensdg` method (so each kind meets both methods), and a third of the
/// level targets are lower-is-better.
pub fn plan(n: usize) -> Plan {
    let indicators = (0..n)
        .map(|i| {
            let kind = Kind::ALL[i % Kind::ALL.len()];
            let ge = Comparator::Ge;
            let mut direction = Direction::Higher;
            let (unit, baseline, milestones) = match kind {
                Kind::Level if i % 3 == 0 => {
                    direction = Direction::Lower;
                    (
                        "吨",
                        Some(100.0),
                        vec![
                            milestone(2025, Some(85.0), Comparator::Le),
                            milestone(2030, Some(70.0), Comparator::Le),
                        ],
                    )
                }
                Kind::Level => (
                    "家",
                    Some(100.0),
                    vec![
                        milestone(2025, Some(150.0), ge),
                        milestone(2030, Some(200.0), ge),
                    ],
                ),
                Kind::Share => ("%", Some(30.0), vec![milestone(2030, Some(50.0), ge)]),
                Kind::GrowthRate => ("亿元", Some(100.0), vec![milestone(2030, Some(8.0), ge)]),
                Kind::AnnualFloor => ("家", None, vec![milestone(2030, Some(250.0), ge)]),
                Kind::AnnualRange => (
                    "项",
                    None,
                    vec![Milestone {
                        upper: Some(5.0),
                        ..milestone(2030, Some(3.0), Comparator::Range)
                    }],
                ),
                Kind::Cumulative => ("亿元", None, vec![milestone(2030, Some(500.0), ge)]),
                Kind::Multiple => ("亿元", Some(100.0), vec![milestone(2030, Some(2.0), ge)]),
                Kind::Binary => ("", None, vec![milestone(2025, Some(1.0), ge)]),
                Kind::Coverage => ("%", Some(60.0), vec![milestone(2027, Some(100.0), ge)]),
                Kind::Qualitative => ("", None, vec![milestone(2025, None, ge)]),
                Kind::RelativeChange => {
                    direction = Direction::Lower;
                    (
                        "吨/万元",
                        Some(100.0),
                        vec![milestone(2030, Some(-20.0), ge)],
                    )
                }
                Kind::PointChange => ("%", Some(30.0), vec![milestone(2030, Some(5.0), ge)]),
                Kind::Rank => {
                    direction = Direction::Lower;
                    (
                        "名",
                        Some(30.0),
                        vec![milestone(2030, Some(10.0), Comparator::Le)],
                    )
                }
            };
            Indicator {
                id: format!("ind-{i:05}"),
                name: format!("指标{i}"),
                i18n: BTreeMap::new(),
                unit: unit.to_string(),
                decimals: None,
                direction,
                kind,
                series: None,
                section: Some("1".to_string()),
                headline: i % 50 == 0,
                method: ((i / Kind::ALL.len()) % 2 == 1).then_some(MethodName::Opensdg),
                targets: vec![Target {
                    milestones,
                    from_year: None,
                    baseline: baseline.map(|v| Baseline {
                        year: 2020,
                        value: Some(v),
                        source: None,
                    }),
                    lead: vec![format!("牵头单位{}", i % 40)],
                    partners: Vec::new(),
                    citation: Citation {
                        quote: format!("到2030年，指标{i}达到目标"),
                        section: "1".to_string(),
                    },
                    conflict: None,
                }],
                note: None,
            }
        })
        .collect();
    Plan {
        format: FORMAT_V1.to_string(),
        id: "bench-2021".to_string(),
        title: "基准测试方案".to_string(),
        i18n: BTreeMap::new(),
        issuer: "基准测试".to_string(),
        issued: None,
        doc_number: None,
        period: PlanPeriod {
            start: 2021,
            end: 2030,
        },
        locale: "zh-Hans".to_string(),
        source_url: None,
        method: None,
        agencies: BTreeMap::new(),
        sections: vec![Section {
            id: "1".to_string(),
            label: "一、".to_string(),
            title: "主要目标".to_string(),
            i18n: BTreeMap::new(),
            children: Vec::new(),
        }],
        tasks: Vec::new(),
        indicators,
        notes: Vec::new(),
    }
}

/// `per` observations for every indicator of `plan`: yearly values up to 2025 and, for stocks
/// and ratios, the quarters of 2025 as the latest values. Every seventh value is provisional,
/// and one value in each series is missing (with a reason).
pub fn observations(plan: &Plan, per: usize) -> Vec<Observation> {
    let mut out = Vec::with_capacity(plan.indicators.len() * per);
    for (i, ind) in plan.indicators.iter().enumerate() {
        let quarterly = matches!(
            ind.kind,
            Kind::Level | Kind::Share | Kind::Multiple | Kind::Coverage
        );
        let quarters = if quarterly { per.min(4) } else { 0 };
        let years = per - quarters;
        let first_year = 2026 - years as i32 - i32::from(quarterly);
        for k in 0..per {
            let (period, t) = if k < years {
                let y = first_year + k as i32;
                (y.to_string(), f64::from(y - 2020))
            } else {
                let q = k - years + 1;
                (format!("2025-Q{q}"), 5.0 + q as f64 / 4.0)
            };
            let e = noise(i, k);
            let value = match ind.kind {
                Kind::Level | Kind::RelativeChange if ind.direction == Direction::Lower => {
                    100.0 - 2.5 * t + 2.0 * e
                }
                Kind::Rank => (30.0 - 2.0 * t + e).round().max(1.0),
                Kind::PointChange => (30.0 + 0.5 * t + 0.3 * e).clamp(0.0, 100.0),
                Kind::Level | Kind::RelativeChange => 100.0 + 9.0 * t + 5.0 * e,
                Kind::Share => (30.0 + 1.8 * t + e).clamp(0.0, 100.0),
                Kind::GrowthRate | Kind::Multiple => 100.0 * (1.07 + 0.02 * e).powf(t),
                Kind::AnnualFloor => 250.0 + 20.0 * e,
                Kind::AnnualRange => (4.0 + 2.0 * e).round(),
                Kind::Cumulative => 48.0 + 8.0 * e,
                Kind::Binary => f64::from(u8::from(t >= 4.0)),
                Kind::Coverage => (60.0 + 6.0 * t + 3.0 * e).clamp(0.0, 100.0),
                Kind::Qualitative => t.clamp(0.0, 2.0).floor(),
            };
            let missing = k
                == ((noise(i, usize::MAX).abs() * per as f64) as usize).min(per.saturating_sub(2));
            out.push(Observation {
                indicator: ind.id.clone(),
                period,
                value: (!missing).then_some(value),
                status: if missing {
                    ObsStatus::Missing
                } else if (i + k) % 7 == 0 {
                    ObsStatus::Provisional
                } else {
                    ObsStatus::Normal
                },
                note: missing.then(|| "未公布".to_string()),
                source: "统计局".to_string(),
                published: "2026-03-01".to_string(),
                bound: None,
                url: None,
                title: None,
                quote: None,
            });
        }
    }
    out
}
