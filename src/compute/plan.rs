//! Five-year plans against what the annual agreements achieved: each plan
//! indicator's realisation per year, its achievement against the year's
//! plan target and against the end-of-period target, and its progress
//! status toward the end target.

use super::achievement::scalar;
use super::*;
use crate::model::{Plan, PlanIndicator};

/// Progress ratio at or above which an indicator is on course: its change
/// from the baseline is at least 95 % of the change the plan expected by
/// that year (Open SDG's threshold for substantial progress).
pub const ON_COURSE: f64 = 0.95;

/// Progress ratio at or above which an indicator needs effort rather than
/// being off course: half the expected change.
pub const NEEDS_EFFORT: f64 = 0.5;

/// One year of a plan indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanYear {
    /// The year.
    pub year: i32,
    /// The plan's target for the year.
    pub target: Option<Value>,
    /// The target of the agreement implementing it that year (revised, when
    /// amended), if one does.
    pub agreement_target: Option<Value>,
    /// The unit and indicator key (`S1/IK1`) of that agreement indicator.
    pub implemented_by: Option<(String, String)>,
    /// The year's realisation so far.
    pub realised: Option<Value>,
    /// The latest quarter of that realisation.
    pub as_of_quarter: Option<u8>,
    /// Whether the year's figure is final.
    pub closed: bool,
    /// The realisation against the plan's target for the year.
    pub achievement: Option<Achievement>,
}

/// Where an indicator stands on its way to the end-of-period target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Progress {
    /// The latest final figure already meets the end-of-period target.
    Achieved {
        /// The year of that figure.
        year: i32,
    },
    /// The change from the baseline is at least [`ON_COURSE`] of the change
    /// the plan expected by that year (*akan tercapai*).
    OnCourse {
        /// The year of the figure.
        year: i32,
        /// Change achieved ÷ change expected.
        ratio: f64,
    },
    /// Between [`NEEDS_EFFORT`] and [`ON_COURSE`] (*perlu usaha keras*).
    NeedsEffort {
        /// The year of the figure.
        year: i32,
        /// Change achieved ÷ change expected.
        ratio: f64,
    },
    /// Below [`NEEDS_EFFORT`], or moving away from the target (*sulit tercapai*).
    OffCourse {
        /// The year of the figure.
        year: i32,
        /// Change achieved ÷ change expected.
        ratio: f64,
    },
    /// No status can be given, and why.
    NotAssessable(Unassessable),
}

/// Why no progress status can be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unassessable {
    /// No year of the period has a final figure yet.
    NoFinalYear,
    /// The plan gives no baseline to measure change from.
    NoBaseline,
    /// The plan gives no target for that year or for the end of the period.
    NoTarget,
    /// The figures are ranges, or of different kinds.
    NotComparable,
}

impl Progress {
    /// A stable code for data files: `tercapai`, `akan_tercapai`,
    /// `perlu_usaha_keras`, `sulit_tercapai`, `belum_dapat_dinilai`.
    pub fn code(self) -> &'static str {
        match self {
            Progress::Achieved { .. } => "tercapai",
            Progress::OnCourse { .. } => "akan_tercapai",
            Progress::NeedsEffort { .. } => "perlu_usaha_keras",
            Progress::OffCourse { .. } => "sulit_tercapai",
            Progress::NotAssessable(_) => "belum_dapat_dinilai",
        }
    }

    /// The year of the figure the status is based on.
    pub fn year(self) -> Option<i32> {
        match self {
            Progress::Achieved { year }
            | Progress::OnCourse { year, .. }
            | Progress::NeedsEffort { year, .. }
            | Progress::OffCourse { year, .. } => Some(year),
            Progress::NotAssessable(_) => None,
        }
    }
}

/// The figures of one plan indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanFigures {
    /// Every year of the period, first to last.
    pub years: Vec<PlanYear>,
    /// The latest year with a final figure, and that figure.
    pub latest: Option<(i32, Value)>,
    /// That figure against the end-of-period target.
    pub against_end: Option<Achievement>,
    /// Progress toward the end-of-period target.
    pub progress: Progress,
}

