//! Figures derived from the model: achievement per quarter and per year,
//! the verdict on each indicator (status word, basis, flags), the summaries of
//! a unit-year (means, counts), budget totals by level, absorption and
//! efficiency.
//!
//! This is the only place figures and verdicts are decided; rendering formats
//! them and templates show them.

mod achievement;
mod budget;
pub mod edition;
pub mod evaluation;
mod figures;
mod flags;
mod indicator;
mod plan;
pub mod register;
mod review;
mod verdict;

pub use achievement::{Achievement, NoPercent, achievement, ratio};
pub use budget::{BudgetFigures, BudgetIssue, BudgetNode};
pub use figures::*;
pub use flags::Flag;
pub use indicator::indicator_year;
pub use plan::{
    NEEDS_EFFORT, ON_COURSE, PlanFigures, PlanYear, Progress, Unassessable, plan_figures,
};
pub use review::warnings;
pub use verdict::{Basis, Counts, Mean, Status};

use crate::model::{
    Agreement, Category, Date, Indicator, Observation, Periodicity, Rollup, Settings, Site, Value,
};
use std::collections::BTreeMap;

/// Computed figures of every agreement, by (unit, year).
pub type Figures = BTreeMap<(String, i32), AgreementFigures>;

/// Computes the figures of every agreement of the site.
pub fn site_figures(site: &Site) -> Figures {
    use rayon::prelude::*;
    let record = Record::of(site);
    site.agreements
        .par_iter()
        .map(|a| {
            (
                (a.unit.clone(), a.year),
                agreement_figures(a, &site.settings, &record),
            )
        })
        .collect()
}

/// Computes everything about one agreement.
pub fn agreement_figures(
    agreement: &Agreement,
    settings: &Settings,
    record: &Record,
) -> AgreementFigures {
    let indicators: Vec<(String, IndicatorYear)> = agreement
        .indicators()
        .map(|(_, i)| (i.key.clone(), indicator_year(agreement, i, settings)))
        .collect();
    let period = Mean::of(indicators.iter().map(|(_, y)| y.current()));
    let annual = Mean::of(indicators.iter().map(|(_, y)| y.achievement));
    let quarter_basis = indicators
        .iter()
        .filter(|(_, y)| matches!(y.basis, Some(Basis::QuarterTarget(_))))
        .count();
    let mut counts = Counts::default();
    for (_, y) in &indicators {
        counts.add(y.status);
    }
    let budget = budget::figures(agreement);
    let efficiency = budget.latest().and_then(|(q, absorption)| {
        let achievement = annual.value?;
        Some(Efficiency {
            achievement,
            indicators: annual.measured,
            absorption,
            lines: budget.top_lines,
            quarter: q,
            index: efficiency(achievement, absorption),
        })
    });
    let objective_efficiency = objective_efficiency(agreement, &indicators, &budget);
    AgreementFigures {
        indicators,
        period,
        annual,
        quarter_basis,
        counts,
        latest_quarter: agreement.latest_quarter(),
        state: record.state(agreement),
        budget,
        efficiency,
        objective_efficiency,
    }
}

/// Efficiency per objective, over the budget lines that name it. Lines that
/// serve several objectives count for each; only the top level present is used.
pub(crate) fn objective_efficiency(
    agreement: &Agreement,
    indicators: &[(String, IndicatorYear)],
    budget: &BudgetFigures,
) -> Vec<(String, Efficiency)> {
    let mut out = Vec::new();
    for o in &agreement.objectives {
        let lines: Vec<&BudgetNode> = budget
            .nodes
            .iter()
            .filter(|n| n.top && agreement.budget[n.line].objectives.contains(&o.id))
            .collect();
        if lines.is_empty() {
            continue;
        }
        let ceiling =
            crate::model::rupiah_sum(lines.iter().map(|n| agreement.budget[n.line].ceiling));
        let Some((q, realised)) = (0..4usize).rev().find_map(|q| {
            let sums: Option<Vec<i64>> = lines.iter().map(|n| n.realised[q]).collect();
            sums.map(|s| (q, crate::model::rupiah_sum(s)))
        }) else {
            continue;
        };
        let Some(absorption) = absorption(realised, ceiling) else {
            continue;
        };
        let prefix = format!("{}/", o.id);
        let mean = Mean::of(
            indicators
                .iter()
                .filter(|(k, _)| k.starts_with(&prefix))
                .map(|(_, y)| y.achievement),
        );
        let Some(achievement) = mean.value else {
            continue;
        };
        out.push((
            o.id.clone(),
            Efficiency {
                achievement,
                indicators: mean.measured,
                absorption,
                lines: lines.len(),
                quarter: u8::try_from(q + 1).unwrap_or(4),
                index: efficiency(achievement, absorption),
            },
        ));
    }
    out
}

/// The band an achievement falls in; `categories` are sorted highest first.
pub fn category(categories: &[Category], percent: f64) -> Option<&Category> {
    categories
        .iter()
        .find(|c| percent >= c.min)
        .or_else(|| categories.last())
}

