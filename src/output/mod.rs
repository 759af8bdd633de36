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
            previous: Manifest::read(out),
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
