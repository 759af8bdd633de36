//! The page of a unit's agreement and realisation for a year: its view
//! and its builder.

use super::*;

/// One row of the PK annex table.
#[derive(Debug, Clone, Serialize)]
pub struct PkRow {
    /// Objective number, on its first row only.
    pub no: Option<usize>,
    /// Objective id (anchor).
    pub objective_id: String,
    /// Objective text, on its first row only.
    pub objective: Option<String>,
    /// Rows the objective spans.
    pub rowspan: usize,
    /// Indicator name.
    pub indicator: String,
    /// Indicator anchor on the page.
    pub anchor: String,
    /// Target as written.
    pub target: String,
    /// Unit of measure.
    pub measure: String,
    /// IKU?
    pub iku: bool,
    /// The target as first signed, when an amendment changed it.
    pub signed_target: Option<String>,
}

/// A budget line as shown.
#[derive(Debug, Clone, Serialize)]
pub struct BudgetRow {
    /// Number.
    pub no: usize,
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Level word.
    pub level: String,
    /// Nesting depth under its programme (0 for a top line).
    pub depth: usize,
    /// Whether the line counts in the total (no parent in the list).
    pub top: bool,
    /// Ceiling, `Rp 1.250.000.000`.
    pub ceiling: String,
    /// Realised up to each quarter and absorption, or dashes.
    pub quarters: Vec<BudgetCell>,
}

/// Budget realised up to a quarter.
#[derive(Debug, Clone, Serialize)]
pub struct BudgetCell {
    /// `TW II`.
    pub label: String,
    /// `Rp 450.000.000` or a dash.
    pub realised: String,
    /// `36 %` or a dash.
    pub absorption: String,
}

/// A quarter row of an indicator's realisation table.
#[derive(Debug, Clone, Serialize)]
pub struct QuarterRow {
    /// `TW II`.
    pub label: String,
    /// Quarter's target.
    pub target: String,
    /// Quarter's realisation.
    pub realised: String,
    /// Realisation to date, for cumulative indicators.
    pub to_date: Option<String>,
    /// Against the quarter's target.
    pub against_quarter: AchievementView,
    /// Against the annual target.
    pub against_annual: AchievementView,
    /// Keterangan.
    pub explanation: Option<String>,
    /// Kendala.
    pub obstacles: Option<String>,
    /// Tindak lanjut.
    pub follow_up: Option<String>,
    /// Bukti dukung.
    pub evidence: Vec<EvidenceView>,
    /// "direvisi …; sebelumnya …", when the figure was corrected after publication.
    pub revision: Option<String>,
    /// The formula inputs, `1.296,64 ÷ 415.477,22`.
    pub inputs: Option<String>,
    /// The achievement printed in the signed form, `57,28 %`.
    pub official: Option<String>,
}

/// An evidence link.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceView {
    /// Title.
    pub title: String,
    /// Link (absolute, or relative to the site root; see `root`).
    pub url: String,
    /// Whether `url` is relative to the site root.
    pub local: bool,
}

/// An indicator's block on the unit-year page.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorBlock {
    /// Page anchor.
    pub anchor: String,
    /// `S1/IK2`.
    pub key: String,
    /// Link to the indicator's history page.
    pub href: String,
    /// Objective text.
    pub objective: String,
    /// Name.
    pub name: String,
    /// Unit of measure.
    pub measure: String,
    /// Polarity in words (with the negative formula).
    pub polarity: String,
    /// Roll-up in words.
    pub rollup: String,
    /// Annual target.
    pub target: String,
    /// IKU?
    pub iku: bool,
    /// TW I–IV.
    pub quarters: Vec<QuarterRow>,
    /// The year so far.
    pub year_realised: String,
    /// `s.d. TW II`.
    pub as_of: String,
    /// The indicator's achievement (against the target of its period).
    pub achievement: AchievementView,
    /// Against the annual target.
    pub annual: AchievementView,
    /// Target vs realisation by quarter.
    pub chart: Option<Chart>,
    /// How often it is measured, when not every quarter.
    pub periodicity: Option<String>,
    /// Reasons to check the figures ("cek data"), in words.
    pub flags: Vec<String>,
    /// The plan indicator it implements.
    pub plan: Option<PlanNote>,
    /// The target as first signed, when an amendment changed it.
    pub signed_target: Option<String>,
    /// A national or provincial figure to compare with.
    pub benchmark: Option<String>,
    /// Whether any quarter has an explanation, obstacles, follow-up,
    /// evidence or a revision (folded under one `<details>`).
    pub has_notes: bool,
}

