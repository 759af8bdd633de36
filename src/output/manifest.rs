//! The build manifest (`manifest` in the state folder): for each file of the site, the
//! fingerprint of its bytes and of its recipe, its size and modification
//! time, and what the build was made from. Bookkeeping for the next build.

use super::*;

/// What the manifest knows of one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Fingerprint of the bytes.
    pub(crate) hash: u128,
    /// Fingerprint of what the bytes were made from, if the file was offered
    /// by recipe.
    pub(crate) recipe: Option<u128>,
    /// Size in bytes.
    pub(crate) size: u64,
    /// Modification time, in nanoseconds since the epoch: a file edited by
    /// hand since the build no longer matches its entry.
    pub(crate) modified: u128,
}

pub(crate) fn modified_nanos(meta: &std::fs::Metadata) -> u128 {
    meta.modified()
        .ok()
        .and_then(|m| m.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
}

/// The time `nanos` nanoseconds after 1970, as [`modified_nanos`] gave it.
pub(crate) fn system_time(nanos: u128) -> std::time::SystemTime {
    let nanos = u64::try_from(nanos).unwrap_or(u64::MAX);
    std::time::UNIX_EPOCH + std::time::Duration::from_nanos(nanos)
}

impl Entry {
    /// Whether the file at `path` is still the one this entry describes.
    pub(crate) fn matches(&self, path: &Path) -> bool {
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

/// The manifest of a site: path → entry, and job → what it made from which
/// inputs.
#[derive(Debug, Default)]
pub(crate) struct Manifest {
    pub(crate) files: std::collections::HashMap<String, Entry>,
    pub(crate) jobs: std::collections::HashMap<String, (u128, JobFiles)>,
}

/// A job's line: `job`, the fingerprint of its inputs, its charts, its name
/// and its files, separated by tabs.
const JOB: &str = "job\t";

pub(crate) const MANIFEST_HEADER: &str = "kinerja-manifest 1";

impl Manifest {
    /// Reads the manifest of the site in `out` from its state folder `state`
    /// (or, for a site of an older kinerja, from inside it); empty if there
    /// is none or it cannot be read (the build then compares bytes instead).
    pub(crate) fn read(state: &Path, out: &Path) -> Manifest {
        let Ok(text) = std::fs::read_to_string(state.join(MANIFEST))
            .or_else(|_| std::fs::read_to_string(out.join(LEGACY[1])))
        else {
            return Manifest::default();
        };
        let mut lines = text.lines();
        if lines.next() != Some(MANIFEST_HEADER) {
            return Manifest::default();
        }
        // The `input` and `report` lines are for [`up_to_date`]; they do
        // not parse as entries.
        let mut jobs = std::collections::HashMap::new();
        let files = lines
            .filter_map(|line| {
                if let Some(job) = line.strip_prefix(JOB) {
                    let mut f = job.split('\t');
                    let inputs = u128::from_str_radix(f.next()?, 16).ok()?;
                    let charts = f.next()?.parse().ok()?;
                    let name = f.next()?.to_string();
                    let files = f.map(str::to_string).collect();
                    jobs.insert(name, (inputs, JobFiles { files, charts }));
                    return None;
                }
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
        Manifest { files, jobs }
    }

    /// What the site was built from, read from the `input` and `report`
    /// lines that follow the header.
    pub(crate) fn built_from(
        input: Option<&str>,
        report: Option<&str>,
    ) -> Option<(u128, BuildRecord)> {
        let input = u128::from_str_radix(input?.strip_prefix("input\t")?, 16).ok()?;
        let record = serde_json::from_str(report?.strip_prefix("report\t")?).ok()?;
        Some((input, record))
    }

    /// The manifest as text, sorted by path.
    pub(crate) fn text(
        entries: &std::collections::BTreeMap<String, Entry>,
        jobs: &std::collections::BTreeMap<String, (u128, JobFiles)>,
        built_from: Option<&(u128, BuildRecord)>,
    ) -> String {
        use std::fmt::Write as _;
        let mut out = format!("{MANIFEST_HEADER}\n");
        if let Some((input, record)) = built_from
            && let Ok(json) = serde_json::to_string(record)
        {
            let _ = writeln!(out, "input\t{input:032x}\nreport\t{json}");
        }
        for (name, (inputs, made)) in jobs {
            let fields = std::iter::once(name).chain(&made.files);
            if fields.clone().any(|f| f.contains(['\t', '\n', '\r'])) {
                continue;
            }
            let _ = write!(out, "{JOB}{inputs:032x}\t{}", made.charts);
            for f in fields {
                let _ = write!(out, "\t{f}");
            }
            out.push('\n');
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
