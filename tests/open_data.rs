//! Downloads read back with real readers (csv, calamine, serde_json) give the
//! same numbers as the pages; formula payloads are neutralised.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use calamine::{Data, Reader, Xlsx};
use common::{kinerja, root, transcript};
use std::path::{Path, PathBuf};

fn build(fixture: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let r = kinerja(
        &root(),
        &[
            "build",
            "--content",
            root().join(fixture).to_str().expect("utf8"),
            "--out",
            out.to_str().expect("utf8"),
        ],
    );
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    (tmp, out)
}

fn csv_rows(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_path(path).expect("open csv");
    let headers = reader
        .headers()
        .expect("headers")
        .iter()
        .map(String::from)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("record").iter().map(String::from).collect())
        .collect();
    (headers, rows)
}

fn column(headers: &[String], name: &str) -> usize {
    headers
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

#[test]
fn csv_json_and_xlsx_hold_the_numbers_of_the_page() {
    let (_tmp, out) = build("tests/fixtures/base");
    let dir = out.join("unit/dinkes/2026");
    let page = std::fs::read_to_string(dir.join("index.html")).expect("page");
    assert!(
        page.contains("kinerja-dinkes-2026.csv")
            && page.contains("unit/dinkes/kinerja-dinkes.xlsx"),
        "the page links its CSV and its unit's workbook"
    );
    assert!(
        !dir.join("kinerja-dinkes-2026.json").exists()
            && !dir.join("kinerja-dinkes-2026.xlsx").exists(),
        "a unit-year has no JSON or XLSX of its own: the site's JSON and the unit's workbook hold it"
    );

    // CSV: S1/IK1, TW I: realised 24.5 against 25 → 98 %.
    let (headers, rows) = csv_rows(&dir.join("kinerja-dinkes-2026.csv"));
    let (key, q, real, ach) = (
        column(&headers, "kunci"),
        column(&headers, "triwulan"),
        column(&headers, "realisasi_angka"),
        column(&headers, "capaian_triwulan_persen"),
    );
    let row = rows
        .iter()
        .find(|r| r[key] == "S1/IK1" && r[q] == "1")
        .expect("row S1/IK1 TW I");
    assert_eq!(row[real], "24.5");
    assert_eq!(row[ach], "98");
    assert!(
        page.contains("98\u{a0}%"),
        "the page shows the same achievement"
    );
    assert_eq!(rows.len(), 2 * 4, "one row per indicator and quarter");
    let raw = std::fs::read(dir.join("kinerja-dinkes-2026.csv")).expect("bytes");
    assert!(raw.windows(2).any(|w| w == b"\r\n"), "RFC 4180 line ends");
    assert!(std::str::from_utf8(&raw).is_ok(), "UTF-8");

    // JSON (the site's): the same record.
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("data/kinerja.json")).expect("json"))
            .expect("parse");
    let rec = json["kinerja"]
        .as_array()
        .expect("records")
        .iter()
        .find(|r| {
            r["kode_unit"] == "dinkes"
                && r["tahun"] == 2026
                && r["kunci"] == "S1/IK1"
                && r["triwulan"] == 1
        })
        .expect("json record");
    assert_eq!(rec["realisasi_angka"], 24.5);
    assert_eq!(rec["capaian_triwulan_persen"], 98.0);
    // One row per budget line: the ceiling is never repeated per quarter.
    let budget_lines = json["anggaran"]
        .as_array()
        .expect("budget")
        .iter()
        .filter(|r| r["kode_unit"] == "dinkes" && r["tahun"] == 2026)
        .count();
    assert_eq!(budget_lines, 1);

    // XLSX (the unit's, all years): typed number cells, read back with calamine.
    let mut wb: Xlsx<_> =
        calamine::open_workbook(out.join("unit/dinkes/kinerja-dinkes.xlsx")).expect("xlsx");
    let sheet = wb.worksheet_range("kinerja").expect("sheet");
    let head: Vec<String> = sheet
        .rows()
        .next()
        .expect("header")
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(head, headers, "the XLSX header equals the CSV header");
    let row = sheet
        .rows()
        .find(|r| r[key] == Data::String("S1/IK1".into()) && r[q] == Data::Float(1.0))
        .expect("xlsx row");
    assert_eq!(row[real], Data::Float(24.5));
    assert_eq!(row[ach], Data::Float(98.0));
    let budget = wb.worksheet_range("anggaran").expect("budget sheet");
    assert!(
        budget
            .rows()
            .any(|r| r.contains(&Data::Float(500_000_000.0))),
        "ceiling as a number"
    );
}

#[test]
fn the_data_package_describes_the_csv_files() {
    let (_tmp, out) = build("content");
    let pkg: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("data/datapackage.json")).expect("pkg"))
            .expect("parse");
    assert_eq!(pkg["profile"], "tabular-data-package");
    for res in pkg["resources"].as_array().expect("resources") {
        let path = out.join("data").join(res["path"].as_str().expect("path"));
        let (headers, rows) = csv_rows(&path);
        let fields: Vec<&str> = res["schema"]["fields"]
            .as_array()
            .expect("fields")
            .iter()
            .map(|f| f["name"].as_str().expect("name"))
            .collect();
        assert_eq!(
            headers,
            fields,
            "{} matches its Table Schema",
            path.display()
        );
        assert!(!rows.is_empty());
    }
    let data_page = std::fs::read_to_string(out.join("data/index.html")).expect("data page");
    assert!(
        data_page.contains("kinerja.xlsx") && data_page.contains("Creative Commons"),
        "sizes and licence listed"
    );
    assert!(
        data_page.contains("capaian_triwulan_persen"),
        "the data dictionary is on the page"
    );
}

