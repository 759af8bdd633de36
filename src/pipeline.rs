//! The whole pipeline in one call: load → validate → compute → render, ending
//! with the site's files in memory. `kinerja build` writes them; `kinerja
//! serve` serves them.

use crate::diag::{self, Diagnostics, Sources};
use crate::render::{self, OutputFile, theme::Theme};
use crate::{load, model::Site, validate};
use std::path::{Path, PathBuf};

/// The result of loading and validating a content folder.
pub struct Checked {
    /// The model (partial when there were errors).
    pub site: Option<Site>,
    /// Every problem found.
    pub diagnostics: Diagnostics,
    /// File texts, for quoting in diagnostics.
    pub sources: Sources,
    /// Files under `static/`, relative to the content folder.
    pub static_files: Vec<PathBuf>,
}

/// Loads and validates `content`.
pub fn check_content(content: &Path) -> Result<Checked, load::LoadError> {
    let mut diagnostics = Diagnostics::new();
    let mut sources = Sources::default();
    let raw = load::load(content, &mut diagnostics, &mut sources)?;
    let static_files = raw.static_files.clone();
    let site = validate::validate(raw, &mut diagnostics);
    if diagnostics.error_count() == 0 {
        let figures = crate::compute::site_figures(&site);
        crate::compute::warnings(&site, &figures, &sources, &mut diagnostics);
    }
    Ok(Checked {
        site: Some(site),
        diagnostics,
        sources,
        static_files,
    })
}

/// What a build needs.
#[derive(Debug, Clone)]
pub struct Options {
    /// The content folder.
    pub content: PathBuf,
    /// A theme folder given on the command line.
    pub theme: Option<PathBuf>,
    /// Treat warnings as errors.
    pub deny_warnings: bool,
    /// The language of the messages.
    pub lang: crate::lang::Lang,
}

/// A successful build.
#[derive(Debug)]
pub struct Produced {
    /// The site's files, sorted by path.
    pub files: Vec<OutputFile>,
    /// Warnings, rendered like rustc (empty if none).
    pub warnings: String,
    /// Number of warnings.
    pub warning_count: usize,
}

/// A failed build: what to tell the user.
#[derive(Debug)]
pub struct Failed {
    /// Diagnostics rendered like rustc, then a one-line summary.
    pub message: String,
}

fn fail(message: impl Into<String>) -> Failed {
    Failed {
        message: message.into(),
    }
}

/// Runs the pipeline into memory.
pub fn produce(opts: &Options) -> Result<Produced, Failed> {
    let prepared = prepare(opts, &mut |_| {})?;
    let collect = render::Collect::default();
    prepared.render_into(&collect)?;
    Ok(Produced {
        files: collect.into_files(),
        warnings: prepared.warnings,
        warning_count: prepared.warning_count,
    })
}

/// A checked site with its theme, ready to render.
pub struct Prepared {
    site: crate::model::Site,
    theme: Theme,
    static_files: Vec<(String, PathBuf)>,
    /// Warnings, rendered like rustc (empty if none).
    pub warnings: String,
    /// Number of warnings.
    pub warning_count: usize,
}

impl Prepared {
    /// Renders the site, handing each file to `sink` as it is made.
    pub fn render_into(&self, sink: &dyn render::Sink) -> Result<render::RenderStats, Failed> {
        render::render_into(&self.site, &self.theme, &self.static_files, sink)
            .map_err(|e| fail(format!("error: {e}\n")))
    }
}

/// Loads and validates the content and prepares the theme, calling `stage`
/// as each stage starts. Errors in the content end here.
pub fn prepare(opts: &Options, stage: &mut dyn FnMut(&str)) -> Result<Prepared, Failed> {
    let content = &opts.content;
    stage("check");
    let mut checked: Checked = check_content(content)
        .map_err(|e| fail(format!("error: {e}\n  = help: {}\n", e.help())))?;
    if opts.deny_warnings {
        checked.diagnostics.deny_warnings();
    }
    let rendered = diag::render_in(&checked.diagnostics, &checked.sources, content, opts.lang);
    let errors = checked.diagnostics.error_count();
    if errors > 0 {
        let noun = if errors == 1 { "problem" } else { "problems" };
        return Err(fail(format!(
            "{rendered}error: {errors} {noun} in the content; the site was not built\n"
        )));
    }
    let site = checked
        .site
        .ok_or_else(|| fail("error: the content could not be read\n"))?;
    let mut theme = Theme::default();
    let mut overlays: Vec<PathBuf> = Vec::new();
    if let Some(dir) = &opts.theme {
        if !dir.is_dir() {
            return Err(fail(format!(
                "error: theme folder `{}` does not exist\n",
                dir.display()
            )));
        }
        overlays.push(dir.clone());
    }
    if let Some(dir) = &site.settings.theme {
        let dir = content.join(dir);
        if !dir.is_dir() {
            return Err(fail(format!(
                "error: theme folder `{}` named in site.yaml does not exist\n",
                dir.display()
            )));
        }
        overlays.push(dir);
    }
    overlays.push(content.join("theme"));
    for dir in &overlays {
        theme
            .overlay(dir)
            .map_err(|e| fail(format!("error: {e}\n")))?;
    }
    let static_files: Vec<(String, PathBuf)> = checked
        .static_files
        .iter()
        .filter_map(|rel| {
            let shown = rel.to_string_lossy().replace('\\', "/");
            shown
                .strip_prefix("static/")
                .map(|p| (p.to_string(), content.join(rel)))
        })
        .collect();
    let mut static_files = static_files;
    let mut documents: Vec<&str> = site
        .registers
        .iter()
        .flat_map(|r| r.documents.iter().filter_map(|d| d.file.as_ref()))
        .map(|f| f.path.as_str())
        .collect();
    documents.sort_unstable();
    documents.dedup();
    static_files.extend(documents.into_iter().map(|path| {
        (
            render::paths::document(path),
            content.join("documents").join(path),
        )
    }));
    Ok(Prepared {
        site,
        theme,
        static_files,
        warnings: rendered,
        warning_count: checked.diagnostics.warning_count(),
    })
}

/// The fingerprint of everything a build reads: the content folder, the
/// theme folder, the options and this program. `None` when it cannot be
/// known without loading the content: a file could not be read, or
/// `site.yaml` names a theme folder, which may lie outside the content.
pub fn input_fingerprint(opts: &Options) -> Option<u128> {
    use crate::fingerprint::{Fingerprinter, of_tree};
    let settings = std::fs::read_to_string(opts.content.join("site.yaml")).ok()?;
    if settings
        .lines()
        .any(|l| l.trim_start().starts_with("theme:"))
    {
        return None;
    }
    let mut f = Fingerprinter::new();
    f.add(&crate::fingerprint::program().to_le_bytes())
        .add(&of_tree(&opts.content)?.to_le_bytes())
        .add(&[u8::from(opts.deny_warnings)]);
    if let Some(theme) = &opts.theme {
        f.add(&of_tree(theme)?.to_le_bytes());
    }
    Some(f.finish())
}

/// Theme folders a build reads, for watching.
pub fn watched_folders(opts: &Options) -> Vec<PathBuf> {
    let mut v = vec![opts.content.clone()];
    if let Some(t) = &opts.theme {
        v.push(t.clone());
    }
    v.retain(|p| Path::new(p).exists());
    v
}
