//! A build over the previous site, committed in place.
//!
//! Rebuilding a site mostly changes few of its files (a quarterly update
//! changes the pages of that year). Writing a whole new tree, linking the
//! unchanged files into it and removing the old one costs a new directory
//! entry for every file of the site, and on many file systems creating a
//! file costs far more than writing into one that exists. Committed in
//! place, a build writes only the files whose bytes changed, into the files
//! that are there.
//!
//! The guarantee stays the one of the whole-tree swap. Until the commit
//! begins, the previous site is untouched: the changed files wait, one after
//! the other, in a pack file in the staging folder. The commit first copies
//! the bytes and modification time of every file it will overwrite into an
//! undo file, and writes a journal of its steps; it moves each
//! file it removes aside; only then does it write. If a step fails, every
//! step is undone from the undo file; if the build is killed, the next build
//! undoes them before anything else. Either way the previous site is back,
//! byte for byte, with its modification times. The journal's removal is the
//! moment the new site is the site.

use super::*;
use std::io::{Read as _, Seek as _, SeekFrom, Write as _};

/// Name of the journal in the state folder while a commit is under way.
pub const JOURNAL: &str = "journal";

/// Name of the undo file (the previous bytes of overwritten files) in the
/// folder for the previous copy.
pub(crate) const UNDO: &str = "undo";

/// Name of the pack of changed files in the staging folder.
pub(crate) const PACK: &str = "pack";

/// A stretch of bytes in the pack or the undo file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Span {
    pub at: u64,
    pub len: u64,
}

/// One step of a commit, as the journal records it: a JSON value per line.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) enum Step {
    /// A folder the new site needs that the previous site lacks.
    MakeDir(String),
    /// A changed file, overwritten with `new` from the pack; its previous
    /// bytes are `old` in the undo file, its previous modification time
    /// `modified` (nanoseconds since 1970).
    Overwrite {
        path: String,
        new: Span,
        old: Span,
        modified: u128,
    },
    /// A new file, written from the pack.
    Add { path: String, new: Span },
    /// A file the new site no longer has, moved to `backup`.
    Remove { path: String, backup: PathBuf },
}

/// The steps that turn the site in `out` into the new one, with the undo
/// file written: `staged` are the changed and new files (site path, span in
/// the pack), `removed` the files that go; the undo file and the removed
/// files are kept in `backups`.
pub(crate) fn plan(
    out: &Path,
    staged: &[(String, Span)],
    removed: &[String],
    backups: &Path,
) -> Result<Vec<Step>, OutputError> {
    let undo_path = backups.join(UNDO);
    let mut undo = std::io::BufWriter::new(
        std::fs::File::create(&undo_path).map_err(io("write", &undo_path))?,
    );
    let mut undo_at = 0u64;
    let mut dirs = std::collections::BTreeSet::new();
    let mut steps = Vec::new();
    for (path, new) in staged {
        let target = out.join(path);
        match std::fs::symlink_metadata(&target) {
            Ok(meta) if meta.is_file() => {
                let old = std::fs::read(&target).map_err(io("read", &target))?;
                undo.write_all(&old).map_err(io("write", &undo_path))?;
                let len = old.len() as u64;
                steps.push(Step::Overwrite {
                    path: path.clone(),
                    new: *new,
                    old: Span { at: undo_at, len },
                    modified: manifest::modified_nanos(&meta),
                });
                undo_at += len;
                continue;
            }
            Ok(_) => {
                // Something else stands where the file goes.
                return Err(OutputError::UnsafePath(path.clone()));
            }
            Err(_) => {}
        }
        let mut parent = Path::new(path).parent();
        while let Some(dir) = parent.filter(|d| !d.as_os_str().is_empty()) {
            if out.join(dir).is_dir() {
                break;
            }
            dirs.insert(dir.to_string_lossy().replace('\\', "/"));
            parent = dir.parent();
        }
        steps.push(Step::Add {
            path: path.clone(),
            new: *new,
        });
    }
    // Not forced to disk, like the rest of the site: the undo file and the
    // journal outlive a killed build (the system still writes them out),
    // not a power failure, which the file system's own recovery answers.
    undo.into_inner()
        .map_err(|e| e.into_error())
        .map_err(io("write", &undo_path))?;
    for (n, path) in removed.iter().enumerate() {
        steps.push(Step::Remove {
            path: path.clone(),
            backup: backups.join(format!("d{n}")),
        });
    }
    // Shorter paths first: a folder before the folders inside it.
    let mut made: Vec<String> = dirs.into_iter().collect();
    made.sort_by_key(|d| (d.matches('/').count(), d.clone()));
    Ok(made.into_iter().map(Step::MakeDir).chain(steps).collect())
}

