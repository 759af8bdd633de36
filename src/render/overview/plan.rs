//! Five-year plans: the list of plans, a plan's page (goals, objectives,
//! indicators with their progress, programmes with indicative budgets) and
//! one page per plan indicator.

use super::*;
use crate::compute::{PlanFigures, Progress, Unassessable};
use crate::model::{BudgetLevel, Plan, PlanIndicator, PlanKind, PlanPlace, Value};

/// A plan in lists and links.
#[derive(Debug, Clone, Serialize)]
pub struct PlanRef {
    /// `Renstra Dinas Kesehatan 2025–2029`.
    pub label: String,
    /// `RPJMD` or `Renstra`.
    pub kind: String,
    /// `2025–2029`.
    pub period: String,
    /// Path of the plan's page.
    pub href: String,
}

/// The progress status of a plan indicator, as shown.
#[derive(Debug, Clone, Serialize)]
pub struct ProgressView {
    /// The status word (`Akan tercapai`).
    pub word: String,
    /// Machine word, also a CSS class (`akan-tercapai`).
    pub code: String,
    /// What it is measured against, or why there is none.
    pub basis: String,
}

/// A plan indicator in a plan's tables.
#[derive(Debug, Clone, Serialize)]
pub struct PlanIndicatorRow {
    /// `S1/IK1`.
    pub key: String,
    /// Name.
    pub name: String,
    /// Its page.
    pub href: String,
    /// Unit of measure.
    pub measure: String,
    /// `146,65 (2024)`, or "tidak tercantum".
    pub baseline: String,
    /// The end-of-period target.
    pub end_target: String,
    /// The target per year of the period, in order.
    pub targets: Vec<String>,
    /// The latest final realisation and its year (`128,17 (2025)`), or "–".
    pub latest: String,
    /// That realisation against the end target.
    pub against_end: AchievementView,
    /// Progress toward the end target.
    pub progress: ProgressView,
}

/// An objective of a plan.
#[derive(Debug, Clone, Serialize)]
pub struct PlanObjectiveView {
    /// Id.
    pub id: String,
    /// Statement.
    pub name: String,
    /// Its indicators.
    pub indicators: Vec<PlanIndicatorRow>,
}

/// A goal of a plan.
#[derive(Debug, Clone, Serialize)]
pub struct PlanGoalView {
    /// Id.
    pub id: String,
    /// Statement.
    pub name: String,
    /// Goal indicators.
    pub indicators: Vec<PlanIndicatorRow>,
    /// Objectives.
    pub objectives: Vec<PlanObjectiveView>,
}

/// A programme, kegiatan or sub kegiatan of a plan.
#[derive(Debug, Clone, Serialize)]
pub struct ProgrammeView {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// `Program`, `Kegiatan`, `Sub kegiatan`.
    pub level: String,
    /// 0 for a programme, 1 for a kegiatan, 2 for a sub kegiatan.
    pub depth: usize,
    /// The plan objectives it serves.
    pub objectives: String,
    /// Its indicators.
    pub indicators: Vec<PlanIndicatorRow>,
    /// Indicative budget per year of the period (`–` where not given).
    pub budget: Vec<String>,
    /// Sum over the years given.
    pub total: String,
}

/// A plan's page.
#[derive(Debug, Clone, Serialize)]
pub struct PlanView {
    /// The unit.
    pub unit: UnitRef,
    /// The plan as a link.
    pub plan: PlanRef,
    /// The document's title.
    pub title: String,
    /// The regulation that adopted it, or "tidak tercantum".
    pub legal_basis: String,
    /// Years of the period.
    pub years: Vec<i32>,
    /// Goals with their objectives and indicators.
    pub goals: Vec<PlanGoalView>,
    /// Programmes, kegiatan and sub kegiatan.
    pub programmes: Vec<ProgrammeView>,
    /// Indicative budget per year, of the top level present.
    pub budget_totals: Vec<String>,
    /// Indicators by progress status (`2 akan tercapai, 1 sulit tercapai`).
    pub progress_counts: String,
    /// Narrative, as HTML.
    pub narrative: Option<String>,
    /// Other plans of the unit.
    pub other_plans: Vec<PlanRef>,
}

