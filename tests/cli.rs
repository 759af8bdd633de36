//! The command line: exit codes and messages.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{kinerja, transcript};

#[test]
fn new_creates_a_site_that_checks_clean_and_builds() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let r = kinerja(tmp.path(), &["new", "situs"]);
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    let site = tmp.path().join("situs");
    let check = kinerja(&site, &["check", "--deny-warnings"]);
    assert_eq!(check.status.code(), Some(0), "{}", transcript(&check));
    let build = kinerja(&site, &["build"]);
    assert_eq!(build.status.code(), Some(0), "{}", transcript(&build));
    assert!(site.join("public/unit/bupati/2026/index.html").is_file());
    let settings = std::fs::read_to_string(site.join("content/site.yaml")).expect("settings");
    assert!(settings.contains("# "), "the settings explain their fields");
}

#[test]
fn new_refuses_a_folder_that_is_not_empty() {
    let tmp = tempfile::tempdir().expect("tempdir");
    std::fs::write(tmp.path().join("keep.txt"), "x").expect("write");
    let r = kinerja(tmp.path(), &["new", "."]);
    assert_eq!(r.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&r.stderr).contains("not empty"),
        "{}",
        transcript(&r)
    );
}

#[test]
fn unknown_commands_and_flags_exit_with_usage() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let r = kinerja(tmp.path(), &["bulid"]);
    assert_eq!(r.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&r.stderr).contains("build"),
        "clap suggests the command"
    );
}

#[test]
fn check_exits_1_on_errors_and_0_on_warnings_unless_denied() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let r = kinerja(tmp.path(), &["new", "s"]);
    assert_eq!(r.status.code(), Some(0));
    let site = tmp.path().join("s");
    let path = site.join("content/realisations/2026/q1/bupati.yaml");
    let text = std::fs::read_to_string(&path).expect("read");
    // Realised above the ceiling: a warning.
    std::fs::write(
        &path,
        text.replace("realised: 4200000000", "realised: 99000000000"),
    )
    .expect("write");
    let warn = kinerja(&site, &["check"]);
    assert_eq!(warn.status.code(), Some(0), "{}", transcript(&warn));
    assert!(String::from_utf8_lossy(&warn.stderr).contains("warning:"));
    let denied = kinerja(&site, &["check", "--deny-warnings"]);
    assert_eq!(denied.status.code(), Some(1));
}

/// Runs kinerja as a clerk would: no language asked for.
fn as_clerk(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .env_remove("KINERJA_LANG")
        .env("NO_COLOR", "1")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run kinerja")
}

#[test]
fn the_clerk_is_answered_in_indonesian_unless_english_is_asked_for() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = tmp.path().join("content");
    common::copy_tree(&common::root().join("tests/fixtures/base"), &content);
    let file = content.join("agreements/2026/dinkes.yaml");
    let text = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, text.replacen("measure:", "satuan:", 1)).expect("write");

    let id = as_clerk(tmp.path(), &["check"]);
    let out = common::transcript(&id);
    assert_eq!(id.status.code(), Some(1), "{out}");
    assert!(
        out.contains("kesalahan: kunci `satuan` tidak dikenal"),
        "{out}"
    );
    assert!(out.contains("= saran: maksudnya `measure`?"), "{out}");
    assert!(out.contains("1 kesalahan, 0 peringatan"), "{out}");

    let en = as_clerk(tmp.path(), &["check", "--lang", "en"]);
    let out = common::transcript(&en);
    assert!(out.contains("error: unknown field `satuan`"), "{out}");
    assert!(out.contains("1 error, 0 warnings"), "{out}");

    // `language: en` in site.yaml speaks English too, unless asked otherwise.
    let site = content.join("site.yaml");
    let text = std::fs::read_to_string(&site).expect("read");
    std::fs::write(&site, format!("{text}language: en\n")).expect("write");
    let out = common::transcript(&as_clerk(tmp.path(), &["check"]));
    assert!(out.contains("error: unknown field `satuan`"), "{out}");
    let out = common::transcript(&as_clerk(tmp.path(), &["check", "--lang", "id"]));
    assert!(
        out.contains("kesalahan: kunci `satuan` tidak dikenal"),
        "{out}"
    );

    // The help too.
    let help = common::transcript(&as_clerk(tmp.path(), &["--help"]));
    assert!(
        help.contains("Penggunaan:") && help.contains("Perintah:"),
        "{help}"
    );
    assert!(help.contains("Periksa folder konten"), "{help}");
    let help = common::transcript(&as_clerk(tmp.path(), &["build", "--help", "--lang", "en"]));
    assert!(
        help.contains("Usage:") && help.contains("The output folder"),
        "{help}"
    );
}
