//! An honest record: words true at the moment they are read, every summary
//! with its basis and counts, flags a reader can see, budget lines as the
//! hierarchy they are. Built from `tests/fixtures/honest-record` (a closed
//! 2025 beside a 2026 reported up to TW II, with a late unit).
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{build, root};
use std::path::Path;

fn page(out: &Path, rel: &str) -> String {
    common::page_text(out, rel)
}

fn built() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("public");
    let r = build(&root().join("tests/fixtures/honest-record"), &out);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    (dir, out)
}

#[test]
fn below_target_mid_year_is_not_yet_met_and_a_closed_year_is_not_met() {
    let (_d, out) = built();
    let mid = page(&out, "unit/dinkes/2026/index.html");
    assert!(mid.contains("Belum tercapai (s.d. TW II)"), "{mid}");
    assert!(
        !mid.contains("Tidak tercapai"),
        "a running year says 'belum tercapai'"
    );
    assert!(
        !mid.contains("Belum dilaksanakan"),
        "only said where the content says so"
    );
    let closed = page(&out, "unit/dinkes/2025/index.html");
    assert!(closed.contains("Tidak tercapai"));
    assert!(closed.contains("Tahun ditutup"));
}

#[test]
fn missing_figures_read_not_yet_measured_with_their_explanation_and_yearly_ones_are_not_due() {
    let (_d, out) = built();
    let p = page(&out, "unit/dinkes/2026/index.html");
    assert!(
        p.contains("Belum diukur (Proses evaluasi masih berjalan)"),
        "{p}"
    );
    assert!(p.contains("Diukur tahunan"));
    // The yearly indicator is not 'belum dilaporkan' in quarters that were not due.
    assert!(!p.contains("Belum dilaporkan"));
}

#[test]
fn categories_describe_the_achievement_and_figures_keep_their_precision() {
    let (_d, out) = built();
    let p = page(&out, "unit/dinkes/2026/index.html");
    assert!(p.contains("capaian Sangat Tinggi") || p.contains("capaian Tinggi"));
    assert!(
        p.contains("0,3121"),
        "the realisation keeps its four decimals"
    );
    assert!(
        p.contains("1.296,64 ÷ 415.477,22"),
        "formula inputs are shown"
    );
    assert!(
        p.contains("angka resmi 91,78 %; dihitung ulang 91,79 %"),
        "{p}"
    );
}

#[test]
fn every_summary_states_its_basis_and_counts() {
    let (_d, out) = built();
    let p = page(&out, "unit/dinkes/2026/index.html");
    assert!(p.contains("Rata-rata capaian thd. target periode s.d. TW II"));
    assert!(p.contains("Rata-rata capaian thd. target tahunan s.d. TW II"));
    assert!(p.contains("dari 6 indikator terukur"));
    assert!(p.contains("dari 6 indikator tercapai"));
    assert!(p.contains("1 belum diukur · 1 tanpa persentase") || p.contains("belum diukur"));
    let home = page(&out, "index.html");
    assert!(
        home.contains("Hasil tahun 2025"),
        "last year's results stay on the home page"
    );
    assert!(home.contains("Kemajuan tahun berjalan 2026"));
    assert!(
        home.contains("s.d. TW I (terlambat)"),
        "the late unit is marked late: {home}"
    );
}

#[test]
fn flags_are_visible_on_the_page_and_warned_by_check() {
    let (_d, out) = built();
    let p = page(&out, "unit/dinkes/2026/index.html");
    assert!(p.contains("cek data"));
    assert!(p.contains("tampak sudah kumulatif"));
    assert!(p.contains("di atas batas wajar 150 %"));
    assert!(p.contains("tampak pecahan"));
    let r = common::kinerja(
        &root(),
        &["check", "--content", "tests/fixtures/honest-record"],
    );
    let err = String::from_utf8_lossy(&r.stderr);
    for needle in [
        "look already cumulative",
        "above 150 %",
        "looks like a fraction",
        "has no parent line",
    ] {
        assert!(err.contains(needle), "check should warn '{needle}':\n{err}");
    }
}

#[test]
fn budget_totals_add_the_top_level_only_and_say_when_the_list_is_partial() {
    let (_d, out) = built();
    let p = page(&out, "unit/dinkes/2026/index.html");
    assert!(
        p.contains("Jumlah Rp 1.050.000.000"),
        "programme + orphan kegiatan, not 2,05 miliar: {p}"
    );
    assert!(p.contains("Daftar anggaran tidak lengkap"));
    let csv = std::fs::read_to_string(out.join("data/anggaran.csv")).unwrap();
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = header
        .iter()
        .position(|h| *h == "pagu_dalam_total")
        .unwrap();
    let sum: i64 = lines
        .filter(|l| l.contains(",dinkes,") && l.starts_with("2026"))
        .filter_map(|l| l.split(',').nth(col).and_then(|v| v.parse::<i64>().ok()))
        .sum();
    assert_eq!(
        sum, 1_050_000_000,
        "a naive column sum gives the true total"
    );
}

#[test]
fn downloads_carry_the_summary_the_status_and_null_for_missing() {
    let (_d, out) = built();
    let summary = std::fs::read_to_string(out.join("data/ringkasan.csv")).unwrap();
    assert!(
        summary
            .lines()
            .any(|l| l.starts_with("2026,dinkes,") && l.contains(",berjalan,"))
    );
    assert!(
        summary
            .lines()
            .any(|l| l.starts_with("2026,dukcapil,") && l.contains(",terlambat,"))
    );
    assert!(
        summary
            .lines()
            .any(|l| l.starts_with("2025,dinkes,") && l.contains(",ditutup,"))
    );
    let kinerja = std::fs::read_to_string(out.join("data/kinerja.csv")).unwrap();
    assert!(kinerja.contains("belum_tercapai"));
    assert!(kinerja.contains("tidak_tercapai"));
    assert!(kinerja.contains("belum_jadwal_pengukuran"));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("data/kinerja.json")).unwrap())
            .unwrap();
    let rows = json["kinerja"].as_array().unwrap();
    assert!(
        rows.iter().all(|r| r["keterangan"] != ""),
        "missing text is null, never \"\""
    );
    assert!(json["ringkasan"].as_array().unwrap().len() == 5);
}

