//! The document register and timeliness pages on the built sample, and the
//! errors for a document file that is missing, too large, outside the
//! content folder, or dated after the edition.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{build, copy_tree, kinerja, root};

#[test]
fn registered_files_are_published_with_the_sha256_the_page_shows() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("public");
    let r = build(&root().join("content"), &out);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let page = std::fs::read_to_string(out.join("dokumen/2026/index.html")).unwrap();
    let pdf = std::fs::read(out.join("dokumen/2026/dinkes/pk-2026.pdf")).unwrap();
    let source = std::fs::read(root().join("content/documents/2026/dinkes/pk-2026.pdf")).unwrap();
    assert_eq!(pdf, source);
    use sha2::Digest;
    let hex: String = sha2::Sha256::digest(&pdf)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert!(page.contains(&hex), "{page}");
    // A quarter not yet over is not missing.
    assert!(page.contains("belum jatuh tempo"), "{page}");
    let csv = std::fs::read_to_string(out.join("dokumen/2026/kelengkapan.csv")).unwrap();
    assert!(csv.starts_with("id_unit,unit,renstra,"), "{csv}");
    let t = common::page_text(&out, "ketepatan-waktu/2025/index.html");
    assert!(t.contains("terlambat"), "{t}");
    assert!(t.contains("tepat waktu"), "{t}");
}

#[test]
fn bad_document_files_and_dates_are_all_reported_in_one_run() {
    let dir = tempfile::tempdir().expect("tmp");
    let content = dir.path().join("content");
    copy_tree(&root().join("content"), &content);
    std::fs::write(
        content.join("documents/2026/bappeda.yaml"),
        "unit: bappeda\nyear: 2026\ndocuments:\n  - type: pk\n    date: 2026-01-17\n    file: bappeda/hilang.pdf\n  - type: renja\n    file: ../../../../etc/passwd\n  - type: iku\n    date: 2026-08-01\n  - type: rencana-aksi\n    file: bappeda/pk-2026.pdf\n",
    )
    .unwrap();
    let settings = std::fs::read_to_string(content.join("site.yaml")).unwrap();
    std::fs::write(
        content.join("site.yaml"),
        format!("{settings}max_document_mb: 0.0001\n"),
    )
    .unwrap();
    let r = kinerja(
        dir.path(),
        &["--lang", "en", "check", "--content", "content"],
    );
    assert!(!r.status.success());
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&r.stdout),
        String::from_utf8_lossy(&r.stderr)
    );
    assert!(
        all.contains("document file `documents/2026/bappeda/hilang.pdf` does not exist"),
        "{all}"
    );
    assert!(all.contains("is outside the content folder"), "{all}");
    assert!(
        all.contains("dated 2026-08-01, after this edition's own date (2026-07-20)"),
        "{all}"
    );
    assert!(all.contains("above the limit of"), "{all}");
    assert!(all.contains("documents/2026/bappeda.yaml:6:"), "{all}");
}
