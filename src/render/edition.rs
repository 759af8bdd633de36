//! The edition's archive (`edisi/<slug>/`): its figures as JSON and CSV,
//! what changed since the previous edition (a page and an Atom feed), the
//! archives of earlier editions as they were published, and last the
//! SHA-256 manifest of every file of the site.

use super::*;
use crate::compute::edition::{Change, ChangeKind, changes, figures};
use crate::model::{Archive, Edition, Figure};
use crate::validate::editions::{ArchiveEdition, ArchiveFile};
use std::collections::BTreeMap;

/// The archive folder of an edition.
pub(crate) fn folder(slug: &str) -> String {
    format!("edisi/{slug}")
}

/// An edition as this build publishes it: the edition, its folder, its
/// figures and (for an earlier one) its archive.
type Published<'a> = (
    &'a Edition,
    &'a str,
    &'a BTreeMap<String, Figure>,
    Option<&'a Archive>,
);

/// The editions page.
pub(crate) const EDITIONS: &str = "edisi/index.html";
/// The editions feed.
pub(crate) const EDITIONS_FEED: &str = "edisi/feed.xml";

/// One change on a changes page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ChangeRow {
    kind: &'static str,
    word: String,
    what: String,
    key: String,
    before: Option<String>,
    after: Option<String>,
}

/// An edition in the list.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct EditionRow {
    name: String,
    date: String,
    href: String,
    json: String,
    csv: Option<String>,
    sums: Option<String>,
    added: usize,
    revised: usize,
    removed: usize,
    current: bool,
}

/// The changes page of one edition.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ChangesView {
    edition: EditionRow,
    previous: Option<String>,
    changes: Vec<ChangeRow>,
    editions: String,
    current_sums: Option<String>,
}

/// The editions page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct EditionsView {
    editions: Vec<EditionRow>,
    feed: String,
}

fn kind_word(kind: ChangeKind, lang: format::Lang) -> (&'static str, String) {
    let en = lang == format::Lang::En;
    match kind {
        ChangeKind::Added => ("added", if en { "added" } else { "baru" }.into()),
        ChangeKind::Revised => ("revised", if en { "revised" } else { "direvisi" }.into()),
        ChangeKind::Removed => ("removed", if en { "removed" } else { "dihapus" }.into()),
    }
}

/// Writes the edition's archive, its pages and feed, the earlier
/// archives, and last the manifest. Nothing when no edition is named.
pub(crate) fn write(ctx: &Ctx<'_>, r: &Renderer<'_>) -> Result<(), RenderError> {
    let site = ctx.site;
    let Some(current) = &site.settings.edition else {
        return Ok(());
    };
    let slug = current.slug();
    let now = figures(site);
    let file = ArchiveFile {
        edition: ArchiveEdition {
            name: current.name.clone(),
            date: current.date.to_string(),
        },
        institution: site.settings.institution.clone(),
        figures: now.clone(),
    };
    let mut json =
        serde_json::to_vec_pretty(&file).map_err(|e| RenderError::Output(e.to_string()))?;
    json.push(b'\n');
    let dir = folder(&slug);
    r.guard.put(OutputFile {
        path: format!("{dir}/angka.json"),
        bytes: json,
    })?;
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["kunci", "uraian", "nilai"])
        .map_err(|e| RenderError::Output(e.to_string()))?;
    for (key, f) in &now {
        w.write_record([
            key.as_str(),
            &data::neutralise(&f.what),
            &data::neutralise(&f.value),
        ])
        .map_err(|e| RenderError::Output(e.to_string()))?;
    }
    r.guard.put(OutputFile {
        path: format!("{dir}/angka.csv"),
        bytes: w
            .into_inner()
            .map_err(|e| RenderError::Output(e.to_string()))?,
    })?;
    // Every edition, oldest first, with its figures.
    let mut all: Vec<Published<'_>> = site
        .archives
        .iter()
        .map(|a| (&a.edition, a.slug.as_str(), &a.figures, Some(a)))
        .collect();
    all.push((current, &slug, &now, None));
    let empty = BTreeMap::new();
    let mut rows = Vec::new();
    let mut pages = Vec::new();
    for (i, (edition, eslug, figs, archive)) in all.iter().enumerate() {
        let previous = i.checked_sub(1).map(|p| all[p]);
        let diff: Vec<Change> = changes(previous.map(|p| p.2).unwrap_or(&empty), figs);
        let count = |k: ChangeKind| diff.iter().filter(|c| c.kind == k).count();
        let edir = folder(eslug);
        let row = EditionRow {
            name: edition.name.clone(),
            date: format::date(edition.date, ctx.lang),
            href: format!("{edir}/index.html"),
            json: format!("{edir}/angka.json"),
            csv: archive.is_none().then(|| format!("{edir}/angka.csv")),
            sums: (archive.is_none() || archive.is_some_and(|a| a.sums.is_some()))
                .then(|| format!("{edir}/sha256sums.txt")),
            added: count(ChangeKind::Added),
            revised: count(ChangeKind::Revised),
            removed: count(ChangeKind::Removed),
            current: archive.is_none(),
        };
        if let Some(a) = archive {
            r.guard.put(OutputFile {
                path: format!("{edir}/angka.json"),
                bytes: a.text.clone().into_bytes(),
            })?;
            if let Some(sums) = &a.sums {
                r.guard.put(OutputFile {
                    path: format!("{edir}/sha256sums.txt"),
                    bytes: sums.clone().into_bytes(),
                })?;
            }
        }
        let change_rows = diff
            .iter()
            .map(|c| {
                let (kind, word) = kind_word(c.kind, ctx.lang);
                ChangeRow {
                    kind,
                    word,
                    what: c.what.clone(),
                    key: c.key.clone(),
                    before: c.before.clone(),
                    after: c.after.clone(),
                }
            })
            .collect();
        pages.push(ChangesView {
            edition: row.clone(),
            previous: previous.map(|p| p.0.name.clone()),
            changes: change_rows,
            editions: EDITIONS.to_string(),
            current_sums: None,
        });
        rows.push(row);
    }
    for v in &pages {
        let title = if ctx.lang == format::Lang::En {
            format!("Edition {}: what changed", v.edition.name)
        } else {
            format!("Edisi {}: apa yang berubah", v.edition.name)
        };
        page(ctx, r, "edition.html", &v.edition.href, &title, v, None)?;
    }
    rows.reverse();
    let view = EditionsView {
        editions: rows.clone(),
        feed: EDITIONS_FEED.to_string(),
    };
    let title = if ctx.lang == format::Lang::En {
        "Editions"
    } else {
        "Edisi"
    };
    page(ctx, r, "editions.html", EDITIONS, title, &view, None)?;
    r.guard.put(OutputFile {
        path: EDITIONS_FEED.to_string(),
        bytes: feeds::editions(ctx, EDITIONS_FEED, &rows_feed(&rows, &all)),
    })?;
    // Last: the manifest of every file written before it.
    r.guard.put(OutputFile {
        path: format!("{dir}/sha256sums.txt"),
        bytes: r.guard.sha256sums()?,
    })?;
    Ok(())
}

/// The feed's entries: name, date, page and counts, newest first.
fn rows_feed(rows: &[EditionRow], all: &[Published<'_>]) -> Vec<feeds::EditionEntry> {
    rows.iter()
        .zip(all.iter().rev())
        .map(|(row, (edition, ..))| feeds::EditionEntry {
            name: row.name.clone(),
            date: edition.date,
            href: row.href.clone(),
            added: row.added,
            revised: row.revised,
            removed: row.removed,
        })
        .collect()
}
