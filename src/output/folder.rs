//! The output folder as the system sees it: paths resolved the way the
//! system resolves them, the lock held for the whole build, recovery of what
//! an interrupted build left, and the one-step swap.

use super::*;

/// How many symbolic links [`resolve`] follows before giving up, as the
/// system does (`ELOOP`).
pub(crate) const MAX_LINKS: usize = 40;

/// The real path of `p`, resolved the way the system resolves it: symbolic
/// links are followed before `..` is applied (so `link/../x` is beside the
/// link's target, not beside the link), and a link as the last component,
/// even one to a folder that does not exist yet, is followed to its target.
/// The part of the path that does not exist yet is kept as given; a `..`
/// after a missing folder is refused, as the system would refuse it.
pub fn resolve(p: &Path) -> Result<PathBuf, OutputError> {
    resolve_within(p, 0)
}

pub(crate) fn resolve_within(p: &Path, links: usize) -> Result<PathBuf, OutputError> {
    let unresolvable = |why: &str| OutputError::Unresolvable {
        path: p.to_path_buf(),
        why: why.to_string(),
    };
    if links > MAX_LINKS {
        return Err(unresolvable("too many levels of symbolic links"));
    }
    let p = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(io("find the current folder for", p))?
            .join(p)
    };
    // A link as the last component, whether its target exists or not.
    if std::fs::symlink_metadata(&p).is_ok_and(|m| m.file_type().is_symlink()) {
        let target = std::fs::read_link(&p).map_err(io("read the link", &p))?;
        let base = p.parent().unwrap_or(Path::new("/"));
        return resolve_within(&base.join(target), links + 1);
    }
    if p.exists() {
        return p.canonicalize().map_err(io("resolve", &p));
    }
    // The longest part that exists, resolved by the system; the rest must be
    // plain names.
    let mut missing = Vec::new();
    let mut existing = p.as_path();
    loop {
        match existing.components().next_back() {
            Some(Component::Normal(name)) => missing.push(name.to_os_string()),
            Some(Component::CurDir) => {}
            Some(Component::ParentDir) => {
                return Err(unresolvable("`..` follows a folder that does not exist"));
            }
            _ => return Err(unresolvable("no part of the path exists")),
        }
        existing = existing
            .parent()
            .ok_or_else(|| unresolvable("no part of the path exists"))?;
        if std::fs::symlink_metadata(existing).is_ok() {
            break;
        }
    }
    let mut resolved = resolve_within(existing, links)?;
    for name in missing.into_iter().rev() {
        resolved.push(name);
    }
    Ok(resolved)
}

/// Checks that `out` can be replaced: not overlapping `content`, and either
/// missing, empty, or written by kinerja before. Both paths are resolved as
/// the system resolves them.
pub fn check_target(out: &Path, content: &Path) -> Result<(), OutputError> {
    let (o, c) = (resolve(out)?, resolve(content)?);
    if o.starts_with(&c) || c.starts_with(&o) {
        return Err(OutputError::Overlaps {
            out: out.to_path_buf(),
            content: content.to_path_buf(),
        });
    }
    if o.exists() {
        if !o.is_dir() {
            return Err(OutputError::NotOurs(out.to_path_buf()));
        }
        let empty = std::fs::read_dir(&o)
            .map_err(io("read", out))?
            .next()
            .is_none();
        if !empty && !owned(&o) {
            return Err(OutputError::NotOurs(out.to_path_buf()));
        }
    }
    Ok(())
}

/// The output folder of a build, held for the whole build.
///
/// Opening it resolves the path as the system does (a symbolic link to a
/// folder is followed: the site is written into the folder it points to,
/// and the link stays as it was), refuses a folder that overlaps the content
/// or holds files kinerja did not write, takes an exclusive lock so that no
/// other build writes the same folder at the same time, and recovers what
/// an interrupted build left behind.
#[derive(Debug)]
pub struct Output {
    /// The folder as the user named it, for messages.
    pub(crate) shown: PathBuf,
    /// The real folder.
    pub(crate) real: PathBuf,
    /// The staging folder for the next site, beside the real folder.
    pub(crate) new: PathBuf,
    /// Where the previous site is moved aside when the system cannot swap
    /// two folders in one step.
    pub(crate) old: PathBuf,
    /// The state folder beside the real folder: the manifest and the mark
    /// of ownership.
    pub(crate) state: PathBuf,
    /// Held open, and locked, until the build ends.
    pub(crate) _lock: std::fs::File,
    /// What was recovered from an interrupted build, in words.
    pub recovered: Vec<String>,
}