/// Computes a plan indicator's figures from the agreements implementing it.
/// When several agreements implement it in one year, the plan's own unit's
/// counts, else the first in organisation order.
pub fn plan_figures(
    site: &Site,
    figures: &Figures,
    plan: &Plan,
    indicator: &PlanIndicator,
) -> PlanFigures {
    let implementations: Vec<_> = site.implementations(plan, &indicator.key).collect();
    let compare =
        |t: &Value, r: &Value| achievement(t, r, indicator.polarity, indicator.negative_formula);
    let years: Vec<PlanYear> = plan
        .years()
        .map(|year| {
            let chosen = implementations
                .iter()
                .filter(|(a, _)| a.year == year)
                .min_by_key(|(a, _)| a.unit != plan.unit);
            let target = indicator.target(year).cloned();
            let (realised, as_of_quarter, closed) = chosen
                .and_then(|(a, i)| {
                    let f = figures.get(&(a.unit.clone(), a.year))?;
                    let (_, y) = f.indicators.iter().find(|(k, _)| *k == i.key)?;
                    Some((y.realised.clone(), y.as_of_quarter, y.closed))
                })
                .unwrap_or((None, None, false));
            let achievement = target
                .as_ref()
                .zip(realised.as_ref())
                .map(|(t, r)| compare(t, r));
            PlanYear {
                year,
                target,
                agreement_target: chosen.map(|(_, i)| i.target.clone()),
                implemented_by: chosen.map(|(a, i)| (a.unit.clone(), i.key.clone())),
                realised,
                as_of_quarter,
                closed,
                achievement,
            }
        })
        .collect();
    let latest = years
        .iter()
        .rev()
        .find(|y| y.closed && y.realised.is_some())
        .and_then(|y| Some((y.year, y.realised.clone()?)));
    let against_end = latest
        .as_ref()
        .zip(indicator.end_target.as_ref())
        .map(|((_, r), e)| compare(e, r));
    let progress = progress(indicator, plan.to, latest.as_ref(), against_end);
    PlanFigures {
        years,
        latest,
        against_end,
        progress,
    }
}

