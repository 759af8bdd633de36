//! The evaluations page: the SAKIP evaluations of the region and of each
//! unit, and every recommendation with its follow-up and where it stands at
//! the record's date (closed, or still open and how long past its due date).

use super::*;
use crate::compute::evaluation::{Standing, standing};
use crate::compute::register::record_date;
use crate::model::{Date, Evaluation, FollowUpStatus, Recommendation};
use crate::render::format::Lang;

/// One evaluation in a table.
#[derive(Debug, Clone, Serialize)]
pub struct EvaluationRow {
    /// Year evaluated.
    pub year: i32,
    /// Who was evaluated: none for the region.
    pub unit: Option<UnitRef>,
    /// Score, formatted.
    pub score: String,
    /// Predicate and its meaning (`BB (Sangat Baik)`).
    pub predicate: String,
    /// Evaluator, if given.
    pub evaluator: Option<String>,
    /// Date of the report, formatted.
    pub date: Option<String>,
    /// Recommendations still open at the record's date.
    pub open: usize,
    /// Recommendations in all.
    pub total: usize,
    /// The anchor of its recommendations on the page, when it has any.
    pub anchor: Option<String>,
}

/// One recommendation.
#[derive(Debug, Clone, Serialize)]
pub struct RecommendationRow {
    /// Its number.
    pub id: String,
    /// What was recommended.
    pub text: String,
    /// Due date, formatted.
    pub due: Option<String>,
    /// `selesai`, `proses`, `terbuka` (the class).
    pub state: &'static str,
    /// Where it stands, in words, at the record's date.
    pub standing: String,
    /// Whether it is open and past its due date.
    pub overdue: bool,
    /// The steps taken, oldest first.
    pub follow_up: Vec<FollowUpRow>,
}

/// One step taken on a recommendation.
#[derive(Debug, Clone, Serialize)]
pub struct FollowUpRow {
    /// Date, formatted.
    pub date: String,
    /// What was done.
    pub action: String,
}

/// A table of evaluations.
#[derive(Debug, Clone, Serialize)]
pub struct EvaluationGroup {
    /// Anchor.
    pub id: &'static str,
    /// Heading.
    pub heading: String,
    /// Caption.
    pub caption: String,
    /// Whether the rows are units' (a unit column).
    pub units: bool,
    /// The rows.
    pub rows: Vec<EvaluationRow>,
}

/// The recommendations of one evaluation.
#[derive(Debug, Clone, Serialize)]
pub struct EvaluationDetail {
    /// The anchor.
    pub anchor: String,
    /// Heading (`Dinas Kesehatan, evaluasi atas 2025`).
    pub heading: String,
    /// Who, when there is a unit.
    pub unit: Option<UnitRef>,
    /// Year evaluated.
    pub year: i32,
    /// The recommendations.
    pub recommendations: Vec<RecommendationRow>,
}

/// An open recommendation in the list of those still open.
#[derive(Debug, Clone, Serialize)]
pub struct OpenRow {
    /// Who (the unit's or the region's name).
    pub who: String,
    /// Link to the unit, if it is one.
    pub href: Option<String>,
    /// Year evaluated.
    pub year: i32,
    /// The recommendation.
    pub rec: RecommendationRow,
}

/// The evaluations page.
#[derive(Debug, Clone, Serialize)]
pub struct EvaluationsView {
    /// The region's evaluations (oldest first), then the units' (newest
    /// year first, in organisation order): the groups that have any.
    pub groups: Vec<EvaluationGroup>,
    /// The recommendations still open, oldest evaluation first.
    pub open: Vec<OpenRow>,
    /// Every evaluation with recommendations.
    pub details: Vec<EvaluationDetail>,
    /// The date the standings speak for.
    pub as_of: Option<String>,
    /// Counts over all recommendations.
    pub total: usize,
    /// Still open.
    pub open_count: usize,
    /// Open and past their due date.
    pub overdue_count: usize,
    /// The CSV of every recommendation, from the site root.
    pub csv: String,
}

