//! The home page: the latest results, the year in progress and what needs attention.

use super::*;

/// The home page.
#[derive(Debug, Clone, Serialize)]
pub struct HomeView {
    /// Latest period, if any report exists.
    pub latest: Option<Latest>,
    /// The year shown.
    pub year: Option<i32>,
    /// Indicators that year.
    pub indicator_count: usize,
    /// The year's progress: both bases, labelled, and the counts.
    pub summary: Option<SummaryView>,
    /// The latest earlier year with results, while the shown year is not closed.
    pub results: Option<YearResults>,
    /// SAKIP evaluations.
    pub sakip: Vec<SakipRow>,
    /// SAKIP chart.
    pub sakip_chart: Option<Chart>,
    /// Units at a glance.
    pub units: Vec<UnitRow>,
    /// Reports of the latest quarter, newest first.
    pub reports: Vec<ReportRow>,
    /// Units that have not reported the latest quarter.
    pub late: Vec<UnitRef>,
    /// Units that need attention the year shown, most pressing first (at most
    /// [`ATTENTION_SHOWN`]).
    pub attention: Vec<AttentionRow>,
    /// Units needing attention beyond those shown.
    pub attention_more: usize,
    /// Years.
    pub years: Vec<Link>,
}

/// A year's results on the home page.
#[derive(Debug, Clone, Serialize)]
pub struct YearResults {
    /// Year.
    pub year: i32,
    /// Means and counts.
    pub summary: SummaryView,
    /// The year comparison page.
    pub href: String,
}

/// A SAKIP evaluation.
#[derive(Debug, Clone, Serialize)]
pub struct SakipRow {
    /// Year.
    pub year: i32,
    /// Score.
    pub score: String,
    /// Letter.
    pub predicate: String,
    /// Meaning.
    pub label: String,
}

/// How many units the home page lists under "needs attention".
pub const ATTENTION_SHOWN: usize = 10;

/// A unit that needs attention, and why, in words.
#[derive(Debug, Clone, Serialize)]
pub struct AttentionRow {
    /// The unit.
    pub unit: UnitRef,
    /// Its agreement of the year.
    pub href: String,
    /// Each reason, a statement true when read.
    pub reasons: Vec<String>,
}

/// A report received in the latest quarter.
#[derive(Debug, Clone, Serialize)]
pub struct ReportRow {
    /// Unit.
    pub unit: UnitRef,
    /// Date.
    pub date: String,
    /// Link to the unit-year page.
    pub href: String,
}