/// A narrative block.
#[derive(Debug, Clone, Serialize)]
pub struct Narrative {
    /// Heading.
    pub title: String,
    /// Sanitised HTML.
    pub html: String,
}

/// Party as signed.
#[derive(Debug, Clone, Serialize)]
pub struct PartyView {
    /// Name.
    pub name: String,
    /// Position with `Plt.`/`Plh.`.
    pub position: String,
    /// NIP.
    pub nip: Option<String>,
}

/// The unit-year page.
#[derive(Debug, Clone, Serialize)]
pub struct UnitYearView {
    /// The unit.
    pub unit: UnitRef,
    /// Year.
    pub year: i32,
    /// Other years of this unit.
    pub other_years: Vec<YearLink>,
    /// Date signed.
    pub signed_on: String,
    /// Place signed.
    pub signed_at: String,
    /// First party.
    pub first_party: PartyView,
    /// Second party.
    pub second_party: Option<PartyView>,
    /// `Sasaran Strategis`, …
    pub objective_word: String,
    /// Budget table heading (`Program`, `Kegiatan`, …).
    pub budget_word: String,
    /// PK table rows.
    pub pk_rows: Vec<PkRow>,
    /// Budget lines.
    pub budget_rows: Vec<BudgetRow>,
    /// Ceiling total (the top lines).
    pub budget_total: String,
    /// Ceiling per level, each level added on its own.
    pub budget_levels: Vec<String>,
    /// Notes beside the total: what it adds, and whether the list is complete.
    pub budget_notes: Vec<String>,
    /// Realised total by quarter.
    pub budget_totals: Vec<BudgetCell>,
    /// Indicator blocks.
    pub indicators: Vec<IndicatorBlock>,
    /// Unit achievement (mean against the period's target).
    pub achievement: AchievementView,
    /// Against the annual target.
    pub annual: AchievementView,
    /// Both means with their bases, and the counts.
    pub summary: SummaryView,
    /// Year running, closed, or late, in words.
    pub state: String,
    /// Whether a report is overdue.
    pub late: bool,
    /// `Data s.d. Triwulan II 2026`, if any report.
    pub as_of: Option<String>,
    /// Reports received.
    pub reports: Vec<ReportLine>,
    /// Efficiency.
    pub efficiency: Option<EfficiencyView>,
    /// Efficiency per objective, where budget lines name the objectives.
    pub objective_efficiency: Vec<EfficiencyView>,
    /// Budget absorption by quarter.
    pub absorption_chart: Option<Chart>,
    /// Achievement by indicator.
    pub achievement_chart: Option<Chart>,
    /// Narratives.
    pub narratives: Vec<Narrative>,
    /// The amendment (*PK Perubahan*) in words.
    pub amendment: Option<String>,
    /// The LKjIP measurement table.
    pub measurement: Vec<MeasurementRow>,
    /// Whether any indicator implements a five-year plan indicator.
    pub has_plan: bool,
}

/// A link to a year of a unit.
#[derive(Debug, Clone, Serialize)]
pub struct YearLink {
    /// Year.
    pub year: i32,
    /// Path.
    pub href: String,
    /// Path of the year's annual report (LKjIP).
    pub report: String,
    /// Current page?
    pub current: bool,
    /// Unit achievement that year.
    pub achievement: AchievementView,
}

/// A report received.
#[derive(Debug, Clone, Serialize)]
pub struct ReportLine {
    /// `Triwulan II`.
    pub period: String,
    /// `14 Juli 2026`.
    pub date: String,
}

