//! Write: the rendered files → the output folder, all or nothing, touching
//! only what changed.
//!
//! A first build writes the site into a staging folder beside the output
//! folder and moves it into place only when every file was written. A build
//! over a site kinerja wrote stages only the files whose bytes changed and
//! commits them in place with a journal ([`patch`]); unchanged files are not
//! touched, so `rsync` or an FTP client sends only what changed. Either way
//! a failed build leaves the previous site untouched, and the result is
//! byte-identical to a clean build.
//!
//! The output folder holds the site and nothing else: the build's own
//! records (the manifest, and the mark that kinerja owns the folder) are kept
//! in a state folder beside it, `.<name>.kinerja-state/`, so the output can
//! be uploaded as it is. A non-empty folder kinerja does not own is never
//! replaced.

use crate::render::{JobFiles, OutputFile};
use std::path::{Component, Path, PathBuf};

mod folder;
mod manifest;
mod patch;
pub use folder::{Output, check_target, resolve};
use folder::{exchange, remove_tree};
pub use manifest::BuildRecord;
use manifest::{Entry, MANIFEST_HEADER, Manifest, modified_nanos};
pub use patch::JOURNAL;

/// Name of the file, in the state folder, that marks the output folder
/// beside it as kinerja's.
pub const OWNER: &str = "owner";

/// Name of the build manifest in the state folder: for each file of the
/// site, the fingerprint of its bytes and of its recipe, its size and
/// modification time. Bookkeeping for the next build, not part of the site.
pub const MANIFEST: &str = "manifest";

/// The marker and the manifest that earlier builds of kinerja kept inside the
/// output folder: still read, so such a site is recognised and built
/// incrementally, and dropped from the site it writes next.
pub const LEGACY: [&str; 2] = [".kinerja-output", ".kinerja-manifest"];

/// The state folder of the output folder `out` (resolved as the system
/// resolves it): `.<name>.kinerja-state` beside it.
pub fn state_dir(out: &Path) -> Result<PathBuf, OutputError> {
    let real = resolve(out)?;
    match (real.parent(), real.file_name()) {
        (Some(parent), Some(name)) => Ok(state_beside(parent, &name.to_string_lossy())),
        _ => Err(OutputError::Unresolvable {
            path: out.to_path_buf(),
            why: "the output cannot be the root of the file system".into(),
        }),
    }
}

pub(crate) fn state_beside(parent: &Path, name: &str) -> PathBuf {
    parent.join(format!(".{name}.kinerja-state"))
}

/// Whether kinerja wrote the folder `real` (already resolved).
pub(crate) fn owned(real: &Path) -> bool {
    let state = match (real.parent(), real.file_name()) {
        (Some(parent), Some(name)) => state_beside(parent, &name.to_string_lossy()),
        _ => return false,
    };
    state.join(OWNER).is_file() || real.join(LEGACY[0]).is_file()
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
                "choose an empty or new folder; kinerja replaces only folders it wrote (marked in `.<name>.kinerja-state/` beside them)"
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

pub(crate) fn io<'a>(
    action: &'static str,
    path: &'a Path,
) -> impl FnOnce(std::io::Error) -> OutputError + 'a {
    move |source| OutputError::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

/// A relative path made only of normal components.
pub(crate) fn safe_relative(path: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    let ok = !path.is_empty() && p.components().all(|c| matches!(c, Component::Normal(_)));
    ok.then(|| p.to_path_buf())
}

/// Whether every folder and file of the site in `real` can be written and
/// none is a link, so that its files can be overwritten in place (a site
/// copied read-only cannot: it is replaced as a whole, which needs only the
/// folder beside it).
fn writable(real: &Path) -> bool {
    walkdir::WalkDir::new(real)
        .follow_links(false)
        .into_iter()
        .all(|e| {
            e.is_ok_and(|e| {
                !e.file_type().is_symlink()
                    && rustix::fs::access(e.path(), rustix::fs::Access::WRITE_OK).is_ok()
            })
        })
}

