//! Verdicts: the words a reader will quote, decided once, here.
//!
//! A status word is a claim about a unit's work at the moment the page is
//! read. "Tidak tercapai" is only said of a year whose last quarter has been
//! reported; before that, a figure below its target is "belum tercapai (s.d.
//! TW II)". A figure that is missing is "belum diukur", or, for an indicator
//! measured once a year or once a semester, "not due". "Belum dilaksanakan" is
//! only said where the content says so. Every percentage carries the target it
//! was measured against ([`Basis`]). Templates show these verdicts; they never
//! decide them.

use super::achievement::{Achievement, NoPercent};
use crate::model::Periodicity;

/// What an achievement percentage was measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Basis {
    /// The quarterly target to date (*rencana aksi s.d. TW n*).
    QuarterTarget(u8),
    /// The annual target, with the realisation up to this quarter.
    Annual(u8),
}

impl Basis {
    /// The quarter the realisation runs to.
    pub fn quarter(self) -> u8 {
        match self {
            Basis::QuarterTarget(q) | Basis::Annual(q) => q,
        }
    }
}

/// Where an indicator (or one quarter of it) stands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Status {
    /// Above the target (rounded to two decimals); `closed` when the year's
    /// figure is final.
    Exceeded {
        /// The year's figure is final.
        closed: bool,
    },
    /// At the target.
    Met {
        /// The year's figure is final.
        closed: bool,
    },
    /// Below the target before the year's figure is final (*belum tercapai*).
    BelowSoFar,
    /// Below the target with the year's final figure (*tidak tercapai*).
    NotMet,
    /// No figure: `null`, or not reported yet (*belum diukur*).
    NotMeasured,
    /// No figure, and none was due: the indicator is measured once a year or
    /// once a semester.
    NotDue(Periodicity),
    /// The content says the work was not carried out (*belum dilaksanakan*).
    NotCarriedOut,
    /// A figure with no percentage (target 0, grades of another scale).
    NoPercent(NoPercent),
}

impl Status {
    /// The status of an achievement. `closed` says whether the figure is the
    /// year's final one (the last quarter is reported).
    pub fn of(achievement: Achievement, closed: bool) -> Status {
        match achievement {
            Achievement::Undefined(reason) => Status::NoPercent(reason),
            Achievement::Percent(p) => {
                // Rounded as shown, so a page never prints "100 %" beside "below".
                let shown = (p * 100.0).round() / 100.0;
                if shown > 100.0 {
                    Status::Exceeded { closed }
                } else if shown >= 100.0 {
                    Status::Met { closed }
                } else if closed {
                    Status::NotMet
                } else {
                    Status::BelowSoFar
                }
            }
        }
    }

    /// Whether the target is met or exceeded.
    pub fn is_met(self) -> bool {
        matches!(self, Status::Met { .. } | Status::Exceeded { .. })
    }

    /// Whether the figure is below its target (so far or finally).
    pub fn is_below(self) -> bool {
        matches!(self, Status::BelowSoFar | Status::NotMet)
    }

    /// Whether there is no figure to judge.
    pub fn is_unmeasured(self) -> bool {
        matches!(
            self,
            Status::NotMeasured | Status::NotDue(_) | Status::NotCarriedOut
        )
    }

    /// A stable machine word for downloads.
    pub fn code(self) -> &'static str {
        match self {
            Status::Exceeded { .. } => "melampaui_target",
            Status::Met { .. } => "tercapai",
            Status::BelowSoFar => "belum_tercapai",
            Status::NotMet => "tidak_tercapai",
            Status::NotMeasured => "belum_diukur",
            Status::NotDue(_) => "belum_jadwal_pengukuran",
            Status::NotCarriedOut => "belum_dilaksanakan",
            Status::NoPercent(_) => "tanpa_persentase",
        }
    }
}

/// Counts of indicators by status, the figures a citizen asks first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// All indicators.
    pub total: usize,
    /// Met or exceeded.
    pub met: usize,
    /// Below target (so far, or finally).
    pub below: usize,
    /// Of `below`, those whose year is final (*tidak tercapai*).
    pub not_met: usize,
    /// Not measured, not due, or not carried out.
    pub unmeasured: usize,
    /// A figure without a percentage.
    pub no_percent: usize,
}

impl Counts {
    /// Adds one indicator.
    pub fn add(&mut self, status: Status) {
        self.total += 1;
        match status {
            s if s.is_met() => self.met += 1,
            Status::NotMet => {
                self.below += 1;
                self.not_met += 1;
            }
            Status::BelowSoFar => self.below += 1,
            Status::NoPercent(_) => self.no_percent += 1,
            _ => self.unmeasured += 1,
        }
    }

    /// Adds every count of `other`.
    pub fn merge(&mut self, other: Counts) {
        self.total += other.total;
        self.met += other.met;
        self.below += other.below;
        self.not_met += other.not_met;
        self.unmeasured += other.unmeasured;
        self.no_percent += other.no_percent;
    }

    /// Indicators with a percentage.
    pub fn measured(&self) -> usize {
        self.met + self.below
    }
}

/// A plain mean and what it is made of.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Mean {
    /// The mean (%), when at least one indicator has a percentage.
    pub value: Option<f64>,
    /// Indicators in the mean.
    pub measured: usize,
    /// Indicators in all.
    pub total: usize,
}

impl Mean {
    /// The plain (unweighted) mean of the percentages among `achievements`.
    pub fn of(achievements: impl IntoIterator<Item = Option<Achievement>>) -> Mean {
        let (mut sum, mut measured, mut total) = (0.0, 0usize, 0usize);
        for a in achievements {
            total += 1;
            if let Some(p) = a.and_then(Achievement::percent) {
                sum += p;
                measured += 1;
            }
        }
        #[allow(clippy::cast_precision_loss)]
        let value = (measured > 0)
            .then(|| sum / measured as f64)
            .filter(|m| m.is_finite());
        Mean {
            value,
            measured,
            total,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn below_target_is_only_final_in_a_closed_year() {
        assert_eq!(
            Status::of(Achievement::Percent(80.0), false),
            Status::BelowSoFar
        );
        assert_eq!(Status::of(Achievement::Percent(80.0), true), Status::NotMet);
        assert_eq!(
            Status::of(Achievement::Percent(99.999), false),
            Status::Met { closed: false }
        );
        assert_eq!(
            Status::of(Achievement::Percent(100.004), true),
            Status::Met { closed: true }
        );
        assert_eq!(
            Status::of(Achievement::Percent(100.01), true),
            Status::Exceeded { closed: true }
        );
    }

    #[test]
    fn counts_add_up() {
        let mut c = Counts::default();
        for s in [
            Status::Met { closed: false },
            Status::BelowSoFar,
            Status::NotMet,
            Status::NotMeasured,
            Status::NotDue(Periodicity::Annual),
            Status::NoPercent(NoPercent::ZeroTarget),
        ] {
            c.add(s);
        }
        assert_eq!(
            (
                c.total,
                c.met,
                c.below,
                c.not_met,
                c.unmeasured,
                c.no_percent
            ),
            (6, 1, 2, 1, 2, 1)
        );
        assert_eq!(c.measured(), 3);
    }

    #[test]
    fn mean_says_how_many_it_counts() {
        let m = Mean::of([
            Some(Achievement::Percent(80.0)),
            None,
            Some(Achievement::Undefined(NoPercent::ZeroTarget)),
            Some(Achievement::Percent(100.0)),
        ]);
        assert_eq!(m.value, Some(90.0));
        assert_eq!((m.measured, m.total), (2, 4));
        assert_eq!(Mean::of([None]).value, None);
    }
}
