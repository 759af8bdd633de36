//! The document register's verdicts: for each unit, year and kind of
//! document, whether it is published, not yet due or missing; and each
//! dated document's deadline and whether it was on time.
//!
//! "Belum ada" is a claim that a document which is due was not published; a
//! quarterly report or an LKjIP whose deadline has not passed by the
//! record's date is "not yet due" instead.

use crate::model::{Agreement, Date, Deadlines, Document, DocumentKind, Site};

/// The date the record speaks for: the edition's date when `site.yaml` names
/// one, otherwise the newest report, signature or document date.
pub fn record_date(site: &Site) -> Option<Date> {
    if let Some(e) = &site.settings.edition {
        return Some(e.date);
    }
    let reports = site.agreements.iter().flat_map(|a| {
        a.reports
            .iter()
            .flatten()
            .filter_map(|r| r.reported_on)
            .chain(a.signed_on)
    });
    let documents = site
        .registers
        .iter()
        .flat_map(|r| r.documents.iter().filter_map(|d| d.date));
    reports.chain(documents).max()
}

/// The deadline of a document of `kind` for `year`, when a rule sets one.
pub fn deadline(kind: DocumentKind, year: i32, rules: &Deadlines) -> Option<Date> {
    match kind {
        DocumentKind::Pk => rules
            .budget_documents
            .get(&year)
            .map(|(d, _)| d.add_months(rules.pk_months)),
        DocumentKind::Quarterly(q) => {
            let end = Date::end_of_month(year, u32::from(q) * 3);
            rules.report_days.map(|n| end.add_days(n))
        }
        DocumentKind::Lkjip => Some(Date::end_of_month(year, 12).add_months(rules.lkjip_months)),
        _ => None,
    }
}

/// Where one kind of document of a unit-year stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// Published (registered), dated when the register says.
    Published(Option<Date>),
    /// Not published, and not due by the record's date.
    NotYetDue(Date),
    /// Not published, and due (or with no deadline).
    Missing,
}

/// Whether a document of `kind` is there, for a unit-year whose register
/// holds `documents` (empty without a register).
pub fn presence(
    kind: DocumentKind,
    year: i32,
    documents: &[Document],
    rules: &Deadlines,
    now: Option<Date>,
) -> Presence {
    if let Some(d) = documents.iter().find(|d| d.kind == kind) {
        return Presence::Published(d.date);
    }
    // A quarter or year that has not ended cannot be missing its report.
    let ends = match kind {
        DocumentKind::Quarterly(q) => Some(Date::end_of_month(year, u32::from(q) * 3)),
        DocumentKind::Lkjip | DocumentKind::Lhe | DocumentKind::FollowUp => {
            Some(Date::end_of_month(year, 12))
        }
        _ => None,
    };
    let due = deadline(kind, year, rules).or(ends);
    match (due, now) {
        (Some(due), Some(now)) if now <= due => Presence::NotYetDue(due),
        (Some(due), None) => Presence::NotYetDue(due),
        _ => Presence::Missing,
    }
}

/// A dated duty against its deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timeliness {
    /// Done on or before the deadline, this many days before it.
    OnTime(i64),
    /// Done after the deadline, this many days late.
    Late(i64),
    /// Not done, and the deadline has passed by the record's date (days overdue).
    Overdue(i64),
    /// Not done, and the deadline has not passed.
    Pending,
    /// Done, but no rule sets a deadline (or its base date is not recorded).
    NoDeadline,
    /// Not done, and no deadline to judge it by.
    NotDone,
}

impl Timeliness {
    /// Judges `done` against `deadline` at the record's date `now`.
    pub fn of(done: Option<Date>, deadline: Option<Date>, now: Option<Date>) -> Timeliness {
        match (done, deadline) {
            (Some(d), Some(due)) if d <= due => Timeliness::OnTime(d.days_until(due)),
            (Some(d), Some(due)) => Timeliness::Late(due.days_until(d)),
            (Some(_), None) => Timeliness::NoDeadline,
            (None, Some(due)) => match now {
                Some(now) if now > due => Timeliness::Overdue(due.days_until(now)),
                _ => Timeliness::Pending,
            },
            (None, None) => Timeliness::NotDone,
        }
    }
}

