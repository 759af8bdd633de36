//! The corpus of broken content trees: each folder under
//! `tests/fixtures/invalid/` is laid over `tests/fixtures/base/` and checked;
//! the diagnostics must match the snapshot and the exit status must be 1.
//!
//! Control files in a fixture folder: `_delete` (paths to remove from the
//! base), `_symlinks` (`link -> target` lines), `_args` (extra arguments).
//! `INSTA_UPDATE=always cargo test` rewrites the snapshots after a deliberate change.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{copy_tree, kinerja, root, transcript};
use std::path::Path;

fn build_tree(fixture: &Path, content: &Path) -> Vec<String> {
    copy_tree(&root().join("tests/fixtures/base"), content);
    let mut args = Vec::new();
    for entry in walkdir::WalkDir::new(fixture).min_depth(1) {
        let entry = entry.expect("walk");
        let rel = entry.path().strip_prefix(fixture).expect("relative");
        let name = rel.to_string_lossy();
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(content.join(rel)).expect("mkdir");
        } else if name == "_delete" {
            for line in std::fs::read_to_string(entry.path()).expect("read").lines() {
                // Already gone when a `_symlinks` entry replaced it.
                let _ = std::fs::remove_file(content.join(line.trim()));
            }
        } else if name == "_args" {
            args = std::fs::read_to_string(entry.path())
                .expect("read")
                .split_whitespace()
                .map(String::from)
                .collect();
        } else if name == "_symlinks" {
            for line in std::fs::read_to_string(entry.path()).expect("read").lines() {
                let (link, target) = line.split_once(" -> ").expect("link -> target");
                let link = content.join(link.trim());
                let _ = std::fs::remove_file(&link);
                #[cfg(unix)]
                std::os::unix::fs::symlink(target.trim(), &link).expect("symlink");
            }
        } else {
            std::fs::copy(entry.path(), content.join(rel)).expect("copy");
        }
    }
    args
}

#[test]
fn every_broken_tree_gives_its_expected_diagnostics() {
    let dir = root().join("tests/fixtures/invalid");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 30, "the corpus has {} trees", names.len());
    let mut failures = Vec::new();
    let mut untranslated = std::collections::BTreeSet::new();
    for name in &names {
        let tmp = tempfile::tempdir().expect("tempdir");
        let args = build_tree(&dir.join(name), &tmp.path().join("content"));
        // English, then Indonesian (the clerk's default).
        for (lang, folder) in [("en", "snapshots/invalid"), ("id", "snapshots/invalid-id")] {
            let mut argv = vec!["check", "--content", "content", "--lang", lang];
            argv.extend(args.iter().map(String::as_str));
            let out = kinerja(tmp.path(), &argv);
            if out.status.code() != Some(1) {
                failures.push(format!("{name} ({lang}): exit {:?}", out.status.code()));
            }
            if lang == "en" {
                for line in String::from_utf8_lossy(&out.stderr).lines() {
                    let message = line
                        .split_once(": error: ")
                        .or_else(|| line.split_once(": warning: "))
                        .or_else(|| line.split_once("= help: "))
                        .map(|(_, m)| m);
                    if let Some(m) = message
                        && !kinerja::words::has_translation(m)
                    {
                        untranslated.insert(m.to_string());
                    }
                }
            }
            let mut settings = insta::Settings::clone_current();
            settings.set_snapshot_path(folder);
            settings.set_prepend_module_to_snapshot(false);
            settings.bind(|| insta::assert_snapshot!(name.as_str(), transcript(&out)));
        }
    }
    assert!(failures.is_empty(), "not exit 1: {failures:#?}");
    assert!(
        untranslated.is_empty(),
        "messages of the corpus without an Indonesian wording in `words::MESSAGES`: {untranslated:#?}"
    );
}

#[test]
fn the_base_fixture_is_valid() {
    let out = kinerja(
        &root().join("tests/fixtures"),
        &["check", "--content", "base"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
}

#[test]
fn the_sample_content_checks_clean() {
    let out = kinerja(&root(), &["check"]);
    insta::assert_snapshot!(transcript(&out));
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_missing_content_folder_is_explained() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = kinerja(tmp.path(), &["check", "--content", "nowhere"]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(transcript(&out));
}
