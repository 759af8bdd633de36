//! One indicator of an agreement: its values, periodicity, polarity,
//! roll-up, targets and their checks.

use super::*;

#[allow(clippy::too_many_arguments)]
pub(super) fn indicator(
    i: &RawIndicator,
    objective: &str,
    reader: &Reader<'_>,
    settings: &Settings,
    file: &Path,
    year: i32,
    unit: &str,
    amended: bool,
    links: &mut Vec<PendingLink>,
    diags: &mut Diagnostics,
) -> Option<Indicator> {
    let iid = i.id.value.as_str();
    let measure = i
        .measure
        .as_ref()
        .map(|m| m.value.trim().to_string())
        .unwrap_or_default();
    if measure.is_empty() {
        diags.push(
            not_stated(file, i.measure.as_ref().and_then(span).or_else(|| span(&i.id)), &format!("the unit of measure of `{objective}/{iid}` (`measure:`)"))
                .with_help("write the satuan, such as `%`, `orang` or `dokumen`; without one the site shows \"tidak tercantum\""),
        );
    }
    let target = reader.target(&i.target, i.scale.as_ref(), diags);
    let rollup = i.rollup.as_ref().map_or(Rollup::default(), |r| r.value);
    let negative_formula = match &i.negative_formula {
        Some(f) if i.polarity == Polarity::Positive => {
            diags.push(
                Diagnostic::warning(
                    file,
                    span(f),
                    format!(
                        "indicator `{objective}/{iid}` is higher-is-better, so `negative_formula` has no effect"
                    ),
                )
                .with_help("remove it, or set `polarity: negative`"),
            );
            f.value
        }
        Some(f) => f.value,
        None => settings.negative_formula,
    };
    let kind = target.as_ref().map(Value::kind);
    let mut quarterly: [Option<Value>; 4] = Default::default();
    if let Some(q) = &i.quarterly_targets {
        if q.value.len() != 4 {
            diags.push(
                Diagnostic::error(file, span(q), format!("{} quarterly targets given, 4 expected", q.value.len()))
                    .with_help("list one target per quarter, TW I to TW IV; write `null` for a quarter without a target"),
            );
        } else if let Some(kind) = &kind {
            for (slot, raw) in quarterly.iter_mut().zip(&q.value) {
                if let Some(v) = reader.quarter_target(raw, kind, diags) {
                    *slot = v;
                }
            }
        }
    }
    let target = target?;
    if rollup == Rollup::Cumulative {
        let at = i.rollup.as_ref().and_then(span);
        match &target {
            Value::Grade(_) => {
                diags.push(
                    Diagnostic::error(
                        file,
                        at,
                        format!("indicator `{objective}/{iid}` is graded, so its quarters cannot be summed"),
                    )
                    .with_help("use `rollup: last` for grades"),
                );
                return None;
            }
            Value::Range { .. } => {
                diags.push(
                    Diagnostic::error(
                        file,
                        at,
                        format!(
                            "indicator `{objective}/{iid}` has a range target, so its quarters cannot be summed"
                        ),
                    )
                    .with_help("use `rollup: last` for range targets"),
                );
                return None;
            }
            // Whether the quarterly targets add up is a flag of the figures
            // (`compute::Flag::TargetsDoNotAdd`), warned by `check` from there.
            Value::Number(_) => {}
        }
    }
    if i.share
        && is_percent(&measure)
        && let Value::Number(t) | Value::Range { high: t, .. } = &target
        && *t > 100.0
    {
        diags.push(
            Diagnostic::warning(
                file,
                span(&i.target),
                format!("target {t} % of `{objective}/{iid}` is above 100 % for a share"),
            )
            .with_help("a share cannot exceed 100 %; check the figure or remove `share: true`"),
        );
    }
    if matches!(kind, Some(ValueKind::Numeric)) && i.scale.is_some() {
        diags.push(
            Diagnostic::warning(
                file,
                i.scale.as_ref().and_then(span),
                "`scale` is set but the target is not a grade",
            )
            .with_help("remove `scale`"),
        );
    }
    let supports = i
        .supports
        .as_ref()
        .and_then(|s| parse_link(s, file, year, unit, links, diags));
    let revision = revision(i, objective, reader, &target, &quarterly, amended, diags);
    let benchmark = i.benchmark.as_ref().and_then(|b| {
        let value = reader.target(&b.value.value, i.scale.as_ref(), diags)?;
        if value.kind() != target.kind() {
            diags.push(
                Diagnostic::error(file, span(&b.value.value), format!("the benchmark of `{objective}/{iid}` is not the same kind of figure as its target"))
                    .with_help("give the benchmark in the indicator's own unit of measure, such as `183` for a number target"),
            );
            return None;
        }
        Some(Benchmark {
            value,
            source: b.value.source.trim().to_string(),
            year: b.value.year.as_ref().map(|y| y.value),
        })
    });
    let (target, quarterly, signed_target, signed_quarterly_targets) = match revision {
        Some((revised, revised_quarters)) => {
            let quarters_changed = revised_quarters.is_some();
            (
                revised,
                revised_quarters.unwrap_or_else(|| quarterly.clone()),
                Some(target),
                quarters_changed.then_some(quarterly),
            )
        }
        None => (target, quarterly, None, None),
    };
    Some(Indicator {
        id: iid.to_string(),
        name: i.name.trim().to_string(),
        measure,
        polarity: i.polarity,
        negative_formula: if i.polarity == Polarity::Negative {
            negative_formula
        } else {
            NegativeFormula::default()
        },
        target,
        quarterly_targets: quarterly,
        rollup,
        periodicity: i
            .periodicity
            .as_ref()
            .map_or_else(Default::default, |p| p.value),
        definition: i.definition.clone(),
        formula: i.formula.clone(),
        data_source: i.data_source.clone(),
        responsible: i.responsible.clone(),
        key: format!("{objective}/{iid}"),
        iku: i.iku,
        share: i.share,
        supports,
        // Resolved once every plan is known (`validate::plans::link`).
        plan: None,
        plan_difference: i
            .plan_difference
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string),
        signed_target,
        signed_quarterly_targets,
        benchmark,
        abbreviations: abbreviations(&i.abbreviations),
    })
}

