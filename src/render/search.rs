//! The search page: a static index searched by a small script, and the same
//! entries as an A–Z index for readers without JavaScript.

use super::paths;
use super::view::Ctx;
use crate::render::i18n::Label;
use serde::Serialize;
use std::collections::BTreeMap;

/// One searchable thing.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    /// Title.
    pub t: String,
    /// Kind (`Unit Kerja`, `Indikator Kinerja`, …).
    pub k: String,
    /// Context (unit, year).
    pub c: String,
    /// Path from the site root.
    pub u: String,
}

/// A letter of the A–Z index.
#[derive(Debug, Clone, Serialize)]
pub struct Letter {
    /// `A`, or `#` for digits and symbols.
    pub letter: String,
    /// Anchor id.
    pub id: String,
    /// Entries under it.
    pub entries: Vec<Entry>,
}

/// The search page.
#[derive(Debug, Clone, Serialize)]
pub struct SearchView {
    /// The index as JSON, for the script.
    pub json: String,
    /// The A–Z index.
    pub letters: Vec<Letter>,
    /// Number of entries.
    pub count: usize,
}

/// Folds a letter for sorting and grouping: `É` → `E`.
fn fold(c: char) -> char {
    let base = match c {
        'À'..='Å' | 'à'..='å' => 'a',
        'È'..='Ë' | 'è'..='ë' => 'e',
        'Ì'..='Ï' | 'ì'..='ï' => 'i',
        'Ò'..='Ö' | 'ò'..='ö' => 'o',
        'Ù'..='Ü' | 'ù'..='ü' => 'u',
        'Ç' | 'ç' => 'c',
        'Ñ' | 'ñ' => 'n',
        c => c,
    };
    base.to_ascii_uppercase()
}

/// Every unit, indicator, objective and programme, once each (latest year).
pub fn entries(ctx: &Ctx<'_>) -> Vec<Entry> {
    let t = ctx.t;
    let mut out: BTreeMap<(String, String), Entry> = BTreeMap::new();
    for u in &ctx.site.units {
        out.insert(
            ("unit".into(), u.id.clone()),
            Entry {
                t: u.name.clone(),
                k: t.get(Label::unit).into(),
                c: u.short_name.clone(),
                u: paths::unit(&u.id),
            },
        );
    }
    // Later years overwrite earlier ones: the latest wording wins.
    for a in &ctx.site.agreements {
        let Some(unit) = ctx.site.unit(&a.unit) else {
            continue;
        };
        let page = paths::unit_year(&a.unit, a.year);
        for o in &a.objectives {
            out.insert(
                ("sasaran".into(), format!("{}/{}", a.unit, o.id)),
                Entry {
                    t: o.name.clone(),
                    k: t.get(Label::objective).into(),
                    c: format!("{} {}", unit.short_name, a.year),
                    u: format!("{page}#{}", paths::objective_anchor(&o.id)),
                },
            );
            for i in &o.indicators {
                out.insert(
                    ("indikator".into(), format!("{}/{}", a.unit, i.key)),
                    Entry {
                        t: i.name.clone(),
                        k: t.get(Label::indicator).into(),
                        c: format!("{} {}", unit.short_name, i.key),
                        u: paths::indicator(&a.unit, &o.id, &i.id),
                    },
                );
            }
        }
        for b in &a.budget {
            out.insert(
                ("program".into(), format!("{}/{}", a.unit, b.code)),
                Entry {
                    t: b.name.clone(),
                    k: t.get(Label::budget).into(),
                    c: format!("{} {} {}", unit.short_name, b.code, a.year),
                    u: format!("{page}#serapan"),
                },
            );
        }
    }
    let mut v: Vec<Entry> = out.into_values().collect();
    v.sort_by(|a, b| {
        let ka: String = a.t.chars().map(fold).collect();
        let kb: String = b.t.chars().map(fold).collect();
        ka.cmp(&kb).then_with(|| a.cmp(b))
    });
    v
}

/// The search page's view.
pub fn view(ctx: &Ctx<'_>) -> SearchView {
    let entries = entries(ctx);
    let mut letters: Vec<Letter> = Vec::new();
    for e in &entries {
        let first =
            e.t.chars()
                .next()
                .map(fold)
                .filter(char::is_ascii_alphabetic)
                .map_or_else(|| "#".to_string(), |c| c.to_string());
        match letters.last_mut() {
            Some(l) if l.letter == first => l.entries.push(e.clone()),
            _ => letters.push(Letter {
                id: if first == "#" {
                    "huruf-lain".into()
                } else {
                    format!("huruf-{}", first.to_lowercase())
                },
                letter: first,
                entries: vec![e.clone()],
            }),
        }
    }
    let json = super::escape::inline_json(
        &serde_json::to_string(&entries).unwrap_or_else(|_| "[]".into()),
    );
    SearchView {
        json,
        count: entries.len(),
        letters,
    }
}