impl Output {
    /// Opens `out` for a build of `content`.
    pub fn open(out: &Path, content: &Path) -> Result<Output, OutputError> {
        check_target(out, content)?;
        let real = resolve(out)?;
        let (Some(parent), Some(name)) = (real.parent(), real.file_name()) else {
            return Err(OutputError::Unresolvable {
                path: out.to_path_buf(),
                why: "the output cannot be the root of the file system".into(),
            });
        };
        let name = name.to_string_lossy();
        std::fs::create_dir_all(parent).map_err(io("create", parent))?;
        let lock_path = parent.join(format!(".{name}.kinerja-lock"));
        let lock = std::fs::File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(io("create the lock file", &lock_path))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(OutputError::Busy(out.to_path_buf()));
            }
            Err(std::fs::TryLockError::Error(source)) => {
                return Err(OutputError::Io {
                    action: "lock",
                    path: lock_path,
                    source,
                });
            }
        }
        let mut output = Output {
            shown: out.to_path_buf(),
            new: parent.join(format!(".{name}.kinerja-new")),
            old: parent.join(format!(".{name}.kinerja-old")),
            state: state_beside(parent, &name),
            real,
            _lock: lock,
            recovered: Vec::new(),
        };
        output.recover()?;
        Ok(output)
    }

    /// The real folder the site is written into.
    pub fn path(&self) -> &Path {
        &self.real
    }

    /// Puts right what an interrupted build left: a previous site moved
    /// aside is put back if no site is in place, and unfinished or
    /// superseded copies are removed (or, if they cannot be, moved out of
    /// the way and named).
    pub(crate) fn recover(&mut self) -> Result<(), OutputError> {
        let present = |p: &Path| std::fs::symlink_metadata(p).is_ok();
        // A commit in place that did not finish: undone, step by step.
        let journal = self.state.join(super::JOURNAL);
        if present(&journal) {
            let Some(steps) = super::patch::read_journal(&journal) else {
                return Err(OutputError::Unresolvable {
                    path: journal,
                    why: "an interrupted build left this journal and it cannot be read; restore the site from your last upload, then remove the journal".into(),
                });
            };
            super::patch::roll_back(&self.real, &steps, &self.old);
            std::fs::remove_file(&journal).map_err(io("remove", &journal))?;
            self.recovered.push(format!(
                "put the previous site back in `{}`: a build was interrupted while replacing its files",
                self.shown.display()
            ));
        }
        let old_is_ours = self.state.join(OWNER).is_file() || self.old.join(LEGACY[0]).is_file();
        if !present(&self.real) && present(&self.old) && old_is_ours {
            std::fs::rename(&self.old, &self.real).map_err(io("restore", &self.old))?;
            self.recovered.push(format!(
                "restored the previous site into `{}` from `{}`, left by an interrupted build",
                self.shown.display(),
                self.old.display()
            ));
        }
        for leftover in [self.new.clone(), self.old.clone()] {
            if !present(&leftover) {
                continue;
            }
            match remove_tree(&leftover) {
                Ok(()) => self.recovered.push(format!(
                    "removed `{}`, left by an interrupted build",
                    leftover.display()
                )),
                Err(err) => {
                    let aside = set_aside(&leftover)?;
                    self.recovered.push(format!(
                        "cannot remove `{}` ({err}), left by an interrupted build; moved it to `{}`: remove it by hand",
                        leftover.display(),
                        aside.display()
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Removes the folder `dir`, making its folders writable first if that is
/// what stands in the way (a site copied with read-only permissions).
pub(crate) fn remove_tree(dir: &Path) -> std::io::Result<()> {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(first) => {
            for entry in walkdir::WalkDir::new(dir)
                .follow_links(false)
                .into_iter()
                .flatten()
            {
                if entry.file_type().is_dir()
                    && let Ok(meta) = entry.metadata()
                {
                    let mut perms = meta.permissions();
                    if perms.readonly() {
                        #[allow(clippy::permissions_set_readonly_false)]
                        perms.set_readonly(false);
                        let _ = std::fs::set_permissions(entry.path(), perms);
                    }
                }
            }
            std::fs::remove_dir_all(dir).map_err(|_| first)
        }
    }
}

/// Moves `dir` to a free name beside it, for a leftover that cannot be
/// removed; moving needs only the parent folder to be writable.
pub(crate) fn set_aside(dir: &Path) -> Result<PathBuf, OutputError> {
    let name = dir
        .file_name()
        .map_or_else(Default::default, |n| n.to_string_lossy().into_owned());
    for n in 1..1000 {
        let aside = dir.with_file_name(format!("{name}.{n}"));
        if std::fs::symlink_metadata(&aside).is_err() {
            std::fs::rename(dir, &aside).map_err(io("move aside", dir))?;
            return Ok(aside);
        }
    }
    Err(OutputError::Unresolvable {
        path: dir.to_path_buf(),
        why: "too many leftover folders beside the output; remove them by hand".into(),
    })
}

/// Swaps the folders `a` and `b` in one step, where the system can.
/// `Ok(false)`: it cannot, and nothing was done.
#[cfg(target_os = "linux")]
pub(crate) fn exchange(a: &Path, b: &Path) -> std::io::Result<bool> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(e)
            if e == rustix::io::Errno::INVAL
                || e == rustix::io::Errno::NOSYS
                || e == rustix::io::Errno::OPNOTSUPP =>
        {
            Ok(false)
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(target_os = "linux"))]
pub(crate) fn exchange(_: &Path, _: &Path) -> std::io::Result<bool> {
    Ok(false)
}
