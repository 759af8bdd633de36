//! Realisation files → [`Report`]s attached to their agreements.

use super::agreements::path_string;
use super::values::Reader;
use super::{Broken, span};
use crate::diag::{Diagnostic, Diagnostics, closest};
use crate::load::raw::RawRealisation;
use crate::load::{FileKind, Loaded};
use crate::model::is_percent;
use crate::model::{
    Agreement, Date, Evidence, FormulaInputs, GradeScale, IndicatorReport, Report, Revision, Value,
};
use std::collections::BTreeMap;

/// Validates each realisation file and attaches it to its agreement.
pub(super) fn attach(
    raw: &[Loaded<RawRealisation>],
    agreements: &mut [Agreement],
    scales: &[GradeScale],
    broken: &Broken,
    diags: &mut Diagnostics,
) {
    for loaded in raw {
        one(loaded, agreements, scales, broken, diags);
    }
    for a in agreements.iter() {
        check_budget_progress(a, diags);
    }
}

fn one(
    loaded: &Loaded<RawRealisation>,
    agreements: &mut [Agreement],
    scales: &[GradeScale],
    broken: &Broken,
    diags: &mut Diagnostics,
) {
    let file = &loaded.file;
    let r = &loaded.data;
    let FileKind::Realisation {
        year: path_year,
        quarter: path_quarter,
        unit: path_unit,
    } = &loaded.kind
    else {
        return;
    };
    let mut ok = true;
    let unit = r.unit.value.as_str();
    let year = r.year.value;
    if unit != path_unit {
        diags.push(
            Diagnostic::error(
                file,
                span(&r.unit),
                format!("the file is named for unit `{path_unit}` but says `{unit}`"),
            )
            .with_help(format!(
                "rename the file to `{unit}.yaml`, or correct `unit:`"
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
                "move the file to `realisations/{year}/q{path_quarter}/`, or correct `year:`"
            )),
        );
        ok = false;
    }
    let quarter = r.quarter.value;
    if !(1..=4).contains(&quarter) {
        diags.push(
            Diagnostic::error(
                file,
                span(&r.quarter),
                format!("quarter {quarter} is outside 1–4"),
            )
            .with_help("a year has four quarters (triwulan I–IV): write 1, 2, 3 or 4"),
        );
        ok = false;
    } else if quarter != i64::from(*path_quarter) {
        diags.push(
            Diagnostic::error(
                file,
                span(&r.quarter),
                format!("the file is in folder q{path_quarter} but says quarter {quarter}"),
            )
            .with_help(format!(
                "move the file to `realisations/{year}/q{quarter}/`, or correct `quarter:`"
            )),
        );
        ok = false;
    }
    let reported_on = match &r.reported {
        None => {
            diags.push(super::agreements::not_stated(
                file,
                span(&r.quarter),
                "the date of the report (`reported:`)",
            ));
            None
        }
        Some(raw) => match Date::parse(&raw.value) {
            Some(d) => Some(d),
            None => {
                diags.push(
                    Diagnostic::error(file, span(raw), format!("`{}` is not a date", raw.value))
                        .with_help("write the date as year-month-day, such as `2026-07-14`"),
                );
                None
            }
        },
    };
    if !ok {
        return;
    }
    let Some(agreement) = agreements
        .iter_mut()
        .find(|a| a.unit == unit && a.year == year)
    else {
        if broken.agreement(unit, year) {
            return;
        }
        diags.push(
            Diagnostic::error(file, span(&r.unit), format!("there is no agreement for `{unit}` in {year}"))
                .with_help(format!("a realisation reports against an agreement: add `agreements/{year}/{unit}.yaml` first")),
        );
        return;
    };
    let q = u8::try_from(quarter).unwrap_or(1);
    if let Some(d) = reported_on {
        let quarter_end = Date {
            year,
            month: u32::from(q) * 3,
            day: if q == 1 || q == 4 { 31 } else { 30 },
        };
        if d < quarter_end {
            diags.push(
                Diagnostic::warning(file, r.reported.as_ref().and_then(span), format!("the report for Triwulan {q} is dated {d}, before the quarter ended ({quarter_end})"))
                    .with_help("check the date; a quarter's realisation is reported after it ends"),
            );
        }
    }

    let reader = Reader { file, scales };
    let mut indicators = BTreeMap::new();
    for ir in &r.indicators {
        let id = ir.id.value.as_str();
        let Some((_, ind)) = agreement.indicator(id) else {
            if broken.item(unit, year, id) {
                continue;
            }
            let d = Diagnostic::error(
                file,
                span(&ir.id),
                format!("the {year} agreement of `{unit}` has no indicator `{id}`"),
            );
            let ids: Vec<&str> = agreement
                .indicators()
                .map(|(_, i)| i.key.as_str())
                .collect();
            diags.push(match closest(id, ids.iter().copied()) {
                Some(best) => d.with_help(format!("did you mean `{best}`?")),
                None => d.with_help(format!(
                    "write `objective/indicator`; indicators in the agreement: {}",
                    ids.join(", ")
                )),
            });
            continue;
        };
        if indicators.contains_key(id) {
            diags.push(
                Diagnostic::error(
                    file,
                    span(&ir.id),
                    format!("indicator `{id}` is reported twice"),
                )
                .with_help("keep one entry per indicator"),
            );
            continue;
        }
        let kind = ind.kind();
        let value = match &ir.value {
            None => Some(crate::model::Observation::NotYetMeasured),
            Some(v) => reader.observation(v, &kind, diags),
        };
        let Some(value) = value else { continue };
        if let (Some(Value::Number(n)), Some(raw)) = (value.value(), &ir.value)
            && ind.share
            && is_percent(&ind.measure)
            && *n > 100.0
        {
            diags.push(
                Diagnostic::warning(file, span(raw), format!("{n} % is above 100 % for a share"))
                    .with_help("a share of a whole cannot exceed 100 %; check the figure"),
            );
        }
        let evidence = ir
            .evidence
            .iter()
            .filter_map(|e| {
                let url = e.value.url.trim();
                if !is_safe_link(url) {
                    diags.push(
                        Diagnostic::error(file, span(e), format!("evidence link `{url}` is not allowed"))
                            .with_help("use an `https://` or `http://` address, or a path to a file in `static/`"),
                    );
                    return None;
                }
                Some(Evidence {
                    title: e.value.title.clone().unwrap_or_else(|| url.to_string()),
                    url: url.to_string(),
                })
            })
            .collect();
        let mut revisions = Vec::new();
        for rev in &ir.revisions {
            let Some(old) = reader.observation(&rev.value, &kind, diags) else {
                continue;
            };
            let Some(date) = Date::parse(&rev.date.value) else {
                diags.push(
                    Diagnostic::error(
                        file,
                        span(&rev.date),
                        format!("`{}` is not a date", rev.date.value),
                    )
                    .with_help(
                        "write the date the earlier value was published, such as `2026-04-12`",
                    ),
                );
                continue;
            };
            revisions.push(Revision {
                value: old,
                published_on: date,
                note: rev.note.clone(),
            });
        }
        revisions.sort_by_key(|r| r.published_on);
        let revised_on = match &ir.revised {
            None => None,
            Some(d) => match Date::parse(&d.value) {
                Some(date) => {
                    if revisions.last().is_some_and(|r| r.published_on > date) {
                        diags.push(
                            Diagnostic::error(file, span(d), format!("the revision date {date} is before the earlier value was published"))
                                .with_help("`revised` is when the current value was published; it comes after every date under `revisions`"),
                        );
                    }
                    Some(date)
                }
                None => {
                    diags.push(
                        Diagnostic::error(file, span(d), format!("`{}` is not a date", d.value))
                            .with_help("write the date the corrected value was published, such as `2026-08-02`"),
                    );
                    None
                }
            },
        };
        if !revisions.is_empty() && ir.revised.is_none() {
            diags.push(
                Diagnostic::warning(file, span(&ir.id), format!("indicator `{id}` lists earlier values but no `revised` date"))
                    .with_help("add `revised: YYYY-MM-DD`, the date the corrected value was published, so readers see when it changed"),
            );
        }
        let inputs = match (&ir.numerator, &ir.denominator) {
            (Some(n), Some(d)) if !usable(n.value) || !usable(d.value) || d.value == 0.0 => {
                let bad = if usable(n.value) { d } else { n };
                diags.push(
                    Diagnostic::error(file, span(bad), format!("the formula inputs of `{id}` are not usable numbers"))
                        .with_help("write the numerator (pembilang) and the denominator (penyebut) as numbers, the denominator not 0"),
                );
                None
            }
            (Some(n), Some(d)) => Some(FormulaInputs {
                numerator: n.value,
                denominator: d.value,
            }),
            (None, None) => None,
            (Some(one), None) | (None, Some(one)) => {
                diags.push(
                    Diagnostic::error(file, span(one), format!("indicator `{id}` gives only one of `numerator` and `denominator`"))
                        .with_help("a reader can only recompute a ratio from both: give `numerator` (pembilang) and `denominator` (penyebut), or neither"),
                );
                None
            }
        };
        if ir.not_carried_out && value.value().is_some() {
            diags.push(
                Diagnostic::error(file, span(&ir.id), format!("indicator `{id}` has a value and says `not_carried_out: true`"))
                    .with_help("`not_carried_out` means no work was done this quarter: remove the value, or remove `not_carried_out`"),
            );
        }
        if let Some(o) = &ir.official_achievement
            && !usable(o.value)
        {
            diags.push(
                Diagnostic::error(file, span(o), "the official achievement is not a number")
                    .with_help("write the capaian (%) printed in the signed form, such as `57.28`"),
            );
        }
        indicators.insert(
            id.to_string(),
            IndicatorReport {
                not_carried_out: ir.not_carried_out,
                inputs,
                official_achievement: ir
                    .official_achievement
                    .as_ref()
                    .map(|o| o.value)
                    .filter(|v| v.is_finite()),
                value,
                explanation: ir.explanation.clone(),
                obstacles: ir.obstacles.clone(),
                follow_up: ir.follow_up.clone(),
                evidence,
                revised_on,
                revisions,
            },
        );
    }

    let mut budget = BTreeMap::new();
    let mut total: i64 = 0;
    for b in &r.budget {
        let code = b.code.value.trim();
        let Some(line) = agreement.budget.iter().find(|l| l.code == code) else {
            if broken.item(unit, year, code) {
                continue;
            }
            let d = Diagnostic::error(
                file,
                span(&b.code),
                format!("the {year} agreement of `{unit}` has no budget line `{code}`"),
            );
            diags.push(
                match closest(code, agreement.budget.iter().map(|l| l.code.as_str())) {
                    Some(best) => d.with_help(format!("did you mean `{best}`?")),
                    None => d.with_help("report only budget lines listed in the agreement"),
                },
            );
            continue;
        };
        if budget.contains_key(code) {
            diags.push(
                Diagnostic::error(
                    file,
                    span(&b.code),
                    format!("budget line `{code}` is reported twice"),
                )
                .with_help("keep one entry per budget line"),
            );
            continue;
        }
        let realised = b.realised.value;
        if realised < 0 {
            diags.push(
                Diagnostic::error(file, span(&b.realised), "the realised budget is negative")
                    .with_help("write the amount spent up to this quarter, in whole rupiah"),
            );
            continue;
        }
        if realised > crate::model::MAX_RUPIAH {
            diags.push(
                Diagnostic::error(file, span(&b.realised), format!("the realised budget of `{code}` is larger than any budget line (above Rp 1.000 triliun)"))
                    .with_help("write the amount spent up to this quarter in whole rupiah; check for extra digits"),
            );
            continue;
        }
        if realised > line.ceiling {
            diags.push(
                Diagnostic::warning(file, span(&b.realised), format!("realised Rp {realised} is above the ceiling Rp {} of `{code}`", line.ceiling))
                    .with_help("spending above the pagu is unusual; check the figure or the ceiling in the agreement"),
            );
        }
        total = match total.checked_add(realised) {
            Some(t) if t <= crate::model::MAX_RUPIAH_TOTAL => t,
            _ => {
                diags.push(
                    Diagnostic::error(file, span(&b.realised), "the realised amounts of this report add up to more than Rp 1.000.000 triliun")
                        .with_help("check the amounts for extra digits"),
                );
                continue;
            }
        };
        budget.insert(code.to_string(), realised);
    }

    let slot = &mut agreement.reports[usize::from(q - 1)];
    if let Some(existing) = slot {
        diags.push(
            Diagnostic::error(
                file,
                span(&r.unit),
                format!("a second realisation for `{unit}`, {year} Triwulan {q}"),
            )
            .with_help(format!(
                "the first is `{}`; keep one file per unit per quarter",
                existing.source
            )),
        );
        return;
    }
    *slot = Some(Report {
        quarter: q,
        reported_on,
        indicators,
        budget,
        narrative: loaded.body.clone(),
        source: path_string(file),
    });
}

