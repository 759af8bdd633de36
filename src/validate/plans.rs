//! Plan files (`plans/<from>-<to>/<unit>.yaml`) → [`Plan`]s, then the links
//! from agreement indicators to the plan indicators they implement.

use super::values::Reader;
use super::{Broken, agreements::path_string, ids, span};
use crate::diag::{Diagnostic, Diagnostics, closest};
use crate::load::raw::{RawAgreement, RawPlan, RawPlanIndicator, Spanned};
use crate::load::{FileKind, Loaded};
use crate::model::{
    Agreement, Baseline, BudgetLevel, Goal, NegativeFormula, Plan, PlanIndicator, PlanKind,
    PlanLink, PlanObjective, Polarity, Programme, Settings, Unit, Value,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Validates every plan file.
pub(super) fn validate(
    raw: &[Loaded<RawPlan>],
    units: &[Unit],
    settings: &Settings,
    broken: &Broken,
    diags: &mut Diagnostics,
) -> Vec<Plan> {
    let mut plans: Vec<Plan> = Vec::new();
    for loaded in raw {
        let Some(plan) = one(loaded, units, settings, broken, diags) else {
            continue;
        };
        if let Some(other) = plans
            .iter()
            .find(|p| p.unit == plan.unit && p.from <= plan.to && plan.from <= p.to)
        {
            diags.push(
                Diagnostic::error(
                    &loaded.file,
                    span(&loaded.data.period),
                    format!(
                        "the plan {} of `{}` overlaps its plan {}",
                        plan.period(),
                        plan.unit,
                        other.period()
                    ),
                )
                .with_help(format!(
                    "the other plan is `{}`; a unit has one plan for each year",
                    other.source
                )),
            );
            continue;
        }
        plans.push(plan);
    }
    let order: BTreeMap<&str, usize> = units
        .iter()
        .enumerate()
        .map(|(i, u)| (u.id.as_str(), i))
        .collect();
    plans.sort_by_key(|p| (order.get(p.unit.as_str()).copied(), p.from));
    plans
}

fn one(
    loaded: &Loaded<RawPlan>,
    units: &[Unit],
    settings: &Settings,
    broken: &Broken,
    diags: &mut Diagnostics,
) -> Option<Plan> {
    let file = &loaded.file;
    let r = &loaded.data;
    let FileKind::Plan {
        from,
        to,
        unit: path_unit,
    } = &loaded.kind
    else {
        return None;
    };
    let (from, to) = (*from, *to);
    let mut ok = true;
    let unit_id = r.unit.value.trim();
    if unit_id != path_unit {
        diags.push(
            Diagnostic::error(
                file,
                span(&r.unit),
                format!("the file is named for unit `{path_unit}` but says `{unit_id}`"),
            )
            .with_help(format!(
                "rename the file to `{unit_id}.yaml`, or correct `unit:`"
            )),
        );
        ok = false;
    }
    let unit = units.iter().find(|u| u.id == unit_id);
    if unit.is_none() && !broken.unit(unit_id) {
        let d = Diagnostic::error(file, span(&r.unit), format!("unknown unit `{unit_id}`"));
        diags.push(
            match closest(unit_id, units.iter().map(|u| u.id.as_str())) {
                Some(best) => d.with_help(format!("did you mean `{best}`?")),
                None => d.with_help("add the unit to units.yaml first"),
            },
        );
    }
    let period = r.period.value.trim().replace(['–', '—'], "-");
    let written = period
        .split_once('-')
        .and_then(|(a, b)| Some((a.trim().parse::<i32>().ok()?, b.trim().parse::<i32>().ok()?)));
    match written {
        Some(p) if p == (from, to) => {}
        Some((a, b)) => {
            diags.push(
                Diagnostic::error(
                    file,
                    span(&r.period),
                    format!("the file is in folder {from}-{to} but says period {a}-{b}"),
                )
                .with_help(format!(
                    "move the file to `plans/{a}-{b}/`, or correct `period:`"
                )),
            );
            ok = false;
        }
        None => {
            diags.push(
                Diagnostic::error(
                    file,
                    span(&r.period),
                    format!("`{}` is not a plan period", r.period.value),
                )
                .with_help(format!(
                    "write the first and last year, such as `\"{from}-{to}\"`"
                )),
            );
            ok = false;
        }
    }
    let reader = Reader {
        file,
        scales: &settings.grade_scales,
    };
    let years = Years {
        from,
        to,
        file,
        reader: &reader,
    };
    let mut parents: BTreeSet<String> = BTreeSet::new();
    let mut objective_ids: BTreeSet<String> = BTreeSet::new();
    let mut goals = Vec::new();
    if r.goals.value.is_empty() {
        diags.push(
            Diagnostic::error(file, span(&r.goals), "the plan has no goals")
                .with_help("add at least one goal (tujuan) with its objectives (sasaran)"),
        );
    }
    for g in &r.goals.value {
        let Some(gid) = parent_id(&g.id, "goal", "`T1`", &mut parents, file, diags) else {
            continue;
        };
        let own = indicators(&g.indicators, &gid, settings, &years, diags);
        let mut objectives = Vec::new();
        for o in &g.objectives {
            let Some(oid) = parent_id(&o.id, "objective", "`S1`", &mut parents, file, diags) else {
                continue;
            };
            objective_ids.insert(oid.clone());
            objectives.push(PlanObjective {
                indicators: indicators(&o.indicators, &oid, settings, &years, diags),
                id: oid,
                name: o.name.trim().to_string(),
            });
        }
        goals.push(Goal {
            id: gid,
            name: g.name.trim().to_string(),
            indicators: own,
            objectives,
        });
    }
    let mut programmes: Vec<Programme> = Vec::new();
    for p in &r.programs {
        let code = p.code.value.trim();
        if code.is_empty() || !ids::is_item_id(code) {
            diags.push(
                Diagnostic::error(
                    file,
                    span(&p.code),
                    format!("programme code `{code}` is not valid"),
                )
                .with_help("write the code from the nomenclature as text, such as `\"1.02.02\"`"),
            );
            continue;
        }
        if !parents.insert(code.to_string()) {
            diags.push(
                Diagnostic::error(file, span(&p.code), format!("`{code}` is listed twice in this plan"))
                    .with_help("give each goal, objective and programme its own id or code; indicators are addressed by it"),
            );
            continue;
        }
        let level = p.level.value;
        if level != BudgetLevel::Program {
            let parent = programmes
                .iter()
                .filter(|q| q.level < level && code.starts_with(&format!("{}.", q.code)))
                .max_by_key(|q| q.code.len());
            if parent.is_none() {
                let message = if level == BudgetLevel::SubKegiatan {
                    format!(
                        "sub kegiatan `{code}` is under no kegiatan or programme listed above it"
                    )
                } else {
                    format!("kegiatan `{code}` is under no programme listed above it")
                };
                diags.push(
                    Diagnostic::error(file, span(&p.code), message)
                    .with_help("list the programme (and kegiatan) it belongs to above it, with its code, such as `1.02.02` above `1.02.02.2.01`; or correct the code"),
                );
                continue;
            }
        }
        for o in &p.objectives {
            if !objective_ids.contains(o.value.trim()) {
                let d = Diagnostic::error(
                    file,
                    span(o),
                    format!("`{code}` serves unknown objective `{}`", o.value),
                );
                diags.push(
                    match closest(&o.value, objective_ids.iter().map(String::as_str)) {
                        Some(best) => d.with_help(format!("did you mean `{best}`?")),
                        None => d.with_help("list ids of objectives (sasaran) of this plan"),
                    },
                );
            }
        }
        let mut budget = BTreeMap::new();
        if let Some(b) = &p.budget {
            for (year, amount) in &b.value {
                let Some(year) = years.check(*year, span(b), Figure::Budget(code), diags) else {
                    continue;
                };
                if !(0..=crate::model::MAX_RUPIAH).contains(&amount.value) {
                    diags.push(
                        Diagnostic::error(file, span(amount), format!("the indicative budget of `{code}` for {year} is not an amount"))
                            .with_help("write whole rupiah from 0 up to Rp 1.000 triliun, such as `1250000000`; check for extra digits or a minus sign"),
                    );
                    continue;
                }
                budget.insert(year, amount.value);
            }
        }
        programmes.push(Programme {
            indicators: indicators(&p.indicators, code, settings, &years, diags),
            code: code.to_string(),
            name: p.name.trim().to_string(),
            level,
            objectives: p
                .objectives
                .iter()
                .map(|o| o.value.trim().to_string())
                .collect(),
            budget,
        });
    }
    let unit = unit?;
    if !ok {
        return None;
    }
    Some(Plan {
        unit: unit.id.clone(),
        kind: if unit.parent.is_none() && unit.level.is_head_of_region() && !unit.level.is_central()
        {
            PlanKind::Rpjmd
        } else {
            PlanKind::Renstra
        },
        from,
        to,
        title: r
            .title
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string),
        legal_basis: r
            .legal_basis
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string),
        goals,
        programmes,
        narrative: loaded.body.clone(),
        source: path_string(file),
    })
}