/// Carries `previous` over to `target` keeping its modification time.
pub(crate) fn carry_over(previous: &Path, target: &Path) -> std::io::Result<()> {
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
    /// Over a site kinerja wrote: only changed files are staged (one after
    /// the other in a pack file) and committed in place.
    in_place: bool,
    /// In place: the pack and how many bytes it holds.
    pack: std::sync::Mutex<Option<(std::io::BufWriter<std::fs::File>, u64)>>,
}

#[derive(Debug, Default)]
struct StagingState {
    summary: WriteSummary,
    made_dirs: std::collections::BTreeSet<PathBuf>,
    /// The new site's manifest.
    entries: std::collections::BTreeMap<String, Entry>,
    /// The jobs of the new site: the fingerprint of their inputs and what
    /// they made.
    jobs: std::collections::BTreeMap<String, (u128, JobFiles)>,
    /// Fingerprint of the input and the report, for the next build.
    built_from: Option<(u128, BuildRecord)>,
    /// In place: each changed or new file and where it is in the pack.
    staged: Vec<(String, patch::Span)>,
}

/// The report of the build of `out`, if it was built from input with the
/// fingerprint `input` and still holds its manifest: the site is up to date.
pub fn up_to_date(out: &Path, input: u128) -> Option<BuildRecord> {
    if !owned(out) {
        return None;
    }
    // Only the first lines: the entries that follow are not needed here.
    use std::io::BufRead;
    let file = std::fs::File::open(state_dir(out).ok()?.join(MANIFEST)).ok()?;
    let mut lines = std::io::BufReader::new(file).lines().map_while(Result::ok);
    if lines.next()? != MANIFEST_HEADER {
        return None;
    }
    let (input_line, report_line) = (lines.next(), lines.next());
    let record = match Manifest::built_from(input_line.as_deref(), report_line.as_deref()) {
        Some((built, record)) if built == input => record,
        _ => return None,
    };
    drop(lines);
    // The same input is not enough: the folder (or a file in it) may have
    // been deleted or edited since. Every file must still be as written.
    let state = state_dir(out).ok()?;
    let manifest = Manifest::read(&state, out);
    let intact = !manifest.files.is_empty()
        && manifest
            .files
            .iter()
            .all(|(path, e)| safe_relative(path).is_some_and(|rel| e.matches(&out.join(rel))));
    intact.then_some(record)
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
        let in_place = output.real.is_dir() && owned(&output.real) && writable(&output.real);
        Ok(Staging {
            out: output.real.clone(),
            previous: Manifest::read(&output.state, &output.real),
            dir,
            output,
            state: std::sync::Mutex::default(),
            committed: false,
            in_place,
            pack: std::sync::Mutex::new(None),
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

    /// Appends `bytes` to the pack; where they are in it.
    fn stage(&self, bytes: &[u8]) -> Result<patch::Span, OutputError> {
        let path = self.dir.join(patch::PACK);
        let mut pack = self
            .pack
            .lock()
            .map_err(|_| OutputError::UnsafePath("staging pack poisoned".into()))?;
        if pack.is_none() {
            let file = std::fs::File::create(&path).map_err(io("write", &path))?;
            *pack = Some((std::io::BufWriter::with_capacity(1 << 20, file), 0));
        }
        let Some((writer, at)) = pack.as_mut() else {
            return Err(OutputError::UnsafePath("staging pack".into()));
        };
        std::io::Write::write_all(writer, bytes).map_err(io("write", &path))?;
        let span = patch::Span {
            at: *at,
            len: bytes.len() as u64,
        };
        *at += span.len;
        Ok(span)
    }

    /// The staging and previous paths of `path`, with its folder made (in
    /// place, nothing is made: changed files go into the pack).
    fn places(&self, path: &str) -> Result<(PathBuf, PathBuf), OutputError> {
        let rel = safe_relative(path).ok_or_else(|| OutputError::UnsafePath(path.to_string()))?;
        if self.in_place {
            return Ok((self.dir.join(patch::PACK), self.out.join(&rel)));
        }
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
        let carried = same && (self.in_place || carry_over(&previous, &target).is_ok());
        let modified = if self.in_place && !carried {
            // Known once it is written, at the commit.
            let span = self.stage(&f.bytes)?;
            self.lock()?.staged.push((f.path.clone(), span));
            Ok(0)
        } else if carried {
            std::fs::metadata(if self.in_place { &previous } else { &target })
                .map(|m| modified_nanos(&m))
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
            if e.matches(&previous) && (self.in_place || carry_over(&previous, &target).is_ok()) {
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

    /// Keeps the files the job `job` made in the previous build if it was
    /// made from the same `inputs` and each of its files is still as written
    /// (size and modification time, as the manifest has them). Only in
    /// place: a site being replaced as a whole is made anew.
    pub fn keep_job(&self, job: &str, inputs: u128) -> Result<Option<JobFiles>, OutputError> {
        let Some((before, made)) = self.previous.jobs.get(job) else {
            return Ok(None);
        };
        if !self.in_place || *before != inputs {
            return Ok(None);
        }
        let mut kept = Vec::with_capacity(made.files.len());
        for path in &made.files {
            let Some(rel) = safe_relative(path) else {
                return Ok(None);
            };
            let previous = self.out.join(rel);
            match self.previous.files.get(path) {
                Some(e) if e.matches(&previous) => kept.push((path, *e, previous)),
                _ => return Ok(None),
            }
        }
        for (path, entry, previous) in kept {
            self.record(path, entry, true, &previous)?;
        }
        self.record_job(job, inputs, made.clone())?;
        Ok(Some(made.clone()))
    }

    /// Notes what the job `job` made from `inputs`, for the next build.
    pub fn record_job(&self, job: &str, inputs: u128, made: JobFiles) -> Result<(), OutputError> {
        self.lock()?.jobs.insert(job.to_string(), (inputs, made));
        Ok(())
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
        let mut summary = std::mem::take(&mut state.summary);
        if let Some((_, record)) = &mut state.built_from {
            record.files = summary.files;
            record.bytes = summary.bytes;
        }
        let records = self.output.state.clone();
        std::fs::create_dir_all(&records).map_err(io("create", &records))?;
        let manifest = records.join(MANIFEST);
        let next_manifest = records.join("manifest.new");
        if !self.in_place {
            std::fs::write(
                &next_manifest,
                Manifest::text(&state.entries, &state.jobs, state.built_from.as_ref()),
            )
            .map_err(io("write", &next_manifest))?;
        }
        // What the previous site had and this one does not (and, in place,
        // the files earlier versions kept inside the site).
        let mut legacy = Vec::new();
        if self.out.is_dir() {
            for entry in walkdir::WalkDir::new(&self.out).into_iter().flatten() {
                if !entry.file_type().is_file() {
                    continue;
                }
                if let Ok(rel) = entry.path().strip_prefix(&self.out) {
                    let rel = rel.to_string_lossy().replace('\\', "/");
                    if LEGACY.contains(&rel.as_str()) {
                        legacy.push(rel);
                    } else if !state.entries.contains_key(&rel) {
                        summary.removed.push(rel);
                    }
                }
            }
        }
        summary.written.sort();
        summary.removed.sort();
        if self.in_place {
            legacy.extend(summary.removed.iter().cloned());
            return self.commit_in_place(summary, state, &legacy, &next_manifest, &manifest);
        }
        // The old manifest goes first: if the build stops between the swap
        // and the new manifest, the next build finds none and compares bytes.
        match std::fs::remove_file(&manifest) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(OutputError::Io {
                    action: "remove",
                    path: manifest,
                    source: e,
                });
            }
            _ => {}
        }
        let owner = records.join(OWNER);
        let new_owner = !owner.is_file();
        if new_owner {
            std::fs::write(
                &owner,
                "kinerja writes the folder beside this one and replaces it on every build.\n",
            )
            .map_err(io("write", &owner))?;
        }
        if let Err(e) = self.swap() {
            if new_owner {
                let _ = std::fs::remove_file(&owner);
            }
            return Err(e);
        }
        if let Err(err) = std::fs::rename(&next_manifest, &manifest) {
            summary.notes.push(format!(
                "the new site is in place, but its manifest could not be saved ({err}); the next build compares every file"
            ));
        }
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

    /// Commits the staged files in place (see [`patch`]): `gone` are the
    /// files to remove. The manifest is written last, with the modification
    /// time each file got.
    fn commit_in_place(
        mut self,
        mut summary: WriteSummary,
        mut state: StagingState,
        gone: &[String],
        next_manifest: &Path,
        manifest: &Path,
    ) -> Result<WriteSummary, OutputError> {
        let owner = self.output.state.join(OWNER);
        if !owner.is_file() {
            // A site an earlier kinerja marked inside itself.
            std::fs::write(
                &owner,
                "kinerja writes the folder beside this one and replaces it on every build.\n",
            )
            .map_err(io("write", &owner))?;
        }
        let pack = self.dir.join(patch::PACK);
        let writer = self
            .pack
            .lock()
            .map_err(|_| OutputError::UnsafePath("staging pack poisoned".into()))?
            .take();
        match writer {
            Some((writer, _)) => {
                writer
                    .into_inner()
                    .map_err(|e| e.into_error())
                    .map_err(io("write", &pack))?;
            }
            None => {
                std::fs::File::create(&pack).map_err(io("write", &pack))?;
            }
        }
        let backups = self.output.old.clone();
        std::fs::create_dir(&backups).map_err(io("create", &backups))?;
        let journal = self.output.state.join(JOURNAL);
        let steps = match patch::plan(&self.out, &state.staged, gone, &backups).and_then(|steps| {
            patch::write_journal(&journal, &steps)?;
            patch::apply(&self.out, &steps, &pack, &backups)?;
            Ok(steps)
        }) {
            Ok(steps) => steps,
            Err(e) => {
                // Every step is undone: nothing of this build stays.
                let _ = std::fs::remove_file(&journal);
                let _ = remove_tree(&backups);
                return Err(e);
            }
        };
        // The moment the new site is the site.
        if let Err(source) = std::fs::remove_file(&journal) {
            patch::roll_back(&self.out, &steps, &backups);
            let _ = std::fs::remove_file(&journal);
            let _ = remove_tree(&backups);
            return Err(OutputError::Io {
                action: "remove",
                path: journal,
                source,
            });
        }
        self.committed = true;
        patch::remove_emptied(&self.out, &steps);
        for (path, _) in &state.staged {
            if let (Some(entry), Ok(meta)) = (
                state.entries.get_mut(path),
                std::fs::metadata(self.out.join(path)),
            ) {
                entry.modified = modified_nanos(&meta);
            }
        }
        let saved = std::fs::write(
            next_manifest,
            Manifest::text(&state.entries, &state.jobs, state.built_from.as_ref()),
        )
        .and_then(|()| std::fs::rename(next_manifest, manifest));
        if let Err(err) = saved {
            let _ = std::fs::remove_file(manifest);
            summary.notes.push(format!(
                "the new site is in place, but its manifest could not be saved ({err}); the next build compares every file"
            ));
        }
        for leftover in [&backups, &self.dir] {
            if let Err(err) = remove_tree(leftover) {
                summary.notes.push(format!(
                    "the new site is in place, but `{}` could not be removed ({err}); the next build removes it",
                    leftover.display()
                ));
            }
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

    fn existing(&self, path: &str) -> Option<Vec<u8>> {
        std::fs::read(self.out.join(safe_relative(path)?)).ok()
    }

    fn keep_job(
        &self,
        job: &str,
        inputs: u128,
    ) -> Result<Option<JobFiles>, crate::render::RenderError> {
        Staging::keep_job(self, job, inputs)
            .map_err(|e| crate::render::RenderError::Output(e.to_string()))
    }

    fn record_job(
        &self,
        job: &str,
        inputs: u128,
        made: JobFiles,
    ) -> Result<(), crate::render::RenderError> {
        Staging::record_job(self, job, inputs, made)
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
pub(crate) fn quoted(path: &str) -> std::borrow::Cow<'_, str> {
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
