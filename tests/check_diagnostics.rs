//! The corpus of broken content trees, one test per tree named after its
//! folder (`broken_trees!`): each folder under
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

/// Checks the broken tree `name` in English and in Indonesian: exit 1, the
/// diagnostics of the snapshot, and an Indonesian wording for every message.
fn check_broken_tree(name: &str) {
    let dir = root().join("tests/fixtures/invalid");
    let tmp = tempfile::tempdir().expect("tempdir");
    let args = build_tree(&dir.join(name), &tmp.path().join("content"));
    for (lang, folder) in [("en", "snapshots/invalid"), ("id", "snapshots/invalid-id")] {
        let mut argv = vec!["check", "--content", "content", "--lang", lang];
        argv.extend(args.iter().map(String::as_str));
        let out = kinerja(tmp.path(), &argv);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{name} ({lang}): {}",
            transcript(&out)
        );
        if lang == "en" {
            let untranslated: Vec<String> = String::from_utf8_lossy(&out.stderr)
                .lines()
                .filter_map(|line| {
                    line.split_once(": error: ")
                        .or_else(|| line.split_once(": warning: "))
                        .or_else(|| line.split_once("= help: "))
                        .map(|(_, m)| m.to_string())
                })
                .filter(|m| !kinerja::words::has_translation(m))
                .collect();
            assert!(
                untranslated.is_empty(),
                "{name}: messages without an Indonesian wording in `words::MESSAGES`: {untranslated:#?}"
            );
        }
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(folder);
        settings.set_prepend_module_to_snapshot(false);
        settings.bind(|| insta::assert_snapshot!(name, transcript(&out)));
    }
}

/// One test per broken tree, named after its folder.
macro_rules! broken_trees {
    ($($test:ident => $name:literal,)*) => {
        $(
            #[test]
            fn $test() {
                check_broken_tree($name);
            }
        )*

        /// Every folder of the corpus has its test above.
        #[test]
        fn every_broken_tree_has_its_test() {
            let listed = [$($name),*];
            let mut names: Vec<String> = std::fs::read_dir(root().join("tests/fixtures/invalid"))
                .expect("fixtures")
                .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            assert_eq!(names, listed, "add the new fixture to `broken_trees!`");
        }
    };
}

broken_trees! {
    amendment_before_signing => "amendment-before-signing",
    budget_over_ceiling => "budget-over-ceiling",
    cascade_malformed => "cascade-malformed",
    cascade_to_nothing => "cascade-to-nothing",
    cascade_unknown_indicator => "cascade-unknown-indicator",
    cumulative_grade => "cumulative-grade",
    duplicate_indicator_id => "duplicate-indicator-id",
    duplicate_objective_id => "duplicate-objective-id",
    duplicate_unit_id => "duplicate-unit-id",
    duplicate_yaml_key => "duplicate-yaml-key",
    empty_file => "empty-file",
    evidence_javascript_link => "evidence-javascript-link",
    former_id_taken => "former-id-taken",
    front_matter_missing => "front-matter-missing",
    front_matter_unclosed => "front-matter-unclosed",
    grade_where_number_due => "grade-where-number-due",
    invalid_date => "invalid-date",
    many_problems_in_one_run => "many-problems-in-one-run",
    missing_field => "missing-field",
    missing_settings => "missing-settings",
    negative_budget => "negative-budget",
    not_utf8 => "not-utf8",
    number_where_grade_due => "number-where-grade-due",
    number_written_as_text => "number-written-as-text",
    path_unit_mismatch => "path-unit-mismatch",
    path_year_mismatch => "path-year-mismatch",
    percent_sign_in_value => "percent-sign-in-value",
    plan_indonesian_keys => "plan-indonesian-keys",
    plan_kegiatan_under_unknown_programme => "plan-kegiatan-under-unknown-programme",
    plan_link_to_nothing => "plan-link-to-nothing",
    plan_link_year_outside_period => "plan-link-year-outside-period",
    plan_period_mismatch => "plan-period-mismatch",
    plan_target_differs => "plan-target-differs",
    plan_year_outside_period => "plan-year-outside-period",
    predicate_does_not_match_score => "predicate-does-not-match-score",
    quarter_folder_out_of_range => "quarter-folder-out-of-range",
    quarter_out_of_range => "quarter-out-of-range",
    range_reversed => "range-reversed",
    realisation_indicator_without_objective => "realisation-indicator-without-objective",
    realisation_quarter_mismatch => "realisation-quarter-mismatch",
    realisation_unknown_budget_line => "realisation-unknown-budget-line",
    realisation_unknown_indicator => "realisation-unknown-indicator",
    realisation_without_agreement => "realisation-without-agreement",
    report_chapter_headings => "report-chapter-headings",
    report_without_agreement => "report-without-agreement",
    revised_target_without_amendment => "revised-target-without-amendment",
    second_party_missing => "second-party-missing",
    several_mistakes_in_one_file => "several-mistakes-in-one-file",
    share_above_100 => "share-above-100",
    symlink_outside => "symlink-outside",
    two_files_for_one_report => "two-files-for-one-report",
    unit_tree_cycle => "unit-tree-cycle",
    unknown_field_typo => "unknown-field-typo",
    unknown_grade => "unknown-grade",
    unknown_grade_scale => "unknown-grade-scale",
    unknown_option_value => "unknown-option-value",
    unknown_parent => "unknown-parent",
    unknown_unit => "unknown-unit",
    unsafe_unit_id => "unsafe-unit-id",
    wrong_type => "wrong-type",
    yaml_syntax_error => "yaml-syntax-error",
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
