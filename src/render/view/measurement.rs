//! What an agreement takes from the five-year plan and from elsewhere: the
//! plan indicator an indicator implements, the amendment (*PK Perubahan*),
//! the benchmark, and the LKjIP measurement table that puts them side by
//! side with last year's realisation.

use super::*;

/// The plan indicator an agreement indicator implements, as shown.
#[derive(Debug, Clone, Serialize)]
pub struct PlanNote {
    /// `Renstra Dinas Kesehatan 2025–2029, S2/IK1`.
    pub label: String,
    /// The plan indicator's page.
    pub href: String,
    /// The plan's target for the agreement's year, or "–".
    pub target: String,
    /// The end-of-period target and its year.
    pub end_target: String,
    /// When the agreement's signed target differs from the plan's: the
    /// reason recorded, or that none was.
    pub differs: Option<String>,
}

/// One row of the LKjIP measurement table (*Tabel Pengukuran Kinerja*).
#[derive(Debug, Clone, Serialize)]
pub struct MeasurementRow {
    /// `S1/IK1`.
    pub key: String,
    /// Name.
    pub name: String,
    /// The indicator's anchor on the page.
    pub anchor: String,
    /// Unit of measure.
    pub measure: String,
    /// Last year's realisation (of the same indicator, or of the same plan
    /// indicator), or "–".
    pub realised_last_year: String,
    /// This year's target (revised when amended).
    pub target: String,
    /// This year's realisation so far.
    pub realised: String,
    /// Against the annual target.
    pub achievement: AchievementView,
    /// The plan's target for the year, or "–".
    pub plan_target: String,
    /// The plan's end-of-period target, or "–".
    pub end_target: String,
    /// This year's realisation against the end target.
    pub against_end: AchievementView,
    /// The benchmark, or "–".
    pub benchmark: String,
}

impl Ctx<'_> {
    /// The plan note of `ind` of agreement `a`, if it implements a plan indicator.
    pub(crate) fn plan_note(&self, a: &Agreement, ind: &Indicator) -> Option<PlanNote> {
        let link = ind.plan.as_ref()?;
        let (plan, p) = self.site.plan_indicator(link)?;
        let planned = p.target(a.year);
        let signed = ind.signed_target.as_ref().unwrap_or(&ind.target);
        let differs = planned.filter(|t| *t != signed).map(|_| {
            format!(
                "{} ({}): {}",
                self.t.get(Label::plan_differs),
                format::value(signed, self.lang),
                ind.plan_difference
                    .clone()
                    .unwrap_or_else(|| self.t.get(Label::no_reason_given).to_string())
            )
        });
        Some(PlanNote {
            label: format!("{}, {}", self.plan_ref(plan).label, p.key),
            href: paths::plan_indicator(&plan.unit, plan.from, plan.to, &p.key),
            target: self.value(planned),
            end_target: p.end_target.as_ref().map_or_else(
                || "–".to_string(),
                |v| format!("{} ({})", format::value(v, self.lang), plan.to),
            ),
            differs,
        })
    }

    /// The amendment of `a` in words: date, reason and which target the
    /// achievements use.
    pub(crate) fn amendment_text(&self, a: &Agreement) -> Option<String> {
        let m = a.amendment.as_ref()?;
        Some(format!(
            "{} {} {}: {}. {}",
            self.t.get(Label::amendment),
            self.t.get(Label::amended_on),
            format::date(m.date, self.lang),
            m.reason,
            self.t.get(Label::amendment_basis)
        ))
    }

    /// The benchmark of `ind` in words.
    pub(crate) fn benchmark_text(&self, ind: &Indicator) -> Option<String> {
        let b = ind.benchmark.as_ref()?;
        Some(format!(
            "{} {} ({}{})",
            format::value(&b.value, self.lang),
            self.measure(&ind.measure),
            b.source,
            b.year.map_or_else(String::new, |y| format!(", {y}"))
        ))
    }

    /// The LKjIP measurement table of agreement `a`, one row per indicator.
    pub(crate) fn measurement(&self, a: &Agreement, fig: &AgreementFigures) -> Vec<MeasurementRow> {
        let previous = self.site.agreement(&a.unit, a.year - 1);
        a.indicators()
            .filter_map(|(o, ind)| {
                let (_, year) = fig.indicators.iter().find(|(k, _)| *k == ind.key)?;
                let last = previous.and_then(|p| {
                    let (_, before) = p.indicator(&ind.key).or_else(|| {
                        p.indicators()
                            .find(|(_, x)| x.plan.is_some() && x.plan == ind.plan)
                    })?;
                    let f = self.figures(&p.unit, p.year)?;
                    let (_, y) = f.indicators.iter().find(|(k, _)| *k == before.key)?;
                    Some(self.realised_text(y))
                });
                let plan = ind.plan.as_ref().and_then(|l| self.site.plan_indicator(l));
                let against_end = plan
                    .and_then(|(_, p)| p.end_target.as_ref())
                    .zip(year.realised.as_ref())
                    .map(|(e, r)| compute::achievement(e, r, ind.polarity, ind.negative_formula));
                let mut end = self.verdict(against_end, Status::NotMeasured, None);
                end.status = String::new();
                if against_end.is_none() {
                    end.text = "–".into();
                }
                let target = match &ind.signed_target {
                    Some(signed) => format!(
                        "{} ({}: {})",
                        format::value(&ind.target, self.lang),
                        self.t.get(Label::signed_short),
                        format::value(signed, self.lang)
                    ),
                    None => format::value(&ind.target, self.lang),
                };
                Some(MeasurementRow {
                    key: ind.key.clone(),
                    name: ind.name.clone(),
                    anchor: paths::indicator_anchor(&o.id, &ind.id),
                    measure: self.measure(&ind.measure),
                    realised_last_year: last.unwrap_or_else(|| "–".into()),
                    target,
                    realised: self.realised_text(year),
                    achievement: self.verdict(
                        year.achievement,
                        year.annual_status,
                        year.as_of_quarter
                            .filter(|_| year.achievement.is_some())
                            .map(Basis::Annual),
                    ),
                    plan_target: match plan {
                        Some((_, p)) => self.value(p.target(a.year)),
                        None => self.t.get(Label::no_plan).to_string(),
                    },
                    end_target: plan
                        .and_then(|(pl, p)| {
                            p.end_target
                                .as_ref()
                                .map(|v| format!("{} ({})", format::value(v, self.lang), pl.to))
                        })
                        .unwrap_or_else(|| "–".into()),
                    against_end: end,
                    benchmark: self.benchmark_text(ind).unwrap_or_else(|| "–".into()),
                })
            })
            .collect()
    }

    /// A year's realisation so far, saying up to which quarter when the
    /// year is not over.
    fn realised_text(&self, y: &IndicatorYear) -> String {
        self.realised_so_far(y.realised.as_ref(), y.closed, y.as_of_quarter)
    }

    /// A realisation as shown: with "(s.d. TW n)" while its year is not over.
    pub(crate) fn realised_so_far(
        &self,
        realised: Option<&Value>,
        closed: bool,
        as_of: Option<u8>,
    ) -> String {
        match (realised, closed, as_of) {
            (None, _, _) => "–".into(),
            (Some(v), true, _) | (Some(v), false, None) => format::value(v, self.lang),
            (Some(v), false, Some(q)) => format!(
                "{} ({} {})",
                format::value(v, self.lang),
                self.t.get(Label::up_to),
                self.quarter_label(q)
            ),
        }
    }
}
