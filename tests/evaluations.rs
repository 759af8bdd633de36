//! The evaluations page on the built sample (open and closed recommendations
//! counted at the edition's date) and the errors for recommendations whose
//! status and dates disagree, and for an evaluation of a year not yet over.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{build, copy_tree, kinerja, root};

#[test]
fn open_recommendations_are_counted_at_the_editions_date() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("public");
    let r = build(&root().join("content"), &out);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let t = common::page_text(&out, "evaluasi/index.html");
    // The sample: 8 recommendations, 3 closed, 5 open, of which 3 are past
    // their due date at 20 July 2026 (30 June twice and 15 July).
    assert!(
        t.contains("dari 8 rekomendasi, 5 masih terbuka, 3 di antaranya lewat tenggat"),
        "{t}"
    );
    assert!(
        t.contains("belum ditindaklanjuti, lewat tenggat 20 hari"),
        "{t}"
    );
    assert!(t.contains("dalam proses, lewat tenggat 5 hari"), "{t}");
    assert!(t.contains("selesai 20 Juni 2026"), "{t}");
    let csv = std::fs::read_to_string(out.join("evaluasi/rekomendasi.csv")).unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 9, "{csv}");
    assert!(
        rows[0].starts_with("unit_id,unit,tahun_dievaluasi,"),
        "{csv}"
    );
    assert_eq!(
        rows.iter()
            .filter(|r| r.contains(",open,") || r.contains(",in-progress,"))
            .count(),
        5,
        "{csv}"
    );
    // The unit's page shows its own evaluation and links to the details.
    let unit = std::fs::read_to_string(out.join("unit/dinkes/index.html")).unwrap();
    assert!(
        unit.contains("evaluasi/index.html#rek-dinkes-2025"),
        "{unit}"
    );
    assert!(unit.contains("2/3"), "{unit}");
}

#[test]
fn recommendations_that_contradict_their_dates_are_all_reported() {
    let dir = tempfile::tempdir().expect("tmp");
    let content = dir.path().join("content");
    copy_tree(&root().join("content"), &content);
    std::fs::write(
        content.join("documents/2026/bappeda.yaml"),
        "unit: bappeda\nyear: 2026\nevaluation:\n  score: 61\n  recommendations:\n    - id: A\n      text: Satu\n      status: selesai\n    - id: A\n      text: Dua\n      status: terbuka\n    - id: B\n      text: Tiga\n      status: tebuka\n    - id: C\n      text: Empat\n      status: proses\n      closed: 2026-05-01\n",
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
    for expected in [
        "documents/2026/bappeda.yaml:4:10",
        "an evaluation of 2026, but 2026 is not over at this edition (2026-07-20)",
        "recommendation `A` is closed but has no `closed:` date",
        "recommendation `A` is given twice",
        "`tebuka` is not a follow-up status",
        "did you mean `terbuka`?",
        "recommendation `C` has a `closed:` date but its status is `proses`",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
    // In Indonesian too.
    let r = kinerja(
        dir.path(),
        &["--lang", "id", "check", "--content", "content"],
    );
    let id = String::from_utf8_lossy(&r.stderr).to_string();
    assert!(
        id.contains("rekomendasi `A` berstatus selesai tetapi tidak memiliki tanggal `closed:`"),
        "{id}"
    );
}
