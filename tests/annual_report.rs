//! The annual report (LKjIP) pages of the built sample: their tables are
//! the unit-year page's figures, cell for cell; a closed year's report is
//! final and an open year's provisional; the chapters the unit wrote are
//! placed under the standard headings.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{build, root, strip_tags as text};
use std::path::Path;

/// The text of each cell of each body row of every `<table class="{class}"…>`
/// in `html`, in order.
fn rows(html: &str, class: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let open = format!("<table class=\"{class}\"");
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let table = &rest[start..];
        let end = table.find("</table>").unwrap_or(table.len());
        let body = &table[..end];
        let body = &body[body.find("<tbody>").expect("tbody")..];
        for tr in body.split("<tr").skip(1) {
            let mut cells = Vec::new();
            let mut i = 0;
            while let Some(pos) = tr[i..].find(['<']) {
                let at = i + pos;
                let tag = &tr[at + 1..];
                if tag.starts_with("td") || tag.starts_with("th") {
                    let close = if tag.starts_with("td") {
                        "</td>"
                    } else {
                        "</th>"
                    };
                    let inner_start = at + tr[at..].find('>').unwrap() + 1;
                    let inner_end = inner_start + tr[inner_start..].find(close).unwrap();
                    cells.push(text(&tr[inner_start..inner_end]));
                    i = inner_end + close.len();
                } else {
                    i = at + 1;
                }
            }
            out.push(cells);
        }
        rest = &table[end..];
    }
    out
}

fn read(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The section of `html` from `from` up to `to`.
fn between<'a>(html: &'a str, from: &str, to: &str) -> &'a str {
    let start = html.find(from).unwrap_or_else(|| panic!("{from}"));
    let end = html[start..].find(to).map_or(html.len(), |e| start + e);
    &html[start..end]
}

#[test]
fn every_reports_tables_are_its_unit_year_pages_figures() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("public");
    let r = build(&root().join("content"), &out);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let mut reports = 0;
    let mut measured_rows = 0;
    for entry in walkdir::WalkDir::new(out.join("unit")) {
        let entry = entry.unwrap();
        if !entry.path().ends_with("lkjip/index.html") {
            continue;
        }
        let report_rel = entry
            .path()
            .strip_prefix(&out)
            .unwrap()
            .to_string_lossy()
            .to_string();
        let year_rel = report_rel.replace("lkjip/index.html", "index.html");
        let print_rel = report_rel.replace("lkjip/", "cetak/");
        let report = read(&out, &report_rel);
        // A unit's former id redirects to the report under its new one.
        if report.contains("http-equiv=\"refresh\"") {
            continue;
        }
        reports += 1;
        let page = read(&out, &year_rel);
        let print = read(&out, &print_rel);
        // Chapter III's tables, one per objective, hold exactly the rows of
        // the unit-year page's measurement table.
        let from_page = rows(&page, "measurement");
        assert!(!from_page.is_empty(), "{year_rel}: no measurement rows");
        assert_eq!(rows(&report, "measurement"), from_page, "{report_rel}");
        measured_rows += from_page.len();
        // Chapter II's agreement table is the agreement's (the page links
        // each indicator; the text is the same).
        let pk_page = rows(between(&page, "<table class=\"pk\"", "</table>"), "pk");
        let pk_report = rows(between(&report, "<table class=\"pk\"", "</table>"), "pk");
        assert_eq!(pk_report, pk_page, "{report_rel}");
        // The annexes are the print page's, byte for byte.
        for (from, to) in [
            (
                "<section class=\"annex\" aria-labelledby=\"lampiran\">",
                "</section>",
            ),
            (
                "<section class=\"annex\" aria-labelledby=\"realisasi-lampiran\">",
                "</section>",
            ),
        ] {
            assert_eq!(
                between(&report, from, to),
                between(&print, from, to),
                "{report_rel}: {from}"
            );
        }
        // The key figures are the page's summary.
        let summary = text(between(&page, "<p class=\"counts\">", "</p>"));
        assert!(text(&report).contains(&summary), "{report_rel}: {summary}");
    }
    // One report per agreement of the sample.
    let agreements = walkdir::WalkDir::new(root().join("content/agreements"))
        .into_iter()
        .filter(|e| e.as_ref().unwrap().file_type().is_file())
        .count();
    assert_eq!(reports, agreements);
    assert!(measured_rows > 100, "{measured_rows}");
}

#[test]
fn a_closed_years_report_is_final_and_an_open_years_provisional() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("public");
    let r = build(&root().join("content"), &out);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let closed = common::page_text(&out, "unit/dinkes/2025/lkjip/index.html");
    assert!(!closed.contains("SEMENTARA"), "{closed}");
    assert!(
        closed.contains("LAPORAN KINERJA TAHUN 2025 DINAS KESEHATAN"),
        "{closed}"
    );
    assert!(closed.contains("5/5 bab ditulis unit kerja"), "{closed}");
    assert!(closed.contains("reports/2025/dinkes.md"), "{closed}");
    assert!(closed.contains("Ditandatangani 20 Maret 2026"), "{closed}");
    // The chapters in order, each with what the unit wrote under it.
    let order = [
        "IKHTISAR EKSEKUTIF Laporan Kinerja ini menyajikan",
        "BAB I PENDAHULUAN Latar belakang",
        "BAB II PERENCANAAN KINERJA Perjanjian Kinerja 2025 menurunkan",
        "BAB III AKUNTABILITAS KINERJA Pengukuran kinerja membandingkan",
        "Analisis penyebab keberhasilan",
        "BAB IV PENUTUP Capaian tahun 2025",
    ];
    let mut at = 0;
    for part in order {
        let found = closed[at..]
            .find(part)
            .unwrap_or_else(|| panic!("{part}: {closed}"));
        at += found;
    }
    // The signed PDF from the register, with its digest.
    let html = read(&out, "unit/dinkes/2025/lkjip/index.html");
    assert!(
        html.contains("href=\"../../../../dokumen/2025/dinkes/lkjip-2025.pdf\""),
        "{html}"
    );
    assert!(html.contains("<code class=\"hash\">"), "{html}");
    // The Bupati reports for the region.
    let region = common::page_text(&out, "unit/bupati/2025/lkjip/index.html");
    assert!(
        region.contains(
            "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2025 PEMERINTAH KABUPATEN CONTOH RAYA"
        ),
        "{region}"
    );
    // 2026 is running: provisional, with the quarter it runs to, and its
    // chapters not yet written.
    let open = common::page_text(&out, "unit/dinkes/2026/lkjip/index.html");
    assert!(open.contains("SEMENTARA. Tahun berjalan"), "{open}");
    assert!(
        open.contains("angkanya dapat berubah sampai realisasi triwulan IV"),
        "{open}"
    );
    assert!(open.contains("0/5 bab ditulis unit kerja"), "{open}");
    assert!(open.contains("Unit kerja belum menulis bab ini."), "{open}");
    // The unit-year page links its report.
    let page = read(&out, "unit/dinkes/2026/index.html");
    assert!(page.contains("<a href=\"lkjip/index.html\">"), "{page}");
}
