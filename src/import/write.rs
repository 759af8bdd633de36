//! Writing an import, all or nothing: every replaced file backed up as
//! bytes first, and everything put back if anything fails.

use super::*;

/// A line diff of `old` and `new` for showing what `--force` changes.
pub fn diff(old: &str, new: &str) -> String {
    let old_lines: Vec<&str> = old.lines().collect();
    let new_lines: Vec<&str> = new.lines().collect();
    let mut out = String::new();
    for l in &old_lines {
        if !new_lines.contains(l) {
            let _ = writeln!(out, "- {l}");
        }
    }
    for l in &new_lines {
        if !old_lines.contains(l) {
            let _ = writeln!(out, "+ {l}");
        }
    }
    out
}

/// What was at a path before an import, to put back if the import fails.
#[derive(Debug)]
pub struct Backup {
    /// The file the import writes.
    pub path: PathBuf,
    /// The file it replaces (the same path, or the `.md` report beside it)
    /// with its bytes.
    pub replaced: Option<(PathBuf, Vec<u8>)>,
}

/// Reads every file the import of `planned` into `content` would replace.
/// Fails, having touched nothing, if one of them cannot be read: a file
/// that cannot be read could not be put back.
pub fn backup(content: &Path, planned: &[Planned]) -> Result<Vec<Backup>, ImportError> {
    planned
        .iter()
        .map(|p| {
            let path = content.join(&p.path);
            let md = path.with_extension("md");
            let existing = [&path, &md]
                .into_iter()
                .find(|x| std::fs::symlink_metadata(x).is_ok());
            let replaced = match existing {
                None => None,
                Some(e) => {
                    let bytes = crate::files::read_regular(e, crate::load::MAX_FILE_BYTES)
                        .map_err(|err| ImportError::Read {
                            path: e.clone(),
                            message: format!("{err}; it would be replaced and could not be put back, so nothing was imported"),
                        })?;
                    Some((e.clone(), bytes))
                }
            };
            Ok(Backup { path, replaced })
        })
        .collect()
}

/// Writes the planned files. On any failure, puts back what was there
/// before (see [`restore`]) and returns the error.
pub fn write(planned: &[Planned], backups: &[Backup]) -> Result<(), ImportError> {
    for (p, b) in planned.iter().zip(backups) {
        let written = (|| {
            if let Some(parent) = b.path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&b.path, &p.yaml)?;
            // A Markdown report being replaced gives way to the YAML one.
            if let Some((old, _)) = &b.replaced
                && *old != b.path
            {
                std::fs::remove_file(old)?;
            }
            Ok::<(), std::io::Error>(())
        })();
        if let Err(err) = written {
            restore(backups);
            return Err(ImportError::Read {
                path: b.path.clone(),
                message: format!("cannot write: {err}; the files were put back as they were"),
            });
        }
    }
    Ok(())
}

/// Puts every backed-up file back as it was and removes the files the
/// import added. Returns what could not be put back, in words.
pub fn restore(backups: &[Backup]) -> Vec<String> {
    let mut failed = Vec::new();
    for b in backups {
        match &b.replaced {
            Some((old, bytes)) => {
                if *old != b.path {
                    let _ = std::fs::remove_file(&b.path);
                }
                if let Err(err) = std::fs::write(old, bytes) {
                    failed.push(format!("cannot put back `{}`: {err}", old.display()));
                }
            }
            None => {
                if let Err(err) = std::fs::remove_file(&b.path)
                    && err.kind() != std::io::ErrorKind::NotFound
                {
                    failed.push(format!("cannot remove `{}`: {err}", b.path.display()));
                }
            }
        }
    }
    failed
}