/// One duty of a unit-year on the timeliness page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Duty {
    /// The document.
    pub kind: DocumentKind,
    /// When it was done (signed, reported, published), if it was.
    pub done: Option<Date>,
    /// Its deadline, when a rule sets one.
    pub deadline: Option<Date>,
    /// The verdict.
    pub timeliness: Timeliness,
}

/// The duties of a unit-year with a deadline rule: the PK (signed), the four
/// quarterly reports (reported), the LKjIP (from the register).
pub fn duties(site: &Site, agreement: &Agreement, now: Option<Date>) -> Vec<Duty> {
    let rules = &site.settings.deadlines;
    let year = agreement.year;
    let lkjip = site
        .register(&agreement.unit, year)
        .and_then(|r| r.of(DocumentKind::Lkjip).find_map(|d| d.date));
    let mut out = Vec::new();
    let mut push = |kind, done| {
        let deadline = deadline(kind, year, rules);
        out.push(Duty {
            kind,
            done,
            deadline,
            timeliness: Timeliness::of(done, deadline, now),
        });
    };
    push(DocumentKind::Pk, agreement.signed_on);
    for q in 1..=4u8 {
        let done = agreement.reports[usize::from(q - 1)]
            .as_ref()
            .and_then(|r| r.reported_on);
        push(DocumentKind::Quarterly(q), done);
    }
    push(DocumentKind::Lkjip, lkjip);
    // A quarter that has not ended has no report yet, and none is owed.
    for d in &mut out {
        if let DocumentKind::Quarterly(q) = d.kind
            && d.done.is_none()
            && now.is_some_and(|n| n <= Date::end_of_month(year, u32::from(q) * 3))
        {
            d.timeliness = Timeliness::Pending;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap_or(Date {
            year: 1970,
            month: 1,
            day: 1,
        })
    }

    #[test]
    fn deadlines_follow_the_rules() {
        let mut rules = Deadlines::default();
        rules
            .budget_documents
            .insert(2026, (d("2026-01-05"), "DPA".into()));
        assert_eq!(
            deadline(DocumentKind::Pk, 2026, &rules),
            Some(d("2026-02-05"))
        );
        assert_eq!(
            deadline(DocumentKind::Lkjip, 2025, &rules),
            Some(d("2026-03-31"))
        );
        assert_eq!(deadline(DocumentKind::Quarterly(2), 2026, &rules), None);
        rules.report_days = Some(15);
        assert_eq!(
            deadline(DocumentKind::Quarterly(2), 2026, &rules),
            Some(d("2026-07-15"))
        );
        rules.lkjip_months = 2;
        assert_eq!(
            deadline(DocumentKind::Lkjip, 2025, &rules),
            Some(d("2026-02-28"))
        );
    }

    #[test]
    fn late_and_on_time_count_days() {
        let due = Some(d("2026-02-05"));
        assert_eq!(
            Timeliness::of(Some(d("2026-02-05")), due, None),
            Timeliness::OnTime(0)
        );
        assert_eq!(
            Timeliness::of(Some(d("2026-02-12")), due, None),
            Timeliness::Late(7)
        );
        assert_eq!(
            Timeliness::of(None, due, Some(d("2026-03-01"))),
            Timeliness::Overdue(24)
        );
        assert_eq!(
            Timeliness::of(None, due, Some(d("2026-01-20"))),
            Timeliness::Pending
        );
        assert_eq!(
            Timeliness::of(Some(d("2026-02-12")), None, None),
            Timeliness::NoDeadline
        );
    }

    #[test]
    fn a_report_not_yet_due_is_not_missing() {
        let rules = Deadlines::default();
        let now = Some(d("2026-07-20"));
        assert_eq!(
            presence(DocumentKind::Quarterly(3), 2026, &[], &rules, now),
            Presence::NotYetDue(d("2026-09-30"))
        );
        assert_eq!(
            presence(DocumentKind::Quarterly(2), 2026, &[], &rules, now),
            Presence::Missing
        );
        assert_eq!(
            presence(DocumentKind::Lkjip, 2026, &[], &rules, now),
            Presence::NotYetDue(d("2027-03-31"))
        );
        assert_eq!(
            presence(DocumentKind::Renja, 2026, &[], &rules, now),
            Presence::Missing
        );
    }
}
