//! Five-year plans on the built sample site (in Indonesian, its language): the RPJMD and Renstra pages
//! with baselines, yearly targets and progress, the plan indicator pages,
//! the LKjIP measurement table of a unit-year, a PK Perubahan with its
//! lowered target beside the signed one, a target that differs from the
//! Renstra with its reason, a benchmark, the tree from RPJMD goals, and the
//! downloads that carry all of it.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{build, root};
use std::path::Path;

fn text(out: &Path, rel: &str) -> String {
    common::page_text(out, rel)
}

fn built() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("public");
    let r = build(&root().join("content"), &out);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    (dir, out)
}

#[test]
fn the_renstra_page_shows_baselines_targets_and_progress_with_its_basis() {
    let (_d, out) = built();
    let page = text(&out, "rencana/dinkes/2025-2029/index.html");
    assert!(
        page.contains("Rencana Strategis Dinas Kesehatan 2025–2029"),
        "{page}"
    );
    // Baseline with its year, the latest final realisation with its year.
    assert!(page.contains("103,81 (2024)"), "{page}");
    assert!(page.contains("92,37 (2025)"), "{page}");
    // Every status says what it is measured against.
    assert!(page.contains("Akan tercapai"), "{page}");
    assert!(
        page.contains("realisasi 2025 dibanding lintasan dari kondisi awal ke target 2025"),
        "{page}"
    );
    assert!(page.contains("Target akhir tercapai"), "{page}");
    // An indicator with no final year is not judged.
    assert!(
        page.contains("Belum dapat dinilai belum ada realisasi akhir tahun dalam periode ini"),
        "{page}"
    );
    // Programmes and kegiatan with indicative budgets.
    assert!(page.contains("1.02.02.2.01"), "{page}");
    assert!(page.contains("Rp 234.062.000.000"), "{page}");
}

#[test]
fn a_plan_indicator_page_has_every_year_and_where_it_was_implemented() {
    let (_d, out) = built();
    let page = text(&out, "rencana/bupati/2025-2029/indikator/S2/IK1/index.html");
    assert!(page.contains("Kondisi awal 146,65 (2024)"), "{page}");
    assert!(page.contains("Target akhir periode 80"), "{page}");
    assert!(page.contains("Sulit tercapai"), "{page}");
    // The running year is shown with its quarter and never decides.
    assert!(page.contains("97,8 (s.d. TW II)"), "{page}");
    for year in 2025..=2029 {
        assert!(page.contains(&format!("{year} ")), "{year}: {page}");
    }
    assert!(
        std::fs::read_to_string(out.join("rencana/bupati/2025-2029/indikator/S2/IK1/grafik.html"))
            .expect("the chart-only page")
            .contains("class=\"chart\" role=\"img\"")
    );
    // A programme's kegiatan indicator, implemented by a division's agreement.
    let k = text(
        &out,
        "rencana/dinkes/2025-2029/indikator/1.02.02.2.02/IKK1/index.html",
    );
    assert!(k.contains("Bidang Kesmas S1/IK1"), "{k}");
}

#[test]
fn an_amended_agreement_keeps_the_signed_target_beside_the_lowered_one() {
    let (_d, out) = built();
    let page = text(&out, "unit/dpupr/2026/index.html");
    assert!(
        page.contains("PK Perubahan ditandatangani 22 Juni 2026"),
        "{page}"
    );
    assert!(
        page.contains("Setiap capaian dihitung terhadap target PK Perubahan"),
        "{page}"
    );
    assert!(page.contains("Target PK Perubahan 40 km"), "{page}");
    assert!(
        page.contains("Target awal (PK ditandatangani) 55 km"),
        "{page}"
    );
    let csv =
        std::fs::read_to_string(out.join("unit/dpupr/2026/kinerja-dpupr-2026.csv")).expect("csv");
    let header = csv.lines().next().expect("header");
    assert!(header.ends_with(
        "target_awal,tanggal_pk_perubahan,alasan_pk_perubahan,kunci_rencana,target_rencana,target_akhir_rencana,alasan_beda_rencana,pembanding,sumber_pembanding"
    ), "{header}");
    let row = csv.lines().find(|l| l.contains(",S1/IK2,")).expect("row");
    assert!(
        row.contains(",40,"),
        "revised target is the annual one: {row}"
    );
    assert!(row.contains(",55,2026-06-22,"), "{row}");
    assert!(row.contains("dpupr/2025-2029/S1/IK2"), "{row}");
}

#[test]
fn a_target_that_differs_from_the_renstra_says_so_with_its_reason() {
    let (_d, out) = built();
    let page = text(&out, "unit/dinkes/2026/index.html");
    assert!(
        page.contains("Target PK berbeda dari target rencana (65): Dua puskesmas baru"),
        "{page}"
    );
    // The LKjIP measurement table: last year, this year, the plan's year and end targets.
    assert!(page.contains("Pengukuran kinerja (format LKjIP)"), "{page}");
    assert!(page.contains("59,01 65 51,13 (s.d. TW II)"), "{page}");
    assert!(page.contains("70 100 (2029)"), "{page}");
}

#[test]
fn a_benchmark_is_shown_with_its_source() {
    let (_d, out) = built();
    let page = text(&out, "unit/bupati/2026/index.html");
    assert!(
        page.contains("Pembanding 19,8 % (Prevalensi nasional (SSGI), 2024)"),
        "{page}"
    );
}

#[test]
fn the_tree_starts_from_the_rpjmd_goals() {
    let (_d, out) = built();
    let page = text(&out, "pohon-kinerja/2026/index.html");
    let goal = page
        .find("T2 Meningkatkan kualitas sumber daya manusia")
        .expect("goal");
    let objective = page
        .find("S2 Meningkatnya derajat kesehatan masyarakat")
        .expect("objective");
    assert!(goal < objective, "{page}");
}

#[test]
fn the_plan_downloads_carry_every_year_and_the_progress_status() {
    let (_d, out) = built();
    let csv = std::fs::read_to_string(out.join("data/rencana.csv")).expect("csv");
    let rows: Vec<&str> = csv
        .lines()
        .filter(|l| l.contains(",S1/IK1,Angka Kematian Ibu,") && l.starts_with("dinkes,"))
        .collect();
    assert_eq!(rows.len(), 5, "{csv}");
    assert!(
        rows[0].contains(",2025,100,dinkes/S1/IK1,100,92.37,92.37,4,true,"),
        "{}",
        rows[0]
    );
    assert!(rows[0].ends_with(",akan_tercapai"), "{}", rows[0]);
    let budget = std::fs::read_to_string(out.join("data/rencana-anggaran.csv")).expect("csv");
    assert!(
        budget.contains("dinkes,renstra,2025-2029,1.02.02,"),
        "{budget}"
    );
    let package = std::fs::read_to_string(out.join("data/datapackage.json")).expect("json");
    assert!(package.contains("\"rencana.csv\""));
    let json = std::fs::read_to_string(out.join("data/kinerja.json")).expect("json");
    assert!(json.contains("\"rencana\""));
}
