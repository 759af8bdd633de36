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

/// The year comparison.
#[derive(Debug, Clone, Serialize)]
pub struct YearView {
    /// Year.
    pub year: i32,
    /// The orders on offer.
    pub orders: Vec<OrderLink>,
    /// Rows in this view's order.
    pub rows: Vec<UnitRow>,
    /// Units per category.
    pub distribution: Vec<Band>,
    /// Units by achievement.
    pub chart: Option<Chart>,
    /// Both means, labelled, and the counts.
    pub summary: SummaryView,
    /// `Data s.d. Triwulan II 2026`.
    pub as_of: Option<String>,
    /// Other years.
    pub years: Vec<Link>,
}

/// One of the orders of the year table.
#[derive(Debug, Clone, Serialize)]
pub struct OrderLink {
    /// Label.
    pub label: String,
    /// Path.
    pub href: String,
    /// This view?
    pub current: bool,
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

/// One line of the flattened performance tree.
#[derive(Debug, Clone, Serialize)]
pub struct TreeItem {
    /// `objective` or `indicator`.
    pub kind: &'static str,
    /// Unit short name.
    pub unit: String,
    /// Text.
    pub label: String,
    /// Id (`S1` or `S1/IK2`).
    pub key: String,
    /// Link.
    pub href: String,
    /// Achievement.
    pub achievement: AchievementView,
    /// Whether a nested list of children follows.
    pub open: bool,
    /// How many nested lists close after this item.
    pub close: usize,
}

/// The performance tree of a year.
#[derive(Debug, Clone, Serialize)]
pub struct TreeView {
    /// Year.
    pub year: i32,
    /// The tree, flattened with open/close marks.
    pub items: Vec<TreeItem>,
    /// Agreements not linked to any upper objective or indicator.
    pub unlinked: Vec<TreeItem>,
    /// Other years.
    pub years: Vec<Link>,
}

/// A unit's profile.
#[derive(Debug, Clone, Serialize)]
pub struct UnitView {
    /// The unit.
    pub unit: UnitRef,
    /// Position of the head.
    pub position: String,
    /// Head in the latest agreement.
    pub head: Option<String>,
    /// Parent.
    pub parent: Option<UnitRef>,
    /// Children.
    pub children: Vec<UnitRef>,
    /// Years.
    pub years: Vec<YearLink>,
    /// Indicators of the latest year, linking to their history.
    pub indicators: Vec<Link>,
}

/// The units index.
#[derive(Debug, Clone, Serialize)]
pub struct UnitsView {
    /// Units in tree order with depth.
    pub units: Vec<(UnitRef, usize)>,
}

/// An indicator across years.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorView {
    /// Unit.
    pub unit: UnitRef,
    /// `S1/IK2`.
    pub key: String,
    /// Name (latest year).
    pub name: String,
    /// Objective (latest year).
    pub objective: String,
    /// Unit of measure.
    pub measure: String,
    /// Definition etc.
    pub definition: Option<String>,
    /// Formula.
    pub formula: Option<String>,
    /// Data source.
    pub data_source: Option<String>,
    /// Responsible.
    pub responsible: Option<String>,
    /// IKU.
    pub iku: bool,
    /// Polarity words.
    pub polarity: String,
    /// Roll-up words.
    pub rollup: String,
    /// One row per year.
    pub rows: Vec<HistoryRow>,
    /// Trend chart.
    pub chart: Option<Chart>,
    /// What it supports above.
    pub supports: Vec<Link>,
    /// What supports it below.
    pub supported_by: Vec<Link>,
}

/// A year of an indicator's history.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryRow {
    /// Year.
    pub year: i32,
    /// Link to the unit-year page at the indicator.
    pub href: String,
    /// The target the achievement is measured against (`50 (s.d. TW II)`).
    pub target: String,
    /// The annual target.
    pub annual_target: String,
    /// Realisation so far.
    pub realised: String,
    /// `s.d. TW II`.
    pub as_of: String,
    /// Achievement.
    pub achievement: AchievementView,
}

/// A category band for the methodology page.
#[derive(Debug, Clone, Serialize)]
pub struct MethodBand {
    /// Label.
    pub label: String,
    /// Colour.
    pub colour: String,
    /// Range text.
    pub range: String,
}

