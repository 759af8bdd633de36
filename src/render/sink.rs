//! Where rendered files go: the [`Sink`] a build writes into (the staging
//! folder) or that `serve` keeps in memory ([`Collect`]), and the guard that
//! refuses two files at one path and counts what was made.

use super::*;

/// A file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path from the site root, with `/`.
    pub path: String,
    /// Contents.
    pub bytes: Vec<u8>,
}

/// Makes a file's bytes (`None`: no file), called only when the sink needs them.
pub type Make<'a> = &'a mut dyn FnMut() -> Result<Option<Vec<u8>>, RenderError>;

/// Where rendered files go as they are produced, possibly from several
/// threads at once: the output folder for `build`, memory for `serve`.
pub trait Sink: Sync {
    /// Takes one file.
    fn put(&self, file: OutputFile) -> Result<(), RenderError>;

    /// Takes the file at `path` that `make` makes (`None`: no file) from
    /// inputs whose fingerprint is `recipe`. A sink that still has the file
    /// the same recipe made before may keep it without calling `make`.
    /// Returns the file's size, if there is a file.
    fn put_made(
        &self,
        path: String,
        recipe: u128,
        make: Make<'_>,
    ) -> Result<Option<u64>, RenderError> {
        let _ = recipe;
        let Some(bytes) = make()? else {
            return Ok(None);
        };
        let size = bytes.len() as u64;
        self.put(OutputFile { path, bytes })?;
        Ok(Some(size))
    }

    /// The bytes of the file at `path` this sink kept from before without
    /// making it again (see [`Sink::put_made`]), if it can read them. Every
    /// sink says (a wrapper passes it on): an edition's manifest needs it.
    fn existing(&self, path: &str) -> Option<Vec<u8>>;

    /// Keeps, as they are, the files that the job `job` made in the build
    /// before, if it was made from inputs with the same fingerprint `inputs`
    /// and every one of its files is still as that build wrote it: what it
    /// made then is what it would make now. Returns what was kept (`None`:
    /// nothing; the job must run). Every sink says (a wrapper passes it on).
    fn keep_job(&self, job: &str, inputs: u128) -> Result<Option<JobFiles>, RenderError>;

    /// Notes what the job `job`, made from inputs with the fingerprint
    /// `inputs`, made, for [`Sink::keep_job`] in the next build.
    fn record_job(&self, job: &str, inputs: u128, made: JobFiles) -> Result<(), RenderError>;
}

/// What a job made: its files (paths from the site root) and the charts
/// drawn into its pages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JobFiles {
    /// The files, in the order they were made.
    pub files: Vec<String>,
    /// Charts drawn into its pages.
    pub charts: usize,
}

/// A sink that keeps every file in memory.
#[derive(Debug, Default)]
pub struct Collect(std::sync::Mutex<Vec<OutputFile>>);

impl Sink for Collect {
    /// Nothing is kept from before: every file is made.
    fn existing(&self, _path: &str) -> Option<Vec<u8>> {
        None
    }

    /// Nothing is kept from before: every job runs.
    fn keep_job(&self, _job: &str, _inputs: u128) -> Result<Option<JobFiles>, RenderError> {
        Ok(None)
    }

    fn record_job(&self, _job: &str, _inputs: u128, _made: JobFiles) -> Result<(), RenderError> {
        Ok(())
    }

    fn put(&self, file: OutputFile) -> Result<(), RenderError> {
        self.0
            .lock()
            .map_err(|_| RenderError::Output("collector poisoned".into()))?
            .push(file);
        Ok(())
    }
}

impl Collect {
    /// The collected files, sorted by path.
    pub fn into_files(self) -> Vec<OutputFile> {
        let mut files = self.0.into_inner().unwrap_or_default();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files
    }
}

/// Counts of what a render produced.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RenderStats {
    /// HTML pages.
    pub pages: usize,
    /// Charts (SVG, drawn inline in pages).
    pub charts: usize,
    /// CSV, JSON and XLSX files.
    pub data_files: usize,
    /// All files.
    pub files: usize,
}

