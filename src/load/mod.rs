//! Load: content folder → raw structs with source positions.
//!
//! Walks the content folder, decides what each file is from its path, reads it
//! (UTF-8, BOM, CRLF, front matter), and parses its YAML into the structs of
//! [`raw`]. Problems with one file never stop the others: each becomes a
//! [`Diagnostic`] and loading goes on.

pub mod frontmatter;
pub mod raw;
mod recover;
mod text;
pub use text::forbidden as forbidden_char;
mod classify;
mod explain;
use classify::classify;
pub(crate) use explain::explain_yaml_error;

use crate::diag::{Diagnostic, Diagnostics, Sources, Span, closest};
use raw::{
    RawAgreement, RawPage, RawPlan, RawRealisation, RawRegister, RawReport, RawSettings, RawUnits,
};
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use std::path::{Component, Path, PathBuf};

/// The settings file name.
pub const SETTINGS_FILE: &str = "site.yaml";
/// The organisation file name.
pub const UNITS_FILE: &str = "units.yaml";
/// Largest content file accepted, in bytes.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// Largest static file published, in bytes.
pub const MAX_STATIC_BYTES: u64 = 256 * 1024 * 1024;

/// A parsed content file.
#[derive(Debug)]
pub struct Loaded<T> {
    /// Path relative to the content folder.
    pub file: PathBuf,
    /// What the path says the file is.
    pub kind: FileKind,
    /// The parsed YAML (front matter for Markdown files).
    pub data: T,
    /// The Markdown body, for `.md` files, if not blank.
    pub body: Option<String>,
}

/// What a file is, judged from its place in the content folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileKind {
    /// `site.yaml`.
    Settings,
    /// `units.yaml`.
    Units,
    /// `agreements/<year>/<unit>.{yaml,md}`.
    Agreement {
        /// The year in the path.
        year: i32,
        /// The unit in the path.
        unit: String,
    },
    /// `realisations/<year>/q<N>/<unit>.{yaml,md}`.
    Realisation {
        /// The year in the path.
        year: i32,
        /// The quarter in the path.
        quarter: u8,
        /// The unit in the path.
        unit: String,
    },
    /// `plans/<from>-<to>/<unit>.{yaml,md}`.
    Plan {
        /// First year of the period in the path.
        from: i32,
        /// Last year of the period in the path.
        to: i32,
        /// The unit in the path.
        unit: String,
    },
    /// `pages/<slug>.md`.
    Page {
        /// The page name in the path.
        slug: String,
    },
    /// Anything under `static/`, copied to the site as is.
    Static,
    /// `editions/<slug>/angka.json` or `editions/<slug>/sha256sums.txt`: the
    /// archive of an earlier edition, copied from the site it was built into.
    Archive {
        /// The edition's folder name.
        slug: String,
        /// `angka.json` or `sha256sums.txt`.
        file: String,
    },
    /// `documents/<year>/<unit>.yaml`: a unit's document register for a year.
    Register {
        /// The year in the path.
        year: i32,
        /// The unit in the path.
        unit: String,
    },
    /// Any other file under `documents/` (a PDF): published when a register
    /// lists it.
    Document,
    /// `reports/<year>/<unit>.md`: the narrative chapters of a unit's annual
    /// report (LKjIP) for a year.
    Report {
        /// The year in the path.
        year: i32,
        /// The unit in the path.
        unit: String,
    },
}

/// A document file under `documents/`, read once to be measured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawDocumentFile {
    /// The path in the content folder.
    pub path: PathBuf,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256, lowercase hexadecimal.
    pub sha256: String,
}

/// Everything read from the content folder.
#[derive(Debug, Default)]
pub struct RawContent {
    /// `site.yaml`, if it parsed.
    pub settings: Option<Loaded<RawSettings>>,
    /// `units.yaml`, if it parsed.
    pub units: Option<Loaded<RawUnits>>,
    /// Agreement files that parsed.
    pub agreements: Vec<Loaded<RawAgreement>>,
    /// Realisation files that parsed.
    pub realisations: Vec<Loaded<RawRealisation>>,
    /// Plan files that parsed.
    pub plans: Vec<Loaded<RawPlan>>,
    /// Free pages that parsed.
    pub pages: Vec<Loaded<RawPage>>,
    /// Static files, relative to the content folder.
    pub static_files: Vec<PathBuf>,
    /// Document registers that parsed.
    pub registers: Vec<Loaded<RawRegister>>,
    /// Annual report chapters that parsed.
    pub reports: Vec<Loaded<RawReport>>,
    /// The archives of earlier editions, by folder name.
    pub archives: std::collections::BTreeMap<String, RawArchive>,
    /// Document files under `documents/`, by their path relative to the
    /// content folder with `/` separators.
    pub documents: std::collections::BTreeMap<String, RawDocumentFile>,
    /// Files that could not be read or parsed (already reported), by what their
    /// path says they are, so later checks do not report follow-on problems.
    pub unreadable: Vec<FileKind>,
}

