//! `kinerja import`: the shipped example sheets, broken sheets with their
//! row/column messages, and overwriting only with --force.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{copy_tree, kinerja, root, transcript};

fn sample() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = tmp.path().join("content");
    copy_tree(&root().join("content"), &content);
    (tmp, content)
}

fn import(
    content: &std::path::Path,
    sheet: &std::path::Path,
    extra: &[&str],
) -> std::process::Output {
    let mut args = vec![
        "import",
        sheet.to_str().expect("utf8"),
        "--year",
        "2026",
        "--quarter",
        "2",
        "--reported",
        "2026-07-20",
        "--content",
        content.to_str().expect("utf8"),
    ];
    args.extend(extra);
    kinerja(&root(), &args)
}

#[test]
fn the_example_sheets_import_the_late_unit() {
    for sheet in [
        "impor-realisasi-2026-q2.xlsx",
        "impor-realisasi-2026-q2.csv",
    ] {
        let (_tmp, content) = sample();
        let r = import(&content, &root().join("docs/examples").join(sheet), &[]);
        assert_eq!(r.status.code(), Some(0), "{sheet}: {}", transcript(&r));
        let yaml =
            std::fs::read_to_string(content.join("realisations/2026/q2/dpupr-binamarga.yaml"))
                .expect("written");
        assert!(
            yaml.contains("value: 3.85"),
            "{sheet}: `3,85` read as 3.85\n{yaml}"
        );
        assert!(
            yaml.contains("realised: 17985000000"),
            "{sheet}: rupiah read\n{yaml}"
        );
        assert!(
            yaml.contains("  - id: S1/IK2\n    value: 1"),
            "{sheet}: indicator found by name\n{yaml}"
        );
        let check = kinerja(
            &root(),
            &["check", "--content", content.to_str().expect("utf8")],
        );
        assert_eq!(check.status.code(), Some(0), "{}", transcript(&check));
    }
}

#[test]
fn broken_sheets_say_which_row_and_column() {
    let (tmp, content) = sample();
    let sheet = tmp.path().join("rusak.csv");
    std::fs::write(
        &sheet,
        "unit;indikator;realisasi;kode anggaran;realisasi anggaran\n\
         dpupr-binamarga;S1/IK1;1,2,3x;;\n\
         dinas-tidak-ada;S1/IK1;5;;\n\
         dpupr-binamarga;S9/IK9;5;;\n\
         dpupr-binamarga;S1/IK2;-;1.03.10.2.01;sejuta\n",
    )
    .expect("write");
    let r = import(&content, &sheet, &[]);
    assert_eq!(r.status.code(), Some(1), "{}", transcript(&r));
    let err = String::from_utf8_lossy(&r.stderr).replace(&*sheet.to_string_lossy(), "rusak.csv");
    insta::assert_snapshot!(err);
    assert!(
        !content
            .join("realisations/2026/q2/dpupr-binamarga.yaml")
            .exists(),
        "nothing written"
    );
}

#[test]
fn existing_files_are_replaced_only_with_force_and_the_change_is_shown() {
    let (_tmp, content) = sample();
    let sheet = root().join("docs/examples/impor-realisasi-2026-q2.csv");
    assert_eq!(import(&content, &sheet, &[]).status.code(), Some(0));
    let again = import(&content, &sheet, &[]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("use --force"),
        "{}",
        transcript(&again)
    );

    let path = content.join("realisations/2026/q2/dpupr-binamarga.yaml");
    let edited = std::fs::read_to_string(&path)
        .expect("read")
        .replace("value: 3.85", "value: 3.5");
    std::fs::write(&path, edited).expect("write");
    let forced = import(&content, &sheet, &["--force"]);
    assert_eq!(forced.status.code(), Some(0), "{}", transcript(&forced));
    let out = String::from_utf8_lossy(&forced.stdout);
    assert!(
        out.contains("-     value: 3.5") && out.contains("+     value: 3.85"),
        "{out}"
    );
}