/// Links users may put in content: web addresses and site-relative paths.
pub(crate) fn is_safe_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    if url.is_empty()
        || url
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || matches!(c, '"' | '<' | '>' | '`'))
    {
        return false;
    }
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return true;
    }
    // A relative path: no scheme, no escape from the site.
    !lower.contains(':') && !url.split('/').any(|p| p == "..") && !url.starts_with("//")
}

/// Cumulative budget realisation must not shrink from one quarter to the next.
fn check_budget_progress(a: &Agreement, diags: &mut Diagnostics) {
    let mut last: BTreeMap<&str, (i64, u8)> = BTreeMap::new();
    for rep in a.reports.iter().flatten() {
        for (code, amount) in &rep.budget {
            if let Some((prev, pq)) = last.get(code.as_str())
                && amount < prev
            {
                diags.push(
                    Diagnostic::warning(&rep.source, None, format!("budget realised for `{code}` went down from Rp {prev} (Triwulan {pq}) to Rp {amount}"))
                        .with_help("budget realisation is cumulative (s.d. triwulan): report the total spent since January"),
                );
            }
            last.insert(code, (*amount, rep.quarter));
        }
    }
}

/// Whether a formula input is a figure kinerja can compute with.
fn usable(n: f64) -> bool {
    n.is_finite() && n.abs() <= super::values::MAX_FIGURE
}
