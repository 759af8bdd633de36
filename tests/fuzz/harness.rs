//! The fuzz harnesses, shared by the cargo-fuzz targets (`fuzz_targets/`)
#![allow(dead_code)] // each fuzz target uses part of it
//! and by `tests/fuzz_corpus.rs`, which replays the committed corpus on
//! stable Rust in CI. Each harness must never panic; the Markdown harness
//! also checks that the output carries no script.

use std::path::{Path, PathBuf};

/// Where a loader input is put in the content folder: its first byte picks
/// one of these, the rest is the file.
pub const LOAD_PATHS: [&str; 6] = [
    "site.yaml",
    "units.yaml",
    "agreements/2026/dinkes.yaml",
    "agreements/2026/dinkes.md",
    "realisations/2026/q1/dinkes.yaml",
    "pages/tentang.md",
];

/// The base content folder (`tests/fixtures/base`) in memory.
pub struct Base {
    files: Vec<(PathBuf, Vec<u8>)>,
    root: PathBuf,
}

impl Base {
    /// Reads the content folder at `root`.
    pub fn read(root: &Path) -> Base {
        let mut files = Vec::new();
        for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
            let entry = entry.expect("base content is readable");
            if entry.file_type().is_file() {
                let rel = entry.path().strip_prefix(root).expect("inside root");
                files.push((
                    rel.to_path_buf(),
                    std::fs::read(entry.path()).expect("read"),
                ));
            }
        }
        Base {
            files,
            root: root.to_path_buf(),
        }
    }

    /// The base site with the file picked by `data[0]` replaced by the rest
    /// of `data`, through load → validate → diagnostics, and, when the
    /// content is clean, compute → render into memory.
    pub fn load(&self, data: &[u8]) {
        let Some((&pick, bytes)) = data.split_first() else {
            return;
        };
        let target = Path::new(LOAD_PATHS[usize::from(pick) % LOAD_PATHS.len()]);
        let mut diags = kinerja::diag::Diagnostics::new();
        let mut sources = kinerja::diag::Sources::default();
        let mut raw = kinerja::load::RawContent::default();
        for (rel, base) in &self.files {
            // A Markdown agreement stands in for the YAML one.
            let replaced = rel == target || rel.with_extension("") == target.with_extension("");
            if !replaced {
                kinerja::load::load_bytes(&mut raw, rel, base, &mut diags, &mut sources);
            }
        }
        kinerja::load::load_bytes(&mut raw, target, bytes, &mut diags, &mut sources);
        let site = kinerja::validate::validate(raw, &mut diags);
        let _ = kinerja::diag::render(&diags, &sources, &self.root);
        if diags.error_count() == 0 {
            let theme = kinerja::render::theme::Theme::default();
            let collect = kinerja::render::Collect::default();
            let _ = kinerja::render::render_into(&site, &theme, &[], &collect);
        }
    }

    /// A realisation sheet (first byte even: CSV, odd: a workbook) imported
    /// against the base site for 2026 Q2.
    pub fn import(&self, data: &[u8]) {
        let Some((&pick, bytes)) = data.split_first() else {
            return;
        };
        let name = if pick % 2 == 0 {
            "realisasi.csv"
        } else {
            "realisasi.xlsx"
        };
        let mut diags = kinerja::diag::Diagnostics::new();
        let mut sources = kinerja::diag::Sources::default();
        let mut raw = kinerja::load::RawContent::default();
        for (rel, base) in &self.files {
            kinerja::load::load_bytes(&mut raw, rel, base, &mut diags, &mut sources);
        }
        let site = kinerja::validate::validate(raw, &mut diags);
        let Ok(planned) =
            kinerja::import::plan_bytes(&site, Path::new(name), bytes, 2026, 2, "2026-07-15")
        else {
            return;
        };
        // What the importer writes must pass `kinerja check`.
        let mut raw = kinerja::load::RawContent::default();
        for (rel, base) in &self.files {
            kinerja::load::load_bytes(&mut raw, rel, base, &mut diags, &mut sources);
        }
        for p in &planned {
            kinerja::load::load_bytes(
                &mut raw,
                &p.path,
                p.yaml.as_bytes(),
                &mut diags,
                &mut sources,
            );
        }
        kinerja::validate::validate(raw, &mut diags);
        assert_eq!(
            diags.error_count(),
            0,
            "the imported files do not check:\n{}",
            kinerja::diag::render(&diags, &sources, &self.root)
        );
    }
}

/// Markdown through the renderer and sanitiser: no panic, and no script,
/// `<svg>`, `<iframe>`, event handler or `javascript:` URL in the output.
pub fn markdown(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let html = kinerja::render::markdown::to_html(&text, "p-", 1).to_lowercase();
    for tag in html
        .split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or(""))
    {
        let name = tag.split_whitespace().next().unwrap_or("");
        assert!(
            !matches!(
                name,
                "script" | "svg" | "iframe" | "object" | "embed" | "style"
            ),
            "<{tag}> in the output"
        );
        for attr in tag.split_whitespace().skip(1) {
            assert!(!attr.starts_with("on"), "event handler in <{tag}>");
        }
        assert!(!tag.contains("javascript:"), "script URL in <{tag}>");
    }
}
