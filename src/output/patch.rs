//! A build over the previous site, committed in place.
//!
//! Rebuilding a site mostly changes few of its files (a quarterly update
//! changes the pages of that year). Writing a whole new tree, linking the
//! unchanged files into it and removing the old one costs a directory entry
//! for every file of the site; committed in place, a build touches only the
//! files whose bytes changed.
//!
//! The guarantee stays the one of the whole-tree swap: until the commit
//! begins, the previous site is untouched (changed files wait in the staging
//! folder under plain numbers). The commit first writes a journal of its
//! steps into the state folder, keeps each file it replaces or removes as a
//! hard link (or the moved file) in the folder for the previous copy, and
//! then moves each new file into place. If a step fails, every step done is
//! undone from the journal; if the build is killed, the next build undoes
//! them before anything else. Either way the previous site is back, byte for
//! byte, with its modification times. The journal's removal is the moment
//! the new site is the site.

use super::*;

/// Name of the journal in the state folder while a commit is under way.
pub const JOURNAL: &str = "journal";

/// One step of a commit, as the journal records it: a JSON array per line.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) enum Step {
    /// A folder the new site needs that the previous site lacks.
    MakeDir(String),
    /// A changed file: the previous copy is kept as `backup`, the new one
    /// moved from `staged` into place.
    Replace {
        path: String,
        staged: PathBuf,
        backup: PathBuf,
    },
    /// A new file, moved from `staged` into place.
    Add { path: String, staged: PathBuf },
    /// A file the new site no longer has, moved to `backup`.
    Remove { path: String, backup: PathBuf },
}

/// The steps that turn the site in `out` into the new one: `staged` are the
/// changed and new files (site path, staged file), `removed` the files that
/// go; copies of what is replaced or removed are kept in `backups`.
pub(crate) fn plan(
    out: &Path,
    staged: &[(String, PathBuf)],
    removed: &[String],
    backups: &Path,
) -> Vec<Step> {
    let mut dirs = std::collections::BTreeSet::new();
    let mut steps = Vec::new();
    for (n, (path, file)) in staged.iter().enumerate() {
        let target = out.join(path);
        if std::fs::symlink_metadata(&target).is_ok() {
            steps.push(Step::Replace {
                path: path.clone(),
                staged: file.clone(),
                backup: backups.join(format!("r{n}")),
            });
            continue;
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
            staged: file.clone(),
        });
    }
    for (n, path) in removed.iter().enumerate() {
        steps.push(Step::Remove {
            path: path.clone(),
            backup: backups.join(format!("d{n}")),
        });
    }
    // Shorter paths first: a folder before the folders inside it.
    let mut made: Vec<String> = dirs.into_iter().collect();
    made.sort_by_key(|d| (d.matches('/').count(), d.clone()));
    made.into_iter().map(Step::MakeDir).chain(steps).collect()
}