/// One year of a plan indicator.
#[derive(Debug, Clone, Serialize)]
pub struct PlanYearRow {
    /// Year.
    pub year: i32,
    /// The plan's target.
    pub target: String,
    /// The target of the agreement that implements it, when it differs.
    pub agreement_target: Option<String>,
    /// Link to the implementing agreement's indicator, with the unit.
    pub implemented_by: Option<Link>,
    /// Realisation (`s.d. TW II` when the year is not over), or "–".
    pub realised: String,
    /// Against the plan's target for the year.
    pub achievement: AchievementView,
}

/// A plan indicator's page.
#[derive(Debug, Clone, Serialize)]
pub struct PlanIndicatorView {
    /// The unit.
    pub unit: UnitRef,
    /// The plan.
    pub plan: PlanRef,
    /// `S1/IK1`.
    pub key: String,
    /// Name.
    pub name: String,
    /// What it measures: `Sasaran S1 Meningkatnya …`.
    pub place: String,
    /// Unit of measure.
    pub measure: String,
    /// Polarity words.
    pub polarity: String,
    /// Definition.
    pub definition: Option<String>,
    /// Formula.
    pub formula: Option<String>,
    /// Data source.
    pub data_source: Option<String>,
    /// Baseline with its year.
    pub baseline: String,
    /// End-of-period target.
    pub end_target: String,
    /// One row per year of the period.
    pub rows: Vec<PlanYearRow>,
    /// The latest final realisation and its year.
    pub latest: String,
    /// That realisation against the end target.
    pub against_end: AchievementView,
    /// Progress toward the end target.
    pub progress: ProgressView,
    /// Whether any agreement implements it.
    pub implemented: bool,
    /// Baseline, targets and realisations.
    pub chart: Option<Chart>,
}

/// The list of plans.
#[derive(Debug, Clone, Serialize)]
pub struct PlansView {
    /// Every plan, the RPJMD first.
    pub plans: Vec<PlanListRow>,
}

/// A plan in the list of plans.
#[derive(Debug, Clone, Serialize)]
pub struct PlanListRow {
    /// The plan.
    pub plan: PlanRef,
    /// Whose plan it is.
    pub unit: UnitRef,
    /// The regulation that adopted it, or "tidak tercantum".
    pub legal_basis: String,
}

