//! Agreement files → [`Agreement`]s, then the cascade links between them.

use super::values::Reader;
use super::{Broken, ids, span};
use crate::diag::{Diagnostic, Diagnostics, Span, closest};
use crate::load::raw::{RawAgreement, RawIndicator, RawParty, Spanned};
use crate::load::{FileKind, Loaded};
use crate::model::is_percent;
use crate::model::{
    Agreement, Amendment, Benchmark, BudgetLine, CascadeLink, Date, Indicator, NegativeFormula,
    Objective, Party, Polarity, Rollup, Settings, Unit, Value, ValueKind,
};
use std::collections::BTreeSet;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

mod indicator;
mod links;
use indicator::indicator;
use links::{check_link, parse_link};

/// A cascade link still to be resolved once every agreement is known.
struct PendingLink {
    file: PathBuf,
    span: Option<Span>,
    year: i32,
    from_unit: String,
    link: CascadeLink,
}

/// Validates every agreement file and the cascade links between them.
pub(super) fn validate(
    raw: &[Loaded<RawAgreement>],
    units: &[Unit],
    settings: &Settings,
    broken: &mut Broken,
    diags: &mut Diagnostics,
) -> Vec<Agreement> {
    let mut out: Vec<Agreement> = Vec::new();
    let mut links: Vec<PendingLink> = Vec::new();
    // (unit, year) → position in `out`.
    let mut seen: HashMap<(String, i32), usize> = HashMap::new();
    for loaded in raw {
        if let Some(a) = one(loaded, units, settings, broken, &mut links, diags) {
            if let Some(prev) = seen.get(&(a.unit.clone(), a.year)).map(|&i| &out[i]) {
                diags.push(
                    Diagnostic::error(
                        &loaded.file,
                        span(&loaded.data.unit),
                        format!("a second agreement for `{}` in {}", a.unit, a.year),
                    )
                    .with_help(format!(
                        "the first is `{}`; keep one file per unit per year",
                        prev.source
                    )),
                );
                continue;
            }
            seen.insert((a.unit.clone(), a.year), out.len());
            out.push(a);
        }
    }
    let unit_order: HashMap<&str, usize> = units
        .iter()
        .enumerate()
        .rev()
        .map(|(i, u)| (u.id.as_str(), i))
        .collect();
    let by_key: HashMap<(&str, i32), &Agreement> =
        out.iter().map(|a| ((a.unit.as_str(), a.year), a)).collect();
    for l in &links {
        check_link(l, &by_key, &unit_order, units, broken, diags);
    }
    drop(by_key);
    out.sort_by_key(|a| {
        (
            a.year,
            unit_order
                .get(a.unit.as_str())
                .copied()
                .unwrap_or(usize::MAX),
        )
    });
    out
}

/// A warning for a field the source does not give: the site shows "tidak
/// tercantum" and invents nothing; `--deny-warnings` refuses it.
pub(super) fn not_stated(file: &Path, at: Option<crate::diag::Span>, what: &str) -> Diagnostic {
    Diagnostic::warning(file, at, format!("{what} is not given"))
        .with_help("the site will show \"tidak tercantum\" (not stated); add it if the signed document has it, or keep it out if the source does not say")
}

fn party(raw: &RawParty) -> Party {
    Party {
        name: raw
            .name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string),
        position: raw.position.trim().to_string(),
        acting: raw.acting,
        nip: raw.nip.clone(),
    }
}

