//! The fuzz harnesses, shared by the cargo-fuzz targets (`fuzz_targets/`)
#![allow(dead_code, unreachable_pub)] // each fuzz target uses part of it
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
    let html = kinerja::render::markdown::to_html(&text, "p-", 1);
    for (name, attributes) in tags(&html) {
        assert!(
            !matches!(
                name.as_str(),
                "script" | "svg" | "iframe" | "object" | "embed" | "style" | "math"
            ),
            "<{name}> in the output:\n{html}"
        );
        for (attr, value) in attributes {
            assert!(
                !attr.starts_with("on"),
                "event handler {attr} in <{name}>:\n{html}"
            );
            let value: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect::<String>()
                .to_lowercase();
            assert!(
                !value.starts_with("javascript:") && !value.starts_with("vbscript:"),
                "script URL in <{name} {attr}>:\n{html}"
            );
        }
    }
}

/// The start tags of serialised HTML: lower-case name and (name, value)
/// attribute pairs, read the way a browser reads them (quotes respected).
pub fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let word_end = |i: usize, stop: &[u8]| {
        let mut j = i;
        while j < b.len() && !b[j].is_ascii_whitespace() && !stop.contains(&b[j]) {
            j += 1;
        }
        j
    };
    while let Some(lt) = html[i..].find('<') {
        i += lt + 1;
        if i >= b.len() || !b[i].is_ascii_alphabetic() {
            continue;
        }
        let end = word_end(i, b"/>");
        let name = html[i..end].to_ascii_lowercase();
        i = end;
        let mut attributes = Vec::new();
        loop {
            while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                i += 1;
            }
            if i >= b.len() || b[i] == b'>' {
                break;
            }
            let end = word_end(i + 1, b"=/>");
            let attr = html[i..end].to_ascii_lowercase();
            i = end;
            let mut value = String::new();
            if i < b.len() && b[i] == b'=' {
                i += 1;
                if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                    let quote = b[i] as char;
                    let close = html[i + 1..].find(quote).map_or(b.len(), |c| i + 1 + c);
                    value = html[i + 1..close].to_string();
                    i = (close + 1).min(b.len());
                } else {
                    let end = word_end(i, b">");
                    value = html[i..end].to_string();
                    i = end;
                }
            }
            attributes.push((attr, decode_entities(&value)));
        }
        out.push((name, attributes));
    }
    out
}

/// Decodes the character references a serialiser writes in attributes.
fn decode_entities(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}
