//! The rows of every download, from the model and its figures.

use super::*;
use crate::model::Plan;

/// Indicator rows of one agreement.
pub fn indicator_rows(
    site: &Site,
    figures: &Figures,
    a: &Agreement,
    only: Option<&str>,
) -> Vec<Vec<Cell>> {
    let unit_name = site
        .unit(&a.unit)
        .map_or_else(|| a.unit.clone(), |u| u.name.clone());
    let Some(fig) = figures.get(&(a.unit.clone(), a.year)) else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    for ((o, i), (_, year)) in a.indicators().zip(&fig.indicators) {
        if only.is_some_and(|k| k != i.key) {
            continue;
        }
        let plan = i.plan.as_ref().and_then(|l| site.plan_indicator(l));
        for q in &year.quarters {
            let qi = usize::from(q.quarter - 1);
            let report = a.reports[qi].as_ref();
            let ir = report.and_then(|r| r.indicators.get(&i.key));
            let status = match (&q.realised, q.status) {
                (Some(Observation::Measured(_)), _) => "terukur",
                (_, compute::Status::NotDue(_)) => "belum_jadwal_pengukuran",
                (_, compute::Status::NotCarriedOut) => "belum_dilaksanakan",
                _ => "belum_diukur",
            };
            let measured = q.realised.as_ref().and_then(Observation::value);
            let category = q
                .current()
                .and_then(Achievement::percent)
                .and_then(|p| compute::category(&site.settings.categories, p))
                .map(|c| c.label.clone())
                .unwrap_or_default();
            rows.push(vec![
                Cell::Integer(Some(i64::from(a.year))),
                text(&a.unit),
                text(&unit_name),
                text(&o.id),
                text(&o.name),
                text(&i.id),
                text(&i.key),
                text(&i.name),
                text(&i.measure),
                Cell::Bool(i.iku),
                text(match i.polarity {
                    Polarity::Positive => "positif",
                    Polarity::Negative => "negatif",
                }),
                text(match (i.polarity, i.negative_formula) {
                    (Polarity::Positive, _) => "",
                    (_, NegativeFormula::Linear) => "linear",
                    (_, NegativeFormula::Inverse) => "inverse",
                }),
                text(match i.rollup {
                    Rollup::Last => "kondisi_akhir",
                    Rollup::Cumulative => "akumulasi",
                }),
                text(machine(&i.target)),
                Cell::Integer(Some(i64::from(q.quarter))),
                text(q.target.as_ref().map(machine).unwrap_or_default()),
                text(match i.periodicity {
                    Periodicity::Quarterly => "triwulanan",
                    Periodicity::Semester => "semesteran",
                    Periodicity::Annual => "tahunan",
                }),
                text(status),
                text(measured.map(machine).unwrap_or_default()),
                Cell::Number(measured.and_then(scalar)),
                Cell::Number(q.realised_to_date.as_ref().and_then(scalar)),
                Cell::Number(percent(q.against_quarter)),
                Cell::Number(percent(q.against_annual)),
                text(match q.basis {
                    Some(compute::Basis::QuarterTarget(_)) => "target_sd_triwulan",
                    Some(compute::Basis::Annual(_)) => "target_tahunan",
                    None => "",
                }),
                text(q.status.code()),
                text(category),
                Cell::Number(ir.and_then(|r| r.inputs).map(|x| x.numerator)),
                Cell::Number(ir.and_then(|r| r.inputs).map(|x| x.denominator)),
                Cell::Number(ir.and_then(|r| r.official_achievement)),
                text(flag_codes(&year.flags, q.quarter)),
                text(
                    report
                        .and_then(|r| r.reported_on)
                        .map(date)
                        .unwrap_or_default(),
                ),
                text(ir.and_then(|r| r.explanation.clone()).unwrap_or_default()),
                text(ir.and_then(|r| r.obstacles.clone()).unwrap_or_default()),
                text(ir.and_then(|r| r.follow_up.clone()).unwrap_or_default()),
                text(
                    ir.map(|r| {
                        r.evidence
                            .iter()
                            .map(|e| e.url.as_str())
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .unwrap_or_default(),
                ),
                text(ir.and_then(|r| r.revised_on).map(date).unwrap_or_default()),
                text(
                    ir.map(|r| {
                        r.revisions
                            .iter()
                            .map(|rev| {
                                let v = rev
                                    .value
                                    .value()
                                    .map_or_else(|| "belum_diukur".to_string(), machine);
                                format!("{v} ({})", rev.published_on)
                            })
                            .collect::<Vec<_>>()
                            .join("; ")
                    })
                    .unwrap_or_default(),
                ),
                text(i.signed_target.as_ref().map(machine).unwrap_or_default()),
                text(
                    a.amendment
                        .as_ref()
                        .map(|m| date(m.date))
                        .unwrap_or_default(),
                ),
                text(
                    a.amendment
                        .as_ref()
                        .map(|m| m.reason.clone())
                        .unwrap_or_default(),
                ),
                text(plan.map_or_else(String::new, |(pl, p)| {
                    format!("{}/{}-{}/{}", pl.unit, pl.from, pl.to, p.key)
                })),
                text(
                    plan.and_then(|(_, p)| p.target(a.year))
                        .map(machine)
                        .unwrap_or_default(),
                ),
                text(
                    plan.and_then(|(_, p)| p.end_target.as_ref())
                        .map(machine)
                        .unwrap_or_default(),
                ),
                text(i.plan_difference.clone().unwrap_or_default()),
                text(
                    i.benchmark
                        .as_ref()
                        .map(|b| machine(&b.value))
                        .unwrap_or_default(),
                ),
                text(
                    i.benchmark
                        .as_ref()
                        .map(|b| match b.year {
                            Some(y) => format!("{} ({y})", b.source),
                            None => b.source.clone(),
                        })
                        .unwrap_or_default(),
                ),
            ]);
        }
    }
    rows
}

/// Plan rows of `plans`: one per plan indicator and year of its period.
pub fn plan_rows<'a>(
    site: &Site,
    figures: &Figures,
    plans: impl IntoIterator<Item = &'a Plan>,
) -> Vec<Vec<Cell>> {
    let mut rows = Vec::new();
    for plan in plans {
        let unit_name = site
            .unit(&plan.unit)
            .map_or_else(|| plan.unit.clone(), |u| u.name.clone());
        for (place, i) in plan.indicators() {
            let f = compute::plan_figures(site, figures, plan, i);
            let letak = match place {
                PlanPlace::Goal(_) => "tujuan",
                PlanPlace::Objective(..) => "sasaran",
                PlanPlace::Programme(p) => level_code(p.level),
            };
            for y in &f.years {
                rows.push(vec![
                    text(&plan.unit),
                    text(&unit_name),
                    text(plan_kind_code(plan.kind)),
                    text(format!("{}-{}", plan.from, plan.to)),
                    text(letak),
                    text(place.id()),
                    text(place.name()),
                    text(&i.key),
                    text(&i.name),
                    text(&i.measure),
                    text(match i.polarity {
                        Polarity::Positive => "positif",
                        Polarity::Negative => "negatif",
                    }),
                    text(
                        i.baseline
                            .as_ref()
                            .map(|b| machine(&b.value))
                            .unwrap_or_default(),
                    ),
                    Cell::Integer(i.baseline.as_ref().map(|b| i64::from(b.year))),
                    Cell::Integer(Some(i64::from(y.year))),
                    text(y.target.as_ref().map(machine).unwrap_or_default()),
                    text(
                        y.implemented_by
                            .as_ref()
                            .map(|(u, k)| format!("{u}/{k}"))
                            .unwrap_or_default(),
                    ),
                    text(y.agreement_target.as_ref().map(machine).unwrap_or_default()),
                    text(y.realised.as_ref().map(machine).unwrap_or_default()),
                    Cell::Number(y.realised.as_ref().and_then(scalar)),
                    Cell::Integer(y.as_of_quarter.map(i64::from)),
                    Cell::Bool(y.closed),
                    Cell::Number(percent(y.achievement)),
                    text(i.end_target.as_ref().map(machine).unwrap_or_default()),
                    Cell::Number(percent(f.against_end)),
                    text(f.progress.code()),
                ]);
            }
        }
    }
    rows
}

/// Plan budget rows of `plans`: one per programme, kegiatan or sub kegiatan and year.
pub fn plan_budget_rows<'a>(plans: impl IntoIterator<Item = &'a Plan>) -> Vec<Vec<Cell>> {
    let mut rows = Vec::new();
    for plan in plans {
        for p in &plan.programmes {
            for year in plan.years() {
                rows.push(vec![
                    text(&plan.unit),
                    text(plan_kind_code(plan.kind)),
                    text(format!("{}-{}", plan.from, plan.to)),
                    text(&p.code),
                    text(&p.name),
                    text(level_code(p.level)),
                    text(p.objectives.join(" ")),
                    Cell::Integer(Some(i64::from(year))),
                    Cell::Integer(p.budget.get(&year).copied()),
                ]);
            }
        }
    }
    rows
}