fn one(
    loaded: &Loaded<RawAgreement>,
    units: &[Unit],
    settings: &Settings,
    broken: &mut Broken,
    all_links: &mut Vec<PendingLink>,
    diags: &mut Diagnostics,
) -> Option<Agreement> {
    let mut own_links = Vec::new();
    let links = &mut own_links;
    let file = &loaded.file;
    let r = &loaded.data;
    let FileKind::Agreement {
        year: path_year,
        unit: path_unit,
    } = &loaded.kind
    else {
        return None;
    };
    let mut ok = true;
    let unit_id = r.unit.value.as_str();
    let year = r.year.value;

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
    if year != *path_year {
        diags.push(
            Diagnostic::error(
                file,
                span(&r.year),
                format!("the file is in folder {path_year} but says year {year}"),
            )
            .with_help(format!(
                "move the file to `agreements/{year}/`, or correct `year:`"
            )),
        );
        ok = false;
    }
    let unit = units.iter().find(|u| u.id == unit_id);
    if unit.is_none() && broken.unit(unit_id) {
        ok = false;
    } else if unit.is_none() {
        let d = Diagnostic::error(file, span(&r.unit), format!("unknown unit `{unit_id}`"));
        diags.push(
            match closest(unit_id, units.iter().map(|u| u.id.as_str())) {
                Some(best) => d.with_help(format!("did you mean `{best}`?")),
                None => d.with_help("add the unit to units.yaml first"),
            },
        );
        ok = false;
    }

    let signed = r.signed.as_ref().map(|s| &s.value);
    let signed_date = signed.and_then(|s| s.date.as_ref());
    let signed_on = signed_date.and_then(|d| Date::parse(&d.value));
    let at_signed = r.signed.as_ref().and_then(span).or_else(|| span(&r.unit));
    match (signed_date, signed_on) {
        (None, _) => diags.push(not_stated(file, at_signed, "the signing date (`signed: date:`)")),
        (Some(raw), None) => diags.push(
            Diagnostic::error(file, span(raw), format!("`{}` is not a date", raw.value))
                .with_help("write the date as year-month-day, such as `2026-01-15`"),
        ),
        (Some(raw), Some(d)) if year == *path_year && d.year != year && d.year != year - 1 => diags.push(
            Diagnostic::warning(file, span(raw), format!("the agreement for {year} is dated {d}"))
                .with_help("an agreement is signed at the start of its year (or at the end of the year before); check the date"),
        ),
        (Some(_), Some(_)) => {}
    }
    let signed_at = signed
        .and_then(|s| s.place.as_deref())
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string);
    if signed_at.is_none() {
        diags.push(not_stated(
            file,
            at_signed,
            "the place of signing (`signed: place:`)",
        ));
    }
    for (role, p) in [
        ("first_party", Some(&r.first_party)),
        ("second_party", r.second_party.as_ref().map(|p| &p.value)),
    ] {
        if p.is_some_and(|p| p.name.as_deref().is_none_or(|n| n.trim().is_empty())) {
            let at = if role == "second_party" {
                r.second_party.as_ref().and_then(span)
            } else {
                None
            };
            diags.push(not_stated(
                file,
                at.or_else(|| span(&r.unit)),
                &format!(
                    "the name of the {} (`{role}: name:`)",
                    if role == "first_party" {
                        "first party"
                    } else {
                        "second party"
                    }
                ),
            ));
        }
    }

    let head_of_region = unit.is_some_and(|u| u.level.is_head_of_region());
    if r.second_party.is_none() && unit.is_some() && !head_of_region {
        diags.push(
            Diagnostic::error(file, span(&r.unit), "`second_party` is missing")
                .with_help("every agreement below the head of the region is signed with the superior (PIHAK KEDUA): add `second_party:` with `name` and `position`"),
        );
    }

    let amendment = r
        .amendment
        .as_ref()
        .and_then(|raw| amendment(raw, file, year, signed_on, diags));
    let reader = Reader {
        file,
        scales: &settings.grade_scales,
    };
    let mut objectives = Vec::new();
    let mut objective_ids: BTreeSet<String> = BTreeSet::new();
    if r.objectives.value.is_empty() {
        diags.push(
            Diagnostic::error(file, span(&r.objectives), "the agreement has no objectives")
                .with_help("add at least one objective (sasaran) with its indicators"),
        );
    }
    for o in &r.objectives.value {
        let oid = o.id.value.as_str();
        if !ids::is_item_id(oid) {
            diags.push(
                Diagnostic::error(
                    file,
                    span(&o.id),
                    format!("objective id `{oid}` is not valid"),
                )
                .with_help(ids::help(
                    oid,
                    "letters, digits, `.`, `_` or `-`",
                    "`S1`",
                )),
            );
            broken
                .items
                .insert((unit_id.to_string(), year, oid.to_string()));
            continue;
        }
        if !objective_ids.insert(oid.to_string()) {
            diags.push(Diagnostic::error(file, span(&o.id), format!("objective id `{oid}` is used twice in this agreement")).with_help("give each objective its own id; ids are the permanent address of the objective"));
            continue;
        }
        let supports = o
            .supports
            .as_ref()
            .and_then(|s| parse_link(s, file, year, unit_id, links, diags));
        if o.indicators.value.is_empty() {
            diags.push(
                Diagnostic::error(
                    file,
                    span(&o.indicators),
                    format!("objective `{oid}` has no indicators"),
                )
                .with_help("add at least one indicator to measure the objective"),
            );
        }
        let mut indicators = Vec::new();
        let mut indicator_ids: BTreeSet<&str> = BTreeSet::new();
        for i in &o.indicators.value {
            let iid = i.id.value.as_str();
            if !ids::is_item_id(iid) {
                diags.push(
                    Diagnostic::error(
                        file,
                        span(&i.id),
                        format!("indicator id `{iid}` is not valid"),
                    )
                    .with_help(ids::help(
                        iid,
                        "letters, digits, `.`, `_` or `-`",
                        "`IK1`",
                    )),
                );
                continue;
            }
            if !indicator_ids.insert(iid) {
                diags.push(
                    Diagnostic::error(file, span(&i.id), format!("indicator id `{iid}` is used twice in objective `{oid}`"))
                        .with_help("give each indicator of an objective its own id; realisations refer to it as `objective/indicator`"),
                );
                continue;
            }
            match indicator(
                i,
                oid,
                &reader,
                settings,
                file,
                year,
                unit_id,
                r.amendment.is_some(),
                links,
                diags,
            ) {
                Some(ind) => indicators.push(ind),
                None => {
                    broken
                        .items
                        .insert((unit_id.to_string(), year, format!("{oid}/{iid}")));
                }
            }
        }
        objectives.push(Objective {
            id: oid.to_string(),
            name: o.name.trim().to_string(),
            supports,
            indicators,
        });
    }

    let mut budget = Vec::new();
    let mut codes: BTreeSet<&str> = BTreeSet::new();
    let mut ceilings: i64 = 0;
    for b in &r.budget {
        let code = b.code.value.trim();
        if code.is_empty() || code.chars().any(|c| c.is_whitespace() || c == '/') {
            diags.push(
                Diagnostic::error(
                    file,
                    span(&b.code),
                    format!("budget code `{code}` is not valid"),
                )
                .with_help("write the code from the nomenclature as text, such as `\"1.02.02\"`"),
            );
            continue;
        }
        if !codes.insert(code) {
            diags.push(
                Diagnostic::error(
                    file,
                    span(&b.code),
                    format!("budget code `{code}` is listed twice"),
                )
                .with_help("list each programme, kegiatan or sub kegiatan once"),
            );
            continue;
        }
        if b.ceiling.value > crate::model::MAX_RUPIAH {
            diags.push(
                Diagnostic::error(
                    file,
                    span(&b.ceiling),
                    format!("the budget ceiling of `{code}` is larger than any budget line (above Rp 1.000 triliun)"),
                )
                .with_help("write the ceiling (pagu) in whole rupiah, such as `1250000000`; check for extra digits"),
            );
            broken
                .items
                .insert((unit_id.to_string(), year, code.to_string()));
            continue;
        }
        ceilings = match ceilings.checked_add(b.ceiling.value.max(0)) {
            Some(t) if t <= crate::model::MAX_RUPIAH_TOTAL => t,
            _ => {
                diags.push(
                    Diagnostic::error(
                        file,
                        span(&b.ceiling),
                        "the budget ceilings of this agreement add up to more than Rp 1.000.000 triliun",
                    )
                    .with_help("check the ceilings for extra digits; no agreement's budget comes near this"),
                );
                broken
                    .items
                    .insert((unit_id.to_string(), year, code.to_string()));
                continue;
            }
        };
        if b.ceiling.value < 0 {
            diags.push(
                Diagnostic::error(
                    file,
                    span(&b.ceiling),
                    format!("the budget ceiling of `{code}` is negative"),
                )
                .with_help("write the ceiling (pagu) in whole rupiah, such as `1250000000`"),
            );
            broken
                .items
                .insert((unit_id.to_string(), year, code.to_string()));
            continue;
        }
        for o in &b.objectives {
            if !objective_ids.contains(&o.value) {
                let d = Diagnostic::error(
                    file,
                    span(o),
                    format!(
                        "budget line `{code}` serves unknown objective `{}`",
                        o.value
                    ),
                );
                diags.push(
                    match closest(&o.value, objective_ids.iter().map(String::as_str)) {
                        Some(best) => d.with_help(format!("did you mean `{best}`?")),
                        None => d.with_help("list ids of objectives in this agreement"),
                    },
                );
            }
        }
        budget.push(BudgetLine {
            code: code.to_string(),
            name: b.name.trim().to_string(),
            level: b.level,
            ceiling: b.ceiling.value.max(0),
            objectives: b.objectives.iter().map(|o| o.value.clone()).collect(),
        });
    }

    if !ok || unit.is_none() {
        broken.agreements.insert((path_unit.clone(), *path_year));
        broken.agreements.insert((unit_id.to_string(), year));
        return None;
    }
    all_links.append(links);
    Some(Agreement {
        unit: unit_id.to_string(),
        year,
        signed_on,
        signed_at,
        first_party: party(&r.first_party),
        second_party: r.second_party.as_ref().map(|p| party(&p.value)),
        objectives,
        budget,
        budget_complete: r.budget_complete.unwrap_or(true),
        narrative: loaded.body.clone(),
        reports: Default::default(),
        source: path_string(file),
        amendment,
    })
}

