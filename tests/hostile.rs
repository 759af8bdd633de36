//! Hostile input: each case gets a clear error or inert output, never a
//! panic, a hang or a write outside the output folder.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{build, copy_tree, kinerja, root, transcript};
use std::path::{Path, PathBuf};

fn base() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = tmp.path().join("content");
    copy_tree(&root().join("tests/fixtures/base"), &content);
    (tmp, content)
}

fn check(content: &Path) -> (i32, String) {
    let r = kinerja(
        &root(),
        &["check", "--content", content.to_str().expect("utf8")],
    );
    let code = r.status.code().unwrap_or(-1);
    (code, transcript(&r))
}

#[test]
fn a_yaml_alias_bomb_is_refused() {
    let (_tmp, content) = base();
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..30 {
        let p = i - 1;
        bomb.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    std::fs::write(content.join("agreements/2026/dinkes.yaml"), bomb).expect("write");
    let (code, out) = check(&content);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("agreements/2026/dinkes.yaml"), "{out}");
    assert!(!out.contains("panicked"), "{out}");
}

#[test]
fn a_200_mb_file_is_refused_without_reading_it() {
    let (_tmp, content) = base();
    let f = std::fs::File::create(content.join("agreements/2026/dinkes.yaml")).expect("create");
    f.set_len(200 * 1024 * 1024).expect("sparse file");
    let (code, out) = check(&content);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("file is too large (200 MiB)"), "{out}");
}

#[test]
fn ten_thousand_levels_of_nesting_do_not_overflow_the_stack() {
    let (_tmp, content) = base();
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    std::fs::write(
        content.join("agreements/2026/dinkes.yaml"),
        format!("unit: {deep}\n"),
    )
    .expect("write");
    let deep_map: String = (0..10_000)
        .map(|i| format!("{}k:\n", " ".repeat(i)))
        .collect();
    std::fs::write(content.join("realisations/2026/q1/dinkes.yaml"), deep_map).expect("write");
    let (code, out) = check(&content);
    assert_eq!(code, 1, "{out}");
    assert!(
        !out.contains("panicked") && !out.contains("overflow"),
        "{out}"
    );
}

#[test]
fn ids_that_could_escape_paths_are_refused() {
    for id in [
        "../etc",
        "a/b",
        "%2e%2e",
        "nul\u{0}id",
        "dіnkes",
        "DINKES",
        ".hidden",
        "-x",
    ] {
        let (_tmp, content) = base();
        let units = std::fs::read_to_string(content.join("units.yaml")).expect("read");
        let escaped = id.replace('\u{0}', "\\0");
        std::fs::write(
            content.join("units.yaml"),
            units.replace(
                "  - id: dinkes-kesmas\n",
                &format!("  - id: \"{escaped}\"\n"),
            ),
        )
        .expect("write");
        let (code, out) = check(&content);
        assert_eq!(code, 1, "{id:?}: {out}");
        assert!(
            out.contains("cannot be used in file names and web addresses"),
            "{id:?}: {out}"
        );
    }
}

#[test]
fn nothing_is_written_outside_the_output_folder() {
    let (tmp, content) = base();
    let out = tmp.path().join("site/public");
    let r = build(&content, &out);
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    let mut outside: Vec<String> = std::fs::read_dir(tmp.path().join("site"))
        .expect("read")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    outside.sort();
    assert_eq!(
        outside,
        vec![
            ".public.kinerja-lock".to_string(),
            ".public.kinerja-state".to_string(),
            "public".to_string()
        ],
        "staging folders are cleaned up; only the lock file and the state folder stay beside the output"
    );
}
