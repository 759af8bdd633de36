//! What a file is, from its path: settings, units, an agreement or a
//! realisation of a year (and quarter), a page, a static file, or a
//! misplaced file.

use super::*;

/// Decides what a file is from its path. `Ok(None)`: ignore silently.
pub(crate) fn classify(rel: &Path) -> Result<Option<FileKind>, Box<Diagnostic>> {
    let parts: Vec<String> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let unknown = |help: &str| {
        Err(Box::new(
            Diagnostic::warning(
                rel,
                None,
                "this file is not part of the content format and is ignored",
            )
            .with_help(help.to_string()),
        ))
    };
    match parts.as_slice() {
        [SETTINGS_FILE] => Ok(Some(FileKind::Settings)),
        [UNITS_FILE] => Ok(Some(FileKind::Units)),
        ["site.yml"] => unknown("rename it to `site.yaml`"),
        ["units.yml"] => unknown("rename it to `units.yaml`"),
        ["static", ..] => Ok(Some(FileKind::Static)),
        ["theme" | "themes", ..] => Ok(None),
        ["README.md" | "README" | "readme.md"] => Ok(None),
        ["agreements", year, file] => {
            let year = parse_year(rel, year)?;
            let unit = parse_stem(rel, file)?;
            Ok(Some(FileKind::Agreement { year, unit }))
        }
        ["realisations", year, quarter, file] => {
            let year = parse_year(rel, year)?;
            let quarter = parse_quarter(rel, quarter)?;
            let unit = parse_stem(rel, file)?;
            Ok(Some(FileKind::Realisation {
                year,
                quarter,
                unit,
            }))
        }
        ["plans", period, file] => {
            let (from, to) = parse_period(rel, period)?;
            let unit = parse_stem(rel, file)?;
            Ok(Some(FileKind::Plan { from, to, unit }))
        }
        ["plans", ..] => unknown(
            "five-year plans (RPJMD, Renstra) go in `plans/<first year>-<last year>/<unit>.yaml`, such as `plans/2025-2029/dinkes.yaml`",
        ),
        ["documents", year, file] if file.ends_with(".yaml") || file.ends_with(".yml") => {
            let year = parse_year(rel, year)?;
            let unit = parse_stem(rel, file)?;
            Ok(Some(FileKind::Register { year, unit }))
        }
        ["documents", _, _, ..] => Ok(Some(FileKind::Document)),
        ["documents", ..] => unknown(
            "document registers go in `documents/<year>/<unit>.yaml` and their files beside them, such as `documents/2026/dinkes/renja-2026.pdf`",
        ),
        ["editions", slug, file]
            if [super::ARCHIVE_FIGURES, super::ARCHIVE_SUMS].contains(file) =>
        {
            Ok(Some(FileKind::Archive {
                slug: slug.to_string(),
                file: file.to_string(),
            }))
        }
        // The rest of a copied archive (its page, its CSV) is made again.
        ["editions", _, _] => Ok(None),
        ["editions", ..] => unknown(
            "an earlier edition's archive goes in `editions/<edition>/`: copy the built site's `edisi/<edition>/` folder there",
        ),
        ["reports", year, file] if file.ends_with(".md") => {
            let year = parse_year(rel, year)?;
            let unit = parse_stem(rel, file)?;
            Ok(Some(FileKind::Report { year, unit }))
        }
        ["reports", ..] => unknown(
            "the chapters of an annual report (LKjIP) are Markdown in `reports/<year>/<unit>.md`, such as `reports/2025/dinkes.md`",
        ),
        ["pages", file] if file.ends_with(".md") => Ok(Some(FileKind::Page {
            slug: file.trim_end_matches(".md").to_string(),
        })),
        ["agreements", ..] => unknown("agreements go in `agreements/<year>/<unit>.yaml`"),
        ["realisations", ..] => {
            unknown("realisations go in `realisations/<year>/q<1-4>/<unit>.yaml`")
        }
        ["pages", ..] => {
            unknown("pages are Markdown files directly in `pages/`, such as `pages/tentang.md`")
        }
        _ => unknown(
            "see docs/content-format.md for where each kind of file goes; files for the site as they are go in `static/`",
        ),
    }
}

pub(crate) fn parse_year(rel: &Path, folder: &str) -> Result<i32, Box<Diagnostic>> {
    folder
        .parse::<i32>()
        .ok()
        .filter(|y| folder.len() == 4 && (1900..=2999).contains(y))
        .ok_or_else(|| {
            Box::new(
                Diagnostic::error(rel, None, format!("folder `{folder}` is not a year"))
                    .with_help("name the folder after the year, such as `2026`"),
            )
        })
}

/// A plan's period folder: `2025-2029`.
pub(crate) fn parse_period(rel: &Path, folder: &str) -> Result<(i32, i32), Box<Diagnostic>> {
    let years = folder.split_once('-').and_then(|(a, b)| {
        let year = |t: &str| {
            t.parse::<i32>()
                .ok()
                .filter(|y| t.len() == 4 && (1900..=2999).contains(y))
        };
        Some((year(a)?, year(b)?))
    });
    match years {
        Some((from, to)) if from <= to && to - from < 10 => Ok((from, to)),
        Some((from, to)) => Err(Box::new(
            Diagnostic::error(rel, None, format!("folder `{folder}` is not a plan period"))
                .with_help(if from > to {
                    format!("write the first year first, such as `{to}-{from}`")
                } else {
                    "a plan period runs a few years (an RPJMD or Renstra five), such as `2025-2029`"
                        .to_string()
                }),
        )),
        None => Err(Box::new(
            Diagnostic::error(rel, None, format!("folder `{folder}` is not a plan period"))
                .with_help(
                    "name the folder after the plan's first and last year, such as `2025-2029`",
                ),
        )),
    }
}

pub(crate) fn parse_quarter(rel: &Path, folder: &str) -> Result<u8, Box<Diagnostic>> {
    let n = folder
        .strip_prefix('q')
        .or_else(|| folder.strip_prefix('Q'))
        .and_then(|n| n.parse::<u8>().ok());
    match n {
        Some(q @ 1..=4) => Ok(q),
        Some(q) => Err(Box::new(
            Diagnostic::error(rel, None, format!("quarter {q} is outside 1–4"))
                .with_help("a year has four quarters: use folders `q1` to `q4`"),
        )),
        None => Err(Box::new(
            Diagnostic::error(rel, None, format!("folder `{folder}` is not a quarter"))
                .with_help("name quarter folders `q1`, `q2`, `q3` and `q4`"),
        )),
    }
}

pub(crate) fn parse_stem(rel: &Path, file: &str) -> Result<String, Box<Diagnostic>> {
    let stem = file
        .strip_suffix(".yaml")
        .or_else(|| file.strip_suffix(".yml"))
        .or_else(|| file.strip_suffix(".md"));
    match stem {
        Some(s) if !s.is_empty() => Ok(s.to_string()),
        _ => Err(Box::new(
            Diagnostic::warning(
                rel,
                None,
                "this file is not part of the content format and is ignored",
            )
            .with_help(
                "agreements and realisations are `.yaml` files, or `.md` files with front matter",
            ),
        )),
    }
}
