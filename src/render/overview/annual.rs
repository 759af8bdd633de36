//! The annual report (*Laporan Kinerja*, LKjIP) of a unit-year: the
//! chapters the clerk wrote, around tables made from the same view as the
//! unit-year page, so that the report cannot disagree with the site.

use super::*;
use crate::compute::YearState;
use crate::model::{Chapter, DocumentKind};
use crate::render::format::Lang;
use crate::render::markdown;
use crate::render::view::{MeasurementRow, UnitYearView};

/// One chapter of the report.
#[derive(Debug, Clone, Serialize)]
pub struct ChapterView {
    /// `ikhtisar`, `bab-1` … `bab-4`: the heading's id.
    pub id: String,
    /// `summary`, `introduction`, `planning`, `accountability`, `closing`:
    /// which generated parts follow the text.
    pub key: &'static str,
    /// `BAB I PENDAHULUAN`, `IKHTISAR EKSEKUTIF`.
    pub title: String,
    /// The text the unit wrote, as sanitised HTML; `None` when not written.
    pub html: Option<String>,
}

/// The measurement table of one objective (*Tabel 3.n*).
#[derive(Debug, Clone, Serialize)]
pub struct ObjectiveMeasurement {
    /// `Tabel 3.1`.
    pub table: String,
    /// `S1`.
    pub id: String,
    /// The objective's statement.
    pub name: String,
    /// Its indicators' rows, the same rows as the unit-year page's table.
    pub rows: Vec<MeasurementRow>,
}

/// The annual report of a unit-year, over the unit-year page's view.
#[derive(Debug, Serialize)]
pub struct AnnualReportView<'a> {
    /// Everything the unit-year page shows, under the same names.
    #[serde(flatten)]
    pub page: &'a UnitYearView,
    /// `LAPORAN KINERJA TAHUN 2025`.
    pub title: String,
    /// Who reports: the region's government for the head of the region,
    /// otherwise the unit.
    pub reporter: String,
    /// When the year is not closed: that the report is provisional, and why.
    pub provisional: Option<String>,
    /// The date the report was signed, when the narrative states it.
    pub signed: Option<String>,
    /// The five chapters, in order, written or not.
    pub chapters: Vec<ChapterView>,
    /// How many of the five are written.
    pub written: usize,
    /// One measurement table per objective.
    pub objectives: Vec<ObjectiveMeasurement>,
    /// The five-year plans the agreement's indicators implement.
    pub plans: Vec<PlanRef>,
    /// The signed report, when the unit's register lists one for the year.
    pub document: Option<DocumentRow>,
    /// The file the chapters come from, when there is one.
    pub source: Option<String>,
    /// Path of the unit-year page.
    pub unit_year: String,
}

impl Ctx<'_> {
    /// The annual report of agreement `a`, over its unit-year view `page`.
    pub fn annual_report<'a>(
        &self,
        a: &Agreement,
        page: &'a UnitYearView,
    ) -> Option<AnnualReportView<'a>> {
        let site = self.site;
        let unit = site.unit(&a.unit)?;
        let fig = self.figures(&a.unit, a.year)?;
        let en = self.lang == Lang::En;
        let narrative = site.annual_report(&a.unit, a.year);
        let chapters: Vec<ChapterView> = Chapter::ALL
            .iter()
            .map(|&c| {
                let id = match c.numeral() {
                    None => "ikhtisar".to_string(),
                    Some(_) => format!("bab-{}", c as usize),
                };
                let name = chapter_name(c, self.lang);
                let title = match c.numeral() {
                    Some(n) => format!("{} {n} {name}", self.t.get(Label::chapter)),
                    None => name.to_string(),
                };
                ChapterView {
                    key: chapter_key(c),
                    title: title.to_uppercase(),
                    html: narrative
                        .and_then(|r| r.chapter(c))
                        .map(|md| markdown::to_html(md, &format!("{id}-"), 0)),
                    id,
                }
            })
            .collect();
        let objectives = a
            .objectives
            .iter()
            .enumerate()
            .map(|(n, o)| ObjectiveMeasurement {
                table: format!("{} 3.{}", self.t.get(Label::table), n + 1),
                id: o.id.clone(),
                name: o.name.clone(),
                rows: page
                    .measurement
                    .iter()
                    .filter(|m| m.key.split_once('/').is_some_and(|(obj, _)| obj == o.id))
                    .cloned()
                    .collect(),
            })
            .collect();
        let mut plans: Vec<PlanRef> = Vec::new();
        for (_, ind) in a.indicators() {
            if let Some((plan, _)) = ind.plan.as_ref().and_then(|l| site.plan_indicator(l)) {
                let r = self.plan_ref(plan);
                if !plans.iter().any(|p| p.href == r.href) {
                    plans.push(r);
                }
            }
        }
        let provisional = (fig.state != YearState::Closed).then(|| {
            format!(
                "{}. {}",
                self.state_text(fig.state, a.year),
                self.t.get(Label::provisional_tail)
            )
        });
        let reporter = if unit.parent.is_none() {
            site.settings.institution.clone()
        } else {
            unit.name.clone()
        };
        Some(AnnualReportView {
            page,
            title: format!(
                "{} {} {}",
                self.t.get(if unit.parent.is_none() {
                    Label::annual_report_region
                } else {
                    Label::annual_report
                }),
                if en { "for" } else { "Tahun" },
                a.year
            ),
            reporter,
            provisional,
            signed: narrative.and_then(|r| r.date).map(|d| self.day(d)),
            written: chapters.iter().filter(|c| c.html.is_some()).count(),
            chapters,
            objectives,
            plans,
            document: site.register(&a.unit, a.year).and_then(|r| {
                r.documents
                    .iter()
                    .find(|d| d.kind == DocumentKind::Lkjip)
                    .map(|d| self.document_row(d))
            }),
            source: narrative.map(|r| r.file.to_string_lossy().replace('\\', "/")),
            unit_year: paths::unit_year(&a.unit, a.year),
        })
    }
}

/// The key templates test to place a chapter's generated parts.
fn chapter_key(c: Chapter) -> &'static str {
    match c {
        Chapter::Summary => "summary",
        Chapter::Introduction => "introduction",
        Chapter::Planning => "planning",
        Chapter::Accountability => "accountability",
        Chapter::Closing => "closing",
    }
}

/// A chapter's name in the site's language.
fn chapter_name(c: Chapter, lang: Lang) -> &'static str {
    match lang {
        Lang::En => match c {
            Chapter::Summary => "Executive summary",
            Chapter::Introduction => "Introduction",
            Chapter::Planning => "Performance planning",
            Chapter::Accountability => "Performance accountability",
            Chapter::Closing => "Conclusion",
        },
        _ => c.heading(),
    }
}