#[test]
fn the_methodology_page_states_the_rules_this_site_uses() {
    let (_d, out) = built();
    let p = page(&out, "metodologi/index.html");
    assert!(p.contains("di atas 150 % (batas wajar situs ini)"));
    assert!(p.contains("1 indikator diukur sekali setahun") || p.contains("dan 1 sekali setahun"));
    assert!(p.contains("1 PK mencantumkan kegiatan di bawah programnya dan 1 daftar anggaran ditandai tidak lengkap"), "{p}");
}

#[test]
fn fields_a_source_does_not_give_read_not_stated_and_a_strict_check_refuses_them() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("public");
    let r = build(&root().join("tests/fixtures/missing-fields"), &out);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let p = page(&out, "unit/dinsos/2026/index.html");
    assert!(
        p.contains("Ditandatangani: tempat tidak tercantum, tanggal tidak tercantum"),
        "{p}"
    );
    assert!(p.contains("Pihak Pertama tidak tercantum, Kepala Dinas Sosial"));
    assert!(
        p.contains("Triwulan I 2026: tidak tercantum"),
        "no report date is invented"
    );
    assert!(
        p.contains("1.200 tidak tercantum"),
        "no unit of measure is invented"
    );
    let feed = std::fs::read_to_string(out.join("feed.xml")).unwrap();
    assert!(
        !feed.contains("Dinas Sosial"),
        "an entry without a date is left out, not dated by guess"
    );

    let loose = common::kinerja(
        &root(),
        &["check", "--content", "tests/fixtures/missing-fields"],
    );
    assert!(loose.status.success());
    let err = String::from_utf8_lossy(&loose.stderr);
    for what in [
        "signing date",
        "place of signing",
        "name of the first party",
        "name of the second party",
        "unit of measure",
        "date of the report",
    ] {
        assert!(
            err.contains(what),
            "check should warn about the {what}:\n{err}"
        );
    }
    let strict = common::kinerja(
        &root(),
        &[
            "check",
            "--content",
            "tests/fixtures/missing-fields",
            "--deny-warnings",
        ],
    );
    assert_eq!(
        strict.status.code(),
        Some(1),
        "--deny-warnings refuses missing fields"
    );
}

#[test]
fn a_ministry_unit_publishing_its_own_record_speaks_of_unit_kerja_and_eselon() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("public");
    let r = build(&root().join("tests/fixtures/ministry-unit"), &out);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    // Stage timings ("rendering pages, charts and data: 1.1 s") appear when
    // a stage is slow, as on a loaded machine; they are not warnings.
    let stderr = String::from_utf8_lossy(&r.stderr);
    let problems: Vec<&str> = stderr
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter(|l| {
            !l.rsplit_once(": ").is_some_and(|(_, t)| {
                t.ends_with(" s") && t.trim_end_matches(" s").parse::<f64>().is_ok()
            })
        })
        .collect();
    assert!(
        problems.is_empty(),
        "an eselon II unit at the top of the tree is not a mistake: {stderr}"
    );
    let units = page(&out, "unit/index.html");
    assert!(units.contains("Unit Kerja"));
    assert!(
        !units.contains("Perangkat Daerah"),
        "not a regional government"
    );
    assert!(units.contains("Pimpinan Tinggi Pratama (Eselon II)"));
    assert!(units.contains("Administrator (Eselon III)"));
    let pk = page(&out, "unit/lldikti/2026/index.html");
    assert!(
        pk.contains("Sasaran Kegiatan"),
        "eselon II objectives are activity objectives"
    );
}

#[test]
fn the_downloads_of_a_mid_year_unit_match_their_snapshots() {
    let (_d, out) = built();
    let dir = out.join("unit/dinkes/2026");
    let find = |prefix: &str| {
        walkdir::WalkDir::new(&out)
            .into_iter()
            .filter_map(Result::ok)
            .find(|e| e.file_name().to_string_lossy() == format!("{prefix}-dinkes-2026.csv"))
            .map(|e| std::fs::read_to_string(e.path()).unwrap())
            .unwrap_or_else(|| panic!("{prefix} csv near {}", dir.display()))
    };
    insta::assert_snapshot!("honest_record_kinerja_dinkes_2026", find("kinerja"));
    insta::assert_snapshot!("honest_record_anggaran_dinkes_2026", find("anggaran"));
    let summary = std::fs::read_to_string(out.join("data/ringkasan.csv")).unwrap();
    insta::assert_snapshot!("honest_record_ringkasan", summary);
}

#[test]
fn efficiency_is_downloaded_with_what_it_counts_per_unit_and_per_objective() {
    let (_d, out) = built();
    let csv = std::fs::read_to_string(out.join("data/efisiensi.csv")).unwrap();
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert!(header.contains(&"indikator") && header.contains(&"baris_anggaran"));
    let rows: Vec<&str> = lines.filter(|l| l.starts_with("2026,dinkes,")).collect();
    assert_eq!(rows.len(), 2, "the whole unit, then objective S1: {csv}");
    assert!(
        rows[0].contains(",,2,"),
        "the unit row has no objective and runs to TW II"
    );
    assert!(rows[1].contains(",S1,2,"));
}
