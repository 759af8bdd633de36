//! Verifiable editions: the manifest of an edition verifies with
//! `sha256sum -c` against the built site (and fails on a changed file), and
//! the changes page lists exactly what changed between two builds.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{build, copy_tree, root};
use std::path::Path;
use std::process::Command;

fn sha256sum_check(site: &Path, manifest: &str) -> std::process::Output {
    Command::new("sha256sum")
        .args(["-c", "--quiet", "--strict", manifest])
        .current_dir(site)
        .output()
        .expect("sha256sum (coreutils)")
}

fn ok(r: &std::process::Output) {
    assert!(
        r.status.success(),
        "{}{}",
        String::from_utf8_lossy(&r.stdout),
        String::from_utf8_lossy(&r.stderr)
    );
}

/// The rows of a changes page: (change, key, before, now).
fn change_rows(out: &Path, page: &str) -> Vec<(String, String, String, String)> {
    let html = std::fs::read_to_string(out.join(page)).unwrap();
    let Some(start) = html.find("<tbody>") else {
        return vec![];
    };
    let body = &html[start..html[start..].find("</tbody>").unwrap() + start];
    body.split("<tr>")
        .skip(1)
        .map(|row| {
            let key = row
                .split("<code class=\"hash\">")
                .nth(1)
                .and_then(|s| s.split("</code>").next())
                .unwrap()
                .to_string();
            let cells: Vec<String> = row
                .split("<td ")
                .skip(1)
                .map(|c| {
                    let inner = &c[c.find('>').unwrap() + 1..];
                    inner[..inner.find("</td>").unwrap()].to_string()
                })
                .collect();
            (cells[0].clone(), key, cells[1].clone(), cells[2].clone())
        })
        .collect()
}

#[test]
fn the_manifest_of_an_edition_verifies_against_the_built_site() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("public");
    let r = build(&root().join("content"), &out);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let manifest = "edisi/2026-tw-ii/sha256sums.txt";
    ok(&sha256sum_check(&out, manifest));
    // Every file of the site but the manifest itself is in it.
    let listed = std::fs::read_to_string(out.join(manifest))
        .unwrap()
        .lines()
        .count();
    let files = common::read_tree(&out).len();
    assert_eq!(listed + 1, files);
    // An earlier edition's figures are published as they were archived.
    assert_eq!(
        std::fs::read(out.join("edisi/2026-tw-i/angka.json")).unwrap(),
        std::fs::read(root().join("content/editions/2026-tw-i/angka.json")).unwrap()
    );
    // A changed file fails the check.
    std::fs::write(out.join("unit/index.html"), "forged").unwrap();
    assert!(!sha256sum_check(&out, manifest).status.success());
    // The next build puts it right and the manifest verifies again, with
    // the unchanged files summed from disk.
    let r = build(&root().join("content"), &out);
    assert!(r.status.success());
    ok(&sha256sum_check(&out, manifest));
}

#[test]
fn the_changes_page_lists_exactly_what_changed_between_two_builds() {
    let tmp = tempfile::tempdir().expect("tmp");
    let content = tmp.path().join("content");
    copy_tree(&root().join("content"), &content);
    let out = tmp.path().join("public");
    let r = build(&content, &out);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    // The edition as published is archived in the content…
    copy_tree(
        &out.join("edisi/2026-tw-ii"),
        &content.join("editions/2026-tw-ii"),
    );
    // …then a realisation is corrected, a document is withdrawn and a
    // recommendation is closed, in a new edition.
    let edit = |rel: &str, from: &str, to: &str| {
        let p = content.join(rel);
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.contains(from), "{rel}: {from}");
        std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
    };
    edit(
        "realisations/2026/q2/asisten-adm.yaml",
        "value: 72.63",
        "value: 73.1",
    );
    edit(
        "documents/2026/dinkes.yaml",
        "  - type: laporan-tw2\n    date: 2026-07-12\n    file: dinkes/laporan-tw2-2026.pdf\n",
        "",
    );
    std::fs::remove_file(content.join("documents/2026/dinkes/laporan-tw2-2026.pdf")).unwrap();
    edit(
        "documents/2025/disdik.yaml",
        "      due: 2026-06-30\n      status: terbuka\n",
        "      due: 2026-06-30\n      status: selesai\n      closed: 2026-07-25\n",
    );
    edit(
        "site.yaml",
        "  name: 2026 TW II\n  date: 2026-07-20",
        "  name: 2026 TW II Revisi 1\n  date: 2026-07-28",
    );
    let r = build(&content, &out);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let rows = change_rows(&out, "edisi/2026-tw-ii-revisi-1/index.html");
    let dinkes_pdf = {
        use sha2::Digest;
        let bytes =
            std::fs::read(root().join("content/documents/2026/dinkes/laporan-tw2-2026.pdf"))
                .unwrap();
        sha2::Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    let expected = vec![
        (
            "dihapus".to_string(),
            "dokumen/dinkes/2026/laporan-tw2/1".to_string(),
            format!("2026-07-12 {dinkes_pdf}"),
            "–".to_string(),
        ),
        (
            "direvisi".to_string(),
            "evaluasi/disdik/2025/rekomendasi-R1".to_string(),
            "open".to_string(),
            "closed 2026-07-25".to_string(),
        ),
        (
            "direvisi".to_string(),
            "pk/asisten-adm/2026/S1/IK1/realisasi-tw2".to_string(),
            "72.63".to_string(),
            "73.1".to_string(),
        ),
    ];
    assert_eq!(rows, expected);
    // The editions page and feed name all three editions.
    let feed = std::fs::read_to_string(out.join("edisi/feed.xml")).unwrap();
    for name in ["2026 TW I", "2026 TW II", "2026 TW II Revisi 1"] {
        assert!(
            feed.contains(&format!("<title>Edisi {name}</title>")),
            "{feed}"
        );
    }
    assert!(
        feed.contains("0 angka baru, 2 direvisi, 1 dihapus"),
        "{feed}"
    );
    ok(&sha256sum_check(
        &out,
        "edisi/2026-tw-ii-revisi-1/sha256sums.txt",
    ));
}

#[test]
fn a_broken_or_misplaced_archive_is_reported_with_its_place() {
    let tmp = tempfile::tempdir().expect("tmp");
    let content = tmp.path().join("content");
    copy_tree(&root().join("content"), &content);
    std::fs::create_dir_all(content.join("editions/rusak")).unwrap();
    std::fs::write(
        content.join("editions/rusak/angka.json"),
        "{\n  \"edition\": {\"name\": \"X\",\n",
    )
    .unwrap();
    let tw1 = std::fs::read(content.join("editions/2026-tw-i/angka.json")).unwrap();
    std::fs::create_dir_all(content.join("editions/lama")).unwrap();
    std::fs::write(content.join("editions/lama/angka.json"), &tw1).unwrap();
    let r = common::kinerja(
        tmp.path(),
        &["--lang", "en", "check", "--content", "content"],
    );
    assert!(!r.status.success());
    let all = String::from_utf8_lossy(&r.stderr);
    assert!(all.contains("editions/rusak/angka.json:3:"), "{all}");
    assert!(all.contains("this is not an edition's archive"), "{all}");
    assert!(
        all.contains("the archive of edition `2026 TW I` is in folder `lama`"),
        "{all}"
    );
    assert!(all.contains("move it to `editions/2026-tw-i/`"), "{all}");
}
