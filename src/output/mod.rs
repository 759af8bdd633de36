//! Write: the rendered files → the output folder, all or nothing, touching
//! only what changed.
//!
//! The site is written into a staging folder beside the output folder and
//! swapped in only when every file was written, so a failed build leaves the
//! previous site untouched. A file whose bytes did not change is carried over
//! from the previous site by a hard link (or a copy with the old modification
//! time), so `rsync` or an FTP client sends only what changed; the result is
//! byte-identical to a clean build. A marker file identifies folders kinerja
//! owns; a non-empty folder without it is never replaced.

use crate::render::OutputFile;
use std::path::{Component, Path, PathBuf};

/// Name of the marker file in every output folder kinerja writes.
pub const MARKER: &str = ".kinerja-output";

/// Why the site could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The output folder is the content folder, or inside it, or contains it.
    #[error("the output folder `{out}` overlaps the content folder `{content}`")]
    Overlaps {
        /// Output folder.
        out: PathBuf,
        /// Content folder.
        content: PathBuf,
    },
    /// The output folder holds files kinerja did not write.
    #[error("`{0}` is not empty and was not written by kinerja; refusing to replace it")]
    NotOurs(PathBuf),
    /// A generated path would leave the output folder.
    #[error("refusing to write `{0}` outside the output folder")]
    UnsafePath(String),
    /// A file system operation failed.
    #[error("{action} `{path}`: {source}")]
    Io {
        /// What was being done.
        action: &'static str,
        /// Where.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// What a write did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WriteSummary {
    /// Files in the site.
    pub files: usize,
    /// Bytes in the site.
    pub bytes: u64,
    /// Files added or changed since the previous site, sorted.
    pub written: Vec<String>,
    /// Of `written`, those that are new.
    pub added: std::collections::BTreeSet<String>,
    /// Files carried over unchanged (modification time kept).
    pub unchanged: usize,
    /// Files of the previous site that are gone, sorted.
    pub removed: Vec<String>,
}

fn io<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> OutputError + 'a {
    move |source| OutputError::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

/// An absolute, normalised form of `p` for overlap checks (the folder may not exist yet).
fn absolute(p: &Path) -> PathBuf {
    let base = if p.is_absolute() {
        PathBuf::new()
    } else {
        std::env::current_dir().unwrap_or_default()
    };
    let mut out = PathBuf::new();
    for c in base.join(p).components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    // Resolve symbolic links in the part that exists.
    let mut existing = out.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match existing.file_name() {
            Some(name) => rest.push(name.to_os_string()),
            None => break,
        }
        if !existing.pop() {
            break;
        }
    }
    let mut resolved = existing.canonicalize().unwrap_or(existing);
    for r in rest.into_iter().rev() {
        resolved.push(r);
    }
    resolved
}

/// Checks that `out` can be replaced: not overlapping `content`, and either
/// missing, empty, or written by kinerja before.
pub fn check_target(out: &Path, content: &Path) -> Result<(), OutputError> {
    let (o, c) = (absolute(out), absolute(content));
    if o.starts_with(&c) || c.starts_with(&o) {
        return Err(OutputError::Overlaps {
            out: out.to_path_buf(),
            content: content.to_path_buf(),
        });
    }
    if out.exists() {
        let empty = std::fs::read_dir(out)
            .map_err(io("read", out))?
            .next()
            .is_none();
        if !empty && !out.join(MARKER).is_file() {
            return Err(OutputError::NotOurs(out.to_path_buf()));
        }
    }
    Ok(())
}

/// A relative path made only of normal components.
fn safe_relative(path: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    let ok = !path.is_empty() && p.components().all(|c| matches!(c, Component::Normal(_)));
    ok.then(|| p.to_path_buf())
}

/// Carries `previous` over to `target` keeping its modification time.
fn carry_over(previous: &Path, target: &Path) -> std::io::Result<()> {
    if std::fs::hard_link(previous, target).is_ok() {
        return Ok(());
    }
    let modified = std::fs::metadata(previous)?.modified()?;
    std::fs::copy(previous, target)?;
    std::fs::File::options()
        .write(true)
        .open(target)?
        .set_modified(modified)
}

/// Writes `files` as the new content of `out`, replacing the old site only
/// once everything is written.
pub fn write_site(
    out: &Path,
    content: &Path,
    files: &[OutputFile],
) -> Result<WriteSummary, OutputError> {
    let staging = Staging::begin(out, content)?;
    for f in files {
        staging.write(f)?;
    }
    staging.commit()
}

/// A site being written: files go into a staging folder beside the output
/// folder (from any number of threads) and [`Staging::commit`] swaps it in.
/// Dropped without a commit, the staging folder is removed and the previous
/// site is untouched.
#[derive(Debug)]
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    old: PathBuf,
    state: std::sync::Mutex<StagingState>,
    committed: bool,
}

#[derive(Debug, Default)]
struct StagingState {
    summary: WriteSummary,
    made_dirs: std::collections::BTreeSet<PathBuf>,
    paths: std::collections::BTreeSet<String>,
}