fn plan_kind_code(kind: PlanKind) -> &'static str {
    match kind {
        PlanKind::Rpjmd => "rpjmd",
        PlanKind::Renstra => "renstra",
    }
}

fn level_code(level: BudgetLevel) -> &'static str {
    match level {
        BudgetLevel::Program => "program",
        BudgetLevel::Kegiatan => "kegiatan",
        BudgetLevel::SubKegiatan => "sub_kegiatan",
    }
}

/// Budget rows of one agreement: one per line.
pub fn budget_rows(site: &Site, figures: &Figures, a: &Agreement) -> Vec<Vec<Cell>> {
    let unit_name = site
        .unit(&a.unit)
        .map_or_else(|| a.unit.clone(), |u| u.name.clone());
    let Some(fig) = figures.get(&(a.unit.clone(), a.year)) else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    for (b, node) in a.budget.iter().zip(&fig.budget.nodes) {
        let latest = (0..4).rev().find_map(|q| node.absorption[q]);
        rows.push(vec![
            Cell::Integer(Some(i64::from(a.year))),
            text(&a.unit),
            text(&unit_name),
            text(&b.code),
            text(&b.name),
            text(match b.level {
                BudgetLevel::Program => "program",
                BudgetLevel::Kegiatan => "kegiatan",
                BudgetLevel::SubKegiatan => "sub_kegiatan",
            }),
            text(
                node.parent
                    .map(|p| a.budget[p].code.clone())
                    .unwrap_or_default(),
            ),
            Cell::Bool(node.top),
            Cell::Integer(Some(b.ceiling)),
            Cell::Integer(node.top.then_some(b.ceiling)),
            Cell::Integer(node.realised[0]),
            Cell::Integer(node.realised[1]),
            Cell::Integer(node.realised[2]),
            Cell::Integer(node.realised[3]),
            Cell::Number(latest.map(round2)),
            Cell::Bool(fig.budget.complete),
        ]);
    }
    rows
}

