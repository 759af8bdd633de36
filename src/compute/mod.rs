//! Figures derived from the model: achievement per quarter and per year,
//! the verdict on each indicator (status word, basis, flags), the summaries of
//! a unit-year (means, counts), budget totals by level, absorption and
//! efficiency.
//!
//! This is the only place figures and verdicts are decided; rendering formats
//! them and templates show them.

mod achievement;
mod budget;
mod flags;
mod review;
mod verdict;

pub use achievement::{Achievement, NoPercent, achievement, ratio};
pub use budget::{BudgetFigures, BudgetIssue, BudgetNode};
pub use flags::Flag;
pub use review::warnings;
pub use verdict::{Basis, Counts, Mean, Status};

use crate::model::{
    Agreement, Category, Date, Indicator, Observation, Periodicity, Rollup, Settings, Site, Value,
};
use std::collections::BTreeMap;

/// Computed figures of every agreement, by (unit, year).
pub type Figures = BTreeMap<(String, i32), AgreementFigures>;

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
    /// The quarter's verdict, on its figure against the target of the period
    /// (the quarter's target to date, else the annual one).
    pub status: Status,
    /// What that verdict's percentage is measured against.
    pub basis: Option<Basis>,
    /// The verdict on the figure against the annual target.
    pub annual_status: Status,
    /// Whether a measurement was due this quarter.
    pub due: bool,
}

impl QuarterFigures {
    /// The achievement the quarter's verdict uses.
    pub fn current(&self) -> Option<Achievement> {
        self.against_quarter.or(self.against_annual)
    }
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
    /// Whether the year's figure is final: the last quarter is reported and
    /// the figure is of that quarter.
    pub closed: bool,
    /// The verdict on the indicator's current figure.
    pub status: Status,
    /// What the current figure is measured against.
    pub basis: Option<Basis>,
    /// The verdict on the year's figure against the annual target.
    pub annual_status: Status,
    /// Figures a human should check, with the reason.
    pub flags: Vec<Flag>,
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

/// Whether a unit's year is still running, over, or late.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearState {
    /// No report yet, and none is overdue.
    NotStarted,
    /// Reports run up to this quarter; the year is not over.
    Open(u8),
    /// The last quarter is reported.
    Closed,
    /// A report is overdue: other units have reported quarter `due`, or the
    /// year is over, and this unit has reported only up to `reported`.
    Late {
        /// The latest quarter reported, if any.
        reported: Option<u8>,
        /// The quarter whose report is missing.
        due: u8,
    },
}

impl YearState {
    /// The latest quarter reported.
    pub fn reported(self) -> Option<u8> {
        match self {
            YearState::NotStarted => None,
            YearState::Open(q) => Some(q),
            YearState::Closed => Some(4),
            YearState::Late { reported, .. } => reported,
        }
    }
}

/// What decides whether a year is over and who is late: read from the record
/// itself, never from the clock, so the same content gives the same site.
#[derive(Debug, Clone, Default)]
pub struct Record {
    /// The latest date in the record (the newest report), or `as_of`.
    pub date: Option<Date>,
    /// Per year, the latest quarter any unit reported.
    pub latest_quarter: BTreeMap<i32, u8>,
}

impl Record {
    /// Reads the dates and quarters of every report.
    pub fn of(site: &Site) -> Record {
        let mut r = Record::default();
        for a in &site.agreements {
            for rep in a.reports.iter().flatten() {
                r.date = r.date.max(rep.reported_on);
            }
            if let Some(q) = a.latest_quarter() {
                let e = r.latest_quarter.entry(a.year).or_insert(q);
                *e = (*e).max(q);
            }
        }
        r
    }

    /// Whether `year` is over by the record's date.
    pub fn year_over(&self, year: i32) -> bool {
        self.date.is_some_and(|d| d.year > year)
    }

    /// The state of `agreement`'s year.
    pub fn state(&self, agreement: &Agreement) -> YearState {
        let reported = agreement.latest_quarter();
        if agreement.reports[3].is_some() {
            return YearState::Closed;
        }
        let due = if self.year_over(agreement.year) {
            Some(4)
        } else {
            self.latest_quarter.get(&agreement.year).copied()
        };
        match (reported, due) {
            (r, Some(due)) if r.is_none_or(|r| r < due) => YearState::Late { reported: r, due },
            (Some(q), _) => YearState::Open(q),
            (None, _) => YearState::NotStarted,
        }
    }
}

/// Figures of one agreement: every indicator, the unit summary and the budget.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementFigures {
    /// Per indicator key (`S1/IK2`), in document order.
    pub indicators: Vec<(String, IndicatorYear)>,
    /// Mean of the indicators' current achievements, each against the target
    /// of its period (rencana aksi to date, else the annual target).
    pub period: Mean,
    /// Mean of the indicators' achievements against the annual target.
    pub annual: Mean,
    /// Indicators whose current figure is measured against a quarterly target.
    pub quarter_basis: usize,
    /// Indicators by status.
    pub counts: Counts,
    /// Latest quarter with any report.
    pub latest_quarter: Option<u8>,
    /// Whether the year is running, over or late.
    pub state: YearState,
    /// Budget totals.
    pub budget: BudgetFigures,
    /// Efficiency of the unit-year, when there is an achievement and absorption.
    pub efficiency: Option<Efficiency>,
    /// Efficiency per objective, for objectives that budget lines name.
    pub objective_efficiency: Vec<(String, Efficiency)>,
}