impl Staging {
    /// Checks `out` may be replaced and prepares an empty staging folder.
    pub fn begin(out: &Path, content: &Path) -> Result<Staging, OutputError> {
        check_target(out, content)?;
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = out
            .file_name()
            .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
        std::fs::create_dir_all(&parent).map_err(io("create", &parent))?;
        let dir = parent.join(format!(".{name}.kinerja-new"));
        let old = parent.join(format!(".{name}.kinerja-old"));
        for leftover in [&dir, &old] {
            if leftover.exists() {
                std::fs::remove_dir_all(leftover).map_err(io("remove", leftover))?;
            }
        }
        std::fs::create_dir_all(&dir).map_err(io("create", &dir))?;
        Ok(Staging {
            out: out.to_path_buf(),
            dir,
            old,
            state: std::sync::Mutex::default(),
            committed: false,
        })
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, StagingState>, OutputError> {
        self.state
            .lock()
            .map_err(|_| OutputError::UnsafePath("staging state poisoned".into()))
    }

    /// Writes one file, or carries the previous site's copy over when the
    /// bytes are the same.
    pub fn write(&self, f: &OutputFile) -> Result<(), OutputError> {
        let rel = safe_relative(&f.path).ok_or_else(|| OutputError::UnsafePath(f.path.clone()))?;
        let target = self.dir.join(&rel);
        if let Some(p) = target.parent() {
            let new_dir = self.lock()?.made_dirs.insert(p.to_path_buf());
            if new_dir {
                std::fs::create_dir_all(p).map_err(io("create", p))?;
            }
        }
        let previous = self.out.join(&rel);
        let same = std::fs::metadata(&previous)
            .is_ok_and(|m| m.is_file() && m.len() == f.bytes.len() as u64)
            && std::fs::read(&previous).is_ok_and(|old| old == f.bytes);
        let carried = same && carry_over(&previous, &target).is_ok();
        if !carried {
            std::fs::write(&target, &f.bytes).map_err(io("write", &target))?;
        }
        let mut st = self.lock()?;
        if carried {
            st.summary.unchanged += 1;
        } else {
            st.summary.written.push(f.path.clone());
            if !previous.exists() {
                st.summary.added.insert(f.path.clone());
            }
        }
        st.summary.files += 1;
        st.summary.bytes += f.bytes.len() as u64;
        st.paths.insert(f.path.clone());
        Ok(())
    }

    /// Swaps the staging folder in for the output folder.
    pub fn commit(mut self) -> Result<WriteSummary, OutputError> {
        let state = std::mem::take(&mut *self.lock()?);
        let mut summary = state.summary;
        // What the previous site had and this one does not.
        if self.out.is_dir() {
            for entry in walkdir::WalkDir::new(&self.out).into_iter().flatten() {
                if !entry.file_type().is_file() {
                    continue;
                }
                if let Ok(rel) = entry.path().strip_prefix(&self.out) {
                    let rel = rel.to_string_lossy().replace('\\', "/");
                    if rel != MARKER && !state.paths.contains(&rel) {
                        summary.removed.push(rel);
                    }
                }
            }
        }
        summary.written.sort();
        summary.removed.sort();
        let marker = self.dir.join(MARKER);
        if carry_over(&self.out.join(MARKER), &marker).is_err() {
            std::fs::write(
                &marker,
                "This folder is written by kinerja and replaced on every build.\n",
            )
            .map_err(io("write", &marker))?;
        }
        if self.out.exists() {
            std::fs::rename(&self.out, &self.old).map_err(io("move aside", &self.out))?;
        }
        if let Err(source) = std::fs::rename(&self.dir, &self.out) {
            // Put the previous site back.
            let _ = std::fs::rename(&self.old, &self.out);
            return Err(OutputError::Io {
                action: "move into place",
                path: self.out.clone(),
                source,
            });
        }
        self.committed = true;
        if self.old.exists() {
            std::fs::remove_dir_all(&self.old).map_err(io("remove", &self.old))?;
        }
        Ok(summary)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

impl crate::render::Sink for Staging {
    fn put(&self, file: OutputFile) -> Result<(), crate::render::RenderError> {
        self.write(&file)
            .map_err(|e| crate::render::RenderError::Output(e.to_string()))
    }
}

impl WriteSummary {
    /// The changes as lines of `A\tpath` (added), `M\tpath` (modified) and
    /// `D\tpath` (deleted), like `git diff --name-status`.
    pub fn changes(&self) -> String {
        let mut out = String::new();
        for p in &self.written {
            out.push_str(if self.added.contains(p) { "A\t" } else { "M\t" });
            out.push_str(p);
            out.push('\n');
        }
        for p in &self.removed {
            out.push_str("D\t");
            out.push_str(p);
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_paths_leaving_the_folder() {
        assert!(safe_relative("../x").is_none());
        assert!(safe_relative("/etc/passwd").is_none());
        assert!(safe_relative("a/./b").is_some());
        assert!(safe_relative("unit/dinkes/index.html").is_some());
    }
}