/// The progress rule (stated on the methodology page): with baseline B,
/// the plan's target T for the year of the latest final figure R (else the
/// straight line from B to the end target), the ratio (R − B) ÷ (T − B).
fn progress(
    indicator: &PlanIndicator,
    end_year: i32,
    latest: Option<&(i32, Value)>,
    against_end: Option<Achievement>,
) -> Progress {
    let Some((year, realised)) = latest else {
        return Progress::NotAssessable(Unassessable::NoFinalYear);
    };
    let year = *year;
    if against_end
        .and_then(Achievement::percent)
        .is_some_and(|p| p >= 100.0)
    {
        return Progress::Achieved { year };
    }
    let Some(baseline) = &indicator.baseline else {
        return Progress::NotAssessable(Unassessable::NoBaseline);
    };
    let expected = match indicator.target(year) {
        Some(t) => scalar(t),
        None => {
            // The straight line from the baseline to the end target.
            match &indicator.end_target {
                Some(end) if end_year > baseline.year => {
                    let (b, e) = match (scalar(&baseline.value), scalar(end)) {
                        (Some(b), Some(e)) => (b, e),
                        _ => return Progress::NotAssessable(Unassessable::NotComparable),
                    };
                    let share =
                        f64::from(year - baseline.year) / f64::from(end_year - baseline.year);
                    Some(b + (e - b) * share)
                }
                _ => return Progress::NotAssessable(Unassessable::NoTarget),
            }
        }
    };
    let (Some(b), Some(t), Some(r)) = (scalar(&baseline.value), expected, scalar(realised)) else {
        return Progress::NotAssessable(Unassessable::NotComparable);
    };
    let planned = t - b;
    let ratio = if planned == 0.0 {
        // No change planned: on course if the figure holds the line.
        let holds = match indicator.polarity {
            crate::model::Polarity::Positive => r >= t,
            crate::model::Polarity::Negative => r <= t,
        };
        if holds { 1.0 } else { 0.0 }
    } else {
        (r - b) / planned
    };
    if !ratio.is_finite() {
        return Progress::NotAssessable(Unassessable::NotComparable);
    }
    if ratio >= ON_COURSE {
        Progress::OnCourse { year, ratio }
    } else if ratio >= NEEDS_EFFORT {
        Progress::NeedsEffort { year, ratio }
    } else {
        Progress::OffCourse { year, ratio }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Baseline, NegativeFormula, Polarity};

    fn indicator(polarity: Polarity, baseline: f64, targets: &[(i32, f64)]) -> PlanIndicator {
        let targets: BTreeMap<i32, Value> = targets
            .iter()
            .map(|(y, t)| (*y, Value::Number(*t)))
            .collect();
        PlanIndicator {
            id: "IK1".into(),
            key: "S1/IK1".into(),
            name: "x".into(),
            measure: "%".into(),
            polarity,
            negative_formula: NegativeFormula::Linear,
            baseline: Some(Baseline {
                year: 2024,
                value: Value::Number(baseline),
            }),
            end_target: targets.values().next_back().cloned(),
            targets,
            definition: None,
            formula: None,
            data_source: None,
        }
    }

    fn status(i: &PlanIndicator, year: i32, realised: f64) -> Progress {
        let end = i
            .end_target
            .as_ref()
            .map(|e| achievement(e, &Value::Number(realised), i.polarity, i.negative_formula));
        progress(i, 2029, Some(&(year, Value::Number(realised))), end)
    }

    #[test]
    fn the_ratio_decides_for_either_polarity() {
        let up = indicator(Polarity::Positive, 40.0, &[(2025, 50.0), (2029, 100.0)]);
        assert!(matches!(status(&up, 2025, 50.0), Progress::OnCourse { .. }));
        assert!(matches!(
            status(&up, 2025, 47.0),
            Progress::NeedsEffort { .. }
        ));
        assert!(matches!(
            status(&up, 2025, 42.0),
            Progress::OffCourse { .. }
        ));
        assert!(matches!(
            status(&up, 2025, 30.0),
            Progress::OffCourse { .. }
        ));
        assert!(matches!(
            status(&up, 2025, 100.0),
            Progress::Achieved { year: 2025 }
        ));
        // Lower is better: falling from 146 toward 100 is progress.
        let down = indicator(Polarity::Negative, 146.0, &[(2025, 100.0), (2029, 80.0)]);
        assert!(matches!(
            status(&down, 2025, 100.0),
            Progress::OnCourse { .. }
        ));
        assert!(matches!(
            status(&down, 2025, 120.0),
            Progress::NeedsEffort { .. }
        ));
        assert!(matches!(
            status(&down, 2025, 150.0),
            Progress::OffCourse { .. }
        ));
    }

    #[test]
    fn a_year_without_a_target_is_measured_on_the_straight_line_to_the_end() {
        // Baseline 2024 = 40, end 2029 = 90: the line passes 50 in 2025.
        let i = indicator(Polarity::Positive, 40.0, &[(2029, 90.0)]);
        assert!(matches!(status(&i, 2025, 50.0), Progress::OnCourse { .. }));
        assert!(matches!(status(&i, 2025, 44.0), Progress::OffCourse { .. }));
    }

    #[test]
    fn no_planned_change_is_on_course_only_when_the_line_holds() {
        let i = indicator(Polarity::Positive, 100.0, &[(2025, 100.0), (2029, 101.0)]);
        assert!(matches!(status(&i, 2025, 100.0), Progress::OnCourse { .. }));
        assert!(matches!(status(&i, 2025, 99.0), Progress::OffCourse { .. }));
    }

    #[test]
    fn without_a_final_year_or_a_baseline_there_is_no_status() {
        let mut i = indicator(Polarity::Positive, 40.0, &[(2025, 50.0), (2029, 100.0)]);
        assert_eq!(
            progress(&i, 2029, None, None),
            Progress::NotAssessable(Unassessable::NoFinalYear)
        );
        i.baseline = None;
        assert_eq!(
            status(&i, 2025, 45.0),
            Progress::NotAssessable(Unassessable::NoBaseline)
        );
    }
}
