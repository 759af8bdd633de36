//! The examples in `docs/content-format.md` form a complete site: every code
//! block whose info string says `file=PATH` is written to PATH and the result
//! must check clean. This keeps the format reference in step with the code.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{kinerja, root, transcript};

/// (path, text) of every `file=` block in the Markdown document.
fn example_files(doc: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut lines = doc.lines();
    while let Some(line) = lines.next() {
        let fence_len = line.chars().take_while(|c| *c == '`').count();
        if fence_len < 3 {
            continue;
        }
        let fence = &line[..fence_len];
        let path = line[fence_len..]
            .split_whitespace()
            .find_map(|w| w.strip_prefix("file="))
            .map(str::to_string);
        let mut body = String::new();
        for inner in lines.by_ref() {
            if inner.trim_end() == fence {
                break;
            }
            body.push_str(inner);
            body.push('\n');
        }
        if let Some(path) = path {
            out.push((path, body));
        }
    }
    out
}

#[test]
fn every_example_in_the_format_reference_checks_clean() {
    let doc = std::fs::read_to_string(root().join("docs/content-format.md")).expect("read docs");
    let files = example_files(&doc);
    let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
    for expected in [
        "site.yaml",
        "units.yaml",
        "agreements/2026/bupati.yaml",
        "realisations/2026/q1/dinkes.yaml",
        "pages/tentang.md",
    ] {
        assert!(
            paths.contains(&expected),
            "docs lost the example for {expected}"
        );
    }
    let tmp = tempfile::tempdir().expect("tempdir");
    for (path, text) in &files {
        let target = tmp.path().join("content").join(path);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        std::fs::write(&target, text).expect("write");
    }
    let out = kinerja(
        tmp.path(),
        &["check", "--content", "content", "--deny-warnings"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
}

#[test]
fn the_data_dictionary_lists_every_column_in_order() {
    let doc = std::fs::read_to_string(root().join("docs/data-dictionary.md")).expect("read");
    for (table, columns) in [
        ("kinerja.csv", kinerja::render::data::INDICATOR_COLUMNS),
        ("anggaran.csv", kinerja::render::data::BUDGET_COLUMNS),
        ("ringkasan.csv", kinerja::render::data::SUMMARY_COLUMNS),
        ("efisiensi.csv", kinerja::render::data::EFFICIENCY_COLUMNS),
        ("rencana.csv", kinerja::render::data::PLAN_COLUMNS),
        (
            "rencana-anggaran.csv",
            kinerja::render::data::PLAN_BUDGET_COLUMNS,
        ),
        (
            "tahun/<year>/perbandingan-<year>[-capaian|-serapan].csv",
            kinerja::render::data::COMPARISON_COLUMNS,
        ),
        (
            "pohon-kinerja/<year>/pohon-kinerja-<year>.csv",
            kinerja::render::data::TREE_COLUMNS,
        ),
        ("data/nilai-sakip.csv", kinerja::render::data::SAKIP_COLUMNS),
    ] {
        let section = doc.split(&format!("## `{table}`")).nth(1).expect("section");
        let section = section.split("\n## ").next().expect("section body");
        let documented: Vec<&str> = section
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| l.split('`').next())
            .collect();
        let code: Vec<&str> = columns.iter().map(|c| c.name).collect();
        assert_eq!(
            documented, code,
            "docs/data-dictionary.md is out of step for {table}"
        );
    }
}
