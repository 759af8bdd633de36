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

/// Name of the build manifest in the output folder: for each file, the
/// fingerprint of its bytes and of its recipe, its size and modification
/// time. Bookkeeping for the next build, not part of the site.
pub const MANIFEST: &str = ".kinerja-manifest";

/// What the manifest knows of one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    /// Fingerprint of the bytes.
    hash: u128,
    /// Fingerprint of what the bytes were made from, if the file was offered
    /// by recipe.
    recipe: Option<u128>,
    /// Size in bytes.
    size: u64,
    /// Modification time, in nanoseconds since the epoch: a file edited by
    /// hand since the build no longer matches its entry.
    modified: u128,
}

fn modified_nanos(meta: &std::fs::Metadata) -> u128 {
    meta.modified()
        .ok()
        .and_then(|m| m.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
}

impl Entry {
    /// Whether the file at `path` is still the one this entry describes.
    fn matches(&self, path: &Path) -> bool {
        std::fs::symlink_metadata(path).is_ok_and(|m| {
            m.is_file() && m.len() == self.size && modified_nanos(&m) == self.modified
        })
    }
}

/// What a build reported, kept in the manifest so that a build of the same
/// input can report it again without doing the work.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BuildRecord {
    /// HTML pages.
    pub pages: usize,
    /// SVG charts.
    pub charts: usize,
    /// CSV, JSON and XLSX files.
    pub data_files: usize,
    /// Files in the site.
    pub files: usize,
    /// Bytes in the site.
    pub bytes: u64,
    /// The warnings, rendered like rustc.
    pub warnings: String,
    /// Number of warnings.
    pub warning_count: usize,
}

/// The manifest of a site: path → entry.
#[derive(Debug, Default)]
struct Manifest {
    files: std::collections::HashMap<String, Entry>,
}

const MANIFEST_HEADER: &str = "kinerja-manifest 1";

impl Manifest {
    /// Reads the manifest of the site in `out`; empty if there is none or it
    /// cannot be read (the next build then compares bytes instead).
    fn read(out: &Path) -> Manifest {
        let Ok(text) = std::fs::read_to_string(out.join(MANIFEST)) else {
            return Manifest::default();
        };
        let mut lines = text.lines();
        if lines.next() != Some(MANIFEST_HEADER) {
            return Manifest::default();
        }
        // The `input` and `report` lines are for [`up_to_date`]; they do
        // not parse as entries.
        let files = lines
            .filter_map(|line| {
                let mut f = line.splitn(5, '\t');
                let hash = u128::from_str_radix(f.next()?, 16).ok()?;
                let recipe = match f.next()? {
                    "-" => None,
                    r => Some(u128::from_str_radix(r, 16).ok()?),
                };
                let size = f.next()?.parse().ok()?;
                let modified = f.next()?.parse().ok()?;
                let path = f.next()?.to_string();
                Some((
                    path,
                    Entry {
                        hash,
                        recipe,
                        size,
                        modified,
                    },
                ))
            })
            .collect();
        Manifest { files }
    }

    /// What the site was built from, read from the `input` and `report`
    /// lines that follow the header.
    fn built_from(input: Option<&str>, report: Option<&str>) -> Option<(u128, BuildRecord)> {
        let input = u128::from_str_radix(input?.strip_prefix("input\t")?, 16).ok()?;
        let record = serde_json::from_str(report?.strip_prefix("report\t")?).ok()?;
        Some((input, record))
    }

    /// The manifest as text, sorted by path.
    fn text(
        entries: &std::collections::BTreeMap<String, Entry>,
        built_from: Option<&(u128, BuildRecord)>,
    ) -> String {
        use std::fmt::Write as _;
        let mut out = format!("{MANIFEST_HEADER}\n");
        if let Some((input, record)) = built_from
            && let Ok(json) = serde_json::to_string(record)
        {
            let _ = writeln!(out, "input\t{input:032x}\nreport\t{json}");
        }
        for (path, e) in entries {
            if path.contains(['\t', '\n', '\r']) {
                continue;
            }
            let recipe = e.recipe.map_or_else(|| "-".into(), |r| format!("{r:032x}"));
            let _ = writeln!(
                out,
                "{:032x}\t{recipe}\t{}\t{}\t{path}",
                e.hash, e.size, e.modified
            );
        }
        out
    }
}

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
    /// Another build holds the output folder.
    #[error("another kinerja build is writing `{0}` right now")]
    Busy(PathBuf),
    /// The output path cannot be resolved.
    #[error("cannot use `{path}` as the output folder: {why}")]
    Unresolvable {
        /// The path as given.
        path: PathBuf,
        /// Why.
        why: String,
    },
    /// A file system operation failed.
    #[error("cannot {action} `{path}`: {source}")]
    Io {
        /// What was being done.
        action: &'static str,
        /// Where.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

impl OutputError {
    /// What the user can do about it, when there is something to say.
    pub fn help(&self) -> Option<&'static str> {
        Some(match self {
            OutputError::Busy(_) => {
                "wait until the other build has finished, then build again; a build that was killed holds nothing"
            }
            OutputError::Overlaps { .. } => {
                "choose an output folder outside the content folder, e.g. `--out public` beside `content/`"
            }
            OutputError::NotOurs(_) => {
                "choose an empty or new folder; kinerja replaces only folders it wrote (they hold `.kinerja-output`)"
            }
            _ => return None,
        })
    }
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
    /// Things worth saying that did not stop the build.
    pub notes: Vec<String>,
}