/// The methodology page.
#[derive(Debug, Clone, Serialize)]
pub struct MethodologyView {
    /// Category bands.
    pub bands: Vec<MethodBand>,
    /// Label above 100 %.
    pub exceeded: String,
    /// The default negative formula.
    pub negative_default: String,
    /// Lower-is-better indicators using the other formula.
    pub negative_overrides: usize,
    /// Lower-is-better indicators in all.
    pub negative_count: usize,
    /// Predicate bands.
    pub predicates: Vec<SakipRow>,
    /// Grade scales: name and grades with scores.
    pub scales: Vec<(String, String)>,
    /// The achievement above which a figure is flagged (`150 %`).
    pub ceiling: String,
    /// Indicators measured once a semester and once a year on this site.
    pub semesterly: usize,
    /// Indicators measured once a year.
    pub yearly: usize,
    /// Agreements whose budget list nests kegiatan under programmes.
    pub nested_budgets: usize,
    /// Agreements whose budget list is marked incomplete.
    pub incomplete_budgets: usize,
}

fn order_key(p: Option<f64>) -> i64 {
    // Sort descending on rounded hundredths; missing last.
    #[allow(clippy::cast_possible_truncation)]
    p.map_or(i64::MIN, |p| (p * 100.0).round() as i64)
}

