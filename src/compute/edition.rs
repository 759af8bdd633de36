//! An edition's figures and what changed since the previous edition.
//!
//! Every figure the site publishes that a later edition may revise (targets,
//! realisations, budgets and their realisation, documents, evaluations and
//! the status of their recommendations) gets a stable key; two editions are
//! compared key by key.

use crate::model::{Figure, Observation, Site, Value};
use std::collections::BTreeMap;

/// A value as an archive keeps it.
fn value_text(v: &Value) -> String {
    match v {
        Value::Number(n) => format!("{n}"),
        Value::Range { low, high } => format!("{low}–{high}"),
        Value::Grade(g) => g.label.clone(),
    }
}

/// Every figure of `site`, by key.
pub fn figures(site: &Site) -> BTreeMap<String, Figure> {
    let mut out = BTreeMap::new();
    let mut put = |key: String, what: String, value: String| {
        out.insert(key, Figure { what, value });
    };
    for a in &site.agreements {
        let unit = site
            .unit(&a.unit)
            .map(|u| u.name.clone())
            .unwrap_or_else(|| a.unit.clone());
        let base = format!("{}/{}", a.unit, a.year);
        for (_, i) in a.indicators() {
            let who = format!("{unit} {}, {} {}", a.year, i.key, i.name);
            let k = format!("pk/{base}/{}", i.key);
            put(
                format!("{k}/target"),
                format!("{who}: target"),
                value_text(&i.target),
            );
            for (q, t) in i.quarterly_targets.iter().enumerate() {
                if let Some(t) = t {
                    put(
                        format!("{k}/target-tw{}", q + 1),
                        format!("{who}: target TW {}", roman(q + 1)),
                        value_text(t),
                    );
                }
            }
            for r in a.reports.iter().flatten() {
                if let Some(ir) = r.indicators.get(&i.key) {
                    let value = match &ir.value {
                        Observation::Measured(v) => value_text(v),
                        Observation::NotYetMeasured => "-".into(),
                    };
                    put(
                        format!("{k}/realisasi-tw{}", r.quarter),
                        format!("{who}: realisasi TW {}", roman(usize::from(r.quarter))),
                        value,
                    );
                }
            }
        }
        for b in &a.budget {
            let who = format!("{unit} {}, {} {}", a.year, b.code, b.name);
            let k = format!("anggaran/{base}/{}", b.code);
            put(
                format!("{k}/pagu"),
                format!("{who}: pagu"),
                b.ceiling.to_string(),
            );
            for r in a.reports.iter().flatten() {
                if let Some(spent) = r.budget.get(&b.code) {
                    put(
                        format!("{k}/realisasi-tw{}", r.quarter),
                        format!(
                            "{who}: realisasi anggaran TW {}",
                            roman(usize::from(r.quarter))
                        ),
                        spent.to_string(),
                    );
                }
            }
        }
    }
    for r in &site.registers {
        let unit = site
            .unit(&r.unit)
            .map(|u| u.name.clone())
            .unwrap_or_else(|| r.unit.clone());
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for d in &r.documents {
            let n = seen.entry(d.kind.id()).or_default();
            *n += 1;
            let value = [
                d.date.map(|d| d.to_string()),
                d.file.as_ref().map(|f| f.sha256.clone()),
                d.url.clone(),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
            put(
                format!("dokumen/{}/{}/{}/{n}", r.unit, r.year, d.kind.id()),
                format!("{unit} {}: dokumen {}", r.year, d.kind.id()),
                if value.is_empty() {
                    "ada".into()
                } else {
                    value
                },
            );
        }
    }
    let evaluations = site
        .settings
        .evaluations
        .iter()
        .map(|e| ("daerah".to_string(), site.settings.institution.clone(), e))
        .chain(site.registers.iter().filter_map(|r| {
            let name = site
                .unit(&r.unit)
                .map(|u| u.name.clone())
                .unwrap_or_else(|| r.unit.clone());
            r.evaluation.as_ref().map(|e| (r.unit.clone(), name, e))
        }));
    for (id, name, e) in evaluations {
        let k = format!("evaluasi/{id}/{}", e.year);
        put(
            format!("{k}/nilai"),
            format!("{name}: nilai evaluasi SAKIP atas {}", e.year),
            format!("{} {}", e.score, e.predicate),
        );
        for r in &e.recommendations {
            put(
                format!("{k}/rekomendasi-{}", r.id),
                format!("{name}: rekomendasi {} evaluasi atas {}", r.id, e.year),
                match r.closed {
                    Some(d) => format!("{} {d}", r.status.id()),
                    None => r.status.id().to_string(),
                },
            );
        }
    }
    out
}

fn roman(n: usize) -> &'static str {
    ["", "I", "II", "III", "IV"].get(n).copied().unwrap_or("?")
}

/// How a figure changed between two editions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    /// New in the later edition.
    Added,
    /// Its value differs.
    Revised,
    /// Gone from the later edition.
    Removed,
}

/// One figure that changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Its key.
    pub key: String,
    /// What it is.
    pub what: String,
    /// How it changed.
    pub kind: ChangeKind,
    /// Its value before (none when added).
    pub before: Option<String>,
    /// Its value after (none when removed).
    pub after: Option<String>,
}

/// Every figure that differs between `old` and `new`, by key.
pub fn changes(old: &BTreeMap<String, Figure>, new: &BTreeMap<String, Figure>) -> Vec<Change> {
    let mut out = Vec::new();
    for (key, f) in new {
        match old.get(key) {
            None => out.push(Change {
                key: key.clone(),
                what: f.what.clone(),
                kind: ChangeKind::Added,
                before: None,
                after: Some(f.value.clone()),
            }),
            Some(o) if o.value != f.value => out.push(Change {
                key: key.clone(),
                what: f.what.clone(),
                kind: ChangeKind::Revised,
                before: Some(o.value.clone()),
                after: Some(f.value.clone()),
            }),
            Some(_) => {}
        }
    }
    for (key, f) in old {
        if !new.contains_key(key) {
            out.push(Change {
                key: key.clone(),
                what: f.what.clone(),
                kind: ChangeKind::Removed,
                before: Some(f.value.clone()),
                after: None,
            });
        }
    }
    out.sort_by(|a, b| a.key.cmp(&b.key));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: &str) -> Figure {
        Figure {
            what: "x".into(),
            value: v.into(),
        }
    }

    #[test]
    fn changes_are_added_revised_and_removed_by_key() {
        let old: BTreeMap<String, Figure> =
            [("a".to_string(), f("1")), ("b".to_string(), f("2"))].into();
        let new: BTreeMap<String, Figure> =
            [("b".to_string(), f("3")), ("c".to_string(), f("4"))].into();
        let c = changes(&old, &new);
        let kinds: Vec<(&str, ChangeKind)> = c.iter().map(|c| (c.key.as_str(), c.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("a", ChangeKind::Removed),
                ("b", ChangeKind::Revised),
                ("c", ChangeKind::Added)
            ]
        );
        assert!(changes(&new, &new).is_empty());
    }
}