impl Ctx<'_> {
    /// The home page.
    pub fn home(&self) -> HomeView {
        let year = self.site.years().last().copied();
        let latest = year.and_then(|y| self.latest(y));
        let sakip: Vec<SakipRow> = self
            .site
            .settings
            .evaluations
            .iter()
            .map(|e| SakipRow {
                year: e.year,
                score: format::number(e.score, 2, self.lang),
                predicate: e.predicate.clone(),
                label: self
                    .site
                    .settings
                    .predicates
                    .iter()
                    .find(|p| p.grade == e.predicate)
                    .map(|p| p.label.clone())
                    .unwrap_or_default(),
            })
            .collect();
        let sakip_chart = (!sakip.is_empty()).then(|| {
            let evals = &self.site.settings.evaluations;
            charts::bars(
                "nilai-sakip",
                self.t.get(Label::sakip_history),
                &format!(
                    "{}, {}",
                    self.t.get(Label::sakip_history),
                    self.site.settings.institution
                ),
                &Bars {
                    labels: evals
                        .iter()
                        .map(|e| format!("{} ({})", e.year, e.predicate))
                        .collect(),
                    bars: evals.iter().map(|e| Some(e.score)).collect(),
                    bar_name: self.t.get(Label::score).to_string(),
                    line: None,
                    reference: None,
                    reference_name: None,
                    unit: "".to_string(),
                    notes: vec![],
                },
                self.lang,
            )
        });
        let (reports, late) = match (year, latest.as_ref()) {
            (Some(y), Some(_)) => {
                let q = self
                    .site
                    .agreements
                    .iter()
                    .filter(|a| a.year == y)
                    .filter_map(Agreement::latest_quarter)
                    .max()
                    .unwrap_or(1);
                let mut reports: Vec<(Option<crate::model::Date>, ReportRow)> = Vec::new();
                let mut late = Vec::new();
                for a in self.site.agreements.iter().filter(|a| a.year == y) {
                    let Some(unit) = self.site.unit(&a.unit) else {
                        continue;
                    };
                    match &a.reports[usize::from(q - 1)] {
                        Some(r) => reports.push((
                            r.reported_on,
                            ReportRow {
                                unit: self.unit_ref(unit),
                                date: self.date_or_not_stated(r.reported_on),
                                href: paths::unit_year(&a.unit, y),
                            },
                        )),
                        None => late.push(self.unit_ref(unit)),
                    }
                }
                reports.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.unit.id.cmp(&b.1.unit.id)));
                (reports.into_iter().map(|(_, r)| r).collect(), late)
            }
            _ => (Vec::new(), Vec::new()),
        };
        let (attention, attention_more) = year.map_or((Vec::new(), 0), |y| self.attention(y));
        HomeView {
            attention,
            attention_more,
            latest,
            year,
            summary: year.map(|y| self.year_summary(y)),
            results: year.and_then(|current| {
                let closed = self
                    .figures
                    .iter()
                    .filter(|((_, y), _)| *y == current)
                    .all(|(_, f)| f.state == compute::YearState::Closed);
                if closed {
                    return None;
                }
                self.site
                    .years()
                    .into_iter()
                    .rev()
                    .filter(|y| *y < current)
                    .find(|y| {
                        self.figures
                            .iter()
                            .any(|((_, fy), f)| fy == y && f.counts.measured() > 0)
                    })
                    .map(|y| YearResults {
                        year: y,
                        summary: self.year_summary(y),
                        href: paths::year(y, paths::YearOrder::Organisation),
                    })
            }),
            indicator_count: year.map_or(0, |y| {
                self.site
                    .agreements
                    .iter()
                    .filter(|a| a.year == y)
                    .map(Agreement::indicator_count)
                    .sum()
            }),
            sakip,
            sakip_chart,
            units: year.map(|y| self.unit_rows(y)).unwrap_or_default(),
            reports,
            late,
            years: self.site_years(|y| paths::year(y, paths::YearOrder::Organisation)),
        }
    }

    /// The units of `year` that need attention, most pressing first (a late
    /// report, then the most indicators below target, then flagged figures),
    /// at most [`ATTENTION_SHOWN`], and how many more there are.
    fn attention(&self, year: i32) -> (Vec<AttentionRow>, usize) {
        let mut rows: Vec<((bool, usize, usize, usize), AttentionRow)> = Vec::new();
        for (position, u) in self.site.units.iter().enumerate() {
            let Some(f) = self.figures.get(&(u.id.clone(), year)) else {
                continue;
            };
            let found = f.attention();
            if found.is_empty() {
                continue;
            }
            let mut key = (true, 0, 0, position);
            let reasons = found
                .iter()
                .map(|a| match *a {
                    compute::Attention::Late { due } => {
                        key.0 = false;
                        format!(
                            "{} {} {}",
                            self.t.get(Label::state_late),
                            self.quarter_label(due),
                            self.t.get(Label::state_late_tail)
                        )
                    }
                    compute::Attention::Below {
                        behind,
                        not_met,
                        measured,
                    } => {
                        key.1 = usize::MAX - (behind + not_met);
                        let of = format!(
                            "{} {measured} {}",
                            self.t.get(Label::of),
                            self.t.get(Label::indicators_measured)
                        );
                        let mut parts = Vec::new();
                        if behind > 0 {
                            parts.push(format!(
                                "{behind} {of} {} {}",
                                self.t.get(Label::attention_behind),
                                f.latest_quarter
                                    .map(|q| self.quarter_label(q))
                                    .unwrap_or_default()
                            ));
                        }
                        if not_met > 0 {
                            parts.push(format!(
                                "{not_met} {of} {}",
                                self.t.get(Label::count_not_met)
                            ));
                        }
                        parts.join("; ")
                    }
                    compute::Attention::Flagged(n) => {
                        key.2 = usize::MAX - n;
                        format!("{n} {}", self.t.get(Label::attention_flagged))
                    }
                })
                .collect();
            rows.push((
                key,
                AttentionRow {
                    unit: self.unit_ref(u),
                    href: paths::unit_year(&u.id, year),
                    reasons,
                },
            ));
        }
        rows.sort_by_key(|r| r.0);
        let more = rows.len().saturating_sub(ATTENTION_SHOWN);
        (
            rows.into_iter()
                .take(ATTENTION_SHOWN)
                .map(|(_, r)| r)
                .collect(),
            more,
        )
    }
}
