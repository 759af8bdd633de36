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

#[test]
fn numbers_that_read_more_than_one_way_and_split_rows_are_refused() {
    let (tmp, content) = sample();
    let sheet = tmp.path().join("ragu.csv");
    std::fs::write(
        &sheet,
        "unit;indikator;realisasi;kode anggaran;realisasi anggaran\n\
         dpupr-binamarga;S1/IK1;12,3,4;;\n\
         dpupr-binamarga;S1/IK2;1.5.0;;\n\
         dpupr-binamarga;S1/IK1;1.234,5,6;;\n\
         dpupr-binamarga;S1/IK2;5;1.03.10.2.01;1;234\n",
    )
    .expect("write");
    let r = import(&content, &sheet, &[]);
    let text = transcript(&r);
    assert_eq!(r.status.code(), Some(1), "{text}");
    for (row, cell) in [(2, "`12,3,4`"), (3, "`1.5.0`"), (4, "`1.234,5,6`")] {
        assert!(
            text.contains(&format!(
                "row {row}, column C (realisasi): cannot read {cell} as a number"
            )),
            "row {row}: {text}"
        );
    }
    assert!(
        text.contains("row 5, column F") && text.contains("`234` is under no heading"),
        "{text}"
    );
    assert!(
        !content
            .join("realisations/2026/q2/dpupr-binamarga.yaml")
            .exists(),
        "nothing written"
    );
}

#[test]
fn a_folder_that_is_not_the_content_folder_is_named_with_the_right_one() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let project = tmp.path().join("sakip");
    copy_tree(
        &root().join("tests/fixtures/base"),
        &project.join("content"),
    );
    std::fs::create_dir_all(project.join("public")).expect("mkdir");
    let p = project.to_str().expect("utf8");
    let out = tmp.path().join("site");
    for args in [
        vec!["check", "--content", p],
        vec![
            "build",
            "--content",
            p,
            "--out",
            out.to_str().expect("utf8"),
        ],
        vec![
            "import",
            "x.csv",
            "--year",
            "2026",
            "--quarter",
            "2",
            "--reported",
            "2026-07-20",
            "--content",
            p,
        ],
    ] {
        let r = kinerja(&root(), &args);
        let text = transcript(&r);
        assert_eq!(r.status.code(), Some(1), "{args:?}: {text}");
        assert!(text.contains("is not a content folder"), "{args:?}: {text}");
        assert!(
            text.contains(&format!("pass `--content {p}/content`")),
            "{args:?}: {text}"
        );
        assert!(!text.contains("warning"), "{args:?}: {text}");
    }
}