/// A goal's or objective's id: valid, and not used twice in the plan.
fn parent_id(
    raw: &Spanned<String>,
    what: &str,
    example: &str,
    seen: &mut BTreeSet<String>,
    file: &Path,
    diags: &mut Diagnostics,
) -> Option<String> {
    let id = raw.value.trim();
    if !ids::is_item_id(id) {
        diags.push(
            Diagnostic::error(file, span(raw), format!("{what} id `{id}` is not valid"))
                .with_help(ids::help(id, "letters, digits, `.`, `_` or `-`", example)),
        );
        return None;
    }
    if !seen.insert(id.to_string()) {
        diags.push(
            Diagnostic::error(file, span(raw), format!("`{id}` is used twice in this plan"))
                .with_help("give each goal, objective and programme its own id or code; indicators are addressed by it"),
        );
        return None;
    }
    Some(id.to_string())
}

/// What a figure given by year is.
#[derive(Clone, Copy)]
enum Figure<'a> {
    /// A target of the indicator with this key.
    Target(&'a str),
    /// The indicative budget of the programme with this code.
    Budget(&'a str),
}

/// The period's years, for reading targets and budgets by year.
struct Years<'a> {
    from: i32,
    to: i32,
    file: &'a Path,
    reader: &'a Reader<'a>,
}