impl RawContent {
    /// Adds what `other` read.
    fn absorb(&mut self, other: RawContent) {
        if other.settings.is_some() {
            self.settings = other.settings;
        }
        if other.units.is_some() {
            self.units = other.units;
        }
        self.agreements.extend(other.agreements);
        self.realisations.extend(other.realisations);
        self.plans.extend(other.plans);
        self.pages.extend(other.pages);
        self.static_files.extend(other.static_files);
        self.registers.extend(other.registers);
        self.reports.extend(other.reports);
        self.documents.extend(other.documents);
        for (slug, a) in other.archives {
            let mine = self.archives.entry(slug).or_default();
            mine.figures = mine.figures.take().or(a.figures);
            mine.sums = mine.sums.take().or(a.sums);
        }
        self.unreadable.extend(other.unreadable);
    }
}

/// A problem that prevents reading the content folder at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The folder has no `site.yaml` and none of the content folders: it is
    /// not a content folder (often the project folder that holds one).
    #[error(
        "`{path}` is not a content folder: it has no `site.yaml`, `units.yaml`, `agreements/` or `realisations/`"
    )]
    NotContent {
        /// The folder given.
        path: PathBuf,
        /// A content folder found next to it, if any.
        found: Option<PathBuf>,
    },
    /// The content folder does not exist or is not a folder.
    #[error("content folder `{0}` does not exist or is not a folder")]
    NotAFolder(PathBuf),
    /// The content folder could not be read.
    #[error("cannot read content folder `{path}`: {source}")]
    Io {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// A content folder (one holding `site.yaml`) inside `dir` or above it.
fn content_folder_near(dir: &Path) -> Option<PathBuf> {
    let is_content = |p: &Path| p.join(SETTINGS_FILE).is_file();
    let mut inside: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir() && is_content(p))
        .collect();
    inside.sort();
    if let Some(first) = inside.into_iter().next() {
        return Some(first);
    }
    dir.ancestors()
        .skip(1)
        .take(3)
        .find(|p| is_content(p))
        .map(Path::to_path_buf)
}

impl LoadError {
    /// What to do about it.
    pub fn help(&self) -> String {
        match self {
            LoadError::NotContent { found: Some(f), .. } => format!(
                "the content folder is `{}`: pass `--content {}`",
                f.display(),
                f.display()
            ),
            LoadError::NotContent { found: None, .. } => {
                "pass the folder that holds `site.yaml` with `--content DIR`, or create a new site with `kinerja new DIR`".to_string()
            }
            _ => "run kinerja from the folder that holds `content/`, or pass `--content DIR`".to_string(),
        }
    }
}