/// Efficiency (*efisiensi*): achievement against absorption, with what it counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Efficiency {
    /// Mean achievement against the annual target (%).
    pub achievement: f64,
    /// Indicators in that mean.
    pub indicators: usize,
    /// Budget absorption (%) up to `quarter`.
    pub absorption: f64,
    /// Budget lines counted (of the top level present, or those serving the objective).
    pub lines: usize,
    /// The quarter both figures run to.
    pub quarter: u8,
    /// IE = achievement ÷ absorption.
    pub index: Option<f64>,
}

impl Efficiency {
    /// Achievement minus absorption, in points.
    pub fn difference(&self) -> f64 {
        self.achievement - self.absorption
    }

    /// Efficient under the index rule (IE ≥ 1); `None` without an index.
    pub fn efficient_by_index(&self) -> Option<bool> {
        self.index.map(|ie| ie >= 1.0)
    }

    /// Efficient under the difference rule (achievement − absorption > 5 points).
    pub fn efficient_by_difference(&self) -> bool {
        self.difference() > 5.0
    }
}

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
fn objective_efficiency(
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

/// Sums two figures for cumulative roll-up (numbers only).
fn add(a: Option<Value>, b: &Value) -> Option<Value> {
    match (a, b) {
        (None, Value::Number(y)) => Some(Value::Number(*y)),
        (Some(Value::Number(x)), Value::Number(y)) => Some(Value::Number(x + y)),
        _ => None,
    }
}

/// Computes the quarter and year figures of `indicator` from the agreement's
/// reports, with the verdicts and the flags.
pub fn indicator_year(
    agreement: &Agreement,
    indicator: &Indicator,
    settings: &Settings,
) -> IndicatorYear {
    let polarity = indicator.polarity;
    let formula = indicator.negative_formula;
    let compare = |t: &Value, r: &Value| achievement(t, r, polarity, formula);
    let year_reported = agreement.reports[3].is_some();

    let mut running_real: Option<Value> = None;
    let mut running_target: Option<Value> = None;
    let mut targets_complete = true;
    let mut year_value: Option<Value> = None;
    let mut as_of = None;

    let quarters = std::array::from_fn(|i| {
        let quarter = u8::try_from(i + 1).unwrap_or(4);
        let target = indicator.quarterly_targets[i].clone();
        let report = agreement.reports[i]
            .as_ref()
            .and_then(|rep| rep.indicators.get(&indicator.key));
        let realised = report.map(|ir| ir.value.clone());
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
        let due = indicator.periodicity.due(quarter);
        let basis = if against_quarter.is_some() {
            Some(Basis::QuarterTarget(quarter))
        } else {
            against_annual.map(|_| Basis::Annual(quarter))
        };
        let closed = quarter == 4 && year_reported;
        let missing = if report.is_some_and(|r| r.not_carried_out) {
            Status::NotCarriedOut
        } else if !due {
            Status::NotDue(indicator.periodicity)
        } else {
            Status::NotMeasured
        };
        let status = against_quarter
            .or(against_annual)
            .map_or(missing, |a| Status::of(a, closed));
        let annual_status = against_annual.map_or(missing, |a| Status::of(a, closed));
        QuarterFigures {
            quarter,
            target,
            realised,
            realised_to_date,
            target_to_date,
            against_quarter,
            against_annual,
            status,
            basis,
            annual_status,
            due,
        }
    });

    let mut year = IndicatorYear {
        quarters,
        achievement: year_value.as_ref().map(|r| compare(&indicator.target, r)),
        realised: year_value,
        as_of_quarter: as_of,
        closed: year_reported && as_of == Some(4),
        status: Status::NotMeasured,
        basis: None,
        annual_status: Status::NotMeasured,
        flags: Vec::new(),
    };
    year.basis = as_of.and_then(|q| year.quarters[usize::from(q - 1)].basis);
    year.status = match year.current() {
        Some(a) => Status::of(a, year.closed),
        None => {
            let latest = agreement.latest_quarter();
            let said_not_done = latest
                .and_then(|q| agreement.reports[usize::from(q - 1)].as_ref())
                .and_then(|r| r.indicators.get(&indicator.key))
                .is_some_and(|r| r.not_carried_out);
            let any_due = latest.is_some_and(|q| (1..=q).any(|q| indicator.periodicity.due(q)));
            if said_not_done {
                Status::NotCarriedOut
            } else if latest.is_some()
                && !any_due
                && indicator.periodicity != Periodicity::Quarterly
            {
                Status::NotDue(indicator.periodicity)
            } else {
                Status::NotMeasured
            }
        }
    };
    year.annual_status = year
        .achievement
        .map_or(year.status, |a| Status::of(a, year.closed));
    year.flags = flags::of(agreement, indicator, &year, settings);
    year
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