/// Budget absorption (*serapan*, %): realised ÷ ceiling × 100.
pub fn absorption(realised: i64, ceiling: i64) -> Option<f64> {
    // i64 → f64 loses precision only above 2^53 rupiah, far beyond any budget.
    #[allow(clippy::cast_precision_loss)]
    (ceiling > 0).then(|| realised as f64 / ceiling as f64 * 100.0)
}

/// Efficiency index (IE = achievement % ÷ absorption %); IE ≥ 1 reads as efficient.
pub fn efficiency(achievement_percent: f64, absorption_percent: f64) -> Option<f64> {
    (absorption_percent > 0.0)
        .then(|| achievement_percent / absorption_percent)
        .filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, IndicatorReport, NegativeFormula, Polarity, Report};
    use std::collections::BTreeMap;

    fn indicator(rollup: Rollup, target: f64, quarterly: [Option<f64>; 4]) -> Indicator {
        Indicator {
            id: "IK1".into(),
            name: "x".into(),
            measure: "orang".into(),
            polarity: Polarity::Positive,
            negative_formula: NegativeFormula::Linear,
            target: Value::Number(target),
            quarterly_targets: quarterly.map(|q| q.map(Value::Number)),
            rollup,
            periodicity: Periodicity::Quarterly,
            definition: None,
            formula: None,
            data_source: None,
            responsible: None,
            key: "S1/IK1".into(),
            iku: false,
            share: false,
            supports: None,
            plan: None,
            plan_difference: None,
            signed_target: None,
            signed_quarterly_targets: None,
            benchmark: None,
            abbreviations: Vec::new(),
        }
    }

    fn agreement(values: [Option<Option<f64>>; 4]) -> Agreement {
        let reports = std::array::from_fn(|i| {
            values[i].map(|v| {
                let mut indicators = BTreeMap::new();
                indicators.insert(
                    "S1/IK1".to_string(),
                    IndicatorReport {
                        value: v.map_or(Observation::NotYetMeasured, |n| {
                            Observation::Measured(Value::Number(n))
                        }),
                        explanation: None,
                        obstacles: None,
                        follow_up: None,
                        evidence: vec![],
                        revised_on: None,
                        revisions: vec![],
                        not_carried_out: false,
                        inputs: None,
                        official_achievement: None,
                    },
                );
                Report {
                    quarter: u8::try_from(i + 1).unwrap_or(4),
                    reported_on: Some(Date {
                        year: 2026,
                        month: 1,
                        day: 1,
                    }),
                    indicators,
                    budget: BTreeMap::new(),
                    narrative: None,
                    source: String::new(),
                }
            })
        });
        Agreement {
            unit: "u".into(),
            year: 2026,
            signed_on: Some(Date {
                year: 2026,
                month: 1,
                day: 1,
            }),
            signed_at: None,
            first_party: crate::model::Party {
                name: None,
                position: String::new(),
                acting: None,
                nip: None,
            },
            second_party: None,
            objectives: vec![],
            budget: vec![],
            budget_complete: true,
            narrative: None,
            reports,
            source: String::new(),
            amendment: None,
        }
    }

    fn settings() -> Settings {
        crate::validate::settings::validate(None, &mut crate::diag::Diagnostics::new())
    }

    #[test]
    fn cumulative_sums_quarters_against_summed_targets() {
        let ind = indicator(
            Rollup::Cumulative,
            100.0,
            [Some(20.0), Some(30.0), Some(30.0), Some(20.0)],
        );
        let a = agreement([Some(Some(25.0)), Some(Some(20.0)), None, None]);
        let y = indicator_year(&a, &ind, &settings());
        assert_eq!(y.quarters[1].realised_to_date, Some(Value::Number(45.0)));
        assert_eq!(y.quarters[1].target_to_date, Some(Value::Number(50.0)));
        assert_eq!(
            y.quarters[1].against_quarter,
            Some(Achievement::Percent(90.0))
        );
        assert_eq!(
            y.quarters[1].against_annual,
            Some(Achievement::Percent(45.0))
        );
        assert_eq!(y.as_of_quarter, Some(2));
        assert_eq!(y.achievement, Some(Achievement::Percent(45.0)));
    }

    #[test]
    fn last_value_takes_latest_measured_quarter_and_zero_counts() {
        let ind = indicator(
            Rollup::Last,
            80.0,
            [Some(20.0), Some(40.0), Some(60.0), Some(80.0)],
        );
        let a = agreement([Some(Some(30.0)), Some(Some(0.0)), Some(None), None]);
        let y = indicator_year(&a, &ind, &settings());
        assert_eq!(y.as_of_quarter, Some(2));
        assert_eq!(y.realised, Some(Value::Number(0.0)));
        assert_eq!(
            y.quarters[0].against_quarter,
            Some(Achievement::Percent(150.0))
        );
        assert_eq!(y.quarters[2].against_quarter, None);
    }

    #[test]
    fn absorption_and_efficiency() {
        assert_eq!(absorption(500, 1000), Some(50.0));
        assert_eq!(absorption(5, 0), None);
        assert_eq!(efficiency(90.0, 45.0), Some(2.0));
        assert_eq!(efficiency(90.0, 0.0), None);
    }
}