/// Reads the content folder at `root`, recording each file's text in `sources`
/// and each problem in `diags`.
pub fn load(
    root: &Path,
    diags: &mut Diagnostics,
    sources: &mut Sources,
) -> Result<RawContent, LoadError> {
    if !root.is_dir() {
        return Err(LoadError::NotAFolder(root.to_path_buf()));
    }
    std::fs::read_dir(root).map_err(|source| LoadError::Io {
        path: root.to_path_buf(),
        source,
    })?;
    let marks = [SETTINGS_FILE, UNITS_FILE, "agreements", "realisations"];
    if !marks.iter().any(|m| root.join(m).exists()) {
        return Err(LoadError::NotContent {
            path: root.to_path_buf(),
            found: content_folder_near(root),
        });
    }
    let mut content = RawContent::default();
    let mut to_read: Vec<(PathBuf, PathBuf, FileKind)> = Vec::new();
    let mut to_measure: Vec<(PathBuf, PathBuf)> = Vec::new();
    for walked in crate::files::walk(root, "content folder") {
        let (rel, path) = match walked {
            crate::files::Walked::File { rel, path } => (rel, path),
            crate::files::Walked::Refused {
                rel,
                message,
                help,
                error,
            } => {
                let d = if error {
                    Diagnostic::error(rel, None, message)
                } else {
                    Diagnostic::warning(rel, None, message)
                };
                diags.push(d.with_help(help));
                continue;
            }
        };
        let kind = match classify(&rel) {
            Ok(Some(kind)) => kind,
            Ok(None) => continue,
            Err(diag) => {
                diags.push(*diag);
                continue;
            }
        };
        if kind == FileKind::Static {
            match crate::files::check_regular(&path, MAX_STATIC_BYTES) {
                Ok(_) => content.static_files.push(rel),
                Err(err) => diags.push(Diagnostic::error(rel, None, err.to_string()).with_help(
                    "static files are published as they are, at most 256 MiB each; link large documents from another host",
                )),
            }
            continue;
        }
        if kind == FileKind::Document {
            to_measure.push((rel, path));
            continue;
        }
        to_read.push((rel, path, kind));
    }
    let measured: Vec<Result<RawDocumentFile, Diagnostic>> = to_measure
        .into_par_iter()
        .map(|(rel, path)| measure_document(rel, &path))
        .collect();
    for m in measured {
        match m {
            Ok(doc) => {
                let key = doc.path.to_string_lossy().replace('\\', "/");
                content.documents.insert(key, doc);
            }
            Err(d) => diags.push(d),
        }
    }
    // Reading and parsing are independent per file: in parallel, then
    // gathered in walk order (diagnostics are sorted when shown).
    let parsed: Vec<(RawContent, Diagnostics, Sources)> = to_read
        .into_par_iter()
        .map(|(rel, path, kind)| {
            let (mut one, mut d, mut s) = Default::default();
            match read_bytes(&path, &rel, &mut d) {
                Some(bytes) => add_file(&mut one, rel, kind, &bytes, &mut d, &mut s),
                None => one.unreadable.push(kind),
            }
            (one, d, s)
        })
        .collect();
    for (one, d, s) in parsed {
        content.absorb(one);
        diags.extend(d);
        sources.extend(s);
    }
    if !content.unreadable.contains(&FileKind::Settings) && content.settings.is_none() {
        diags.push(
            Diagnostic::error(SETTINGS_FILE, None, "the content folder has no site settings file")
                .with_help("create `site.yaml` with at least `institution`, `region` and `base_url` (see docs/content-format.md)"),
        );
    }
    if !content.unreadable.contains(&FileKind::Units) && content.units.is_none() {
        diags.push(
            Diagnostic::error(
                UNITS_FILE,
                None,
                "the content folder has no organisation file",
            )
            .with_help("create `units.yaml` listing the units (see docs/content-format.md)"),
        );
    }
    Ok(content)
}

/// Parses one file into `content`; false when it could not be parsed.
fn load_file(
    content: &mut RawContent,
    rel: PathBuf,
    kind: FileKind,
    text: &str,
    diags: &mut Diagnostics,
) -> bool {
    let is_markdown = rel.extension().is_some_and(|e| e == "md");
    if let FileKind::Report { .. } = kind {
        return load_report(content, rel, kind, text, diags);
    }
    let (yaml, body) = if is_markdown {
        match frontmatter::split(text) {
            Ok(split) => {
                let body = (!split.body.trim().is_empty()).then(|| split.body.to_string());
                (split.yaml, body)
            }
            Err(frontmatter::FrontMatterError::Missing) => {
                diags.push(
                    Diagnostic::error(&rel, Some(Span::new(1, 1, 1)), "expected front matter: the file must start with a `---` line")
                        .with_help("put the YAML fields between two `---` lines at the top, then the Markdown text"),
                );
                return false;
            }
            Err(frontmatter::FrontMatterError::Unclosed) => {
                diags.push(
                    Diagnostic::error(
                        &rel,
                        Some(Span::new(1, 1, 3)),
                        "front matter opened here is never closed",
                    )
                    .with_help("add a line with only `---` after the last YAML field"),
                );
                return false;
            }
        }
    } else {
        (text.to_string(), None)
    };
    match kind {
        FileKind::Settings => {
            content.settings = parse(&rel, &yaml, diags).map(|data| Loaded {
                file: rel,
                kind,
                data,
                body,
            });
            content.settings.is_some()
        }
        FileKind::Units => {
            content.units = parse(&rel, &yaml, diags).map(|data| Loaded {
                file: rel,
                kind,
                data,
                body,
            });
            content.units.is_some()
        }
        FileKind::Agreement { .. } => parse(&rel, &yaml, diags)
            .map(|data| {
                content.agreements.push(Loaded {
                    file: rel,
                    kind,
                    data,
                    body,
                })
            })
            .is_some(),
        FileKind::Realisation { .. } => parse(&rel, &yaml, diags)
            .map(|data| {
                content.realisations.push(Loaded {
                    file: rel,
                    kind,
                    data,
                    body,
                })
            })
            .is_some(),
        FileKind::Plan { .. } => parse(&rel, &yaml, diags)
            .map(|data| {
                content.plans.push(Loaded {
                    file: rel,
                    kind,
                    data,
                    body,
                })
            })
            .is_some(),
        FileKind::Page { .. } => parse(&rel, &yaml, diags)
            .map(|data| {
                content.pages.push(Loaded {
                    file: rel,
                    kind,
                    data,
                    body,
                })
            })
            .is_some(),
        FileKind::Register { .. } => parse(&rel, &yaml, diags)
            .map(|data| {
                content.registers.push(Loaded {
                    file: rel,
                    kind,
                    data,
                    body,
                })
            })
            .is_some(),
        FileKind::Archive { slug, file } => {
            let archive = content.archives.entry(slug.clone()).or_default();
            let kept = Some((rel, text.to_string()));
            if file == ARCHIVE_SUMS {
                archive.sums = kept;
            } else {
                archive.figures = kept;
            }
            true
        }
        FileKind::Static | FileKind::Document | FileKind::Report { .. } => true,
    }
}