impl Years<'_> {
    /// `year` if it falls in the period; an error otherwise.
    fn check(
        &self,
        year: i64,
        at: Option<crate::diag::Span>,
        what: Figure<'_>,
        diags: &mut Diagnostics,
    ) -> Option<i32> {
        match i32::try_from(year) {
            Ok(y) if (self.from..=self.to).contains(&y) => Some(y),
            _ => {
                diags.push(
                    Diagnostic::error(
                        self.file,
                        at,
                        match what {
                            Figure::Target(key) => format!(
                                "the target of `{key}` for {year} is outside the plan period {}–{}",
                                self.from, self.to
                            ),
                            Figure::Budget(code) => format!(
                                "the indicative budget of `{code}` for {year} is outside the plan period {}–{}",
                                self.from, self.to
                            ),
                        },
                    )
                    .with_help(format!(
                        "give one figure for each year from {} to {}; a figure before the period is the baseline (`baseline: {{year: {}, value: …}}`)",
                        self.from,
                        self.to,
                        self.from - 1
                    )),
                );
                None
            }
        }
    }
}

fn indicators(
    raw: &[RawPlanIndicator],
    parent: &str,
    settings: &Settings,
    years: &Years<'_>,
    diags: &mut Diagnostics,
) -> Vec<PlanIndicator> {
    let file = years.file;
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut out = Vec::new();
    for i in raw {
        let id = i.id.value.trim();
        if !ids::is_item_id(id) {
            diags.push(
                Diagnostic::error(
                    file,
                    span(&i.id),
                    format!("indicator id `{id}` is not valid"),
                )
                .with_help(ids::help(
                    id,
                    "letters, digits, `.`, `_` or `-`",
                    "`IK1`",
                )),
            );
            continue;
        }
        if !seen.insert(id) {
            diags.push(
                Diagnostic::error(file, span(&i.id), format!("indicator id `{id}` is used twice under `{parent}`"))
                    .with_help("give each indicator of a goal, objective or programme its own id; agreements refer to it as `parent/indicator`"),
            );
            continue;
        }
        if let Some(one) = indicator(i, parent, settings, years, diags) {
            out.push(one);
        }
    }
    out
}

