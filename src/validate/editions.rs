//! The archives of earlier editions (`editions/<slug>/angka.json`, and the
//! `sha256sums.txt` published with it) → [`Archive`]s, oldest first.

use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::load::RawContent;
use crate::model::{Archive, Date, Edition, Figure, Settings};
use std::collections::BTreeMap;

/// `angka.json` as the build writes it.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub(crate) struct ArchiveFile {
    pub(crate) edition: ArchiveEdition,
    pub(crate) institution: String,
    pub(crate) figures: BTreeMap<String, Figure>,
}

/// The edition named in `angka.json`.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub(crate) struct ArchiveEdition {
    pub(crate) name: String,
    pub(crate) date: String,
}

pub(crate) fn validate(
    raw: &RawContent,
    settings: &Settings,
    diags: &mut Diagnostics,
) -> Vec<Archive> {
    let mut out: Vec<Archive> = Vec::new();
    for (slug, a) in &raw.archives {
        let Some((file, text)) = &a.figures else {
            if let Some((sums, _)) = &a.sums {
                diags.push(
                    Diagnostic::error(sums, None, "an edition's archive without its `angka.json`")
                        .with_help("copy the whole `edisi/<edition>/` folder of the site as it was published"),
                );
            }
            continue;
        };
        let parsed: ArchiveFile = match serde_json::from_str(text) {
            Ok(p) => p,
            Err(e) => {
                diags.push(
                    Diagnostic::error(
                        file,
                        Some(Span::new(e.line(), e.column(), 1)),
                        format!("this is not an edition's archive: {e}"),
                    )
                    .with_help("copy `angka.json` from the site's `edisi/<edition>/` folder as it is; do not edit it"),
                );
                continue;
            }
        };
        let Some(date) = Date::parse(&parsed.edition.date) else {
            diags.push(
                Diagnostic::error(file, None, format!("`{}` is not a date", parsed.edition.date))
                    .with_help("copy `angka.json` from the site's `edisi/<edition>/` folder as it is; do not edit it"),
            );
            continue;
        };
        let edition = Edition {
            name: parsed.edition.name.clone(),
            date,
        };
        if &edition.slug() != slug {
            diags.push(
                Diagnostic::error(
                    file,
                    None,
                    format!(
                        "the archive of edition `{}` is in folder `{slug}`",
                        edition.name
                    ),
                )
                .with_help(format!("move it to `editions/{}/`", edition.slug())),
            );
            continue;
        }
        if let Some(current) = &settings.edition {
            if current.slug() == *slug {
                diags.push(
                    Diagnostic::error(file, None, format!("`{}` is this edition: its archive is made by the build", edition.name))
                        .with_help("keep in `editions/` only earlier editions; name a new edition in site.yaml's `edition:`"),
                );
                continue;
            }
            if date >= current.date {
                diags.push(
                    Diagnostic::error(
                        file,
                        None,
                        format!(
                            "edition `{}` is dated {date}, not before this edition ({})",
                            edition.name, current.date
                        ),
                    )
                    .with_help("an archive keeps an earlier edition: check site.yaml's `edition:`"),
                );
                continue;
            }
        }
        out.push(Archive {
            edition,
            slug: slug.clone(),
            figures: parsed.figures,
            sums: a.sums.as_ref().map(|(_, t)| t.clone()),
            text: text.clone(),
        });
    }
    out.sort_by(|a, b| (a.edition.date, &a.slug).cmp(&(b.edition.date, &b.slug)));
    out
}