/// The amendment (*PK Perubahan*): a date in the year, after the signing.
fn amendment(
    raw: &Spanned<crate::load::raw::RawAmendment>,
    file: &Path,
    year: i32,
    signed_on: Option<Date>,
    diags: &mut Diagnostics,
) -> Option<Amendment> {
    let date_raw = &raw.value.date;
    let Some(date) = Date::parse(&date_raw.value) else {
        diags.push(
            Diagnostic::error(file, span(date_raw), format!("`{}` is not a date", date_raw.value))
                .with_help("write the date the revised agreement was signed as year-month-day, such as `2026-09-15`"),
        );
        return None;
    };
    if let Some(signed) = signed_on
        && date <= signed
    {
        diags.push(
            Diagnostic::error(
                file,
                span(date_raw),
                format!(
                    "the amendment is dated {date}, not after the agreement was signed ({signed})"
                ),
            )
            .with_help(
                "a revised agreement (PK Perubahan) is signed after the original: check both dates",
            ),
        );
        return None;
    }
    if date.year != year {
        diags.push(
            Diagnostic::warning(file, span(date_raw), format!("the amendment of the {year} agreement is dated {date}"))
                .with_help("a PK Perubahan is signed during its year (usually after the APBD Perubahan); check the date"),
        );
    }
    let reason = raw.value.reason.value.trim();
    if reason.is_empty() {
        diags.push(
            Diagnostic::error(file, span(&raw.value.reason), "the amendment gives no reason")
                .with_help("say why the agreement was revised, such as `APBD Perubahan 2026` or `pergantian pejabat`"),
        );
        return None;
    }
    Some(Amendment {
        date,
        reason: reason.to_string(),
    })
}

pub(super) fn path_string(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}
