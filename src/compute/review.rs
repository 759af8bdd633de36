//! `kinerja check` warnings from the computed figures: the same flags and
//! budget issues the pages mark "cek data", said to the clerk with the file
//! and the line of the entry concerned.

use super::{BudgetIssue, Figures, Flag};
use crate::diag::{Diagnostic, Diagnostics, Sources, Span};
use crate::model::Site;
use std::path::Path;

/// The line of the first `key: value` (value unquoted or quoted) in `text`
/// at or after line `from` (1-based).
fn find_line(text: &str, from: usize, key: &str, value: &str) -> Option<(usize, usize)> {
    text.lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .find_map(|(i, line)| {
            let body = line.trim_start().trim_start_matches("- ");
            let rest = body.strip_prefix(key)?.strip_prefix(':')?.trim();
            let rest = rest.trim_matches(|c| c == '"' || c == '\'');
            let col = line.len() - line.trim_start().len() + 1;
            (rest == value).then_some((i + 1, col))
        })
}

/// The line of the first `key:` in `text` at or after line `from`, whatever its value.
fn find_key(text: &str, from: usize, key: &str) -> Option<(usize, usize)> {
    text.lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .find_map(|(i, line)| {
            let body = line.trim_start().trim_start_matches("- ");
            let col = line.len() - line.trim_start().len() + 1;
            body.strip_prefix(key)?
                .starts_with(':')
                .then_some((i + 1, col))
        })
}

/// Where an indicator is in a file: an agreement (objective, then indicator
/// id) or a realisation (`id: S1/IK1`).
fn locate(sources: &Sources, file: &Path, key: &str, agreement: bool) -> Option<Span> {
    let text = sources.get(file)?;
    let (line, col) = if agreement {
        let (o, i) = key.split_once('/')?;
        let (at, _) = find_line(text, 1, "id", o)?;
        find_line(text, at + 1, "id", i)?
    } else {
        find_line(text, 1, "id", key)?
    };
    Some(Span::new(line, col, 1))
}

/// Adds a warning for every flag and budget issue of the site's figures.
pub fn warnings(site: &Site, figures: &Figures, sources: &Sources, diags: &mut Diagnostics) {
    let ceiling = site.settings.achievement_ceiling;
    for a in &site.agreements {
        let Some(f) = figures.get(&(a.unit.clone(), a.year)) else {
            continue;
        };
        let pk = Path::new(&a.source);
        for (key, y) in &f.indicators {
            for flag in &y.flags {
                let quarter_file = |q: u8| {
                    a.reports[usize::from(q - 1)]
                        .as_ref()
                        .map_or(pk, |r| Path::new(r.source.as_str()))
                };
                let (file, help, message) = match flag {
                    Flag::AboveCeiling { quarter, percent, .. } => (
                        quarter_file(*quarter),
                        format!("check the figure and the target; the ceiling is `achievement_ceiling: {ceiling}` in site.yaml"),
                        format!("achievement of `{key}` in Triwulan {quarter} is {percent:.2} %, above {ceiling} %"),
                    ),
                    Flag::LooksCumulative { sum, last, target } => (
                        pk,
                        "if each quarter reports the total so far (17, then 34, …), use `rollup: last`".to_string(),
                        format!("the quarterly values of `{key}` only grow and add up to {sum}, above the target {target}, while the last value {last} is not: they look already cumulative"),
                    ),
                    Flag::TargetsDoNotAdd { sum, annual, missing } => (
                        pk,
                        if *missing > 0 {
                            "give a target for every quarter (with `rollup: cumulative` each is that quarter's share), or none".to_string()
                        } else {
                            "with `rollup: cumulative` the quarterly targets add up to the annual one; with `rollup: last` the TW IV target is the annual one".to_string()
                        },
                        format!("the quarterly targets of `{key}` come to {sum}, not to the annual target {annual}{}", if *missing > 0 { format!(" ({missing} of the 4 quarters have none)") } else { String::new() }),
                    ),
                    // Indicators marked `share: true` are already warned by
                    // validation, at the value itself.
                    Flag::ShareAbove100 { .. }
                        if a.indicator(key).is_some_and(|(_, i)| i.share) =>
                    {
                        continue;
                    }
                    Flag::ShareAbove100 { quarter, value } => (
                        quarter_file(*quarter),
                        "a percentage of a whole cannot exceed 100; check the figure or the unit of measure".to_string(),
                        format!("`{key}` reports {value} % in Triwulan {quarter}, above 100 %"),
                    ),
                    Flag::LooksLikeFraction { quarter, value } => (
                        quarter_file(*quarter),
                        format!("the unit of measure is a percentage: write {} rather than {value}", (value * 1e8).round() / 1e6),
                        format!("`{key}` reports {value} in Triwulan {quarter}, which looks like a fraction where a percentage is due"),
                    ),
                    // A signed figure that differs from the recomputation is a
                    // fact of the record, shown beside it on the page; it is
                    // not a mistake in the content.
                    Flag::OfficialDiffers { .. } => continue,
                    Flag::InputsDisagree { quarter, from_inputs, value } => (
                        quarter_file(*quarter),
                        "check the numerator, the denominator and the value".to_string(),
                        format!("numerator ÷ denominator of `{key}` in Triwulan {quarter} gives {from_inputs}, not the value {value}"),
                    ),
                };
                let in_pk = file == pk;
                let mut at = locate(sources, file, key, in_pk);
                if matches!(flag, Flag::TargetsDoNotAdd { .. }) {
                    // Point at the quarterly targets of this indicator, when given.
                    let next_item = at.and_then(|s| {
                        sources
                            .get(file)
                            .and_then(|t| find_key(t, s.line + 1, "id"))
                    });
                    if let Some(found) = at
                        .and_then(|s| find_key(sources.get(file)?, s.line + 1, "quarterly_targets"))
                        .filter(|(l, _)| next_item.is_none_or(|(n, _)| *l < n))
                    {
                        at = Some(Span::new(found.0, found.1, 1));
                    }
                }
                diags.push(Diagnostic::warning(file, at, message).with_help(help));
            }
        }
        let text = sources.get(pk);
        let code_span = |code: &str| {
            text.and_then(|t| find_line(t, 1, "code", code))
                .map(|(l, c)| Span::new(l, c, 1))
        };
        for issue in &f.budget.issues {
            let d = match issue {
                BudgetIssue::ChildrenExceedParent { code, children, ceiling } => Diagnostic::warning(
                    pk,
                    code_span(code),
                    format!("the lines under `{code}` add up to Rp {children}, above its ceiling Rp {ceiling}"),
                )
                .with_help("the kegiatan of a programme add up to at most its ceiling; check the codes and amounts"),
                BudgetIssue::Orphan { code, .. } => Diagnostic::warning(
                    pk,
                    code_span(code),
                    format!("budget line `{code}` has no parent line in the list"),
                )
                .with_help("add its programme (or kegiatan), or check the code; lines nest by code: `5.02.01` holds `5.02.01.2.01`"),
            };
            diags.push(d);
        }
    }
}