/// The declared short forms, trimmed, without blanks or repeats, in the order written.
fn abbreviations(given: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for a in given.iter().map(|a| a.trim()).filter(|a| !a.is_empty()) {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(a)) {
            out.push(a.to_string());
        }
    }
    out
}

/// The revised target (and quarterly targets) of an amended agreement.
#[allow(clippy::type_complexity)]
fn revision(
    i: &RawIndicator,
    objective: &str,
    reader: &Reader<'_>,
    target: &Value,
    quarterly: &[Option<Value>; 4],
    amended: bool,
    diags: &mut Diagnostics,
) -> Option<(Value, Option<[Option<Value>; 4]>)> {
    let iid = i.id.value.as_str();
    let file = reader.file;
    let first = i
        .revised_target
        .as_ref()
        .map(span)
        .or_else(|| i.revised_quarterly_targets.as_ref().map(span))?;
    if !amended {
        diags.push(
            Diagnostic::error(
                file,
                first,
                format!("`{objective}/{iid}` has a revised target but the agreement records no amendment"),
            )
            .with_help("add `amendment:` with the `date` the revised agreement (PK Perubahan) was signed and the `reason`, or remove the revised target"),
        );
        return None;
    }
    let kind = target.kind();
    let revised = match &i.revised_target {
        Some(raw) => {
            let v = reader.target(raw, i.scale.as_ref(), diags)?;
            if v.kind() != kind {
                diags.push(
                    Diagnostic::error(file, span(raw), format!("the revised target of `{objective}/{iid}` is not the same kind of figure as the signed one"))
                        .with_help("revise the target in the same unit of measure (a number for a number, a grade of the same scale for a grade)"),
                );
                return None;
            }
            v
        }
        None => target.clone(),
    };
    let quarters = match &i.revised_quarterly_targets {
        Some(q) if q.value.len() != 4 => {
            diags.push(
                Diagnostic::error(file, span(q), format!("{} revised quarterly targets given, 4 expected", q.value.len()))
                    .with_help("list one target per quarter, TW I to TW IV; write `null` for a quarter without a target"),
            );
            return None;
        }
        Some(q) => {
            let mut out: [Option<Value>; 4] = Default::default();
            for (slot, raw) in out.iter_mut().zip(&q.value) {
                *slot = reader.quarter_target(raw, &kind, diags)?;
            }
            Some(out)
        }
        None => None,
    };
    if revised == *target && quarters.as_ref().is_none_or(|q| q == quarterly) {
        diags.push(
            Diagnostic::warning(
                file,
                first,
                format!("the revised target of `{objective}/{iid}` is the signed one"),
            )
            .with_help("remove `revised_target` when the amendment did not change it"),
        );
        return None;
    }
    Some((revised, quarters))
}
