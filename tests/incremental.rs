//! The quarterly update: a rebuild after adding one quarter's reports rewrites
//! only the files whose bytes change, keeps the others (and their modification
//! times), lists the changes, and equals a clean build.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{copy_tree, kinerja, root, transcript};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::SystemTime;

fn files(dir: &Path) -> BTreeMap<String, (Vec<u8>, SystemTime)> {
    common::read_tree(dir)
}

fn build(dir: &Path, content: &Path, out: &Path, extra: &[&str]) -> String {
    let mut args = vec![
        "build",
        "--content",
        content.to_str().expect("utf8"),
        "--out",
        out.to_str().expect("utf8"),
    ];
    args.extend(extra);
    let r = kinerja(dir, &args);
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    String::from_utf8_lossy(&r.stdout).into_owned()
}

#[test]
fn adding_a_quarter_rewrites_only_what_changed() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = tmp.path().join("content");
    copy_tree(&root().join("content"), &content);
    // The site as it was before Triwulan II 2026 came in.
    let q2 = tmp.path().join("q2");
    std::fs::rename(content.join("realisations/2026/q2"), &q2).expect("hold back q2");
    let out = tmp.path().join("public");
    build(tmp.path(), &content, &out, &[]);
    let before = files(&out);
    // The mtime resolution of some file systems is coarse; make a rewrite visible.
    std::thread::sleep(std::time::Duration::from_millis(1100));

    std::fs::rename(&q2, content.join("realisations/2026/q2")).expect("add q2");
    let changes_file = tmp.path().join("changes.txt");
    let summary = build(
        tmp.path(),
        &content,
        &out,
        &["--changes", changes_file.to_str().expect("utf8")],
    );
    assert!(
        summary.contains(" written, ") && summary.contains(" unchanged, "),
        "{summary}"
    );
    let after = files(&out);
    let changes = std::fs::read_to_string(&changes_file).expect("changes");
    let changed: BTreeMap<&str, &str> = changes
        .lines()
        .map(|l| l.split_once('\t').expect("status\tpath"))
        .map(|(s, p)| (p, s))
        .collect();

    for (path, (bytes, mtime)) in &after {
        match before.get(path) {
            Some((old, old_mtime)) if old == bytes => {
                assert_eq!(mtime, old_mtime, "{path} did not change but was rewritten");
                assert!(
                    !changed.contains_key(path.as_str()),
                    "{path} listed as changed"
                );
            }
            Some(_) => assert_eq!(
                changed.get(path.as_str()),
                Some(&"M"),
                "{path} changed but is not listed"
            ),
            None => assert_eq!(
                changed.get(path.as_str()),
                Some(&"A"),
                "{path} is new but is not listed"
            ),
        }
    }
    // What a quarterly update must change, and what it must not.
    for must in [
        "index.html",
        "unit/dinkes/2026/index.html",
        "unit/dinkes/2026/kinerja-dinkes-2026.csv",
        "feed.xml",
        "data/kinerja.csv",
    ] {
        assert!(changed.contains_key(must), "{must} should have changed");
    }
    for must_not in [
        "unit/dinkes/2024/index.html",
        "unit/dinkes/2025/anggaran-dinkes-2025.csv",
        "assets/style.css",
        // Pages of other years and their downloads keep their bytes: each
        // page is dated by its own data. (Site-wide pages, such as the
        // methodology, state the site's latest update and change with it.)
        "unit/dinkes/2025/index.html",
        "tahun/2025/index.html",
    ] {
        assert!(
            !changed.contains_key(must_not),
            "{must_not} should not have changed"
        );
    }
    // No file of another year changes: not a unit's year, not a year's
    // comparison, not their downloads. (Indicator and plan pages span the
    // years and do change.)
    let other_year = |p: &str| {
        let parts: Vec<&str> = p.split('/').collect();
        let year = match parts.as_slice() {
            ["unit", _, y, ..] | ["tahun", y, ..] | ["pohon-kinerja", y, ..] => *y,
            _ => return false,
        };
        year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) && year != "2026"
    };
    let others: Vec<&String> = before.keys().filter(|p| other_year(p)).collect();
    assert!(others.len() > 100, "{} files of other years", others.len());
    for p in others {
        assert!(
            !changed.contains_key(p.as_str()),
            "{p} should not have changed"
        );
    }

    // The incremental result equals a clean build.
    let clean = tmp.path().join("clean");
    build(tmp.path(), &content, &clean, &[]);
    let clean_files = files(&clean);
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        clean_files.keys().collect::<Vec<_>>()
    );
    for (path, (bytes, _)) in &after {
        assert!(
            &clean_files[path].0 == bytes,
            "{path} differs from a clean build"
        );
    }
}