impl Ctx<'_> {
    /// A plan as a link.
    pub fn plan_ref(&self, plan: &Plan) -> PlanRef {
        let kind = self.plan_kind(plan.kind).to_string();
        let unit = self
            .site
            .unit(&plan.unit)
            .map_or_else(|| plan.unit.clone(), |u| u.name.clone());
        PlanRef {
            label: plan
                .title
                .clone()
                .unwrap_or_else(|| format!("{kind} {unit} {}", plan.period())),
            kind,
            period: plan.period(),
            href: paths::plan(&plan.unit, plan.from, plan.to),
        }
    }

    pub(crate) fn plan_kind(&self, kind: PlanKind) -> &str {
        match kind {
            PlanKind::Rpjmd => self.t.get(Label::rpjmd),
            PlanKind::Renstra => self.t.get(Label::renstra),
        }
    }

    /// The progress status as shown.
    pub fn progress_view(&self, p: Progress) -> ProgressView {
        let word = match p {
            Progress::Achieved { .. } => Label::progress_achieved,
            Progress::OnCourse { .. } => Label::progress_on_course,
            Progress::NeedsEffort { .. } => Label::progress_needs_effort,
            Progress::OffCourse { .. } => Label::progress_off_course,
            Progress::NotAssessable(_) => Label::progress_unassessable,
        };
        let basis = match p {
            Progress::Achieved { year } => self
                .t
                .get(Label::progress_basis_end)
                .replace("{year}", &year.to_string()),
            Progress::OnCourse { year, .. }
            | Progress::NeedsEffort { year, .. }
            | Progress::OffCourse { year, .. } => self
                .t
                .get(Label::progress_basis)
                .replace("{year}", &year.to_string()),
            Progress::NotAssessable(why) => self
                .t
                .get(match why {
                    Unassessable::NoFinalYear => Label::progress_no_final_year,
                    Unassessable::NoBaseline => Label::progress_no_baseline,
                    Unassessable::NoTarget => Label::progress_no_target,
                    Unassessable::NotComparable => Label::progress_not_comparable,
                })
                .to_string(),
        };
        ProgressView {
            word: self.t.get(word).to_string(),
            code: p.code().replace('_', "-"),
            basis,
        }
    }

    fn plan_value(&self, v: Option<&Value>) -> String {
        v.map_or_else(
            || self.t.get(Label::not_stated).to_string(),
            |v| format::value(v, self.lang),
        )
    }

    fn baseline_text(&self, i: &PlanIndicator) -> String {
        i.baseline.as_ref().map_or_else(
            || self.t.get(Label::not_stated).to_string(),
            |b| format!("{} ({})", format::value(&b.value, self.lang), b.year),
        )
    }

    fn latest_text(&self, f: &PlanFigures) -> String {
        f.latest.as_ref().map_or_else(
            || "–".to_string(),
            |(y, v)| format!("{} ({y})", format::value(v, self.lang)),
        )
    }

    fn against_end_view(&self, f: &PlanFigures) -> AchievementView {
        match f.against_end {
            Some(a) => {
                let mut v = self.verdict(Some(a), compute::Status::NotMeasured, None);
                v.status = String::new();
                v.status_code = String::new();
                v
            }
            None => AchievementView {
                text: "–".into(),
                ..Default::default()
            },
        }
    }

    fn plan_row(&self, plan: &Plan, i: &PlanIndicator) -> PlanIndicatorRow {
        let f = compute::plan_figures(self.site, self.figures, plan, i);
        PlanIndicatorRow {
            key: i.key.clone(),
            name: i.name.clone(),
            href: paths::plan_indicator(&plan.unit, plan.from, plan.to, &i.key),
            measure: self.measure(&i.measure),
            baseline: self.baseline_text(i),
            end_target: self.plan_value(i.end_target.as_ref()),
            targets: plan
                .years()
                .map(|y| {
                    i.target(y)
                        .map_or_else(|| "–".into(), |v| format::value(v, self.lang))
                })
                .collect(),
            latest: self.latest_text(&f),
            against_end: self.against_end_view(&f),
            progress: self.progress_view(f.progress),
        }
    }

    /// A plan's page.
    pub fn plan_view(&self, plan: &Plan) -> Option<PlanView> {
        let unit = self.site.unit(&plan.unit)?;
        let rows = |list: &[PlanIndicator]| -> Vec<PlanIndicatorRow> {
            list.iter().map(|i| self.plan_row(plan, i)).collect()
        };
        let goals: Vec<PlanGoalView> = plan
            .goals
            .iter()
            .map(|g| PlanGoalView {
                id: g.id.clone(),
                name: g.name.clone(),
                indicators: rows(&g.indicators),
                objectives: g
                    .objectives
                    .iter()
                    .map(|o| PlanObjectiveView {
                        id: o.id.clone(),
                        name: o.name.clone(),
                        indicators: rows(&o.indicators),
                    })
                    .collect(),
            })
            .collect();
        let rupiah =
            |n: Option<i64>| n.map_or_else(|| "–".into(), |n| format::rupiah(n, self.lang));
        let programmes: Vec<ProgrammeView> = plan
            .programmes
            .iter()
            .map(|p| ProgrammeView {
                code: p.code.clone(),
                name: p.name.clone(),
                level: self.t.get(budget_level_label(p.level)).to_string(),
                depth: match p.level {
                    BudgetLevel::Program => 0,
                    BudgetLevel::Kegiatan => 1,
                    BudgetLevel::SubKegiatan => 2,
                },
                objectives: p.objectives.join(", "),
                indicators: rows(&p.indicators),
                budget: plan
                    .years()
                    .map(|y| rupiah(p.budget.get(&y).copied()))
                    .collect(),
                total: rupiah(
                    (!p.budget.is_empty())
                        .then(|| crate::model::rupiah_sum(p.budget.values().copied())),
                ),
            })
            .collect();
        let top = plan.programmes.iter().map(|p| p.level).min();
        let budget_totals = plan
            .years()
            .map(|y| {
                let amounts: Vec<i64> = plan
                    .programmes
                    .iter()
                    .filter(|p| Some(p.level) == top)
                    .filter_map(|p| p.budget.get(&y).copied())
                    .collect();
                rupiah((!amounts.is_empty()).then(|| crate::model::rupiah_sum(amounts)))
            })
            .collect();
        let mut counts: std::collections::BTreeMap<&'static str, (usize, String)> =
            std::collections::BTreeMap::new();
        let order = |code: &str| match code {
            "tercapai" => 0,
            "akan_tercapai" => 1,
            "perlu_usaha_keras" => 2,
            "sulit_tercapai" => 3,
            _ => 4,
        };
        for (_, i) in plan.indicators() {
            let f = compute::plan_figures(self.site, self.figures, plan, i);
            let word = self.progress_view(f.progress).word;
            counts.entry(f.progress.code()).or_insert((0, word)).0 += 1;
        }
        let mut counted: Vec<(&str, (usize, String))> = counts.into_iter().collect();
        counted.sort_by_key(|(code, _)| order(code));
        let progress_counts = counted
            .iter()
            .map(|(_, (n, word))| format!("{n} {}", word.to_lowercase()))
            .collect::<Vec<_>>()
            .join(", ");
        Some(PlanView {
            unit: self.unit_ref(unit),
            plan: self.plan_ref(plan),
            title: self.plan_ref(plan).label,
            legal_basis: plan
                .legal_basis
                .clone()
                .unwrap_or_else(|| self.t.get(Label::not_stated).to_string()),
            years: plan.years().collect(),
            goals,
            programmes,
            budget_totals,
            progress_counts,
            narrative: plan
                .narrative
                .as_ref()
                .map(|n| crate::render::markdown::to_html(n, "", 0)),
            other_plans: self
                .site
                .plans_of(&plan.unit)
                .filter(|p| p.from != plan.from)
                .map(|p| self.plan_ref(p))
                .collect(),
        })
    }

    /// A plan indicator's page.
    pub fn plan_indicator_view(&self, plan: &Plan, key: &str) -> Option<PlanIndicatorView> {
        let unit = self.site.unit(&plan.unit)?;
        let (place, i) = plan.indicator(key)?;
        let f = compute::plan_figures(self.site, self.figures, plan, i);
        let place = match place {
            PlanPlace::Goal(g) => format!("{} {} {}", self.t.get(Label::goal), g.id, g.name),
            PlanPlace::Objective(_, o) => {
                format!("{} {} {}", self.t.get(Label::objective), o.id, o.name)
            }
            PlanPlace::Programme(p) => format!(
                "{} {} {}",
                self.t.get(budget_level_label(p.level)),
                p.code,
                p.name
            ),
        };
        let rows: Vec<PlanYearRow> = f
            .years
            .iter()
            .map(|y| {
                let implemented_by = y.implemented_by.as_ref().and_then(|(u, k)| {
                    let unit = self.site.unit(u)?;
                    let (o, ind) = k.split_once('/')?;
                    Some(Link {
                        label: format!("{} {k}", unit.short_name),
                        href: format!(
                            "{}#{}",
                            paths::unit_year(u, y.year),
                            paths::indicator_anchor(o, ind)
                        ),
                        note: None,
                    })
                });
                let realised = self.realised_so_far(y.realised.as_ref(), y.closed, y.as_of_quarter);
                let status = match y.achievement {
                    Some(a) => compute::Status::of(a, y.closed),
                    None => compute::Status::NotMeasured,
                };
                let mut achievement = self.verdict(y.achievement, status, None);
                if y.implemented_by.is_none() {
                    achievement = AchievementView {
                        text: "–".into(),
                        ..Default::default()
                    };
                }
                PlanYearRow {
                    year: y.year,
                    target: y
                        .target
                        .as_ref()
                        .map_or_else(|| "–".into(), |v| format::value(v, self.lang)),
                    agreement_target: y
                        .agreement_target
                        .as_ref()
                        .filter(|t| Some(*t) != y.target.as_ref())
                        .map(|v| format::value(v, self.lang)),
                    implemented_by,
                    realised,
                    achievement,
                }
            })
            .collect();
        let numeric = |v: Option<&Value>| match v {
            Some(Value::Number(n)) => Some(*n),
            Some(Value::Range { low, high }) => Some((low + high) / 2.0),
            _ => None,
        };
        let has_numbers = i
            .targets
            .values()
            .chain(i.baseline.as_ref().map(|b| &b.value))
            .all(|v| !matches!(v, Value::Grade(_)));
        let chart = has_numbers.then(|| {
            let mut labels = Vec::new();
            let mut bars = Vec::new();
            let mut line = Vec::new();
            let mut notes = Vec::new();
            for y in &f.years {
                labels.push(y.year.to_string());
                bars.push(numeric(y.realised.as_ref()));
                line.push(numeric(y.target.as_ref()));
                notes.push(None);
            }
            let baseline = i.baseline.as_ref().and_then(|b| numeric(Some(&b.value)));
            charts::bars(
                "grafik-rencana",
                &format!(
                    "{key}: {} {}",
                    self.t.get(Label::plan_target).to_lowercase(),
                    self.t.get(Label::realisation).to_lowercase()
                ),
                &format!(
                    "{}, {} {} ({}) {}, {}",
                    self.t.get(Label::baseline),
                    self.t.get(Label::plan_target).to_lowercase(),
                    self.t.get(Label::realisation).to_lowercase(),
                    self.measure(&i.measure),
                    i.name,
                    plan.period()
                ),
                &Bars {
                    labels,
                    bars,
                    bar_name: self.t.get(Label::realisation).to_string(),
                    line: Some((line, self.t.get(Label::target).to_string())),
                    reference: baseline,
                    reference_name: baseline
                        .and(i.baseline.as_ref())
                        .map(|b| format!("{} ({})", self.t.get(Label::baseline), b.year)),
                    unit: String::new(),
                    notes,
                },
                self.lang,
            )
        });
        Some(PlanIndicatorView {
            unit: self.unit_ref(unit),
            plan: self.plan_ref(plan),
            key: i.key.clone(),
            name: i.name.clone(),
            place,
            measure: self.measure(&i.measure),
            polarity: match i.polarity {
                Polarity::Positive => self.t.get(Label::polarity_positive).into(),
                Polarity::Negative => self.t.get(Label::polarity_negative).into(),
            },
            definition: i.definition.clone(),
            formula: i.formula.clone(),
            data_source: i.data_source.clone(),
            baseline: self.baseline_text(i),
            end_target: self.plan_value(i.end_target.as_ref()),
            rows,
            latest: self.latest_text(&f),
            against_end: self.against_end_view(&f),
            progress: self.progress_view(f.progress),
            implemented: f.years.iter().any(|y| y.implemented_by.is_some()),
            chart,
        })
    }

    /// The list of plans.
    pub fn plans_view(&self) -> PlansView {
        PlansView {
            plans: self
                .site
                .plans
                .iter()
                .filter_map(|p| {
                    let unit = self.site.unit(&p.unit)?;
                    Some(PlanListRow {
                        plan: self.plan_ref(p),
                        unit: self.unit_ref(unit),
                        legal_basis: p
                            .legal_basis
                            .clone()
                            .unwrap_or_else(|| self.t.get(Label::not_stated).to_string()),
                    })
                })
                .collect(),
        }
    }
}

/// The label of a budget level.
pub fn budget_level_label(level: BudgetLevel) -> Label {
    match level {
        BudgetLevel::Program => Label::level_program,
        BudgetLevel::Kegiatan => Label::level_kegiatan,
        BudgetLevel::SubKegiatan => Label::level_sub_kegiatan,
    }
}
