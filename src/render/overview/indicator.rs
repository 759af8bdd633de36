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
    /// Every recorded change to a published figure of the indicator, newest
    /// first: corrected realisations and targets changed by a PK Perubahan.
    pub revisions: Vec<RevisionRow>,
    /// What it supports above.
    pub supports: Vec<Link>,
    /// What supports it below.
    pub supported_by: Vec<Link>,
}

/// One recorded change to a published figure.
#[derive(Debug, Clone, Serialize)]
pub struct RevisionRow {
    /// When the new figure was published (or the amendment signed), as shown.
    pub date: String,
    /// What changed: `Realisasi TW II 2025`, `Target 2026 (PK Perubahan)`.
    pub what: String,
    /// The figure before.
    pub before: String,
    /// The figure after (the one the site uses now, or the next correction).
    pub after: String,
    /// Why, as the content gives it.
    pub note: String,
    /// The unit-year page where the figure stands.
    pub href: String,
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
        let revisions = self.revisions(&found, objective, indicator);
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
            revisions,
            supports,
            supported_by,
        })
    }

    /// The indicator's recorded revisions across `found` years, newest first.
    fn revisions(
        &self,
        found: &[(
            &Agreement,
            &crate::model::Objective,
            &crate::model::Indicator,
        )],
        objective: &str,
        indicator: &str,
    ) -> Vec<RevisionRow> {
        let lang = self.lang;
        let mut out: Vec<(crate::model::Date, RevisionRow)> = Vec::new();
        for (a, _, i) in found {
            let href = format!(
                "{}#{}",
                paths::unit_year(&a.unit, a.year),
                paths::indicator_anchor(objective, indicator)
            );
            if let (Some(signed), Some(amendment)) = (&i.signed_target, &a.amendment) {
                out.push((
                    amendment.date,
                    RevisionRow {
                        date: format::date(amendment.date, lang),
                        what: format!("{} {}", self.t.get(Label::revised_target), a.year),
                        before: format::value(signed, lang),
                        after: format::value(&i.target, lang),
                        note: amendment.reason.clone(),
                        href: href.clone(),
                    },
                ));
            }
            for (q, report) in a.reports.iter().enumerate() {
                let Some(r) = report.as_ref().and_then(|r| r.indicators.get(&i.key)) else {
                    continue;
                };
                let quarter = u8::try_from(q + 1).unwrap_or(4);
                let what = format!(
                    "{} {} {}",
                    self.t.get(Label::realisation),
                    self.quarter_label(quarter),
                    a.year
                );
                // Each earlier value was replaced by the next one, the last by
                // the value published now.
                for (k, rev) in r.revisions.iter().enumerate() {
                    let (after, replaced_on) = match r.revisions.get(k + 1) {
                        Some(next) => {
                            (self.observation(Some(&next.value)), Some(next.published_on))
                        }
                        None => (self.observation(Some(&r.value)), r.revised_on),
                    };
                    out.push((
                        replaced_on.unwrap_or(rev.published_on),
                        RevisionRow {
                            date: replaced_on.map_or_else(
                                || self.t.get(Label::date_not_stated).to_string(),
                                |d| format::date(d, lang),
                            ),
                            what: what.clone(),
                            before: format!(
                                "{} ({} {})",
                                self.observation(Some(&rev.value)),
                                self.t.get(Label::published),
                                format::date(rev.published_on, lang)
                            ),
                            after,
                            note: rev.note.clone().unwrap_or_default(),
                            href: href.clone(),
                        },
                    ));
                }
            }
        }
        out.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.what.cmp(&b.1.what)));
        out.into_iter().map(|(_, r)| r).collect()
    }
}