/// An annual report's chapters: Markdown whose front matter is optional.
fn load_report(
    content: &mut RawContent,
    rel: PathBuf,
    kind: FileKind,
    text: &str,
    diags: &mut Diagnostics,
) -> bool {
    let (data, body) = match frontmatter::split(text) {
        Ok(split) => {
            let data: Option<RawReport> = if split.yaml.trim().is_empty() {
                Some(RawReport::default())
            } else {
                parse(&rel, &split.yaml, diags)
            };
            let Some(mut data) = data else {
                return false;
            };
            data.body_line = split.body_line;
            (data, split.body.to_string())
        }
        Err(frontmatter::FrontMatterError::Missing) => (
            RawReport {
                body_line: 1,
                ..RawReport::default()
            },
            text.to_string(),
        ),
        Err(frontmatter::FrontMatterError::Unclosed) => {
            diags.push(
                Diagnostic::error(
                    &rel,
                    Some(Span::new(1, 1, 3)),
                    "front matter opened here is never closed",
                )
                .with_help("add a line with only `---` after the last YAML field, or remove the first `---` line: a report's front matter is optional"),
            );
            return false;
        }
    };
    content.reports.push(Loaded {
        file: rel,
        kind,
        data,
        body: Some(body),
    });
    true
}

/// The figures of an edition, in its archive.
pub const ARCHIVE_FIGURES: &str = "angka.json";
/// The SHA-256 manifest of an edition, in its archive.
pub const ARCHIVE_SUMS: &str = "sha256sums.txt";

/// The archive of an earlier edition: its files' paths and text.
#[derive(Debug, Default)]
pub struct RawArchive {
    /// `angka.json`.
    pub figures: Option<(PathBuf, String)>,
    /// `sha256sums.txt`.
    pub sums: Option<(PathBuf, String)>,
}

/// Reads a document file (at most [`MAX_STATIC_BYTES`]) for its size and SHA-256.
fn measure_document(rel: PathBuf, path: &Path) -> Result<RawDocumentFile, Diagnostic> {
    use sha2::Digest;
    match crate::files::read_regular(path, MAX_STATIC_BYTES) {
        Ok(bytes) => {
            let digest = sha2::Sha256::digest(&bytes);
            let sha256 = digest.iter().map(|b| format!("{b:02x}")).collect();
            Ok(RawDocumentFile {
                path: rel,
                size: bytes.len() as u64,
                sha256,
            })
        }
        Err(err) => Err(Diagnostic::error(&rel, None, err.to_string()).with_help(
            "documents are published as they are; put the PDF itself in `documents/`, not a link to it",
        )),
    }
}

