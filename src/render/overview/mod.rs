//! View models of the pages that look across units and years: home, unit
//! profiles, the year comparison, the performance tree, indicator histories
//! and the methodology.

use super::charts::{self, Bars, Chart, Item};
use super::format;
use super::paths;
use super::view::SummaryView;
use super::view::{AchievementView, Ctx, UnitRef, YearLink, level_word, truncate};
use crate::compute::{self, Counts, Mean};
use crate::model::{Agreement, CascadeLink, NegativeFormula, Polarity, Unit};
use crate::render::i18n::Label;
use serde::Serialize;

mod annual;
mod evaluation;
mod home;
mod indicator;
mod methodology;
mod plan;
mod register;
mod tree;
mod unit;
mod year;
pub use annual::*;
pub use evaluation::*;
pub use home::*;
pub use indicator::*;
pub use methodology::*;
pub use plan::*;
pub use register::*;
pub use tree::*;
pub use unit::*;
pub use year::*;

/// A link with its text.
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    /// Text.
    pub label: String,
    /// Path from the root (may carry `#anchor`).
    pub href: String,
    /// A note after the link.
    pub note: Option<String>,
}

/// The latest reporting period.
#[derive(Debug, Clone, Serialize)]
pub struct Latest {
    /// Year.
    pub year: i32,
    /// `Triwulan II 2026`.
    pub period: String,
    /// Date of the latest report, `14 Juli 2026`.
    pub updated: String,
}

/// A unit in an overview table.
#[derive(Debug, Clone, Serialize)]
pub struct UnitRow {
    /// The unit.
    pub unit: UnitRef,
    /// Depth in the tree (for indentation).
    pub depth: usize,
    /// Link to its agreement of the year.
    pub href: String,
    /// Number of indicators.
    pub indicators: usize,
    /// Achievement.
    pub achievement: AchievementView,
    /// Budget absorption, latest quarter.
    pub absorption: String,
    /// Unrounded absorption for sorting.
    #[serde(skip)]
    pub absorption_value: Option<f64>,
    /// Efficiency index.
    pub efficiency: String,
    /// Latest quarter reported (`s.d. TW II`), marked when late.
    pub reported: String,
    /// Indicators by status, in words.
    pub counts: String,
    /// A report is overdue.
    pub late: bool,
    /// The unit's data runs to another quarter than the year's latest.
    pub differs: bool,
}

/// A category band with its count.
#[derive(Debug, Clone, Serialize)]
pub struct Band {
    /// Label.
    pub label: String,
    /// Colour.
    pub colour: String,
    /// `≥ 91 %`, `76–< 91 %`.
    pub range: String,
    /// Units in the band.
    pub count: usize,
}

pub(crate) fn order_key(p: Option<f64>) -> i64 {
    // Sort descending on rounded hundredths; missing last.
    #[allow(clippy::cast_possible_truncation)]
    p.map_or(i64::MIN, |p| (p * 100.0).round() as i64)
}