/// The summary row of one agreement.
pub fn summary_rows(site: &Site, figures: &Figures, a: &Agreement) -> Vec<Vec<Cell>> {
    let Some(f) = figures.get(&(a.unit.clone(), a.year)) else {
        return Vec::new();
    };
    let unit_name = site
        .unit(&a.unit)
        .map_or_else(|| a.unit.clone(), |u| u.name.clone());
    let count = |n: usize| Cell::Integer(i64::try_from(n).ok());
    vec![vec![
        Cell::Integer(Some(i64::from(a.year))),
        text(&a.unit),
        text(unit_name),
        Cell::Integer(f.latest_quarter.map(i64::from)),
        text(match f.state {
            compute::YearState::NotStarted => "belum_mulai",
            compute::YearState::Open(_) => "berjalan",
            compute::YearState::Closed => "ditutup",
            compute::YearState::Late { .. } => "terlambat",
        }),
        Cell::Number(f.period.value.map(round2)),
        Cell::Number(f.annual.value.map(round2)),
        count(f.period.measured),
        count(f.quarter_basis),
        count(f.counts.total),
        count(f.counts.met),
        count(f.counts.below - f.counts.not_met),
        count(f.counts.not_met),
        count(f.counts.unmeasured),
        count(f.counts.no_percent),
        Cell::Integer(Some(f.budget.ceiling)),
        Cell::Number(f.budget.latest().map(|(_, a)| round2(a))),
        Cell::Number(f.efficiency.and_then(|e| e.index).map(round2)),
    ]]
}

/// Efficiency rows of one agreement: the unit, then each objective.
pub fn efficiency_rows(site: &Site, figures: &Figures, a: &Agreement) -> Vec<Vec<Cell>> {
    let Some(f) = figures.get(&(a.unit.clone(), a.year)) else {
        return Vec::new();
    };
    let unit_name = site
        .unit(&a.unit)
        .map_or_else(|| a.unit.clone(), |u| u.name.clone());
    let count = |n: usize| Cell::Integer(i64::try_from(n).ok());
    f.efficiency
        .iter()
        .map(|e| (String::new(), e))
        .chain(f.objective_efficiency.iter().map(|(o, e)| (o.clone(), e)))
        .map(|(objective, e)| {
            vec![
                Cell::Integer(Some(i64::from(a.year))),
                text(&a.unit),
                text(&unit_name),
                text(objective),
                Cell::Integer(Some(i64::from(e.quarter))),
                Cell::Number(Some(round2(e.achievement))),
                count(e.indicators),
                Cell::Number(Some(round2(e.absorption))),
                count(e.lines),
                Cell::Number(e.index.map(round2)),
                e.efficient_by_index()
                    .map_or(Cell::Text(String::new()), Cell::Bool),
                Cell::Bool(e.efficient_by_difference()),
            ]
        })
        .collect()
}

/// Machine words of the flags that concern quarter `q` (or the whole year).
pub(crate) fn flag_codes(flags: &[compute::Flag], q: u8) -> String {
    use compute::Flag;
    flags
        .iter()
        .filter_map(|f| match f {
            Flag::AboveCeiling { quarter, .. } if *quarter == q => Some("di_atas_batas_wajar"),
            Flag::ShareAbove100 { quarter, .. } if *quarter == q => Some("persen_di_atas_100"),
            Flag::LooksLikeFraction { quarter, .. } if *quarter == q => Some("tampak_pecahan"),
            Flag::OfficialDiffers { quarter, .. } if *quarter == q => {
                Some("berbeda_dari_angka_resmi")
            }
            Flag::InputsDisagree { quarter, .. } if *quarter == q => {
                Some("pembilang_penyebut_tidak_cocok")
            }
            Flag::LooksCumulative { .. } => Some("tampak_sudah_kumulatif"),
            Flag::TargetsDoNotAdd { .. } => Some("target_triwulan_tidak_sesuai"),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("; ")
}
