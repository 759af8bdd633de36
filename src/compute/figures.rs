//! What the compute stage hands on: the figures of a quarter, of an
//! indicator's year, of an agreement, the state of its year, and efficiency.

use super::*;

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

/// Why a unit-year needs a reader's attention; each is a fact true when it
/// is read, measured against what the unit has reported so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attention {
    /// The report of quarter `due` is overdue.
    Late {
        /// The quarter whose report is missing.
        due: u8,
    },
    /// Indicators behind their own plan: below the quarterly target to date
    /// (*rencana aksi*) while the year runs, or below the annual target with
    /// the year's figure final. An indicator with only an annual target is
    /// not counted before the year is over: half the target at mid-year is
    /// not a shortfall.
    Below {
        /// Below the quarterly target to date, the year running.
        behind: usize,
        /// Below the annual target, the year's figure final (*tidak tercapai*).
        not_met: usize,
        /// Indicators with a figure.
        measured: usize,
    },
    /// Indicators whose figure is flagged for checking ("cek data").
    Flagged(usize),
}

impl AgreementFigures {
    /// What needs a reader's attention in this unit-year, most pressing first;
    /// empty when every report is in, no indicator is below its target and no
    /// figure is flagged.
    pub fn attention(&self) -> Vec<Attention> {
        let mut out = Vec::new();
        if let YearState::Late { due, .. } = self.state {
            out.push(Attention::Late { due });
        }
        let behind = self
            .indicators
            .iter()
            .filter(|(_, i)| {
                i.status == Status::BelowSoFar && matches!(i.basis, Some(Basis::QuarterTarget(_)))
            })
            .count();
        let not_met = self
            .indicators
            .iter()
            .filter(|(_, i)| i.status == Status::NotMet)
            .count();
        if behind + not_met > 0 {
            out.push(Attention::Below {
                behind,
                not_met,
                measured: self.counts.measured(),
            });
        }
        let flagged = self
            .indicators
            .iter()
            .filter(|(_, i)| !i.flags.is_empty())
            .count();
        if flagged > 0 {
            out.push(Attention::Flagged(flagged));
        }
        out
    }
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