impl Ctx<'_> {
    pub(crate) fn site_years(&self, f: impl Fn(i32) -> String) -> Vec<Link> {
        self.site
            .years()
            .into_iter()
            .map(|y| Link {
                label: y.to_string(),
                href: f(y),
                note: None,
            })
            .collect()
    }

    /// What `agreements` run to: the latest quarter reported in their latest
    /// year, and the date of their latest report.
    pub fn reported_to(&self, agreements: &[&Agreement]) -> Option<Latest> {
        let (year, q) = agreements
            .iter()
            .filter_map(|a| a.latest_quarter().map(|q| (a.year, q)))
            .max()?;
        let updated = agreements
            .iter()
            .flat_map(|a| a.reports.iter().flatten())
            .filter_map(|r| r.reported_on)
            .max();
        Some(Latest {
            year,
            period: self.period(q, year),
            updated: self.date_or_not_stated(updated),
        })
    }

    /// Reports of `year`: latest quarter and date.
    pub fn latest(&self, year: i32) -> Option<Latest> {
        let of_year: Vec<&Agreement> = self
            .site
            .agreements
            .iter()
            .filter(|a| a.year == year)
            .collect();
        self.reported_to(&of_year)
    }

    /// The summary of every indicator of `year`: both means and the counts.
    pub fn year_summary(&self, year: i32) -> SummaryView {
        let figs = || {
            self.figures
                .iter()
                .filter(move |((_, y), _)| *y == year)
                .map(|(_, f)| f)
        };
        let period = Mean::of(figs().flat_map(|f| f.indicators.iter().map(|(_, i)| i.current())));
        let annual = Mean::of(figs().flat_map(|f| f.indicators.iter().map(|(_, i)| i.achievement)));
        let mut counts = Counts::default();
        for f in figs() {
            counts.merge(f.counts);
        }
        let as_of = figs().filter_map(|f| f.latest_quarter).max();
        self.summary(period, annual, counts, as_of)
    }

    pub(crate) fn unit_rows(&self, year: i32) -> Vec<UnitRow> {
        let year_latest = self
            .figures
            .iter()
            .filter(|((_, y), _)| *y == year)
            .filter_map(|(_, f)| f.latest_quarter)
            .max();
        self.site
            .units
            .iter()
            .filter_map(|u| {
                let a = self.site.agreement(&u.id, year)?;
                let f = self.figures.get(&(u.id.clone(), year))?;
                let absorption = f.budget.latest().map(|(_, a)| a);
                Some(UnitRow {
                    unit: self.unit_ref(u),
                    depth: u.depth,
                    href: paths::unit_year(&u.id, year),
                    indicators: a.indicator_count(),
                    achievement: self.mean_view(f.period),
                    counts: self.counts_text(f.counts),
                    late: matches!(f.state, compute::YearState::Late { .. }),
                    absorption: absorption
                        .map_or_else(|| "–".into(), |p| format::percent(p, self.lang)),
                    absorption_value: absorption,
                    efficiency: f
                        .efficiency
                        .and_then(|e| e.index)
                        .map_or_else(|| "–".into(), |v| format::number(v, 2, self.lang)),
                    reported: {
                        let mut r = f.latest_quarter.map_or_else(
                            || self.t.get(Label::not_reported).into(),
                            |q| format!("{} {}", self.t.get(Label::up_to), self.quarter_label(q)),
                        );
                        if matches!(f.state, compute::YearState::Late { .. }) {
                            r.push_str(&format!(" ({})", self.t.get(Label::late_mark)));
                        }
                        r
                    },
                    differs: f.latest_quarter != year_latest,
                })
            })
            .collect()
    }

    /// The bands with the number of `rows` in each.
    pub(crate) fn bands(&self, rows: &[UnitRow]) -> Vec<Band> {
        let cats = &self.site.settings.categories;
        cats.iter()
            .enumerate()
            .map(|(i, c)| {
                let range = match i {
                    0 => format!("≥ {}\u{a0}%", format::number(c.min, 2, self.lang)),
                    _ => format!(
                        "{}–< {}\u{a0}%",
                        format::number(c.min, 2, self.lang),
                        format::number(cats[i - 1].min, 2, self.lang)
                    ),
                };
                Band {
                    label: c.label.clone(),
                    colour: c.colour.clone(),
                    range,
                    count: rows
                        .iter()
                        .filter_map(|r| r.achievement.percent)
                        .filter(|p| compute::category(cats, *p).is_some_and(|x| x.label == c.label))
                        .count(),
                }
            })
            .collect()
    }

    pub(crate) fn link_to(&self, link: &CascadeLink, year: i32) -> Link {
        let unit = self
            .site
            .unit(&link.unit)
            .map_or_else(|| link.unit.clone(), |u| u.short_name.clone());
        let agreement = self.site.agreement(&link.unit, year);
        match &link.indicator {
            Some(i) => {
                let name = agreement
                    .and_then(|a| a.indicator(&format!("{}/{i}", link.objective)))
                    .map(|(_, ind)| ind.name.clone())
                    .unwrap_or_default();
                Link {
                    label: format!("{unit} {}/{i} {name}", link.objective),
                    href: paths::indicator(&link.unit, &link.objective, i),
                    note: Some(year.to_string()),
                }
            }
            None => {
                let name = agreement
                    .and_then(|a| a.objectives.iter().find(|o| o.id == link.objective))
                    .map(|o| o.name.clone())
                    .unwrap_or_default();
                Link {
                    label: format!("{unit} {} {name}", link.objective),
                    href: format!(
                        "{}#{}",
                        paths::unit_year(&link.unit, year),
                        paths::objective_anchor(&link.objective)
                    ),
                    note: Some(year.to_string()),
                }
            }
        }
    }
}

/// The level word of a unit (used by the units index).
pub fn unit_level(u: &Unit, ctx: &Ctx<'_>) -> String {
    level_word(u.level, ctx.lang).to_string()
}