/// Writes the journal of `steps` to `journal`, before any step.
pub(crate) fn write_journal(journal: &Path, steps: &[Step]) -> Result<(), OutputError> {
    let mut text = String::new();
    for step in steps {
        text.push_str(&serde_json::to_string(step).unwrap_or_default());
        text.push('\n');
    }
    let mut file = std::fs::File::create(journal).map_err(io("write", journal))?;
    file.write_all(text.as_bytes())
        .map_err(io("write", journal))
}

/// Reads a journal; `None` if it cannot be read or a line is not a step.
pub(crate) fn read_journal(journal: &Path) -> Option<Vec<Step>> {
    let text = std::fs::read_to_string(journal).ok()?;
    text.lines()
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_str(l).ok())
        .collect()
}

/// Bytes `span` of the open file `from`.
fn read_span(from: &mut std::fs::File, span: Span) -> std::io::Result<Vec<u8>> {
    let len = usize::try_from(span.len).map_err(|_| std::io::ErrorKind::InvalidData)?;
    let mut bytes = vec![0; len];
    from.seek(SeekFrom::Start(span.at))?;
    from.read_exact(&mut bytes)?;
    Ok(bytes)
}

/// Takes the steps in order, the new bytes read from `pack`; on the first
/// that fails, undoes all of them (from the undo file in `backups`) and
/// returns the error.
pub(crate) fn apply(
    out: &Path,
    steps: &[Step],
    pack: &Path,
    backups: &Path,
) -> Result<(), OutputError> {
    let mut source = std::fs::File::open(pack).map_err(io("read", pack))?;
    for step in steps {
        if let Err(e) = take(out, step, &mut source) {
            roll_back(out, steps, backups);
            return Err(e);
        }
    }
    Ok(())
}

fn take(out: &Path, step: &Step, pack: &mut std::fs::File) -> Result<(), OutputError> {
    match step {
        Step::MakeDir(dir) => {
            let dir = out.join(dir);
            std::fs::create_dir(&dir).map_err(io("create", &dir))
        }
        Step::Overwrite { path, new, .. } | Step::Add { path, new } => {
            let target = out.join(path);
            let bytes = read_span(pack, *new).map_err(io("read the staged copy of", &target))?;
            let mut options = std::fs::File::options();
            options.write(true);
            if matches!(step, Step::Add { .. }) {
                options.create_new(true);
            } else {
                options.truncate(true);
            }
            options
                .open(&target)
                .and_then(|mut f| f.write_all(&bytes))
                .map_err(io("write", &target))
        }
        Step::Remove { path, backup } => {
            let target = out.join(path);
            std::fs::rename(&target, backup).map_err(io("remove", &target))
        }
    }
}

/// Undoes `steps` (those of a journal, done or not), last first: each file
/// overwritten gets its previous bytes and modification time back, each
/// file removed is moved back, each file added is removed, each folder made
/// is removed. Best effort, and harmless for a step that was not done.
pub(crate) fn roll_back(out: &Path, steps: &[Step], backups: &Path) {
    let mut undo = std::fs::File::open(backups.join(UNDO)).ok();
    for step in steps.iter().rev() {
        match step {
            Step::MakeDir(dir) => {
                let _ = std::fs::remove_dir(out.join(dir));
            }
            Step::Overwrite {
                path,
                old,
                modified,
                ..
            } => {
                let Some(undo) = undo.as_mut() else { continue };
                let target = out.join(path);
                if let Ok(bytes) = read_span(undo, *old) {
                    let restored = std::fs::File::options()
                        .write(true)
                        .truncate(true)
                        .open(&target)
                        .and_then(|mut f| {
                            f.write_all(&bytes)?;
                            f.set_modified(manifest::system_time(*modified))
                        });
                    let _ = restored;
                }
            }
            Step::Remove { path, backup } => {
                if std::fs::symlink_metadata(backup).is_ok() {
                    let _ = std::fs::rename(backup, out.join(path));
                }
            }
            Step::Add { path, .. } => {
                let _ = std::fs::remove_file(out.join(path));
            }
        }
    }
}

