//! `units.yaml` → the organisation tree.

use super::{Broken, ids, span};
use crate::diag::{Diagnostic, Diagnostics, closest};
use crate::load::Loaded;
use crate::load::raw::{RawUnit, RawUnits};
use crate::model::Unit;
use std::collections::{BTreeMap, BTreeSet};

/// Validates the units and returns them parents first (depth-first, in file
/// order among siblings). Units in a cycle or under an unknown parent are
/// reported and left out.
pub(super) fn validate(
    raw: Option<&Loaded<RawUnits>>,
    broken: &mut Broken,
    diags: &mut Diagnostics,
) -> Vec<Unit> {
    let Some(loaded) = raw else {
        broken.units = true;
        return Vec::new();
    };
    let file = &loaded.file;
    let raw_units = &loaded.data.units;
    if raw_units.is_empty() {
        diags.push(
            Diagnostic::error(file, None, "no units are listed")
                .with_help("list at least the head of the region under `units:`"),
        );
        return Vec::new();
    }

    let mut by_id: BTreeMap<&str, &RawUnit> = BTreeMap::new();
    for u in raw_units {
        let id = u.id.value.as_str();
        if !ids::is_unit_id(id) {
            diags.push(
                Diagnostic::error(
                    file,
                    span(&u.id),
                    format!("unit id `{id}` cannot be used in file names and web addresses"),
                )
                .with_help(ids::help(
                    id,
                    "lowercase letters, digits and `-`",
                    "`dinkes` or `bag-umum`",
                )),
            );
            continue;
        }
        if by_id.insert(id, u).is_some() {
            diags.push(
                Diagnostic::error(file, span(&u.id), format!("unit id `{id}` is used twice"))
                    .with_help("every unit needs its own id"),
            );
        }
    }
    let known: Vec<&str> = by_id.keys().copied().collect();
    let mut former: BTreeMap<&str, &str> = BTreeMap::new();
    for u in raw_units {
        for f in &u.former_ids {
            let old = f.value.as_str();
            if !ids::is_unit_id(old) {
                diags.push(
                    Diagnostic::error(file, span(f), format!("former id `{old}` cannot be used in web addresses"))
                        .with_help("former ids follow the same rule as unit ids: lowercase letters, digits and `-`"),
                );
            } else if by_id.contains_key(old) {
                diags.push(
                    Diagnostic::error(file, span(f), format!("former id `{old}` is the id of a current unit"))
                        .with_help("a former id keeps old addresses working; it cannot belong to another unit at the same time"),
                );
            } else if let Some(other) = former.insert(old, u.id.value.as_str()) {
                diags.push(
                    Diagnostic::error(
                        file,
                        span(f),
                        format!(
                            "former id `{old}` is claimed by `{other}` and `{}`",
                            u.id.value
                        ),
                    )
                    .with_help("an old address can redirect to one unit only"),
                );
            }
        }
    }

    let mut children: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut roots: Vec<&str> = Vec::new();
    let mut bad: BTreeSet<&str> = BTreeSet::new();
    for u in raw_units {
        let id = u.id.value.as_str();
        if !by_id.get(id).is_some_and(|x| std::ptr::eq(*x, u)) {
            continue;
        }
        match &u.parent {
            None => {
                // The top of the tree may be any unit: a head of region, a
                // minister, or one unit publishing its own record. Below the
                // first top, only the head of an institution stands alone.
                if !roots.is_empty() && !u.level.value.is_head_of_region() {
                    diags.push(
                        Diagnostic::error(file, span(&u.id), format!("unit `{id}` has no parent"))
                            .with_help(format!("the top of the tree is `{}`; add `parent:` with the id of the unit above this one", roots[0])),
                    );
                }
                roots.push(id);
            }
            Some(p) if p.value == id => {
                diags.push(
                    Diagnostic::error(file, span(p), format!("unit `{id}` is its own parent"))
                        .with_help("name the unit above it"),
                );
                bad.insert(id);
            }
            Some(p) if !by_id.contains_key(p.value.as_str()) => {
                let mut d =
                    Diagnostic::error(file, span(p), format!("unknown parent unit `{}`", p.value));
                d = match closest(&p.value, known.iter().copied()) {
                    Some(best) => d.with_help(format!("did you mean `{best}`?")),
                    None => d.with_help("the parent must be the id of another unit in this file"),
                };
                diags.push(d);
                bad.insert(id);
            }
            Some(p) => children.entry(p.value.as_str()).or_default().push(id),
        }
        if u.level.value.is_head_of_region() && u.parent.is_some() {
            diags.push(
                Diagnostic::warning(file, span(&u.level), format!("unit `{id}` is a head of region but has a parent"))
                    .with_help("the head of the region is the top of the tree; remove `parent:` or change `level:`"),
            );
        }
    }
    if roots.len() > 1 {
        for r in &roots[1..] {
            if let Some(u) = by_id.get(r) {
                diags.push(
                    Diagnostic::warning(
                        file,
                        span(&u.id),
                        format!("unit `{r}` is a second top of the tree"),
                    )
                    .with_help(format!(
                        "the tree usually has one top (`{}`); give this unit a parent",
                        roots[0]
                    )),
                );
            }
        }
    }

    let mut out = Vec::new();
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for root in &roots {
        let mut stack = vec![(*root, 0usize)];
        while let Some((id, depth)) = stack.pop() {
            if !seen.insert(id) {
                continue;
            }
            let Some(u) = by_id.get(id) else { continue };
            out.push(Unit {
                id: id.to_string(),
                name: u.name.trim().to_string(),
                short_name: u
                    .short_name
                    .clone()
                    .unwrap_or_else(|| u.name.trim().to_string()),
                level: u.level.value,
                parent: u.parent.as_ref().map(|p| p.value.clone()),
                position: u.position.trim().to_string(),
                depth,
                former_ids: u.former_ids.iter().map(|f| f.value.clone()).collect(),
            });
            if let Some(kids) = children.get(id) {
                for k in kids.iter().rev() {
                    stack.push((k, depth + 1));
                }
            }
        }
    }
    // Whatever was not reached from a root sits in a cycle, or under a unit
    // already reported (unknown parent).
    for u in raw_units {
        let id = u.id.value.as_str();
        if !by_id.contains_key(id) || seen.contains(id) || bad.contains(id) {
            continue;
        }
        let mut chain = vec![id];
        let mut cur = id;
        let mut cycle = false;
        while let Some(p) = by_id
            .get(cur)
            .and_then(|x| x.parent.as_ref())
            .map(|p| p.value.as_str())
        {
            if bad.contains(p) || !by_id.contains_key(p) {
                break;
            }
            let repeated = chain.contains(&p);
            chain.push(p);
            if repeated {
                cycle = true;
                break;
            }
            cur = p;
        }
        if cycle {
            diags.push(
                Diagnostic::error(
                    file,
                    u.parent.as_ref().and_then(span).or(span(&u.id)),
                    format!("unit `{id}` is part of a cycle in the unit tree"),
                )
                .with_help(format!(
                    "follow the parents: {}; one of them must point higher up",
                    chain.join(" → ")
                )),
            );
        }
    }
    for u in raw_units {
        if !out.iter().any(|x| x.id == u.id.value) {
            broken.unit_ids.insert(u.id.value.clone());
        }
    }
    out
}
