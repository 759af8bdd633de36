//! One indicator on the unit-year page: its targets, quarters, evidence,
//! flags and chart.

use super::*;

impl Ctx<'_> {
    pub(crate) fn indicator_block(
        &self,
        a: &Agreement,
        objective: &str,
        objective_id: &str,
        ind: &Indicator,
        year: &IndicatorYear,
    ) -> IndicatorBlock {
        let lang = self.lang;
        let quarters: Vec<QuarterRow> = year
            .quarters
            .iter()
            .map(|q| {
                let report = a.reports[usize::from(q.quarter - 1)]
                    .as_ref()
                    .and_then(|r| r.indicators.get(&ind.key));
                let revision = report.filter(|r| !r.revisions.is_empty()).map(|r| {
                    let earlier: Vec<String> = r
                        .revisions
                        .iter()
                        .map(|rev| {
                            format!(
                                "{} ({} {}{})",
                                self.observation(Some(&rev.value)),
                                self.t.get(Label::published),
                                format::date(rev.published_on, lang),
                                rev.note
                                    .as_ref()
                                    .map_or_else(String::new, |n| format!("; {n}"))
                            )
                        })
                        .collect();
                    format!(
                        "{}{}; {} {}",
                        self.t.get(Label::revised),
                        r.revised_on
                            .map_or_else(String::new, |d| format!(" {}", format::date(d, lang))),
                        self.t.get(Label::previously),
                        earlier.join(", ")
                    )
                });
                QuarterRow {
                    revision,
                    label: self.quarter_label(q.quarter),
                    target: self.value(q.target.as_ref()),
                    realised: match (&q.realised, q.status) {
                        (Some(Observation::Measured(_)), _) | (Some(_), Status::NotCarriedOut) => {
                            self.observation(q.realised.as_ref())
                        }
                        (_, Status::NotDue(_) | Status::NotCarriedOut) => {
                            self.status_word(q.status, None)
                        }
                        _ if a.reports[usize::from(q.quarter - 1)].is_some() => {
                            self.t.get(Label::not_measured).into()
                        }
                        _ => "–".into(),
                    },
                    to_date: (ind.rollup == Rollup::Cumulative)
                        .then(|| self.value(q.realised_to_date.as_ref())),
                    against_quarter: {
                        let mut v = self.verdict(q.current(), q.status, q.basis);
                        if q.status.is_unmeasured()
                            && let Some(e) = report.and_then(|r| r.explanation.clone())
                        {
                            v.note = Some(e);
                        }
                        if q.against_quarter.is_none() && q.against_annual.is_some() {
                            // No quarterly target: the verdict is against the annual
                            // target, shown in its own column.
                            v.text = "–".into();
                            v.percent = None;
                        }
                        v
                    },
                    against_annual: self.verdict(
                        q.against_annual,
                        q.annual_status,
                        q.against_annual.map(|_| Basis::Annual(q.quarter)),
                    ),
                    inputs: report.and_then(|r| r.inputs).map(|i| {
                        format!(
                            "{} ÷ {}",
                            format::given(i.numerator, lang),
                            format::given(i.denominator, lang)
                        )
                    }),
                    official: report
                        .and_then(|r| r.official_achievement)
                        .map(|o| format::percent(o, lang)),
                    explanation: report.and_then(|r| r.explanation.clone()),
                    obstacles: report.and_then(|r| r.obstacles.clone()),
                    follow_up: report.and_then(|r| r.follow_up.clone()),
                    evidence: report
                        .map(|r| {
                            r.evidence
                                .iter()
                                .map(|e| {
                                    let local = !(e.url.starts_with("http://")
                                        || e.url.starts_with("https://"));
                                    EvidenceView {
                                        title: e.title.clone(),
                                        url: if local {
                                            e.url.trim_start_matches('/').to_string()
                                        } else {
                                            e.url.clone()
                                        },
                                        local,
                                    }
                                })
                                .collect()
                        })
                        .unwrap_or_default(),
                }
            })
            .collect();
        let has_numbers = !matches!(ind.target, Value::Grade(_));
        let chart = has_numbers.then(|| {
            let anchor = paths::indicator_anchor(objective_id, &ind.id);
            let bars: Vec<Option<f64>> = year
                .quarters
                .iter()
                .map(|q| scalar(q.realised_to_date.as_ref()))
                .collect();
            let quarterly: Vec<Option<f64>> = year
                .quarters
                .iter()
                .map(|q| scalar(q.target_to_date.as_ref()))
                .collect();
            // Without quarterly targets the chart still draws the target it is
            // titled with: the annual one, on every quarter.
            let (line, line_name) = if quarterly.iter().any(Option::is_some) {
                (quarterly, self.t.get(Label::target).to_string())
            } else {
                (
                    vec![scalar(Some(&ind.target)); 4],
                    self.t.get(Label::annual_target).to_string(),
                )
            };
            charts::bars(
                &format!("grafik-{anchor}"),
                &format!(
                    "{}: {} {}",
                    ind.key,
                    self.t.get(Label::target),
                    self.t.get(Label::realisation).to_lowercase()
                ),
                &format!(
                    "{} {} ({}) {} {}, {} {}",
                    self.t.get(Label::target),
                    self.t.get(Label::realisation).to_lowercase(),
                    self.measure(&ind.measure),
                    ind.name,
                    a.year,
                    self.t.get(Label::quarter).to_lowercase(),
                    "I–IV"
                ),
                &Bars {
                    labels: (1..=4).map(|q| self.quarter_label(q)).collect(),
                    bars,
                    bar_name: self.t.get(Label::realisation).to_string(),
                    line: line
                        .iter()
                        .any(Option::is_some)
                        .then_some((line, line_name)),
                    reference: None,
                    reference_name: None,
                    unit: "".to_string(),
                    notes: year
                        .quarters
                        .iter()
                        .map(|q| {
                            q.realised_to_date
                                .is_none()
                                .then(|| self.status_word(q.status, None))
                        })
                        .collect(),
                },
                lang,
            )
        });
        let has_notes = quarters.iter().any(|q| {
            q.explanation.is_some()
                || q.obstacles.is_some()
                || q.follow_up.is_some()
                || !q.evidence.is_empty()
                || q.revision.is_some()
        });
        IndicatorBlock {
            has_notes,
            anchor: paths::indicator_anchor(objective_id, &ind.id),
            key: ind.key.clone(),
            href: paths::indicator(&a.unit, objective_id, &ind.id),
            objective: objective.to_string(),
            name: ind.name.clone(),
            measure: self.measure(&ind.measure),
            polarity: polarity_text(self, ind),
            rollup: rollup_text(self, ind),
            target: format::value(&ind.target, lang),
            iku: ind.iku,
            quarters,
            year_realised: self.value(year.realised.as_ref()),
            as_of: year.as_of_quarter.map_or_else(String::new, |q| {
                format!("{} {}", self.t.get(Label::up_to), self.quarter_label(q))
            }),
            achievement: {
                let mut v = self.verdict(year.current(), year.status, year.basis);
                v.flags = year.flags.iter().map(|f| self.flag_text(f)).collect();
                if year.status.is_unmeasured() {
                    v.note = latest_explanation(a, ind);
                }
                v
            },
            annual: self.verdict(
                year.achievement,
                year.annual_status,
                year.as_of_quarter
                    .filter(|_| year.achievement.is_some())
                    .map(Basis::Annual),
            ),
            chart,
            periodicity: match ind.periodicity {
                Periodicity::Quarterly => None,
                Periodicity::Semester => Some(self.t.get(Label::status_semester).into()),
                Periodicity::Annual => Some(self.t.get(Label::status_annual).into()),
            },
            flags: year.flags.iter().map(|f| self.flag_text(f)).collect(),
            plan: self.plan_note(a, ind),
            signed_target: ind
                .signed_target
                .as_ref()
                .map(|v| format!("{} {}", format::value(v, lang), self.measure(&ind.measure))),
            benchmark: self.benchmark_text(ind),
        }
    }
}

/// The explanation of the latest report of `ind`, for a figure not yet measured.
pub(crate) fn latest_explanation(a: &Agreement, ind: &Indicator) -> Option<String> {
    a.reports
        .iter()
        .rev()
        .flatten()
        .find_map(|r| r.indicators.get(&ind.key))
        .and_then(|r| r.explanation.clone())
}
