//! Helpers shared by the integration tests.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]
#![allow(dead_code)]
// Shared by several test binaries, each of which uses part of it.
#![allow(unreachable_pub)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies the folder `from` into `to` (created), files only.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk fixture");
        let rel = entry.path().strip_prefix(from).expect("relative");
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Runs the kinerja binary in `dir` with `args`.
pub fn kinerja(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .env("KINERJA_LANG", "en")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run kinerja")
}

/// `kinerja build --content CONTENT --out OUT`, run from the repository root.
pub fn build(content: &Path, out: &Path) -> Output {
    kinerja(
        &root(),
        &[
            "build",
            "--content",
            content.to_str().expect("utf8"),
            "--out",
            out.to_str().expect("utf8"),
        ],
    )
}

/// Exit code, stdout and stderr in one text, for snapshots.
pub fn transcript(out: &Output) -> String {
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Every file under `dir` with its bytes and modification time, by relative
/// path with `/`.
pub fn read_tree(
    dir: &Path,
) -> std::collections::BTreeMap<String, (Vec<u8>, std::time::SystemTime)> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.expect("walk"))
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .expect("rel")
                .to_string_lossy()
                .replace('\\', "/");
            let modified = e.metadata().expect("meta").modified().expect("mtime");
            (rel, (std::fs::read(e.path()).expect("read"), modified))
        })
        .collect()
}

/// The text of the page at `rel` in `out`: tags removed, spaces collapsed,
/// so assertions read like the page.
pub fn page_text(out: &Path, rel: &str) -> String {
    let html = std::fs::read_to_string(out.join(rel)).expect(rel);
    strip_tags(&html)
}

/// `html` without its tags (each a space), spaces collapsed.
pub fn strip_tags(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
