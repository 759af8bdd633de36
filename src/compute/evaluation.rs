//! Where each recommendation of an evaluation stands at the record's date:
//! closed (and whether on time), or still open (and whether past its due
//! date). "Masih terbuka" is a claim about a date: the record's.

use crate::model::{Date, FollowUpStatus, Recommendation};

/// Where a recommendation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Closed.
    Closed {
        /// The day it was closed.
        on: Date,
        /// Days after its due date (0 or more), when it had one.
        late: Option<i64>,
    },
    /// Not closed by the record's date.
    Open {
        /// As the clerk recorded it (open or in progress).
        status: FollowUpStatus,
        /// Days past its due date when that date has passed; `None` when it
        /// has not (or there is none).
        overdue: Option<i64>,
    },
}

impl Standing {
    /// Whether it is still open.
    pub fn is_open(self) -> bool {
        matches!(self, Standing::Open { .. })
    }

    /// Whether it is open and past its due date.
    pub fn is_overdue(self) -> bool {
        matches!(
            self,
            Standing::Open {
                overdue: Some(_),
                ..
            }
        )
    }
}

/// Where `r` stands at `now` (the record's date; without one, no due date
/// is judged passed).
pub fn standing(r: &Recommendation, now: Option<Date>) -> Standing {
    match (r.status, r.closed) {
        (FollowUpStatus::Closed, Some(on)) => Standing::Closed {
            on,
            late: r.due.map(|due| due.days_until(on).max(0)),
        },
        (status, _) => Standing::Open {
            status,
            overdue: match (r.due, now) {
                (Some(due), Some(now)) if now > due => Some(due.days_until(now)),
                _ => None,
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn rec(status: FollowUpStatus, due: Option<&str>, closed: Option<&str>) -> Recommendation {
        Recommendation {
            id: "1".into(),
            text: "x".into(),
            due: due.map(d),
            status,
            closed: closed.map(d),
            follow_up: vec![],
        }
    }

    #[test]
    fn open_past_its_due_date_is_overdue_by_the_days_since() {
        let r = rec(FollowUpStatus::Open, Some("2026-06-30"), None);
        assert_eq!(
            standing(&r, Some(d("2026-07-20"))),
            Standing::Open {
                status: FollowUpStatus::Open,
                overdue: Some(20)
            }
        );
        assert!(!standing(&r, Some(d("2026-06-30"))).is_overdue());
        assert!(!standing(&r, None).is_overdue());
    }

    #[test]
    fn closed_after_its_due_date_is_late_and_not_open() {
        let r = rec(
            FollowUpStatus::Closed,
            Some("2026-06-30"),
            Some("2026-07-03"),
        );
        let s = standing(&r, Some(d("2026-07-20")));
        assert_eq!(
            s,
            Standing::Closed {
                on: d("2026-07-03"),
                late: Some(3)
            }
        );
        assert!(!s.is_open());
    }
}
