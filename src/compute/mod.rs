//! Figures derived from the model: achievement per quarter and per year,
//! categories, budget absorption and efficiency.
//!
//! This is the only place figures are computed; rendering formats them and
//! templates show them.

mod achievement;

pub use achievement::{Achievement, NoPercent, achievement, ratio};

use crate::model::{Agreement, Category, Indicator, Observation, Rollup, Value};

/// Figures for one indicator in one quarter.
#[derive(Debug, Clone, PartialEq)]
pub struct QuarterFigures {
    /// Quarter, 1–4.
    pub quarter: u8,
    /// The quarter's target, as written (for cumulative indicators: the target
    /// for that quarter alone).
    pub target: Option<Value>,
    /// What was reported, if the unit reported the indicator this quarter.
    pub realised: Option<Observation>,
    /// Realisation up to and including this quarter (*s.d. triwulan*): the sum so
    /// far for cumulative indicators, the quarter's own figure otherwise.
    pub realised_to_date: Option<Value>,
    /// Target up to and including this quarter.
    pub target_to_date: Option<Value>,
    /// Achievement against the target to date.
    pub against_quarter: Option<Achievement>,
    /// Achievement against the annual target (progress through the year).
    pub against_annual: Option<Achievement>,
}

/// An indicator's figures for its year.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorYear {
    /// TW I–IV.
    pub quarters: [QuarterFigures; 4],
    /// The year's realisation so far (sum or latest, by roll-up method).
    pub realised: Option<Value>,
    /// The latest quarter with a measured figure.
    pub as_of_quarter: Option<u8>,
    /// Achievement of the year so far against the annual target.
    pub achievement: Option<Achievement>,
}

impl IndicatorYear {
    /// Achievement of the latest figure against the target of its period: the
    /// quarter's target (to date) when there is one, else the annual target.
    /// This is the figure the site reports as the indicator's achievement.
    pub fn current(&self) -> Option<Achievement> {
        let q = usize::from(self.as_of_quarter?);
        self.quarters
            .get(q.checked_sub(1)?)
            .and_then(|f| f.against_quarter)
            .or(self.achievement)
    }
}

/// Figures of one agreement: every indicator, the unit summary and the budget.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementFigures {
    /// Per indicator key (`S1/IK2`), in document order.
    pub indicators: Vec<(String, IndicatorYear)>,
    /// Mean of the indicators' current achievements (%).
    pub achievement: Option<f64>,
    /// Mean of the indicators' achievements against the annual target (%).
    pub annual_achievement: Option<f64>,
    /// Latest quarter with any report.
    pub latest_quarter: Option<u8>,
    /// Budget totals.
    pub budget: BudgetFigures,
}

/// Budget totals of an agreement by quarter.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetFigures {
    /// Sum of the ceilings.
    pub ceiling: i64,
    /// Sum realised up to each quarter, when that quarter's report gives budget figures.
    pub realised: [Option<i64>; 4],
    /// Absorption up to each quarter (%).
    pub absorption: [Option<f64>; 4],
}

impl BudgetFigures {
    /// The latest quarter with a budget figure, and its absorption.
    pub fn latest(&self) -> Option<(u8, f64)> {
        (0..4usize)
            .rev()
            .find_map(|i| self.absorption[i].map(|a| (u8::try_from(i + 1).unwrap_or(4), a)))
    }
}

/// Computes everything about one agreement.
pub fn agreement_figures(agreement: &Agreement) -> AgreementFigures {
    let indicators: Vec<(String, IndicatorYear)> = agreement
        .indicators()
        .map(|(_, i)| (i.key.clone(), indicator_year(agreement, i)))
        .collect();
    let achievement = mean_achievement(indicators.iter().map(|(_, y)| y.current()));
    let annual_achievement = mean_achievement(indicators.iter().map(|(_, y)| y.achievement));
    let ceiling: i64 = agreement.budget.iter().map(|b| b.ceiling).sum();
    let realised: [Option<i64>; 4] = std::array::from_fn(|i| {
        agreement.reports[i]
            .as_ref()
            .filter(|r| !r.budget.is_empty())
            .map(|r| r.budget.values().sum())
    });
    let absorption = realised.map(|r| r.and_then(|r| absorption(r, ceiling)));
    AgreementFigures {
        indicators,
        achievement,
        annual_achievement,
        latest_quarter: agreement.latest_quarter(),
        budget: BudgetFigures {
            ceiling,
            realised,
            absorption,
        },
    }
}

/// Sums two figures for cumulative roll-up (numbers only).
fn add(a: Option<Value>, b: &Value) -> Option<Value> {
    match (a, b) {
        (None, Value::Number(y)) => Some(Value::Number(*y)),
        (Some(Value::Number(x)), Value::Number(y)) => Some(Value::Number(x + y)),
        _ => None,
    }
}