fn indicator(
    i: &RawPlanIndicator,
    parent: &str,
    settings: &Settings,
    years: &Years<'_>,
    diags: &mut Diagnostics,
) -> Option<PlanIndicator> {
    let file = years.file;
    let reader = years.reader;
    let id = i.id.value.trim();
    let key = format!("{parent}/{id}");
    let mut kind = None;
    let mut same_kind = |v: Value,
                         at: &Spanned<crate::load::raw::RawValue>,
                         diags: &mut Diagnostics|
     -> Option<Value> {
        match &kind {
            None => {
                kind = Some(v.kind());
                Some(v)
            }
            Some(k) if *k == v.kind() => Some(v),
            Some(_) => {
                diags.push(
                    Diagnostic::error(file, span(at), format!("the figures of `{key}` are not all of one kind"))
                        .with_help("write every target and the baseline in the indicator's unit of measure: all numbers, or all grades of one scale"),
                );
                None
            }
        }
    };
    let mut targets = BTreeMap::new();
    if let Some(t) = &i.targets {
        for (year, raw) in &t.value {
            let Some(year) = years.check(*year, span(raw), Figure::Target(&key), diags) else {
                continue;
            };
            if raw.value == crate::load::raw::RawValue::Null {
                continue;
            }
            if let Some(v) = reader.target(raw, i.scale.as_ref(), diags)
                && let Some(v) = same_kind(v, raw, diags)
            {
                targets.insert(year, v);
            }
        }
    }
    let baseline = i.baseline.as_ref().and_then(|b| {
        let year = b.value.year.value;
        if year > years.from {
            diags.push(
                Diagnostic::error(
                    file,
                    span(&b.value.year),
                    format!(
                        "the baseline of `{key}` is of {year}, inside the period {}–{}",
                        years.from, years.to
                    ),
                )
                .with_help(format!(
                    "the baseline (kondisi awal) is the condition before the period, usually of {}",
                    years.from - 1
                )),
            );
            return None;
        }
        if b.value.value.value == crate::load::raw::RawValue::Null {
            return None;
        }
        let v = reader.target(&b.value.value, i.scale.as_ref(), diags)?;
        let value = same_kind(v, &b.value.value, diags)?;
        Some(Baseline { year, value })
    });
    let end_target = match &i.end_target {
        Some(raw) if raw.value != crate::load::raw::RawValue::Null => reader
            .target(raw, i.scale.as_ref(), diags)
            .and_then(|v| same_kind(v, raw, diags)),
        _ => targets.get(&years.to).cloned(),
    };
    if targets.is_empty() && end_target.is_none() {
        diags.push(
            Diagnostic::warning(file, span(&i.id), format!("`{key}` has no targets")).with_help(
                format!(
                    "give the target for each year of the period: `targets: {{{}: …, {}: …}}`",
                    years.from, years.to
                ),
            ),
        );
    }
    let measure = i
        .measure
        .as_ref()
        .map(|m| m.value.trim().to_string())
        .unwrap_or_default();
    Some(PlanIndicator {
        id: id.to_string(),
        key,
        name: i.name.trim().to_string(),
        measure,
        polarity: i.polarity,
        negative_formula: match (i.polarity, &i.negative_formula) {
            (Polarity::Negative, Some(f)) => f.value,
            (Polarity::Negative, None) => settings.negative_formula,
            _ => NegativeFormula::default(),
        },
        baseline,
        targets,
        end_target,
        definition: i.definition.clone(),
        formula: i.formula.clone(),
        data_source: i.data_source.clone(),
    })
}

/// Resolves each agreement indicator's `plan:` link, and warns where its
/// target differs from the plan's target for the year without a reason.
pub(super) fn link(
    raw: &[Loaded<RawAgreement>],
    agreements: &mut [Agreement],
    plans: &[Plan],
    broken: &Broken,
    diags: &mut Diagnostics,
) {
    for loaded in raw {
        let r = &loaded.data;
        let (unit, year) = (r.unit.value.trim(), r.year.value);
        let Some(agreement) = agreements
            .iter_mut()
            .find(|a| a.unit == unit && a.year == year)
        else {
            continue;
        };
        for o in &r.objectives.value {
            for i in &o.indicators.value {
                let Some(text) = &i.plan else {
                    continue;
                };
                let key = format!("{}/{}", o.id.value.trim(), i.id.value.trim());
                let Some(link) = resolve(text, unit, year, plans, broken, &loaded.file, diags)
                else {
                    continue;
                };
                let Some(ind) = agreement
                    .objectives
                    .iter_mut()
                    .flat_map(|o| o.indicators.iter_mut())
                    .find(|x| x.key == key)
                else {
                    continue;
                };
                if let Some((plan, p)) = plans
                    .iter()
                    .find(|p| p.unit == link.unit && p.from == link.from)
                    .and_then(|plan| plan.indicator(&link.key).map(|(_, p)| (plan, p)))
                {
                    compare(ind, plan, p, year, text, &loaded.file, diags);
                }
                ind.plan = Some(link);
            }
        }
    }
}