/// The efficiency figures of a unit-year.
#[derive(Debug, Clone, Serialize)]
pub struct EfficiencyView {
    /// Achievement against the annual target.
    pub achievement: String,
    /// Absorption.
    pub absorption: String,
    /// IE = achievement ÷ absorption.
    pub index: String,
    /// Efficient or not under IE ≥ 1.
    pub verdict: String,
    /// Achievement − absorption, in points.
    pub difference: String,
    /// Efficient or not under "difference > 5 points".
    pub difference_verdict: String,
    /// `s.d. TW II`.
    pub as_of: String,
    /// What it counts: indicators and budget lines.
    pub basis: String,
    /// The objective it is computed for; empty for the whole unit.
    pub objective: String,
}

pub(crate) fn polarity_text(ctx: &Ctx<'_>, ind: &Indicator) -> String {
    match ind.polarity {
        Polarity::Positive => ctx.t.get(Label::polarity_positive).into(),
        Polarity::Negative => {
            let f = match ind.negative_formula {
                NegativeFormula::Linear => "(2T − R) / T × 100",
                NegativeFormula::Inverse => "T / R × 100",
            };
            format!("{} ({f})", ctx.t.get(Label::polarity_negative))
        }
    }
}

pub(crate) fn rollup_text(ctx: &Ctx<'_>, ind: &Indicator) -> String {
    match ind.rollup {
        Rollup::Last => ctx.t.get(Label::rollup_last).into(),
        Rollup::Cumulative => ctx.t.get(Label::rollup_cumulative).into(),
    }
}

pub(crate) fn scalar(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Number(n) => Some(*n),
        Value::Range { low, high } => Some((low + high) / 2.0),
        Value::Grade(g) => Some(f64::from(g.score)),
    }
}

pub(crate) fn party(ctx: &Ctx<'_>, p: &crate::model::Party) -> PartyView {
    let acting = match p.acting {
        Some(crate::model::Acting::Plt) => format!("{} ", ctx.t.get(Label::acting_plt)),
        Some(crate::model::Acting::Plh) => format!("{} ", ctx.t.get(Label::acting_plh)),
        None => String::new(),
    };
    PartyView {
        name: p
            .name
            .clone()
            .unwrap_or_else(|| ctx.t.get(Label::not_stated).to_string()),
        position: format!("{acting}{}", p.position),
        nip: p.nip.clone(),
    }
}

