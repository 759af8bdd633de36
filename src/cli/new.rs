//! `kinerja new DIR`: a small site that builds as it is, with comments in
//! every file explaining its fields.

use std::path::Path;

/// The files of a new site: (path under DIR, contents).
const FILES: &[(&str, &str)] = &[
    ("content/site.yaml", include_str!("scaffold/site.yaml")),
    ("content/units.yaml", include_str!("scaffold/units.yaml")),
    (
        "content/agreements/2026/bupati.yaml",
        include_str!("scaffold/agreement.yaml"),
    ),
    (
        "content/realisations/2026/q1/bupati.yaml",
        include_str!("scaffold/realisation.yaml"),
    ),
    (
        "content/pages/tentang.md",
        include_str!("scaffold/tentang.md"),
    ),
    ("README.md", include_str!("scaffold/README.md")),
    (".gitignore", "/public/\n"),
];

/// Why a new site could not be created.
#[derive(Debug, thiserror::Error)]
pub(super) enum NewError {
    /// The folder exists and is not empty.
    #[error("`{0}` already exists and is not empty; choose a new folder")]
    NotEmpty(String),
    /// Writing failed.
    #[error("cannot write `{path}`: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
}

/// Creates a new site in `dir`.
pub(super) fn create(dir: &Path) -> Result<(), NewError> {
    if dir.exists()
        && std::fs::read_dir(dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        return Err(NewError::NotEmpty(dir.display().to_string()));
    }
    for (rel, text) in FILES {
        let path = dir.join(rel);
        let io = |source| NewError::Io {
            path: path.display().to_string(),
            source,
        };
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        std::fs::write(&path, text).map_err(|source| NewError::Io {
            path: path.display().to_string(),
            source,
        })?;
    }
    Ok(())
}

/// `kinerja new`: creates the starter site and says what to do next.
pub(super) fn run(dir: &std::path::Path) -> std::process::ExitCode {
    use super::lang;
    use std::io::Write as _;
    use std::process::ExitCode;
    match create(dir) {
        Ok(()) => {
            say!("created a new site in {}", dir.display());
            say!(
                "next: cd {} && kinerja build   (then open public/index.html)",
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            warn!("error: {err}");
            ExitCode::FAILURE
        }
    }
}
