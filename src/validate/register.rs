//! Document registers (`documents/<year>/<unit>.yaml`) → [`Register`]s:
//! each document's kind, date and file checked, and every date in the
//! record checked against the edition's own date.

use super::{Broken, span};
use crate::diag::{Diagnostic, Diagnostics, closest};
use crate::load::{FileKind, RawContent};
use crate::model::{Date, Document, DocumentFile, DocumentKind, Register, Settings, Unit};
use serde_saphyr::Spanned;
use std::collections::BTreeSet;
use std::path::{Component, Path};

/// The registers of the content, by year then unit order.
pub(crate) fn validate(
    raw: &RawContent,
    units: &[Unit],
    settings: &Settings,
    broken: &Broken,
    diags: &mut Diagnostics,
) -> Vec<Register> {
    let mut registers = Vec::new();
    let mut listed: BTreeSet<String> = BTreeSet::new();
    let mut seen: BTreeSet<(String, i32)> = BTreeSet::new();
    for loaded in &raw.registers {
        let FileKind::Register { year, unit } = &loaded.kind else {
            continue;
        };
        let file = &loaded.file;
        let r = &loaded.data;
        let mut ok = true;
        if &r.unit.value != unit {
            diags.push(
                Diagnostic::error(
                    file,
                    span(&r.unit),
                    format!(
                        "the file is named `{unit}` but says unit `{}`",
                        r.unit.value
                    ),
                )
                .with_help(format!(
                    "rename the file to `{}.yaml`, or correct `unit:`",
                    r.unit.value
                )),
            );
            ok = false;
        } else if !broken.unit(unit) && !units.iter().any(|u| &u.id == unit) {
            let d = Diagnostic::error(file, span(&r.unit), format!("unknown unit `{unit}`"));
            diags.push(match closest(unit, units.iter().map(|u| u.id.as_str())) {
                Some(best) => d.with_help(format!("did you mean `{best}`?")),
                None => d.with_help("add the unit to units.yaml first"),
            });
            ok = false;
        }
        if r.year.value != *year {
            diags.push(
                Diagnostic::error(
                    file,
                    span(&r.year),
                    format!(
                        "the file is in folder {year} but says year {}",
                        r.year.value
                    ),
                )
                .with_help(format!(
                    "move the file to `documents/{}/`, or correct `year:`",
                    r.year.value
                )),
            );
            ok = false;
        }
        let folder = file.parent().unwrap_or(Path::new(""));
        let mut documents = Vec::new();
        for d in &r.documents {
            let Some(kind) = DocumentKind::parse(d.kind.value.trim()) else {
                let ids = DocumentKind::ALL.map(DocumentKind::id);
                let msg = Diagnostic::error(
                    file,
                    span(&d.kind),
                    format!("`{}` is not a kind of document", d.kind.value),
                );
                diags.push(match closest(&d.kind.value, ids) {
                    Some(best) => msg.with_help(format!("did you mean `{best}`?")),
                    None => msg.with_help(format!("the kinds are {}", ids.join(", "))),
                });
                continue;
            };
            let date = d.date.as_ref().and_then(|raw| {
                let date = Date::parse(&raw.value);
                if date.is_none() {
                    diags.push(
                        Diagnostic::error(file, span(raw), format!("`{}` is not a date", raw.value))
                            .with_help("write the date the document was signed or published as year-month-day, such as `2026-02-05`"),
                    );
                }
                date
            });
            if let (Some(date), Some(raw)) = (date, &d.date) {
                after_edition(file, raw, date, settings, diags);
            }
            let document_file = d.file.as_ref().and_then(|f| {
                let found = document_file(file, folder, f, raw, settings, diags)?;
                listed.insert(found.0);
                Some(found.1)
            });
            let url = d.url.as_ref().and_then(|u| {
                let text = u.value.trim();
                let lower = text.to_ascii_lowercase();
                if (lower.starts_with("https://") || lower.starts_with("http://"))
                    && super::is_safe_link(text)
                {
                    return Some(text.to_string());
                }
                diags.push(
                    Diagnostic::error(file, span(u), format!("`{text}` is not a web address"))
                        .with_help("write the document's address on another host, starting with `https://`; or put the file itself in `documents/` and name it in `file:`"),
                );
                None
            });
            let text = |t: &Option<String>| {
                t.as_deref()
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(String::from)
            };
            documents.push(Document {
                kind,
                title: text(&d.title),
                number: text(&d.number),
                date,
                file: document_file,
                url,
            });
        }
        let evaluation = r.evaluation.as_ref().and_then(|e| {
            if let Some(y) = &e.year
                && y.value != *year
            {
                diags.push(
                    Diagnostic::error(
                        file,
                        span(y),
                        format!("this register is for {year}, but its evaluation says {}", y.value),
                    )
                    .with_help(format!(
                        "put the evaluation of {} in `documents/{}/{unit}.yaml`, or leave `year:` out",
                        y.value, y.value
                    )),
                );
                return None;
            }
            super::evaluations::evaluation(file, e, *year, settings, diags)
        });
        if !ok {
            continue;
        }
        if !seen.insert((unit.clone(), *year)) {
            continue;
        }
        documents.sort_by_key(|d| d.kind);
        registers.push(Register {
            unit: unit.clone(),
            year: *year,
            documents,
            evaluation,
            source: super::agreements::path_string(file),
        });
    }
    for path in raw.documents.keys() {
        if !listed.contains(path) {
            diags.push(
                Diagnostic::warning(path, None, "this document file is not listed in any register and is not published")
                    .with_help("name it in `file:` of a document in `documents/<year>/<unit>.yaml`, or remove it"),
            );
        }
    }
    let order = |id: &str| units.iter().position(|u| u.id == id).unwrap_or(usize::MAX);
    registers.sort_by_key(|r| (r.year, order(&r.unit)));
    registers
}

