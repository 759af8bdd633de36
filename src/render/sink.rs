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
}

/// A sink that keeps every file in memory.
#[derive(Debug, Default)]
pub struct Collect(std::sync::Mutex<Vec<OutputFile>>);

impl Sink for Collect {
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
        self.sink.put(file)
    }

    pub(crate) fn put_made(
        &self,
        path: String,
        recipe: u128,
        make: Make<'_>,
    ) -> Result<Option<u64>, RenderError> {
        self.claim(&path)?;
        self.sink.put_made(path, recipe, make)
    }
}