impl Ctx<'_> {
    fn site_years(&self, f: impl Fn(i32) -> String) -> Vec<Link> {
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

    /// Reports of `year`: latest quarter and date.
    pub fn latest(&self, year: i32) -> Option<Latest> {
        let agreements = self.site.agreements.iter().filter(|a| a.year == year);
        let q = agreements
            .clone()
            .filter_map(Agreement::latest_quarter)
            .max()?;
        let updated = agreements
            .flat_map(|a| a.reports.iter().flatten())
            .filter_map(|r| r.reported_on)
            .max();
        Some(Latest {
            year,
            period: self.period(q, year),
            updated: self.date_or_not_stated(updated),
        })
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

    fn unit_rows(&self, year: i32) -> Vec<UnitRow> {
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
        HomeView {
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

    /// The bands with the number of `rows` in each.
    fn bands(&self, rows: &[UnitRow]) -> Vec<Band> {
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

    /// The year comparison in `order`.
    pub fn year(&self, year: i32, order: paths::YearOrder) -> YearView {
        use paths::YearOrder;
        let mut rows = self.unit_rows(year);
        match order {
            YearOrder::Achievement => {
                rows.sort_by_key(|r| std::cmp::Reverse(order_key(r.achievement.percent)));
            }
            YearOrder::Absorption => {
                rows.sort_by_key(|r| std::cmp::Reverse(order_key(r.absorption_value)));
            }
            YearOrder::Organisation => {}
        }
        let orders = YearOrder::ALL
            .iter()
            .map(|o| OrderLink {
                label: self.t.get(o.label()).into(),
                href: paths::year(year, *o),
                current: *o == order,
            })
            .collect();
        let mut by_achievement = rows.clone();
        by_achievement.sort_by_key(|r| std::cmp::Reverse(order_key(r.achievement.percent)));
        let items: Vec<Item> = by_achievement
            .iter()
            .map(|r| Item {
                label: truncate(&r.unit.short_name, 40),
                value: r.achievement.percent,
                colour: r
                    .achievement
                    .colour
                    .clone()
                    .unwrap_or_else(|| "#6e7781".into()),
                note: r
                    .achievement
                    .category
                    .clone()
                    .unwrap_or_else(|| r.achievement.status.clone()),
            })
            .collect();
        // The sorted views show the same chart as the default view; it is
        // drawn once, there, instead of three times.
        let chart = (!items.is_empty() && order == paths::YearOrder::Organisation).then(|| {
            charts::horizontal(
                "capaian-unit",
                &format!("{} {year}", self.t.get(Label::compare)),
                &format!(
                    "{} {}, {year}",
                    self.t.get(Label::achievement),
                    self.t.get(Label::units).to_lowercase()
                ),
                &items,
                Some(100.0),
                self.lang,
            )
        });
        YearView {
            year,
            orders,
            distribution: self.bands(&rows),
            rows,
            chart,
            summary: self.year_summary(year),
            as_of: self.latest(year).map(|l| l.period),
            years: self.site_years(|y| paths::year(y, order)),
        }
    }

    /// A unit's profile.
    pub fn unit_view(&self, unit: &Unit) -> UnitView {
        let latest = self.site.agreements_of(&unit.id).max_by_key(|a| a.year);
        UnitView {
            unit: self.unit_ref(unit),
            position: unit.position.clone(),
            head: latest.and_then(|a| a.first_party.name.clone()),
            parent: unit
                .parent
                .as_deref()
                .and_then(|p| self.site.unit(p))
                .map(|p| self.unit_ref(p)),
            children: self
                .site
                .children(&unit.id)
                .map(|u| self.unit_ref(u))
                .collect(),
            years: self.year_links(&unit.id, None),
            indicators: latest
                .map(|a| {
                    a.indicators()
                        .map(|(o, i)| Link {
                            label: format!("{} {}", i.key, i.name),
                            href: paths::indicator(&unit.id, &o.id, &i.id),
                            note: Some(self.measure(&i.measure)),
                        })
                        .collect()
                })
                .unwrap_or_default(),
        }
    }

    /// The units index.
    pub fn units(&self) -> UnitsView {
        UnitsView {
            units: self
                .site
                .units
                .iter()
                .map(|u| (self.unit_ref(u), u.depth))
                .collect(),
        }
    }

    fn link_to(&self, link: &CascadeLink, year: i32) -> Link {
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

    /// The indicator `objective/indicator` of `unit` across years.
    pub fn indicator_view(
        &self,
        unit: &Unit,
        objective: &str,
        indicator: &str,
    ) -> Option<IndicatorView> {
        let key = format!("{objective}/{indicator}");
        let mut found: Vec<(
            &Agreement,
            &crate::model::Objective,
            &crate::model::Indicator,
        )> = self
            .site
            .agreements_of(&unit.id)
            .filter_map(|a| a.indicator(&key).map(|(o, i)| (a, o, i)))
            .collect();
        found.sort_by_key(|(a, _, _)| a.year);
        let (_, last_o, last_i) = *found.last()?;
        let mut rows = Vec::new();
        let mut targets = Vec::new();
        let mut realised = Vec::new();
        let numeric = !matches!(last_i.target, crate::model::Value::Grade(_));
        for (a, _, i) in &found {
            let fig = self
                .figures
                .get(&(a.unit.clone(), a.year))
                .and_then(|f| f.indicators.iter().find(|(k, _)| *k == key));
            let Some((_, y)) = fig else { continue };
            rows.push(HistoryRow {
                year: a.year,
                href: format!(
                    "{}#{}",
                    paths::unit_year(&a.unit, a.year),
                    paths::indicator_anchor(objective, indicator)
                ),
                target: match y.basis {
                    Some(compute::Basis::QuarterTarget(q)) => y.quarters[usize::from(q - 1)]
                        .target_to_date
                        .as_ref()
                        .map_or_else(
                            || format::value(&i.target, self.lang),
                            |t| {
                                format!(
                                    "{} ({} {})",
                                    format::value(t, self.lang),
                                    self.t.get(Label::up_to),
                                    self.quarter_label(q)
                                )
                            },
                        ),
                    _ => format::value(&i.target, self.lang),
                },
                annual_target: format::value(&i.target, self.lang),
                realised: y
                    .realised
                    .as_ref()
                    .map_or_else(|| "–".into(), |v| format::value(v, self.lang)),
                as_of: y.as_of_quarter.map_or_else(String::new, |q| {
                    format!(
                        "{} {} {}",
                        self.t.get(Label::up_to),
                        self.t.get(Label::tw),
                        format::roman(q)
                    )
                }),
                achievement: self.verdict(y.current(), y.status, y.basis),
            });
            let num = |v: Option<&crate::model::Value>| match v {
                Some(crate::model::Value::Number(n)) => Some(*n),
                Some(crate::model::Value::Range { low, high }) => Some((low + high) / 2.0),
                _ => None,
            };
            targets.push(num(Some(&i.target)));
            realised.push(num(y.realised.as_ref()));
        }
        let chart = (numeric && rows.len() > 1).then(|| {
            let labels: Vec<String> = rows.iter().map(|r| r.year.to_string()).collect();
            charts::trend(
                "tren",
                &format!(
                    "{}: {} {}",
                    key,
                    self.t.get(Label::history),
                    truncate(&last_i.name, 40)
                ),
                &format!(
                    "{} {} {}, {}",
                    self.t.get(Label::target),
                    self.t.get(Label::realisation).to_lowercase(),
                    last_i.name,
                    labels.join(", ")
                ),
                &labels,
                &targets,
                &realised,
                (self.t.get(Label::target), self.t.get(Label::realisation)),
                self.lang,
            )
        });
        let mut supports = Vec::new();
        for (a, o, i) in &found {
            for l in [&o.supports, &i.supports].into_iter().flatten() {
                supports.push(self.link_to(l, a.year));
            }
        }
        let mut supported_by = Vec::new();
        for a in self.site.linked_from(&unit.id) {
            let Some(u) = self.site.unit(&a.unit) else {
                continue;
            };
            for o in &a.objectives {
                let points_here = |l: &Option<CascadeLink>| {
                    l.as_ref().is_some_and(|l| {
                        l.unit == unit.id
                            && l.objective == objective
                            && l.indicator.as_deref().is_none_or(|x| x == indicator)
                    })
                };
                if points_here(&o.supports) {
                    supported_by.push(Link {
                        label: format!("{} {} {}", u.short_name, o.id, o.name),
                        href: format!(
                            "{}#{}",
                            paths::unit_year(&a.unit, a.year),
                            paths::objective_anchor(&o.id)
                        ),
                        note: Some(a.year.to_string()),
                    });
                }
                for i in &o.indicators {
                    if points_here(&i.supports) {
                        supported_by.push(Link {
                            label: format!("{} {} {}", u.short_name, i.key, i.name),
                            href: paths::indicator(&a.unit, &o.id, &i.id),
                            note: Some(a.year.to_string()),
                        });
                    }
                }
            }
        }
        Some(IndicatorView {
            unit: self.unit_ref(unit),
            key,
            name: last_i.name.clone(),
            objective: last_o.name.clone(),
            measure: self.measure(&last_i.measure),
            definition: last_i.definition.clone(),
            formula: last_i.formula.clone(),
            data_source: last_i.data_source.clone(),
            responsible: last_i.responsible.clone(),
            iku: last_i.iku,
            polarity: match last_i.polarity {
                Polarity::Positive => self.t.get(Label::polarity_positive).into(),
                Polarity::Negative => self.t.get(Label::polarity_negative).into(),
            },
            rollup: match last_i.rollup {
                crate::model::Rollup::Last => self.t.get(Label::rollup_last).into(),
                crate::model::Rollup::Cumulative => self.t.get(Label::rollup_cumulative).into(),
            },
            rows,
            chart,
            supports,
            supported_by,
        })
    }

    /// The performance tree of `year`.
    pub fn tree(&self, year: i32) -> TreeView {
        let agreements: Vec<&Agreement> = self
            .site
            .agreements
            .iter()
            .filter(|a| a.year == year)
            .collect();
        let mut items = Vec::new();
        let mut placed: std::collections::BTreeSet<(String, String)> =
            std::collections::BTreeSet::new();
        // Roots: objectives that support nothing, of units at the top of the tree first.
        let mut roots: Vec<(&Agreement, &crate::model::Objective)> = Vec::new();
        for a in &agreements {
            for o in &a.objectives {
                let linked =
                    o.supports.is_some() || o.indicators.iter().any(|i| i.supports.is_some());
                if !linked && self.site.unit(&a.unit).is_some_and(|u| u.parent.is_none()) {
                    roots.push((a, o));
                }
            }
        }
        for (a, o) in &roots {
            self.tree_objective(&agreements, a, o, &mut items, &mut placed, 0);
        }
        let mut unlinked = Vec::new();
        for a in &agreements {
            for o in &a.objectives {
                if !placed.contains(&(a.unit.clone(), o.id.clone())) {
                    let mut sub = Vec::new();
                    self.tree_objective(&agreements, a, o, &mut sub, &mut placed, 0);
                    unlinked.extend(sub);
                }
            }
        }
        TreeView {
            year,
            items,
            unlinked,
            years: self.site_years(paths::tree),
        }
    }

    fn tree_objective(
        &self,
        agreements: &[&Agreement],
        a: &Agreement,
        o: &crate::model::Objective,
        out: &mut Vec<TreeItem>,
        placed: &mut std::collections::BTreeSet<(String, String)>,
        depth: usize,
    ) {
        if depth > 32 || !placed.insert((a.unit.clone(), o.id.clone())) {
            return;
        }
        let unit = self
            .site
            .unit(&a.unit)
            .map_or_else(|| a.unit.clone(), |u| u.short_name.clone());
        let fig = self.figures.get(&(a.unit.clone(), a.year));
        let current = |key: &str| {
            fig.and_then(|f| f.indicators.iter().find(|(k, _)| k == key))
                .and_then(|(_, y)| y.current())
        };
        let mean = Mean::of(o.indicators.iter().map(|i| current(&i.key)));
        let start = out.len();
        out.push(TreeItem {
            kind: "objective",
            unit: unit.clone(),
            label: o.name.clone(),
            key: o.id.clone(),
            href: format!(
                "{}#{}",
                paths::unit_year(&a.unit, a.year),
                paths::objective_anchor(&o.id)
            ),
            achievement: self.mean_view(mean),
            open: false,
            close: 0,
        });
        // Children of the objective: its indicators, then lower objectives linked to the objective itself.
        let before = out.len();
        for i in &o.indicators {
            let idx = out.len();
            out.push(TreeItem {
                kind: "indicator",
                unit: unit.clone(),
                label: i.name.clone(),
                key: i.key.clone(),
                href: paths::indicator(&a.unit, &o.id, &i.id),
                achievement: fig
                    .and_then(|f| f.indicators.iter().find(|(k, _)| *k == i.key))
                    .map_or_else(
                        || self.mean_view(Mean::default()),
                        |(_, y)| self.verdict(y.current(), y.status, y.basis),
                    ),
                open: false,
                close: 0,
            });
            let inner = out.len();
            for b in agreements {
                for lo in &b.objectives {
                    let to_this = |l: &Option<CascadeLink>| {
                        l.as_ref().is_some_and(|l| {
                            l.unit == a.unit
                                && l.objective == o.id
                                && l.indicator.as_deref() == Some(i.id.as_str())
                        })
                    };
                    if to_this(&lo.supports)
                        || lo
                            .indicators
                            .iter()
                            .any(|li| to_this(&li.supports) && lo.supports.is_none())
                    {
                        self.tree_objective(agreements, b, lo, out, placed, depth + 1);
                    }
                }
            }
            if out.len() > inner {
                out[idx].open = true;
                if let Some(last) = out.last_mut() {
                    last.close += 1;
                }
            }
        }
        for b in agreements {
            for lo in &b.objectives {
                let to_objective = lo.supports.as_ref().is_some_and(|l| {
                    l.unit == a.unit && l.objective == o.id && l.indicator.is_none()
                });
                if to_objective {
                    self.tree_objective(agreements, b, lo, out, placed, depth + 1);
                }
            }
        }
        if out.len() > before {
            out[start].open = true;
            if let Some(last) = out.last_mut() {
                last.close += 1;
            }
        }
    }

    /// The methodology page.
    pub fn methodology(&self) -> MethodologyView {
        let s = &self.site.settings;
        let negatives: Vec<NegativeFormula> = self
            .site
            .agreements
            .iter()
            .flat_map(|a| a.indicators().map(|(_, i)| i))
            .filter(|i| i.polarity == Polarity::Negative)
            .map(|i| i.negative_formula)
            .collect();
        let rows: Vec<UnitRow> = Vec::new();
        let periodicity = |p: crate::model::Periodicity| {
            self.site
                .agreements
                .iter()
                .flat_map(|a| a.indicators())
                .filter(|(_, i)| i.periodicity == p)
                .count()
        };
        MethodologyView {
            ceiling: format::percent(s.achievement_ceiling, self.lang),
            semesterly: periodicity(crate::model::Periodicity::Semester),
            yearly: periodicity(crate::model::Periodicity::Annual),
            nested_budgets: self
                .figures
                .values()
                .filter(|f| f.budget.nodes.iter().any(|n| !n.top))
                .count(),
            incomplete_budgets: self.figures.values().filter(|f| !f.budget.complete).count(),

            bands: self
                .bands(&rows)
                .into_iter()
                .map(|b| MethodBand {
                    label: b.label,
                    colour: b.colour,
                    range: b.range,
                })
                .collect(),
            exceeded: s.exceeded_label.clone(),
            negative_default: match s.negative_formula {
                NegativeFormula::Linear => "(2T − R) / T × 100".into(),
                NegativeFormula::Inverse => "T / R × 100".into(),
            },
            negative_overrides: negatives
                .iter()
                .filter(|f| **f != s.negative_formula)
                .count(),
            negative_count: negatives.len(),
            predicates: s
                .predicates
                .iter()
                .map(|p| SakipRow {
                    year: 0,
                    score: format!("> {}", format::number(p.above, 2, self.lang)),
                    predicate: p.grade.clone(),
                    label: p.label.clone(),
                })
                .collect(),
            scales: s
                .grade_scales
                .iter()
                .map(|g| {
                    let grades: Vec<String> = g
                        .grades
                        .iter()
                        .enumerate()
                        .map(|(i, x)| format!("{x} = {}", i + 1))
                        .collect();
                    (g.name.clone(), grades.join(", "))
                })
                .collect(),
        }
    }
}

/// The level word of a unit (used by the units index).
pub fn unit_level(u: &Unit, ctx: &Ctx<'_>) -> String {
    level_word(u.level, ctx.lang).to_string()
}