/// A plan link as written (`S1/IK1`, or `unit/S1/IK1`), resolved.
fn resolve(
    text: &Spanned<String>,
    unit: &str,
    year: i32,
    plans: &[Plan],
    broken: &Broken,
    file: &Path,
    diags: &mut Diagnostics,
) -> Option<PlanLink> {
    let written = text.value.trim();
    let parts: Vec<&str> = written.split('/').collect();
    let (plan_unit, parent, id) = match parts.as_slice() {
        [p, i] if !p.is_empty() && !i.is_empty() => (unit, *p, *i),
        [u, p, i] if !u.is_empty() && !p.is_empty() && !i.is_empty() => (*u, *p, *i),
        _ => {
            diags.push(
                Diagnostic::error(file, span(text), format!("`{written}` is not a plan link"))
                    .with_help("write `objective/indicator` for an indicator of the unit's own plan, or `unit/objective/indicator`, such as `S1/IK1` or `bupati/S2/IK1`; a programme indicator is `code/indicator`, such as `1.02.02/IKP1`"),
            );
            return None;
        }
    };
    if broken.unit(plan_unit) {
        return None;
    }
    let of_unit: Vec<&Plan> = plans.iter().filter(|p| p.unit == plan_unit).collect();
    let Some(plan) = of_unit.iter().find(|p| p.covers(year)) else {
        let message = if of_unit.is_empty() {
            format!("`{plan_unit}` has no five-year plan to link `{written}` to")
        } else {
            let periods: Vec<String> = of_unit.iter().map(|p| p.period()).collect();
            format!(
                "the agreement is for {year}, outside the period of `{plan_unit}`'s plan ({})",
                periods.join(", ")
            )
        };
        diags.push(
            Diagnostic::error(file, span(text), message).with_help(format!(
                "add the plan as `plans/<first year>-<last year>/{plan_unit}.yaml` with a period that covers {year}, or remove `plan:`"
            )),
        );
        return None;
    };
    let key = format!("{parent}/{id}");
    if plan.indicator(&key).is_none() {
        let d = Diagnostic::error(
            file,
            span(text),
            format!(
                "`{written}` names no indicator of `{plan_unit}`'s plan {}",
                plan.period()
            ),
        );
        let keys: Vec<&str> = plan.indicators().map(|(_, i)| i.key.as_str()).collect();
        diags.push(match closest(&key, keys.iter().copied()) {
            Some(best) => d.with_help(format!("did you mean `{best}`? (in `{}`)", plan.source)),
            None => d.with_help(format!(
                "the plan's indicators are listed in `{}` under its goals, objectives and programmes",
                plan.source
            )),
        });
        return None;
    }
    Some(PlanLink {
        unit: plan.unit.clone(),
        from: plan.from,
        key,
    })
}

/// Warns where the agreement's signed target differs from the plan's target
/// for the year and no reason is recorded, or the polarity differs.
fn compare(
    ind: &crate::model::Indicator,
    plan: &Plan,
    p: &PlanIndicator,
    year: i32,
    text: &Spanned<String>,
    file: &Path,
    diags: &mut Diagnostics,
) {
    if ind.polarity != p.polarity {
        diags.push(
            Diagnostic::warning(file, span(text), format!("`{}` and the plan indicator `{}` it implements have opposite polarity", ind.key, p.key))
                .with_help("set the same `polarity:` in both: whether higher or lower is better does not change between the plan and the agreement"),
        );
    }
    let signed = ind.signed_target.as_ref().unwrap_or(&ind.target);
    if let Some(planned) = p.target(year)
        && planned != signed
        && ind.plan_difference.is_none()
    {
        diags.push(
            Diagnostic::warning(
                file,
                span(text),
                format!(
                    "the target of `{}` differs from the {} target for {year} (`{}`)",
                    ind.key,
                    match plan.kind {
                        PlanKind::Rpjmd => "RPJMD",
                        PlanKind::Renstra => "Renstra",
                    },
                    p.key
                ),
            )
            .with_help("the site shows both; record why with `plan_difference: \"…\"` (a legitimate change), or correct the target"),
        );
    }
}