/// The words for where a recommendation stands.
pub(crate) fn standing_words(s: Standing, lang: Lang) -> (&'static str, String) {
    let en = lang == Lang::En;
    match s {
        Standing::Closed { on, late } => {
            let on = format::date(on, lang);
            let text = match (late, en) {
                (Some(n), true) if n > 0 => format!("closed on {on}, {n} days after its due date"),
                (Some(n), false) if n > 0 => {
                    format!("selesai {on}, {n} hari setelah tenggatnya")
                }
                (_, true) => format!("closed on {on}"),
                (_, false) => format!("selesai {on}"),
            };
            ("selesai", text)
        }
        Standing::Open { status, overdue } => {
            let (class, word) = match (status, en) {
                (FollowUpStatus::InProgress, true) => ("proses", "in progress"),
                (FollowUpStatus::InProgress, false) => ("proses", "dalam proses"),
                (_, true) => ("terbuka", "not yet acted on"),
                (_, false) => ("terbuka", "belum ditindaklanjuti"),
            };
            let text = match (overdue, en) {
                (Some(n), true) => format!("{word}, {n} days past its due date"),
                (Some(n), false) => format!("{word}, lewat tenggat {n} hari"),
                (None, _) => word.to_string(),
            };
            (class, text)
        }
    }
}