#[test]
fn formula_payloads_are_neutralised_in_csv_and_xlsx() {
    let (_tmp, out) = build("tests/fixtures/hostile");
    let dir = out.join("unit/dinkes/2026");
    let (headers, rows) = csv_rows(&dir.join("kinerja-dinkes-2026.csv"));
    let (obstacles, follow) = (
        column(&headers, "kendala"),
        column(&headers, "tindak_lanjut"),
    );
    let row = rows
        .iter()
        .find(|r| !r[obstacles].is_empty())
        .expect("row with payload");
    assert!(
        row[obstacles].starts_with("'=HYPERLINK"),
        "{}",
        row[obstacles]
    );
    assert!(row[follow].starts_with("'@SUM"), "{}", row[follow]);
    let mut wb: Xlsx<_> =
        calamine::open_workbook(out.join("unit/dinkes/kinerja-dinkes.xlsx")).expect("xlsx");
    let sheet = wb.worksheet_range("kinerja").expect("sheet");
    assert!(
        sheet.rows().any(|r| r[obstacles]
            == Data::String("'=HYPERLINK(\"https://evil.example\",\"klik\")".into()))
    );
    let formulas = wb.worksheet_formula("kinerja").expect("formulas");
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no formula cells"
    );
}

#[test]
fn feeds_and_sitemap_parse_with_real_parsers() {
    let (_tmp, out) = build("content");
    let site = atom_syndication::Feed::read_from(std::io::BufReader::new(
        std::fs::File::open(out.join("feed.xml")).expect("feed"),
    ))
    .expect("the site feed is valid Atom");
    assert!(!site.entries().is_empty());
    assert!(
        site.entries()
            .iter()
            .any(|e| e.title().as_str().contains("Realisasi Triwulan II 2026"))
    );
    let newest = site.entries().first().expect("entry");
    assert_eq!(
        newest.updated().to_rfc3339(),
        "2026-07-14T00:00:00+07:00",
        "dated from the content"
    );

    let unit = atom_syndication::Feed::read_from(std::io::BufReader::new(
        std::fs::File::open(out.join("unit/dinkes/feed.xml")).expect("feed"),
    ))
    .expect("the unit feed is valid Atom");
    // 3 agreements, 10 quarterly reports (2024, 2025 complete; 2026 to Q2)
    // and 1 correction of a published figure.
    assert_eq!(unit.entries().len(), 14);
    assert!(
        unit.entries()
            .iter()
            .any(|e| e.title().as_str().starts_with("Revisi realisasi"))
    );

    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).expect("sitemap");
    let doc = roxmltree::Document::parse(&sitemap).expect("the sitemap is well-formed XML");
    let root_el = doc.root_element();
    assert_eq!(
        root_el.tag_name().namespace(),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    let locs: Vec<&str> = root_el
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .collect();
    assert!(locs.contains(&"https://sakip.contohraya.example/unit/dinkes/2026/"));
    assert!(
        locs.iter()
            .all(|l| l.starts_with("https://sakip.contohraya.example/"))
    );
    assert!(!locs.iter().any(|l| l.ends_with("404.html")));
    let robots = std::fs::read_to_string(out.join("robots.txt")).expect("robots");
    assert!(robots.contains("Sitemap: https://sakip.contohraya.example/sitemap.xml"));
    let page = std::fs::read_to_string(out.join("unit/dinkes/2026/index.html")).expect("page");
    assert!(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\""));
    assert!(page.contains(
        "property=\"og:url\" content=\"https://sakip.contohraya.example/unit/dinkes/2026/\""
    ));
}

#[test]
fn pages_carry_share_tags_with_a_png_preview_of_their_main_chart() {
    let (_tmp, out) = build("tests/fixtures/base");
    let page = std::fs::read_to_string(out.join("unit/dinkes/2026/index.html")).expect("page");
    for tag in [
        "<meta property=\"og:title\"",
        "<meta property=\"og:description\"",
        // One card per unit, from its latest year, shared by all its pages.
        "<meta property=\"og:image\" content=\"https://sakip.uji.example/unit/dinkes/pratinjau.png\">",
        "<meta property=\"og:image:alt\" content=\"Pemerintah Kabupaten Uji: Perjanjian Kinerja Dinas Kesehatan 2026\">",
        "<meta name=\"twitter:card\" content=\"summary_large_image\">",
        "<link rel=\"canonical\" href=\"https://sakip.uji.example/unit/dinkes/2026/\">",
    ] {
        assert!(page.contains(tag), "missing {tag}");
    }
    let decoder =
        png::Decoder::new(std::fs::File::open(out.join("unit/dinkes/pratinjau.png")).expect("png"));
    assert!(!out.join("unit/dinkes/2026/pratinjau.png").exists());
    let indicator =
        std::fs::read_to_string(out.join("unit/dinkes/indikator/S1/IK1/index.html")).expect("page");
    assert!(indicator.contains("content=\"https://sakip.uji.example/unit/dinkes/pratinjau.png\""));
    let reader = decoder.read_info().expect("a valid PNG");
    let info = reader.info();
    assert!(
        info.width >= 300 && info.height >= 157,
        "large enough for a link card"
    );
}
