//! Replays the committed fuzz corpus (`tests/fuzz/corpus/`) and the crashes
//! found so far (`tests/fuzz/regressions/`) through the same harnesses the
//! cargo-fuzz targets run, on stable Rust: every input must go through
//! without a panic. Fuzzing itself: `docs/fuzzing.md`.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

#[path = "fuzz/harness.rs"]
mod harness;

use common::root;

/// Every file under `tests/fuzz/{corpus,regressions}/<target>/`.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for set in ["corpus", "regressions"] {
        let dir = root().join("tests/fuzz").join(set).join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("entry").path();
            out.push((
                path.display().to_string(),
                std::fs::read(&path).expect("read"),
            ));
        }
    }
    out.sort();
    out
}

fn replay(target: &str, run: impl Fn(&[u8]) + std::panic::RefUnwindSafe) {
    let inputs = inputs(target);
    assert!(!inputs.is_empty(), "no corpus for {target}");
    let failed: Vec<&str> = inputs
        .iter()
        .filter(|(_, data)| std::panic::catch_unwind(|| run(data)).is_err())
        .map(|(name, _)| name.as_str())
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} inputs panicked: {failed:#?}",
        failed.len(),
        inputs.len()
    );
}

#[test]
fn the_loader_corpus_replays_cleanly() {
    let base = harness::Base::read(&root().join("tests/fixtures/base"));
    replay("load", |d| base.load(d));
}

#[test]
fn the_markdown_corpus_replays_cleanly() {
    replay("markdown", harness::markdown);
}

#[test]
fn the_import_corpus_replays_cleanly() {
    let base = harness::Base::read(&root().join("tests/fixtures/base"));
    replay("import", |d| base.import(d));
}

#[test]
fn the_markdown_oracle_reads_attributes_as_a_browser_does() {
    let tags =
        harness::tags(r#"<p><a href="x onclick=y" title='a > b' onmouseover=z>t</a><img src=q>"#);
    let names: Vec<&str> = tags.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["p", "a", "img"]);
    let attrs: Vec<&str> = tags[1].1.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(attrs, ["href", "title", "onmouseover"]);
    assert_eq!(tags[1].1[0].1, "x onclick=y");
    assert!(
        std::panic::catch_unwind(|| harness::markdown(b"<a href=\"javascript:alert(1)\">x</a>"))
            .is_ok()
    );
}
