//! An indicator's history across the years.

use super::*;

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

impl Ctx<'_> {
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
}