/// Writes the journal of `steps` to `journal`, to disk before any step.
pub(crate) fn write_journal(journal: &Path, steps: &[Step]) -> Result<(), OutputError> {
    use std::io::Write as _;
    let mut text = String::new();
    for step in steps {
        text.push_str(&serde_json::to_string(step).unwrap_or_default());
        text.push('\n');
    }
    let mut file = std::fs::File::create(journal).map_err(io("write", journal))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
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

/// Takes the steps in order; on the first that fails, undoes those done and
/// returns the error.
pub(crate) fn apply(out: &Path, steps: &[Step]) -> Result<(), OutputError> {
    for (done, step) in steps.iter().enumerate() {
        if let Err(e) = take(out, step) {
            roll_back(out, &steps[..=done]);
            return Err(e);
        }
    }
    Ok(())
}

fn take(out: &Path, step: &Step) -> Result<(), OutputError> {
    match step {
        Step::MakeDir(dir) => {
            let dir = out.join(dir);
            std::fs::create_dir(&dir).map_err(io("create", &dir))
        }
        Step::Replace {
            path,
            staged,
            backup,
        } => {
            let target = out.join(path);
            // A second name for the previous copy keeps it in place until
            // the new one replaces it in one step; where links are not
            // possible, it is moved aside first.
            if std::fs::hard_link(&target, backup).is_err() {
                std::fs::rename(&target, backup).map_err(io("move aside", &target))?;
            }
            std::fs::rename(staged, &target).map_err(io("move into place", &target))
        }
        Step::Add { path, staged } => {
            let target = out.join(path);
            std::fs::rename(staged, &target).map_err(io("move into place", &target))
        }
        Step::Remove { path, backup } => {
            let target = out.join(path);
            std::fs::rename(&target, backup).map_err(io("remove", &target))
        }
    }
}

/// Undoes `steps` (those of a journal, done or not), last first: each file
/// replaced or removed is put back from its copy, each file added is
/// removed, each folder made is removed. Best effort: a step that was not
/// done is skipped.
pub(crate) fn roll_back(out: &Path, steps: &[Step]) {
    for step in steps.iter().rev() {
        match step {
            Step::MakeDir(dir) => {
                let _ = std::fs::remove_dir(out.join(dir));
            }
            Step::Replace { path, backup, .. } | Step::Remove { path, backup } => {
                if std::fs::symlink_metadata(backup).is_ok() {
                    let _ = std::fs::rename(backup, out.join(path));
                }
            }
            Step::Add { path, staged } => {
                // Moved into place if it is no longer staged.
                if std::fs::symlink_metadata(staged).is_err() {
                    let _ = std::fs::remove_file(out.join(path));
                }
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

    #[test]
    fn a_plan_applied_gives_the_new_site_and_rolled_back_the_old_one() {
        let tmp = tempfile::tempdir().unwrap();
        let (out, staged, backups) = (
            tmp.path().join("public"),
            tmp.path().join("new"),
            tmp.path().join("old"),
        );
        site(
            &out,
            &[("a.html", "a1"), ("u/b.html", "b1"), ("gone/c.html", "c1")],
        );
        let before = listing(&out);
        for dir in [&staged, &backups] {
            std::fs::create_dir(dir).unwrap();
        }
        let write = |n: &str, text: &str| {
            std::fs::write(staged.join(n), text).unwrap();
            staged.join(n)
        };
        let files = vec![
            ("a.html".to_string(), write("0", "a2")),
            ("x/y/d.html".to_string(), write("1", "d2")),
        ];
        let steps = plan(&out, &files, &["gone/c.html".to_string()], &backups);
        assert_eq!(steps[0], Step::MakeDir("x".into()));
        assert_eq!(steps[1], Step::MakeDir("x/y".into()));
        apply(&out, &steps).unwrap();
        remove_emptied(&out, &steps);
        assert_eq!(
            listing(&out),
            vec![
                ("a.html".into(), "a2".into()),
                ("u".into(), "<dir>".into()),
                ("u/b.html".into(), "b1".into()),
                ("x".into(), "<dir>".into()),
                ("x/y".into(), "<dir>".into()),
                ("x/y/d.html".into(), "d2".into()),
            ]
        );
        // The journal read back undoes it all.
        let journal = tmp.path().join("journal");
        write_journal(&journal, &steps).unwrap();
        let read = read_journal(&journal).unwrap();
        assert_eq!(read, steps);
        std::fs::create_dir_all(out.join("gone")).unwrap();
        roll_back(&out, &read);
        assert_eq!(listing(&out), before);
    }

    #[test]
    fn a_failing_step_undoes_the_steps_before_it() {
        let tmp = tempfile::tempdir().unwrap();
        let (out, staged, backups) = (
            tmp.path().join("public"),
            tmp.path().join("new"),
            tmp.path().join("old"),
        );
        site(&out, &[("a.html", "a1"), ("b.html", "b1")]);
        let before = listing(&out);
        std::fs::create_dir(&staged).unwrap();
        std::fs::create_dir(&backups).unwrap();
        std::fs::write(staged.join("0"), "a2").unwrap();
        // The second staged file is missing: its step fails.
        let files = vec![
            ("a.html".to_string(), staged.join("0")),
            ("b.html".to_string(), staged.join("1")),
        ];
        let steps = plan(&out, &files, &[], &backups);
        assert!(apply(&out, &steps).is_err());
        assert_eq!(listing(&out), before);
    }
}
