//! The search page: a static index searched by a small script, and the same
//! entries as an A–Z index for readers without JavaScript.
//!
//! Every year is indexed: a unit's objectives and programmes are one entry
//! per wording with a link to each year it appears in, an indicator is one
//! entry (its page holds every year) that also answers to its earlier names
//! and to the short forms the content declares (`abbreviations: [AKI]`) or
//! writes in brackets ("Indeks Kepuasan Masyarakat (IKM)").

use super::paths;
use super::view::Ctx;
use crate::render::i18n::Label;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One searchable thing.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    /// Title.
    pub t: String,
    /// Kind (`Unit Kerja`, `Indikator Kinerja`, …).
    pub k: String,
    /// Context (unit, key, years).
    pub c: String,
    /// Path from the site root (the latest year's, for entries with years).
    pub u: String,
    /// Short forms the entry answers to (`AKI IKM`), space-separated.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub a: String,
    /// Other names it had in earlier years, for search only.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub x: String,
    /// Each year it appears in, with that year's address, oldest first;
    /// empty for entries whose page covers every year.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub y: Vec<YearLink>,
    /// Rank of its kind in results that score alike (units first).
    #[serde(rename = "r")]
    pub rank: u8,
}

/// A year an entry appears in, and that year's address.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct YearLink {
    /// Year.
    pub y: i32,
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
    /// Years covered, as shown (`2024–2026`).
    pub years: String,
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

/// Short forms written in brackets in a name: "Indeks Kepuasan Masyarakat
/// (IKM)" → `IKM`. Only a bracketed word of 2–8 capitals and digits counts.
pub fn bracketed_abbreviations(name: &str) -> Vec<String> {
    name.split('(')
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .map(str::trim)
        .filter(|w| {
            (2..=8).contains(&w.chars().count())
                && w.chars().any(|c| c.is_ascii_uppercase())
                && w.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        })
        .map(str::to_string)
        .collect()
}

/// An entry being gathered across years.
#[derive(Default)]
struct Gathered {
    title: String,
    kind: String,
    context: String,
    href: String,
    abbreviations: BTreeSet<String>,
    names: BTreeSet<String>,
    years: BTreeMap<i32, String>,
    rank: u8,
}

impl Gathered {
    fn into_entry(self) -> Entry {
        let others: Vec<String> = self
            .names
            .into_iter()
            .filter(|n| *n != self.title)
            .collect();
        let mut years: Vec<YearLink> = self
            .years
            .into_iter()
            .map(|(y, u)| YearLink { y, u })
            .collect();
        let href = years.last().map_or(self.href, |latest| latest.u.clone());
        // An entry of one year links straight to it.
        if years.len() == 1 {
            years.clear();
        }
        Entry {
            t: self.title,
            k: self.kind,
            c: self.context,
            u: href,
            a: self.abbreviations.into_iter().collect::<Vec<_>>().join(" "),
            x: others.join(" · "),
            y: years,
            rank: self.rank,
        }
    }
}