impl Ctx<'_> {
    fn evaluation_row(
        &self,
        e: &Evaluation,
        unit: Option<&crate::model::Unit>,
        now: Option<Date>,
    ) -> EvaluationRow {
        let label = self
            .site
            .settings
            .predicates
            .iter()
            .find(|p| p.grade == e.predicate)
            .map(|p| format!("{} ({})", e.predicate, p.label))
            .unwrap_or_else(|| e.predicate.clone());
        EvaluationRow {
            year: e.year,
            unit: unit.map(|u| self.unit_ref(u)),
            score: format::number(e.score, 2, self.lang),
            predicate: label,
            evaluator: e.evaluator.clone(),
            date: e.date.map(|d| format::date(d, self.lang)),
            open: e
                .recommendations
                .iter()
                .filter(|r| standing(r, now).is_open())
                .count(),
            total: e.recommendations.len(),
            anchor: (!e.recommendations.is_empty())
                .then(|| anchor(unit.map(|u| u.id.as_str()), e.year)),
        }
    }

    fn recommendation_row(&self, r: &Recommendation, now: Option<Date>) -> RecommendationRow {
        let s = standing(r, now);
        let (state, words) = standing_words(s, self.lang);
        RecommendationRow {
            id: r.id.clone(),
            text: r.text.clone(),
            due: r.due.map(|d| format::date(d, self.lang)),
            state,
            standing: words,
            overdue: s.is_overdue(),
            follow_up: r
                .follow_up
                .iter()
                .map(|f| FollowUpRow {
                    date: format::date(f.date, self.lang),
                    action: f.action.clone(),
                })
                .collect(),
        }
    }

    /// Every evaluation: the region's, then each unit's, with the unit.
    fn all_evaluations(&self) -> Vec<(Option<&crate::model::Unit>, &Evaluation)> {
        let site = self.site;
        let mut out: Vec<(Option<&crate::model::Unit>, &Evaluation)> = site
            .settings
            .evaluations
            .iter()
            .map(|e| (None, e))
            .collect();
        for u in &site.units {
            for r in site.registers.iter().filter(|r| r.unit == u.id) {
                if let Some(e) = &r.evaluation {
                    out.push((Some(u), e));
                }
            }
        }
        out
    }

    /// Whether the site has anything for the evaluations page.
    pub fn has_evaluations(&self) -> bool {
        !self.all_evaluations().is_empty()
    }

    /// The evaluations of `unit`, oldest first.
    pub fn unit_evaluations(&self, unit: &crate::model::Unit) -> Vec<EvaluationRow> {
        let now = record_date(self.site);
        let mut rows: Vec<EvaluationRow> = self
            .site
            .registers
            .iter()
            .filter(|r| r.unit == unit.id)
            .filter_map(|r| r.evaluation.as_ref())
            .map(|e| self.evaluation_row(e, Some(unit), now))
            .collect();
        rows.sort_by_key(|r| r.year);
        rows
    }

    /// The evaluations page.
    pub fn evaluations_view(&self) -> EvaluationsView {
        let now = record_date(self.site);
        let en = self.lang == Lang::En;
        let all = self.all_evaluations();
        let region: Vec<EvaluationRow> = all
            .iter()
            .filter(|(u, _)| u.is_none())
            .map(|(_, e)| self.evaluation_row(e, None, now))
            .collect();
        let mut units: Vec<EvaluationRow> = all
            .iter()
            .filter_map(|(u, e)| u.map(|u| self.evaluation_row(e, Some(u), now)))
            .collect();
        // Newest year first; organisation order within a year (stable sort).
        units.sort_by_key(|r| std::cmp::Reverse(r.year));
        let mut open = Vec::new();
        let mut details = Vec::new();
        let (mut total, mut open_count, mut overdue_count) = (0, 0, 0);
        let mut ordered = all.clone();
        ordered.sort_by_key(|(_, e)| e.year);
        for (u, e) in ordered {
            if e.recommendations.is_empty() {
                continue;
            }
            let who = u
                .map(|u| u.name.clone())
                .unwrap_or_else(|| self.site.settings.institution.clone());
            let rows: Vec<RecommendationRow> = e
                .recommendations
                .iter()
                .map(|r| self.recommendation_row(r, now))
                .collect();
            for (r, row) in e.recommendations.iter().zip(&rows) {
                total += 1;
                let s = standing(r, now);
                if s.is_open() {
                    open_count += 1;
                    overdue_count += usize::from(s.is_overdue());
                    open.push(OpenRow {
                        who: who.clone(),
                        href: u.map(|u| paths::unit(&u.id)),
                        year: e.year,
                        rec: row.clone(),
                    });
                }
            }
            details.push(EvaluationDetail {
                anchor: anchor(u.map(|u| u.id.as_str()), e.year),
                heading: if en {
                    format!("{who}: evaluation of {}", e.year)
                } else {
                    format!("{who}: evaluasi atas {}", e.year)
                },
                unit: u.map(|u| self.unit_ref(u)),
                year: e.year,
                recommendations: rows,
            });
        }
        let mut groups = Vec::new();
        if !region.is_empty() {
            groups.push(EvaluationGroup {
                id: "daerah",
                heading: self.site.settings.institution.clone(),
                caption: self.t.get(Label::sakip_history).to_string(),
                units: false,
                rows: region,
            });
        }
        if !units.is_empty() {
            groups.push(EvaluationGroup {
                id: "unit",
                heading: if en {
                    "Units".into()
                } else {
                    "Perangkat daerah dan unit".into()
                },
                caption: if en {
                    "SAKIP evaluations of the units".into()
                } else {
                    "Hasil evaluasi SAKIP unit".into()
                },
                units: true,
                rows: units,
            });
        }
        EvaluationsView {
            groups,
            open,
            details,
            as_of: now.map(|d| format::date(d, self.lang)),
            total,
            open_count,
            overdue_count,
            csv: paths::RECOMMENDATIONS_CSV.to_string(),
        }
    }

    /// Every recommendation as CSV rows, the header first.
    pub fn recommendations_csv(&self) -> Vec<Vec<String>> {
        let now = record_date(self.site);
        let mut rows = vec![
            [
                "unit_id",
                "unit",
                "tahun_dievaluasi",
                "nilai",
                "predikat",
                "evaluator",
                "tanggal_lhe",
                "rekomendasi",
                "uraian",
                "tenggat",
                "status",
                "tanggal_selesai",
                "lewat_tenggat_hari",
                "tindak_lanjut_terakhir",
                "per_tanggal",
            ]
            .map(String::from)
            .to_vec(),
        ];
        let mut all = self.all_evaluations();
        all.sort_by_key(|(_, e)| e.year);
        for (u, e) in all {
            for r in &e.recommendations {
                let s = standing(r, now);
                let overdue = match s {
                    Standing::Open {
                        overdue: Some(n), ..
                    } => n.to_string(),
                    _ => String::new(),
                };
                rows.push(vec![
                    u.map(|u| u.id.clone()).unwrap_or_default(),
                    u.map(|u| u.name.clone())
                        .unwrap_or_else(|| self.site.settings.institution.clone()),
                    e.year.to_string(),
                    format!("{:.2}", e.score),
                    e.predicate.clone(),
                    e.evaluator.clone().unwrap_or_default(),
                    e.date.map(|d| d.to_string()).unwrap_or_default(),
                    r.id.clone(),
                    r.text.clone(),
                    r.due.map(|d| d.to_string()).unwrap_or_default(),
                    r.status.id().to_string(),
                    r.closed.map(|d| d.to_string()).unwrap_or_default(),
                    overdue,
                    r.follow_up
                        .last()
                        .map(|f| format!("{}: {}", f.date, f.action))
                        .unwrap_or_default(),
                    now.map(|d| d.to_string()).unwrap_or_default(),
                ]);
            }
        }
        rows
    }
}

/// The anchor of an evaluation's recommendations on the page.
fn anchor(unit: Option<&str>, year: i32) -> String {
    match unit {
        Some(u) => format!("rek-{u}-{year}"),
        None => format!("rek-{year}"),
    }
}