/// Passes files on to a sink, refusing two files at one path and noting
/// the pages for the sitemap.
pub(crate) struct Guard<'a> {
    pub(crate) sink: &'a dyn Sink,
    pub(crate) seen: std::sync::Mutex<std::collections::BTreeSet<String>>,
    /// Charts drawn into pages.
    pub(crate) charts: std::sync::atomic::AtomicUsize,
    /// The SHA-256 of every file, by path, when an edition's manifest is
    /// to be written.
    pub(crate) sums: Option<std::sync::Mutex<std::collections::BTreeMap<String, [u8; 32]>>>,
}

fn sha256(bytes: &[u8]) -> [u8; 32] {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).into()
}

impl Guard<'_> {
    pub(crate) fn count_charts(&self, n: usize) {
        self.charts
            .fetch_add(n, std::sync::atomic::Ordering::Relaxed);
    }

    pub(crate) fn claim(&self, path: &str) -> Result<(), RenderError> {
        let mut seen = self
            .seen
            .lock()
            .map_err(|_| RenderError::Output("lock poisoned".into()))?;
        if seen.insert(path.to_string()) {
            Ok(())
        } else {
            Err(RenderError::Collision(path.to_string()))
        }
    }

    pub(crate) fn put(&self, file: OutputFile) -> Result<(), RenderError> {
        self.claim(&file.path)?;
        if self.sums.is_some() {
            self.record_sum(&file.path, sha256(&file.bytes))?;
        }
        self.sink.put(file)
    }

    pub(crate) fn put_made(
        &self,
        path: String,
        recipe: u128,
        make: Make<'_>,
    ) -> Result<Option<u64>, RenderError> {
        self.claim(&path)?;
        if self.sums.is_none() {
            return self.sink.put_made(path, recipe, make);
        }
        let mut made = None;
        let mut hashing = || {
            let bytes = make()?;
            made = bytes.as_deref().map(sha256);
            Ok(bytes)
        };
        let size = self.sink.put_made(path.clone(), recipe, &mut hashing)?;
        if size.is_some() {
            let sum = match made {
                Some(sum) => sum,
                None => {
                    let bytes = self.sink.existing(&path).ok_or_else(|| {
                        RenderError::Output(format!("cannot read `{path}` to sum it"))
                    })?;
                    sha256(&bytes)
                }
            };
            self.record_sum(&path, sum)?;
        }
        Ok(size)
    }

    /// Keeps the files the job `job` made before from the same inputs (see
    /// [`Sink::keep_job`]), claiming their paths and counting their charts as
    /// if it had run; whether it did.
    pub(crate) fn keep_job(&self, job: &str, inputs: u128) -> Result<bool, RenderError> {
        let Some(kept) = self.sink.keep_job(job, inputs)? else {
            return Ok(false);
        };
        for path in &kept.files {
            self.claim(path)?;
            if self.sums.is_some() {
                let bytes = self.sink.existing(path).ok_or_else(|| {
                    RenderError::Output(format!("cannot read `{path}` to sum it"))
                })?;
                self.record_sum(path, sha256(&bytes))?;
            }
        }
        self.count_charts(kept.charts);
        Ok(true)
    }

    fn record_sum(&self, path: &str, sum: [u8; 32]) -> Result<(), RenderError> {
        if let Some(sums) = &self.sums {
            sums.lock()
                .map_err(|_| RenderError::Output("lock poisoned".into()))?
                .insert(path.to_string(), sum);
        }
        Ok(())
    }

    /// The manifest of every file put so far: `<sha256>  <path>` lines, as
    /// `sha256sum -c` reads them, sorted by path.
    pub(crate) fn sha256sums(&self) -> Result<Vec<u8>, RenderError> {
        let mut out = String::new();
        if let Some(sums) = &self.sums {
            let sums = sums
                .lock()
                .map_err(|_| RenderError::Output("lock poisoned".into()))?;
            for (path, sum) in sums.iter() {
                for b in sum {
                    out.push_str(&format!("{b:02x}"));
                }
                out.push_str("  ");
                out.push_str(path);
                out.push('\n');
            }
        }
        Ok(out.into_bytes())
    }
}