/// Every unit, plan, indicator, objective and programme of every year.
pub fn entries(ctx: &Ctx<'_>) -> Vec<Entry> {
    let t = ctx.t;
    let site = ctx.site;
    let mut out: BTreeMap<(u8, String), Gathered> = BTreeMap::new();
    for u in &site.units {
        let g = out.entry((0, u.id.clone())).or_default();
        g.title.clone_from(&u.name);
        g.kind = t.get(Label::unit).into();
        g.context.clone_from(&u.short_name);
        g.href = paths::unit(&u.id);
        g.abbreviations.extend(bracketed_abbreviations(&u.name));
        if u.short_name != u.name {
            g.abbreviations.insert(u.short_name.clone());
        }
    }
    for plan in &site.plans {
        let r = ctx.plan_ref(plan);
        let g = out
            .entry((1, format!("{}/{}", plan.unit, plan.from)))
            .or_default();
        g.title = r.label;
        g.kind = r.kind;
        g.context = r.period;
        g.href = r.href;
        for (place, i) in plan.indicators() {
            let g = out
                .entry((3, format!("{}/{}/{}", plan.unit, plan.from, i.key)))
                .or_default();
            g.title.clone_from(&i.name);
            g.kind = t.get(Label::indicator).into();
            let owner = match plan.kind {
                crate::model::PlanKind::Rpjmd => String::new(),
                crate::model::PlanKind::Renstra => site
                    .unit(&plan.unit)
                    .map_or_else(String::new, |u| format!(" {}", u.short_name)),
            };
            g.context = format!(
                "{}{owner} {} · {}",
                ctx.plan_kind(plan.kind),
                place.id(),
                plan.period()
            );
            g.href = paths::plan_indicator(&plan.unit, plan.from, plan.to, &i.key);
            g.abbreviations.extend(bracketed_abbreviations(&i.name));
            g.rank = 3;
        }
    }
    // Agreements oldest first: the latest wording becomes the title.
    let mut agreements: Vec<_> = site.agreements.iter().collect();
    agreements.sort_by_key(|a| a.year);
    let mut indicator_years: BTreeMap<String, BTreeSet<i32>> = BTreeMap::new();
    for a in agreements {
        let Some(unit) = site.unit(&a.unit) else {
            continue;
        };
        let page = paths::unit_year(&a.unit, a.year);
        for o in &a.objectives {
            // One entry per wording: a reworded objective is a new statement.
            let g = out
                .entry((4, format!("{}/{}/{}", a.unit, o.id, o.name)))
                .or_default();
            g.title.clone_from(&o.name);
            g.kind = t.get(Label::objective).into();
            g.context = format!("{} {}", unit.short_name, o.id);
            g.years
                .insert(a.year, format!("{page}#{}", paths::objective_anchor(&o.id)));
            g.rank = 4;
            for i in &o.indicators {
                let key = format!("{}/{}", a.unit, i.key);
                indicator_years
                    .entry(key.clone())
                    .or_default()
                    .insert(a.year);
                let g = out.entry((2, key)).or_default();
                if !g.title.is_empty() && g.title != i.name {
                    let earlier = std::mem::take(&mut g.title);
                    g.names.insert(earlier);
                }
                g.title.clone_from(&i.name);
                g.names.insert(i.name.clone());
                g.kind = t.get(Label::indicator).into();
                g.href = paths::indicator(&a.unit, &o.id, &i.id);
                g.abbreviations.extend(i.abbreviations.iter().cloned());
                g.abbreviations.extend(bracketed_abbreviations(&i.name));
                g.context = format!("{} {}", unit.short_name, i.key);
                g.rank = 2;
                // The plan indicator it implements answers to the same short forms.
                if let Some(link) = &i.plan {
                    let declared = i.abbreviations.clone();
                    if let Some(p) =
                        out.get_mut(&(3, format!("{}/{}/{}", link.unit, link.from, link.key)))
                    {
                        p.abbreviations.extend(declared);
                    }
                }
            }
        }
        for b in &a.budget {
            let g = out
                .entry((5, format!("{}/{}/{}", a.unit, b.code, b.name)))
                .or_default();
            g.title.clone_from(&b.name);
            g.kind = t.get(Label::budget).into();
            g.context = format!("{} {}", unit.short_name, b.code);
            g.years.insert(a.year, format!("{page}#serapan"));
            g.rank = 5;
        }
    }
    // An indicator's page covers every year; its context says which.
    for (key, years) in indicator_years {
        if let (Some(g), Some(first), Some(last)) = (
            out.get_mut(&(2, key)),
            years.first().copied(),
            years.last().copied(),
        ) {
            let span = if first == last {
                first.to_string()
            } else {
                format!("{first}–{last}")
            };
            g.context = format!("{} · {span}", g.context);
        }
    }
    let mut v: Vec<Entry> = out.into_values().map(Gathered::into_entry).collect();
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
    let years = ctx.site.years();
    let years = match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    };
    SearchView {
        json,
        count: entries.len(),
        letters,
        years,
    }
}

#[cfg(test)]
mod tests {
    use super::bracketed_abbreviations;

    #[test]
    fn short_forms_in_brackets_are_found() {
        assert_eq!(
            bracketed_abbreviations("Indeks Kepuasan Masyarakat (IKM)"),
            vec!["IKM"]
        );
        assert_eq!(
            bracketed_abbreviations("Nilai (SAKIP) dan (LKjIP 2)"),
            vec!["SAKIP"]
        );
        assert!(bracketed_abbreviations("Jumlah (orang)").is_empty());
        assert!(bracketed_abbreviations("Angka (2024)").is_empty());
    }
}