/// After a commit: the folders that removing files emptied, removed.
pub(crate) fn remove_emptied(out: &Path, steps: &[Step]) {
    for step in steps {
        if let Step::Remove { path, .. } = step {
            let mut parent = Path::new(path).parent();
            while let Some(dir) = parent.filter(|d| !d.as_os_str().is_empty()) {
                if std::fs::remove_dir(out.join(dir)).is_err() {
                    break;
                }
                parent = dir.parent();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(dir: &Path, files: &[(&str, &str)]) {
        for (path, text) in files {
            let p = dir.join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
    }

    fn listing(dir: &Path) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = walkdir::WalkDir::new(dir)
            .into_iter()
            .flatten()
            .filter(|e| e.path() != dir)
            .map(|e| {
                let rel = e
                    .path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                let text = std::fs::read_to_string(e.path()).unwrap_or_else(|_| "<dir>".into());
                (rel, text)
            })
            .collect();
        out.sort();
        out
    }

    /// Stages `files` in a pack in `dir`: (site path, span).
    fn pack(dir: &Path, files: &[(&str, &str)]) -> Vec<(String, Span)> {
        let mut bytes = Vec::new();
        let mut staged = Vec::new();
        for (path, text) in files {
            let at = bytes.len() as u64;
            bytes.extend_from_slice(text.as_bytes());
            staged.push((
                path.to_string(),
                Span {
                    at,
                    len: text.len() as u64,
                },
            ));
        }
        std::fs::write(dir.join(PACK), bytes).unwrap();
        staged
    }

    fn modified(p: &Path) -> std::time::SystemTime {
        std::fs::metadata(p).unwrap().modified().unwrap()
    }

    #[test]
    fn a_plan_applied_gives_the_new_site_and_rolled_back_the_old_one() {
        let tmp = tempfile::tempdir().unwrap();
        let (out, staging, backups) = (
            tmp.path().join("public"),
            tmp.path().join("new"),
            tmp.path().join("old"),
        );
        site(
            &out,
            &[("a.html", "a1"), ("u/b.html", "b1"), ("gone/c.html", "c1")],
        );
        let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
        std::fs::File::options()
            .write(true)
            .open(out.join("a.html"))
            .unwrap()
            .set_modified(old)
            .unwrap();
        let before = listing(&out);
        for dir in [&staging, &backups] {
            std::fs::create_dir(dir).unwrap();
        }
        let staged = pack(&staging, &[("a.html", "a2 longer"), ("x/y/d.html", "d2")]);
        let steps = plan(&out, &staged, &["gone/c.html".to_string()], &backups).unwrap();
        assert_eq!(steps[0], Step::MakeDir("x".into()));
        assert_eq!(steps[1], Step::MakeDir("x/y".into()));
        apply(&out, &steps, &staging.join(PACK), &backups).unwrap();
        remove_emptied(&out, &steps);
        assert_eq!(
            listing(&out),
            vec![
                ("a.html".into(), "a2 longer".into()),
                ("u".into(), "<dir>".into()),
                ("u/b.html".into(), "b1".into()),
                ("x".into(), "<dir>".into()),
                ("x/y".into(), "<dir>".into()),
                ("x/y/d.html".into(), "d2".into()),
            ]
        );
        // The journal read back undoes it all, modification times included.
        let journal = tmp.path().join("journal");
        write_journal(&journal, &steps).unwrap();
        let read = read_journal(&journal).unwrap();
        assert_eq!(read, steps);
        std::fs::create_dir_all(out.join("gone")).unwrap();
        roll_back(&out, &read, &backups);
        assert_eq!(listing(&out), before);
        assert_eq!(modified(&out.join("a.html")), old);
    }

    #[test]
    fn a_failing_step_undoes_every_step() {
        let tmp = tempfile::tempdir().unwrap();
        let (out, staging, backups) = (
            tmp.path().join("public"),
            tmp.path().join("new"),
            tmp.path().join("old"),
        );
        site(&out, &[("a.html", "a1"), ("b.html", "b1")]);
        let before = listing(&out);
        std::fs::create_dir(&staging).unwrap();
        std::fs::create_dir(&backups).unwrap();
        let mut staged = pack(&staging, &[("a.html", "a2")]);
        // The second file's bytes are not in the pack: its step fails.
        staged.push(("b.html".into(), Span { at: 100, len: 5 }));
        let steps = plan(&out, &staged, &[], &backups).unwrap();
        assert!(apply(&out, &steps, &staging.join(PACK), &backups).is_err());
        assert_eq!(listing(&out), before);
    }
}