fn io<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> OutputError + 'a {
    move |source| OutputError::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

/// How many symbolic links [`resolve`] follows before giving up, as the
/// system does (`ELOOP`).
const MAX_LINKS: usize = 40;

/// The real path of `p`, resolved the way the system resolves it: symbolic
/// links are followed before `..` is applied (so `link/../x` is beside the
/// link's target, not beside the link), and a link as the last component,
/// even one to a folder that does not exist yet, is followed to its target.
/// The part of the path that does not exist yet is kept as given; a `..`
/// after a missing folder is refused, as the system would refuse it.
pub fn resolve(p: &Path) -> Result<PathBuf, OutputError> {
    resolve_within(p, 0)
}

fn resolve_within(p: &Path, links: usize) -> Result<PathBuf, OutputError> {
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
        if !empty && !o.join(MARKER).is_file() {
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
    shown: PathBuf,
    /// The real folder.
    real: PathBuf,
    /// The staging folder for the next site, beside the real folder.
    new: PathBuf,
    /// Where the previous site is moved aside when the system cannot swap
    /// two folders in one step.
    old: PathBuf,
    /// Held open, and locked, until the build ends.
    _lock: std::fs::File,
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
    fn recover(&mut self) -> Result<(), OutputError> {
        let present = |p: &Path| std::fs::symlink_metadata(p).is_ok();
        if !present(&self.real) && self.old.join(MARKER).is_file() {
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
fn remove_tree(dir: &Path) -> std::io::Result<()> {
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
fn set_aside(dir: &Path) -> Result<PathBuf, OutputError> {
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
fn exchange(a: &Path, b: &Path) -> std::io::Result<bool> {
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
fn exchange(_: &Path, _: &Path) -> std::io::Result<bool> {
    Ok(false)
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

/// A site being written: files go into a staging folder beside the output
/// folder (from any number of threads) and [`Staging::commit`] swaps it in.
/// Dropped without a commit, the staging folder is removed and the previous
/// site is untouched.
#[derive(Debug)]
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    output: Output,
    previous: Manifest,
    state: std::sync::Mutex<StagingState>,
    committed: bool,
}

#[derive(Debug, Default)]
struct StagingState {
    summary: WriteSummary,
    made_dirs: std::collections::BTreeSet<PathBuf>,
    /// The new site's manifest.
    entries: std::collections::BTreeMap<String, Entry>,
    /// Fingerprint of the input and the report, for the next build.
    built_from: Option<(u128, BuildRecord)>,
}

/// The report of the build of `out`, if it was built from input with the
/// fingerprint `input` and still holds its manifest: the site is up to date.
pub fn up_to_date(out: &Path, input: u128) -> Option<BuildRecord> {
    if !out.join(MARKER).is_file() {
        return None;
    }
    // Only the first lines: the entries that follow are not needed here.
    use std::io::BufRead;
    let file = std::fs::File::open(out.join(MANIFEST)).ok()?;
    let mut lines = std::io::BufReader::new(file).lines().map_while(Result::ok);
    if lines.next()? != MANIFEST_HEADER {
        return None;
    }
    let (input_line, report_line) = (lines.next(), lines.next());
    match Manifest::built_from(input_line.as_deref(), report_line.as_deref()) {
        Some((built, record)) if built == input => Some(record),
        _ => None,
    }
}

impl Staging {
    /// Prepares an empty staging folder for the next site of `output`,
    /// which stays locked until the staging is committed or dropped.
    pub fn begin(output: Output) -> Result<Staging, OutputError> {
        let dir = output.new.clone();
        if std::fs::symlink_metadata(&dir).is_ok() {
            remove_tree(&dir).map_err(io("remove", &dir))?;
        }
        std::fs::create_dir(&dir).map_err(io("create", &dir))?;
        Ok(Staging {
            out: output.real.clone(),
            previous: Manifest::read(&output.real),
            dir,
            output,
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
        self.write_with_recipe(f, None)
    }

    /// The staging and previous paths of `path`, with its folder made.
    fn places(&self, path: &str) -> Result<(PathBuf, PathBuf), OutputError> {
        let rel = safe_relative(path).ok_or_else(|| OutputError::UnsafePath(path.to_string()))?;
        let target = self.dir.join(&rel);
        if let Some(p) = target.parent() {
            let new_dir = self.lock()?.made_dirs.insert(p.to_path_buf());
            if new_dir {
                std::fs::create_dir_all(p).map_err(io("create", p))?;
            }
        }
        Ok((target, self.out.join(&rel)))
    }

    fn write_with_recipe(&self, f: &OutputFile, recipe: Option<u128>) -> Result<(), OutputError> {
        let (target, previous) = self.places(&f.path)?;
        let hash = crate::fingerprint::of_bytes(&f.bytes);
        let size = f.bytes.len() as u64;
        // The manifest says whether the previous copy is the same, without
        // reading it, unless the file changed since it was written.
        let same = match self.previous.files.get(&f.path) {
            Some(e) if e.matches(&previous) => e.hash == hash && e.size == size,
            _ => {
                std::fs::metadata(&previous).is_ok_and(|m| m.is_file() && m.len() == size)
                    && std::fs::read(&previous).is_ok_and(|old| old == f.bytes)
            }
        };
        let carried = same && carry_over(&previous, &target).is_ok();
        let modified = if carried {
            std::fs::metadata(&target).map(|m| modified_nanos(&m))
        } else {
            std::fs::File::create(&target)
                .and_then(|mut file| {
                    std::io::Write::write_all(&mut file, &f.bytes)?;
                    file.metadata()
                })
                .map(|m| modified_nanos(&m))
        }
        .map_err(io("write", &target))?;
        let entry = Entry {
            hash,
            recipe,
            size,
            modified,
        };
        self.record(&f.path, entry, carried, &previous)
    }

    fn record(
        &self,
        path: &str,
        entry: Entry,
        carried: bool,
        previous: &Path,
    ) -> Result<(), OutputError> {
        let mut st = self.lock()?;
        if carried {
            st.summary.unchanged += 1;
        } else {
            st.summary.written.push(path.to_string());
            if !previous.exists() {
                st.summary.added.insert(path.to_string());
            }
        }
        st.summary.files += 1;
        st.summary.bytes += entry.size;
        st.entries.insert(path.to_string(), entry);
        Ok(())
    }

    /// Carries over the previous site's file at `path` if the manifest says
    /// it was made from `recipe` and it has not changed since; otherwise
    /// writes what `make` makes. Returns the file's size (`None`: `make`
    /// made no file).
    pub fn write_made(
        &self,
        path: &str,
        recipe: u128,
        make: crate::render::Make<'_>,
    ) -> Result<Option<u64>, crate::render::RenderError> {
        let output = |e: OutputError| crate::render::RenderError::Output(e.to_string());
        if let Some(e) = self
            .previous
            .files
            .get(path)
            .filter(|e| e.recipe == Some(recipe))
        {
            let (target, previous) = self.places(path).map_err(output)?;
            if e.matches(&previous) && carry_over(&previous, &target).is_ok() {
                self.record(path, *e, true, &previous).map_err(output)?;
                return Ok(Some(e.size));
            }
        }
        let Some(bytes) = make()? else {
            return Ok(None);
        };
        let file = OutputFile {
            path: path.to_string(),
            bytes,
        };
        self.write_with_recipe(&file, Some(recipe))
            .map_err(output)?;
        Ok(Some(file.bytes.len() as u64))
    }

    /// How many files the previous site had: what this build will likely
    /// write, for counted progress (0 if there was no previous site).
    pub fn expected_files(&self) -> usize {
        self.previous.files.len()
    }

    /// Records what the site is built from, for [`up_to_date`].
    pub fn built_from(&self, input: u128, record: BuildRecord) -> Result<(), OutputError> {
        self.lock()?.built_from = Some((input, record));
        Ok(())
    }

    /// Swaps the staging folder in for the output folder.
    pub fn commit(mut self) -> Result<WriteSummary, OutputError> {
        let mut state = std::mem::take(&mut *self.lock()?);
        let mut summary = state.summary;
        if let Some((_, record)) = &mut state.built_from {
            record.files = summary.files;
            record.bytes = summary.bytes;
        }
        let manifest = self.dir.join(MANIFEST);
        std::fs::write(
            &manifest,
            Manifest::text(&state.entries, state.built_from.as_ref()),
        )
        .map_err(io("write", &manifest))?;
        // What the previous site had and this one does not.
        if self.out.is_dir() {
            for entry in walkdir::WalkDir::new(&self.out).into_iter().flatten() {
                if !entry.file_type().is_file() {
                    continue;
                }
                if let Ok(rel) = entry.path().strip_prefix(&self.out) {
                    let rel = rel.to_string_lossy().replace('\\', "/");
                    if rel != MARKER && rel != MANIFEST && !state.entries.contains_key(&rel) {
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
        self.swap()?;
        self.committed = true;
        // The new site is in place: from here on nothing may fail the
        // build. The previous copy is removed, or left for the next build.
        let previous = &self.output.old;
        if std::fs::symlink_metadata(previous).is_ok()
            && let Err(err) = remove_tree(previous)
        {
            summary.notes.push(format!(
                "the new site is in place, but the previous copy in `{}` could not be removed ({err}); the next build removes it",
                previous.display()
            ));
        }
        Ok(summary)
    }

    /// Puts the staging folder in place of the output folder. On success
    /// the previous site, if any, is at `self.output.old`; on failure the
    /// previous site is where it was.
    fn swap(&self) -> Result<(), OutputError> {
        let (new, out, old) = (&self.dir, &self.out, &self.output.old);
        if std::fs::symlink_metadata(out).is_err() {
            return std::fs::rename(new, out).map_err(io("move into place", out));
        }
        // One step where the system can: the output folder is never missing.
        if exchange(new, out).map_err(io("swap in", out))? {
            return std::fs::rename(new, old).map_err(io("move aside", new));
        }
        // Two steps elsewhere; a build killed between them leaves the
        // previous site in `old`, and the next build puts it back.
        std::fs::rename(out, old).map_err(io("move aside", out))?;
        if let Err(source) = std::fs::rename(new, out) {
            let _ = std::fs::rename(old, out);
            return Err(OutputError::Io {
                action: "move into place",
                path: out.clone(),
                source,
            });
        }
        Ok(())
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

    fn put_made(
        &self,
        path: String,
        recipe: u128,
        make: crate::render::Make<'_>,
    ) -> Result<Option<u64>, crate::render::RenderError> {
        self.write_made(&path, recipe, make)
    }
}

impl WriteSummary {
    /// The changes as lines of `A\tpath` (added), `M\tpath` (modified) and
    /// `D\tpath` (deleted), like `git diff --name-status`.
    pub fn changes(&self) -> String {
        let mut out = String::new();
        for p in &self.written {
            out.push_str(if self.added.contains(p) { "A\t" } else { "M\t" });
            out.push_str(&quoted(p));
            out.push('\n');
        }
        for p in &self.removed {
            out.push_str("D\t");
            out.push_str(&quoted(p));
            out.push('\n');
        }
        out
    }
}

/// `path` as one field of a line: as it is, or, if it holds a control
/// character, a quote or a backslash, in double quotes with C escapes (as
/// `git diff --name-status` does), so no name can forge a line or a field.
fn quoted(path: &str) -> std::borrow::Cow<'_, str> {
    use std::fmt::Write as _;
    if !path
        .chars()
        .any(|c| c.is_control() || c == '"' || c == '\\')
    {
        return path.into();
    }
    let mut q = String::from("\"");
    for c in path.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\t' => q.push_str("\\t"),
            '\n' => q.push_str("\\n"),
            '\r' => q.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(q, "\\u{{{:x}}}", u32::from(c));
            }
            c => q.push(c),
        }
    }
    q.push('"');
    q.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_lines_cannot_be_forged() {
        assert_eq!(quoted("unit/a/index.html"), "unit/a/index.html");
        assert_eq!(quoted("a\tb\nD\tindex.html"), "\"a\\tb\\nD\\tindex.html\"");
        assert_eq!(quoted("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(quoted("a\u{1b}[31m"), "\"a\\u{1b}[31m\"");
    }

    #[test]
    fn refuses_paths_leaving_the_folder() {
        assert!(safe_relative("../x").is_none());
        assert!(safe_relative("/etc/passwd").is_none());
        assert!(safe_relative("a/./b").is_some());
        assert!(safe_relative("unit/dinkes/index.html").is_some());
    }
}