/// The file a document names, relative to its register's folder: inside the
/// content's `documents/` folder, read by the loader, and not too large.
fn document_file(
    file: &Path,
    folder: &Path,
    raw_path: &Spanned<String>,
    raw: &RawContent,
    settings: &Settings,
    diags: &mut Diagnostics,
) -> Option<(String, DocumentFile)> {
    let written = raw_path.value.trim();
    let mut parts: Vec<String> = folder
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    let mut outside =
        written.starts_with('/') || written.starts_with('\\') || written.contains(':');
    for part in written.split(['/', '\\']) {
        match part {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    outside = true;
                }
            }
            p => parts.push(p.to_string()),
        }
    }
    if outside {
        diags.push(
            Diagnostic::error(file, span(raw_path), format!("document file `{written}` is outside the content folder"))
                .with_help("put the file in the content folder under `documents/`, and write its path from this file's folder, such as `dinkes/renja-2026.pdf`"),
        );
        return None;
    }
    let key = parts.join("/");
    if parts.first().map(String::as_str) != Some("documents") || parts.len() < 3 {
        diags.push(
            Diagnostic::error(file, span(raw_path), format!("document file `{written}` is outside the `documents/` folder"))
                .with_help("documents are published from `documents/<year>/<folder>/`: move the file there, such as `documents/2026/dinkes/renja-2026.pdf`"),
        );
        return None;
    }
    let Some(found) = raw.documents.get(&key) else {
        diags.push(
            Diagnostic::error(file, span(raw_path), format!("document file `{key}` does not exist"))
                .with_help("put the file there (a regular file, not a link leaving the content folder), or correct the path; it is written from this file's folder"),
        );
        return None;
    };
    if found.size > settings.max_document_bytes {
        let mib = |b: u64| b as f64 / (1024.0 * 1024.0);
        diags.push(
            Diagnostic::error(
                file,
                span(raw_path),
                format!(
                    "document file `{key}` is {:.1} MiB, above the limit of {:.1} MiB",
                    mib(found.size),
                    mib(settings.max_document_bytes)
                ),
            )
            .with_help("readers download it on a phone: reduce the PDF (scan at 150 dpi, grey), or raise `max_document_mb` in site.yaml"),
        );
        return None;
    }
    let under = key.strip_prefix("documents/").unwrap_or(&key).to_string();
    Some((
        key,
        DocumentFile {
            path: under,
            size: found.size,
            sha256: found.sha256.clone(),
        },
    ))
}

/// A date in the record after the edition's date: the publication would
/// cite something from its own future.
pub(crate) fn after_edition(
    file: &Path,
    raw: &Spanned<String>,
    date: Date,
    settings: &Settings,
    diags: &mut Diagnostics,
) {
    if let Some(e) = &settings.edition
        && date > e.date
    {
        diags.push(
            Diagnostic::error(
                file,
                span(raw),
                format!("dated {date}, after this edition's own date ({})", e.date),
            )
            .with_help("an edition cannot publish what is dated after it: correct the date, or the edition's `date:` in site.yaml"),
        );
    }
}

/// Every report and signature dated after the edition.
pub(crate) fn check_record_dates(raw: &RawContent, settings: &Settings, diags: &mut Diagnostics) {
    if settings.edition.is_none() {
        return;
    }
    for r in &raw.realisations {
        if let Some(d) = &r.data.reported
            && let Some(date) = Date::parse(&d.value)
        {
            after_edition(&r.file, d, date, settings, diags);
        }
    }
    for a in &raw.agreements {
        if let Some(d) = a.data.signed.as_ref().and_then(|s| s.value.date.as_ref())
            && let Some(date) = Date::parse(&d.value)
        {
            after_edition(&a.file, d, date, settings, diags);
        }
    }
}