/// Reads a file as UTF-8 text without a BOM; reports unreadable, oversized,
/// non-UTF-8 and empty files.
/// Parses the bytes of the content file at `rel` (its path inside the content
/// folder, which decides what it is) into `content`, as [`load`] does for each
/// file it finds. Used by [`load`] and by the fuzz targets.
pub fn load_bytes(
    content: &mut RawContent,
    rel: &Path,
    bytes: &[u8],
    diags: &mut Diagnostics,
    sources: &mut Sources,
) {
    match classify(rel) {
        Ok(Some(FileKind::Static | FileKind::Document) | None) => {}
        Ok(Some(kind)) => add_file(content, rel.to_path_buf(), kind, bytes, diags, sources),
        Err(diag) => diags.push(*diag),
    }
}

/// Decodes and parses one file of `kind` into `content`.
fn add_file(
    content: &mut RawContent,
    rel: PathBuf,
    kind: FileKind,
    bytes: &[u8],
    diags: &mut Diagnostics,
    sources: &mut Sources,
) {
    let Some(text) = decode(bytes, &rel, diags) else {
        content.unreadable.push(kind);
        return;
    };
    let markdown = rel.extension().is_some_and(|e| e == "md");
    text::check(&text, &rel, markdown, diags);
    if markdown && !text::check_nesting(&text, &rel, diags) {
        content.unreadable.push(kind);
        return;
    }
    sources.insert(rel.clone(), text.clone());
    if !load_file(content, rel, kind.clone(), &text, diags) {
        content.unreadable.push(kind);
    }
}

/// Reads a regular file of at most [`MAX_FILE_BYTES`].
fn read_bytes(path: &Path, rel: &Path, diags: &mut Diagnostics) -> Option<Vec<u8>> {
    match crate::files::read_regular(path, MAX_FILE_BYTES) {
        Ok(bytes) => Some(bytes),
        Err(crate::files::ReadError::TooLarge { size, .. }) => {
            diags.push(too_large(rel, size));
            None
        }
        Err(err) => {
            diags.push(Diagnostic::error(rel, None, err.to_string()));
            None
        }
    }
}

fn too_large(rel: &Path, size: u64) -> Diagnostic {
    Diagnostic::error(
        rel,
        None,
        format!("file is too large ({} MiB)", size / (1024 * 1024)),
    )
    .with_help("content files are at most 16 MiB; split the data over several files")
}

/// UTF-8 text without a byte order mark, or a diagnostic.
fn decode(bytes: &[u8], rel: &Path, diags: &mut Diagnostics) -> Option<String> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        diags.push(too_large(rel, bytes.len() as u64));
        return None;
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(err) => {
            let valid = &bytes[..err.valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            let column = String::from_utf8_lossy(&valid[line_start..])
                .chars()
                .count()
                + 1;
            diags.push(
                Diagnostic::error(
                    rel,
                    None,
                    format!(
                        "file is not valid UTF-8 (invalid byte at line {line}, column {column})"
                    ),
                )
                .with_help("save the file as UTF-8; spreadsheet exports often use Windows-1252"),
            );
            return None;
        }
    };
    if text.trim().is_empty() {
        diags.push(
            Diagnostic::error(rel, None, "file is empty").with_help("fill it in or delete it"),
        );
        return None;
    }
    Some(text.to_string())
}

/// Parses YAML into `T`, turning a parse error into a diagnostic.
fn parse<T: DeserializeOwned>(rel: &Path, yaml: &str, diags: &mut Diagnostics) -> Option<T> {
    match recover::parse(rel, yaml) {
        Ok(v) => Some(v),
        Err(problems) => {
            for d in problems {
                diags.push(d);
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_paths() {
        assert_eq!(
            classify(Path::new("agreements/2026/dinkes.yaml"))
                .ok()
                .flatten(),
            Some(FileKind::Agreement {
                year: 2026,
                unit: "dinkes".into()
            })
        );
        assert_eq!(
            classify(Path::new("realisations/2026/q2/dinkes.md"))
                .ok()
                .flatten(),
            Some(FileKind::Realisation {
                year: 2026,
                quarter: 2,
                unit: "dinkes".into()
            })
        );
        assert!(classify(Path::new("realisations/2026/q5/dinkes.yaml")).is_err());
    }

    #[test]
    fn suggests_the_field_meant() {
        let (m, h, _) = explain_yaml_error(
            "unknown field `quartr`, expected one of unit, year, quarter at line 3, column 1",
        );
        assert_eq!(m, "unknown field `quartr`");
        assert_eq!(h.as_deref(), Some("did you mean `quarter`?"));
    }
}