impl Ctx<'_> {
    /// The years of a unit with its achievement each year.
    pub fn year_links(&self, unit: &str, current: Option<i32>) -> Vec<YearLink> {
        self.site
            .agreements_of(unit)
            .map(|a| YearLink {
                year: a.year,
                href: paths::unit_year(unit, a.year),
                report: paths::unit_year_report(unit, a.year),
                current: Some(a.year) == current,
                achievement: self.figures(unit, a.year).map_or_else(
                    || self.mean_view(Mean::default()),
                    |f| self.mean_view(f.period),
                ),
            })
            .collect()
    }

    /// The unit-year page.
    pub fn unit_year(&self, a: &Agreement) -> Option<UnitYearView> {
        let unit = self.unit_by_id(&a.unit)?;
        let fig = self.figures(&a.unit, a.year)?;
        let lang = self.lang;
        let mut pk_rows = Vec::new();
        for (no, o) in a.objectives.iter().enumerate() {
            for (j, i) in o.indicators.iter().enumerate() {
                pk_rows.push(PkRow {
                    no: (j == 0).then_some(no + 1),
                    objective_id: o.id.clone(),
                    objective: (j == 0).then(|| o.name.clone()),
                    rowspan: o.indicators.len(),
                    indicator: i.name.clone(),
                    anchor: paths::indicator_anchor(&o.id, &i.id),
                    target: format::value(&i.target, lang),
                    measure: self.measure(&i.measure),
                    iku: i.iku,
                    signed_target: i.signed_target.as_ref().map(|v| format::value(v, lang)),
                });
            }
        }
        let budget_rows = a
            .budget
            .iter()
            .enumerate()
            .zip(&fig.budget.nodes)
            .map(|((n, b), node)| BudgetRow {
                no: n + 1,
                code: b.code.clone(),
                name: b.name.clone(),
                level: self.budget_level(b.level).into(),
                depth: node.depth,
                top: node.top,
                ceiling: format::rupiah(b.ceiling, lang),
                quarters: (0..4)
                    .map(|q| BudgetCell {
                        label: self.quarter_label(u8::try_from(q + 1).unwrap_or(4)),
                        realised: node.realised[q]
                            .map_or_else(|| "–".into(), |r| format::rupiah(r, lang)),
                        absorption: node.absorption[q]
                            .map_or_else(|| "–".into(), |p| format::percent(p, lang)),
                    })
                    .collect(),
            })
            .collect();
        let budget_totals = (0..4)
            .map(|q| BudgetCell {
                label: self.quarter_label(u8::try_from(q + 1).unwrap_or(4)),
                realised: fig.budget.realised[q]
                    .map_or_else(|| "–".into(), |r| format::rupiah(r, lang)),
                absorption: fig.budget.absorption[q]
                    .map_or_else(|| "–".into(), |p| format::percent(p, lang)),
            })
            .collect();
        let levels: Vec<BudgetLevel> = a.budget.iter().map(|b| b.level).collect();
        let budget_word = {
            let mut words: Vec<&str> = Vec::new();
            for l in [
                BudgetLevel::Program,
                BudgetLevel::Kegiatan,
                BudgetLevel::SubKegiatan,
            ] {
                if levels.contains(&l) {
                    words.push(self.budget_level(l));
                }
            }
            if words.is_empty() {
                self.t.get(Label::program).to_string()
            } else {
                words.join(" / ")
            }
        };

        let mut indicators = Vec::new();
        for ((objective, ind), (_, year)) in a.indicators().zip(&fig.indicators) {
            indicators.push(self.indicator_block(a, &objective.name, &objective.id, ind, year));
        }

        let as_of = fig.latest_quarter.map(|q| self.period(q, a.year));
        let reports = a
            .reports
            .iter()
            .flatten()
            .map(|r| ReportLine {
                period: self.period(r.quarter, a.year),
                date: self.date_or_not_stated(r.reported_on),
            })
            .collect();
        let efficiency = fig.efficiency.map(|e| self.efficiency_view(&e));
        let objective_efficiency = fig
            .objective_efficiency
            .iter()
            .map(|(o, e)| EfficiencyView {
                objective: o.clone(),
                ..self.efficiency_view(e)
            })
            .collect();
        let mut budget_notes = Vec::new();
        if fig.budget.nodes.iter().any(|n| !n.top) {
            budget_notes.push(self.t.get(Label::budget_total_note).to_string());
        }
        if !fig.budget.complete {
            budget_notes.push(self.t.get(Label::budget_incomplete).to_string());
        }
        let budget_levels = if fig.budget.level_totals.len() > 1 {
            fig.budget
                .level_totals
                .iter()
                .map(|(level, total, count)| {
                    format!(
                        "{}: {} ({count} {})",
                        self.budget_level(*level),
                        format::rupiah(*total, lang),
                        self.t.get(Label::lines)
                    )
                })
                .collect()
        } else {
            Vec::new()
        };
        let absorption_chart = fig.budget.latest().map(|_| {
            charts::bars(
                "serapan",
                &format!(
                    "{} {} {}",
                    self.t.get(Label::absorption),
                    unit.short_name,
                    a.year
                ),
                &format!(
                    "{} {} {} {}",
                    self.t.get(Label::absorption),
                    self.t.get(Label::budget).to_lowercase(),
                    unit.name,
                    a.year
                ),
                &Bars {
                    labels: (1..=4).map(|q| self.quarter_label(q)).collect(),
                    bars: fig.budget.absorption.to_vec(),
                    bar_name: self.t.get(Label::absorption).to_string(),
                    line: None,
                    reference: Some(100.0),
                    reference_name: None,
                    unit: " %".to_string(),
                    notes: vec![],
                },
                lang,
            )
        });
        let achievement_chart = (!indicators.is_empty()).then(|| {
            let items: Vec<Item> = indicators
                .iter()
                .map(|b| Item {
                    label: format!("{} {}", b.key, truncate(&b.name, 110)),
                    value: b.achievement.percent,
                    colour: b
                        .achievement
                        .colour
                        .clone()
                        .unwrap_or_else(|| "#6e7781".into()),
                    note: b
                        .achievement
                        .category
                        .clone()
                        .unwrap_or_else(|| b.achievement.status.clone()),
                })
                .collect();
            charts::horizontal(
                "capaian-indikator",
                &format!(
                    "{} {} {}",
                    self.t.get(Label::achievement),
                    unit.short_name,
                    a.year
                ),
                &format!(
                    "{} {} {} {}",
                    self.t.get(Label::achievement),
                    self.t.get(Label::indicators).to_lowercase(),
                    unit.name,
                    a.year
                ),
                &items,
                Some(100.0),
                lang,
            )
        });
        let mut narratives = Vec::new();
        if let Some(text) = &a.narrative {
            narratives.push(Narrative {
                title: self.t.get(Label::background).into(),
                html: markdown::to_html(text, "narasi-pk-", 2),
            });
        }
        for r in a.reports.iter().flatten() {
            if let Some(text) = &r.narrative {
                narratives.push(Narrative {
                    title: format!(
                        "{} {}",
                        self.t.get(Label::narrative),
                        self.period(r.quarter, a.year)
                    ),
                    html: markdown::to_html(text, &format!("narasi-tw{}-", r.quarter), 2),
                });
            }
        }
        Some(UnitYearView {
            unit: self.unit_ref(unit),
            year: a.year,
            other_years: self.year_links(&a.unit, Some(a.year)),
            signed_on: a.signed_on.map_or_else(
                || self.t.get(Label::date_not_stated).to_string(),
                |d| format::date(d, lang),
            ),
            signed_at: a
                .signed_at
                .clone()
                .unwrap_or_else(|| self.t.get(Label::place_not_stated).to_string()),
            first_party: party(self, &a.first_party),
            second_party: a.second_party.as_ref().map(|p| party(self, p)),
            objective_word: objective_word(unit.level, lang).into(),
            budget_word,
            pk_rows,
            budget_rows,
            budget_total: format::rupiah(fig.budget.ceiling, lang),
            budget_levels,
            budget_notes,
            budget_totals,
            indicators,
            achievement: self.mean_view(fig.period),
            annual: self.mean_view(fig.annual),
            summary: self.summary(fig.period, fig.annual, fig.counts, fig.latest_quarter),
            state: self.state_text(fig.state, a.year),
            late: matches!(fig.state, YearState::Late { .. }),
            as_of,
            reports,
            efficiency,
            objective_efficiency,
            absorption_chart,
            achievement_chart,
            narratives,
            amendment: self.amendment_text(a),
            measurement: self.measurement(a, fig),
            has_plan: a.indicators().any(|(_, i)| i.plan.is_some()),
        })
    }

    /// An efficiency as shown, saying what it counts.
    pub fn efficiency_view(&self, e: &compute::Efficiency) -> EfficiencyView {
        let lang = self.lang;
        let diff = e.difference();
        EfficiencyView {
            achievement: format::percent(e.achievement, lang),
            absorption: format::percent(e.absorption, lang),
            index: e.index.map_or_else(|| "–".into(), |v| self.n(v)),
            verdict: match e.efficient_by_index() {
                Some(true) => self.t.get(Label::efficient).into(),
                Some(false) => self.t.get(Label::not_efficient).into(),
                None => "–".into(),
            },
            difference: self.n(diff),
            difference_verdict: if e.efficient_by_difference() {
                self.t.get(Label::efficient).into()
            } else {
                self.t.get(Label::not_efficient).into()
            },
            as_of: format!(
                "{} {}",
                self.t.get(Label::up_to),
                self.quarter_label(e.quarter)
            ),
            basis: if lang == Lang::Id {
                format!(
                    "Dihitung dari {} indikator (capaian thd. target tahunan) dan serapan {} baris anggaran teratas, keduanya s.d. {}",
                    e.indicators,
                    e.lines,
                    self.quarter_label(e.quarter)
                )
            } else {
                format!(
                    "Computed from {} indicators (achievement vs. the annual target) and the absorption of {} top budget lines, both up to {}",
                    e.indicators,
                    e.lines,
                    self.quarter_label(e.quarter)
                )
            },
            objective: String::new(),
        }
    }
}