#[test]
fn the_summary_can_be_json_or_quiet() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let json = build(
        tmp.path(),
        &root().join("tests/fixtures/base"),
        &out,
        &["--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(json.trim()).expect("one JSON object");
    assert!(v["pages"].as_u64().expect("pages") > 10);
    assert_eq!(v["unchanged"], 0);
    let quiet = build(
        tmp.path(),
        &root().join("tests/fixtures/base"),
        &out,
        &["--quiet"],
    );
    assert_eq!(quiet.lines().count(), 1, "{quiet}");
    assert!(quiet.starts_with("built "), "{quiet}");
}

/// The files of `dir` without their modification times.
fn bytes(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    files(dir).into_iter().map(|(p, (b, _))| (p, b)).collect()
}

#[test]
fn a_rebuild_trusts_the_manifest_only_for_untouched_files() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = tmp.path().join("content");
    copy_tree(&root().join("tests/fixtures/base"), &content);
    let out = tmp.path().join("public");
    build(tmp.path(), &content, &out, &[]);
    let clean = bytes(&out);
    let manifest = kinerja::output::state_dir(&out)
        .expect("state")
        .join(kinerja::output::MANIFEST);
    assert!(manifest.is_file());

    // Someone edits built files by hand, keeping their size: a page (made by
    // recipe), an XLSX workbook (made by recipe) and a CSV file (compared by
    // fingerprint). The next build puts the right bytes back.
    std::thread::sleep(std::time::Duration::from_millis(20));
    let edited = [
        "unit/dinkes/2026/index.html",
        "unit/dinkes/kinerja-dinkes.xlsx",
        "unit/dinkes/2026/kinerja-dinkes-2026.csv",
    ];
    for path in edited {
        let mut b = clean[path].clone();
        b[10] ^= 0x20;
        std::fs::write(out.join(path), &b).expect("edit");
    }
    // Nothing in the content changed, but the folder did: the build sees
    // the edited files (their modification times) and repairs them.
    let summary = build(tmp.path(), &content, &out, &["--changes", "changes.txt"]);
    assert!(summary.contains(" 3 written, "), "{summary}");
    assert_eq!(bytes(&out), clean);
    let changes = std::fs::read_to_string(tmp.path().join("changes.txt")).expect("changes");
    for path in edited {
        assert!(changes.contains(&format!("M\t{path}\n")), "{changes}");
    }
    // Untouched since, the next build has nothing to do.
    let summary = build(tmp.path(), &content, &out, &["--changes", "changes.txt"]);
    assert!(summary.contains(" 0 written, "), "{summary}");

    // A theme change re-renders every page, though no view changed (every
    // `index.html` page but the printable ones and the annual reports
    // extends `base.html`).
    let templates = content.join("theme/templates");
    std::fs::create_dir_all(&templates).expect("theme");
    let base = std::fs::read_to_string(root().join("themes/default/templates/base.html"))
        .expect("base.html");
    std::fs::write(
        templates.join("base.html"),
        base.replacen("</body>", "<!-- tema lokal --></body>", 1),
    )
    .expect("override");
    build(tmp.path(), &content, &out, &[]);
    let themed = bytes(&out);
    for (path, b) in &themed {
        if path.ends_with("index.html") && !path.contains("/cetak/") && !path.contains("/lkjip/") {
            assert!(
                String::from_utf8_lossy(b).contains("<!-- tema lokal -->"),
                "{path} was not re-rendered with the new theme"
            );
        }
    }

    // Without a manifest (deleted, or a site from an older kinerja) the
    // result is the same as with one.
    std::fs::remove_file(&manifest).expect("remove manifest");
    build(tmp.path(), &content, &out, &[]);
    assert_eq!(bytes(&out), themed);
}