/// Computes the quarter and year figures of `indicator` from the agreement's reports.
pub fn indicator_year(agreement: &Agreement, indicator: &Indicator) -> IndicatorYear {
    let polarity = indicator.polarity;
    let formula = indicator.negative_formula;
    let compare = |t: &Value, r: &Value| achievement(t, r, polarity, formula);

    let mut running_real: Option<Value> = None;
    let mut running_target: Option<Value> = None;
    let mut targets_complete = true;
    let mut year_value: Option<Value> = None;
    let mut as_of = None;

    let quarters = std::array::from_fn(|i| {
        let quarter = u8::try_from(i + 1).unwrap_or(4);
        let target = indicator.quarterly_targets[i].clone();
        let realised = agreement.reports[i]
            .as_ref()
            .and_then(|rep| rep.indicators.get(&indicator.key))
            .map(|ir| ir.value.clone());
        let measured = realised.as_ref().and_then(Observation::value).cloned();

        let (realised_to_date, target_to_date) = match indicator.rollup {
            Rollup::Last => (measured.clone(), target.clone()),
            Rollup::Cumulative => {
                match &target {
                    Some(t) if targets_complete => running_target = add(running_target.take(), t),
                    _ => {
                        targets_complete = false;
                        running_target = None;
                    }
                }
                if let Some(m) = &measured {
                    running_real = add(running_real.take(), m);
                }
                (
                    measured.as_ref().and(running_real.clone()),
                    running_target.clone(),
                )
            }
        };
        if let Some(v) = &realised_to_date {
            year_value = Some(v.clone());
            as_of = Some(quarter);
        }
        let against_quarter = realised_to_date
            .as_ref()
            .zip(target_to_date.as_ref())
            .map(|(r, t)| compare(t, r));
        let against_annual = realised_to_date
            .as_ref()
            .map(|r| compare(&indicator.target, r));
        QuarterFigures {
            quarter,
            target,
            realised,
            realised_to_date,
            target_to_date,
            against_quarter,
            against_annual,
        }
    });

    IndicatorYear {
        quarters,
        achievement: year_value.as_ref().map(|r| compare(&indicator.target, r)),
        realised: year_value,
        as_of_quarter: as_of,
    }
}

/// The plain (unweighted) mean of the achievements that have a percentage.
pub fn mean_achievement(
    achievements: impl IntoIterator<Item = Option<Achievement>>,
) -> Option<f64> {
    let (sum, n) = achievements
        .into_iter()
        .flatten()
        .filter_map(Achievement::percent)
        .fold((0.0, 0u32), |(s, n), p| (s + p, n + 1));
    (n > 0)
        .then(|| sum / f64::from(n))
        .filter(|m| m.is_finite())
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
            definition: None,
            formula: None,
            data_source: None,
            responsible: None,
            key: "S1/IK1".into(),
            iku: false,
            share: false,
            supports: None,
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
                    },
                );
                Report {
                    quarter: u8::try_from(i + 1).unwrap_or(4),
                    reported_on: Date {
                        year: 2026,
                        month: 1,
                        day: 1,
                    },
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
            signed_on: Date {
                year: 2026,
                month: 1,
                day: 1,
            },
            signed_at: String::new(),
            first_party: crate::model::Party {
                name: String::new(),
                position: String::new(),
                acting: None,
                nip: None,
            },
            second_party: None,
            objectives: vec![],
            budget: vec![],
            narrative: None,
            reports,
            source: String::new(),
        }
    }

    #[test]
    fn cumulative_sums_quarters_against_summed_targets() {
        let ind = indicator(
            Rollup::Cumulative,
            100.0,
            [Some(20.0), Some(30.0), Some(30.0), Some(20.0)],
        );
        let a = agreement([Some(Some(25.0)), Some(Some(20.0)), None, None]);
        let y = indicator_year(&a, &ind);
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
        let y = indicator_year(&a, &ind);
        assert_eq!(y.as_of_quarter, Some(2));
        assert_eq!(y.realised, Some(Value::Number(0.0)));
        assert_eq!(
            y.quarters[0].against_quarter,
            Some(Achievement::Percent(150.0))
        );
        assert_eq!(y.quarters[2].against_quarter, None);
    }

    #[test]
    fn mean_skips_undefined_achievements() {
        let m = mean_achievement([
            Some(Achievement::Percent(80.0)),
            Some(Achievement::Undefined(NoPercent::ZeroTarget)),
            None,
            Some(Achievement::Percent(100.0)),
        ]);
        assert_eq!(m, Some(90.0));
        assert_eq!(mean_achievement([None]), None);
    }

    #[test]
    fn absorption_and_efficiency() {
        assert_eq!(absorption(500, 1000), Some(50.0));
        assert_eq!(absorption(5, 0), None);
        assert_eq!(efficiency(90.0, 45.0), Some(2.0));
        assert_eq!(efficiency(90.0, 0.0), None);
    }
}