#[test]
fn an_unchanged_input_rebuilds_what_was_deleted_or_edited_in_the_site() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = root().join("content");
    let out = tmp.path().join("public");
    build(tmp.path(), &content, &out, &[]);
    let clean = bytes(&out);
    // The whole folder deleted (the state beside it is left behind).
    std::fs::remove_dir_all(&out).expect("rm");
    let said = build(tmp.path(), &content, &out, &["--lang", "en"]);
    assert!(said.contains(" 0 unchanged"), "{said}");
    assert_eq!(bytes(&out), clean);
    // One file deleted, one edited.
    std::fs::remove_file(out.join("index.html")).expect("rm");
    std::fs::write(out.join("unit/index.html"), "edited").expect("edit");
    let said = build(tmp.path(), &content, &out, &["--lang", "en"]);
    assert!(said.contains(": 2 written"), "{said}");
    assert_eq!(bytes(&out), clean);
}

/// A rebuild keeps a unit-year's pages without building them when nothing
/// they may show changed. Whatever is edited (an earlier year's report, an
/// agreement, the organisation, a register, an annual report's chapter, a
/// plan), the rebuilt site must equal a clean build of the edited content.
#[test]
fn every_kind_of_edit_rebuilds_as_a_clean_build_would() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = tmp.path().join("content");
    copy_tree(&root().join("content"), &content);
    let out = tmp.path().join("public");
    build(tmp.path(), &content, &out, &[]);
    let edits: [(&str, &str, &str); 7] = [
        (
            "realisations/2025/q4/asisten-adm.yaml",
            "value: 67.81",
            "value: 61.5",
        ),
        (
            "agreements/2024/dinkes.yaml",
            "name: Meningkatnya derajat kesehatan ibu dan anak",
            "name: Meningkatnya derajat kesehatan ibu, bayi dan anak",
        ),
        (
            "units.yaml",
            "name: Sekretariat Daerah",
            "name: Sekretariat Daerah Kabupaten",
        ),
        (
            "documents/2025/dinkes.yaml",
            "number: 440/012/Dinkes/2025",
            "number: 440/013/Dinkes/2025",
        ),
        (
            "reports/2025/dinkes.md",
            "rekomendasi evaluasi SAKIP.",
            "rekomendasi evaluasi SAKIP tahun 2025.",
        ),
        (
            "plans/2025-2029/dinkes.yaml",
            "name: Angka Kematian Ibu",
            "name: Angka Kematian Ibu (AKI)",
        ),
        ("site.yaml", "Contoh Raya", "Contoh Jaya"),
    ];
    for (n, (file, from, to)) in edits.iter().enumerate() {
        let path = content.join(file);
        let text = std::fs::read_to_string(&path).expect(file);
        assert!(text.contains(from), "{file} has no `{from}`");
        std::fs::write(&path, text.replacen(from, to, 1)).expect(file);
        build(tmp.path(), &content, &out, &[]);
        let clean = tmp.path().join(format!("clean-{n}"));
        build(tmp.path(), &content, &clean, &[]);
        let (after, clean) = (bytes(&out), bytes(&clean));
        assert_eq!(
            after.keys().collect::<Vec<_>>(),
            clean.keys().collect::<Vec<_>>(),
            "after editing {file}"
        );
        for (p, b) in &after {
            assert!(
                &clean[p] == b,
                "after editing {file}: {p} differs from a clean build"
            );
        }
    }
}
