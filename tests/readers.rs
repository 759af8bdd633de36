//! What a reader and a journalist get from the built sample site: a
//! citation on every page dated by the page's own data, the table they see
//! as a download in the order they see it, downloads that open cleanly in a
//! spreadsheet, embeds sized to their chart, and no internal file paths.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{build, root};

fn built() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("public");
    let r = build(&root().join("content"), &out);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    (dir, out)
}

fn read(out: &std::path::Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).expect(rel)
}

#[test]
fn every_page_can_be_cited_and_is_dated_by_its_own_data() {
    let (_d, out) = built();
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(&out) {
        let entry = entry.expect("walk");
        let rel = entry
            .path()
            .strip_prefix(&out)
            .expect("rel")
            .to_string_lossy()
            .to_string();
        if !rel.ends_with("index.html") || read(&out, &rel).contains("http-equiv=\"refresh\"") {
            continue;
        }
        let html = read(&out, &rel);
        assert!(html.contains("id=\"kutipan\""), "{rel}: no citation");
        assert!(
            !html.contains("Berkas sumber"),
            "{rel}: an internal file path"
        );
        assert!(html.contains("assets/favicon.svg"), "{rel}: no favicon");
        pages += 1;
    }
    assert!(pages > 200, "{pages}");
    let old = read(&out, "unit/dinkes/2024/index.html");
    assert!(
        old.contains("data s.d. Triwulan IV 2024"),
        "a 2024 page is dated by 2024's data"
    );
    let now = read(&out, "unit/dinkes/2026/index.html");
    assert!(
        now.contains("data s.d. Triwulan II 2026, diperbarui"),
        "cited as of its data"
    );
    assert!(
        now.contains("https://sakip.contohraya.example/unit/dinkes/2026/</p>"),
        "cites its address"
    );
}

#[test]
fn the_year_comparison_downloads_in_the_order_it_is_shown() {
    let (_d, out) = built();
    let page = read(&out, "tahun/2026/capaian/index.html");
    assert!(
        page.contains("perbandingan-2026-capaian.csv"),
        "the page offers its table"
    );
    let csv = read(&out, "tahun/2026/capaian/perbandingan-2026-capaian.csv");
    assert!(csv.starts_with('\u{feff}'), "a byte-order mark for Excel");
    let achievements: Vec<f64> = csv
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(5)?.parse().ok())
        .collect();
    assert!(achievements.len() > 10, "{csv}");
    assert!(
        achievements.windows(2).all(|w| w[0] >= w[1]),
        "highest achievement first, as on the page: {achievements:?}"
    );
}

#[test]
fn embeds_are_as_tall_as_their_chart_and_say_what_they_show() {
    let (_d, out) = built();
    let page = read(&out, "tahun/2026/index.html");
    assert!(
        !page.contains("height=\"380\""),
        "no fixed height that cuts a tall chart"
    );
    let start = page.find("&lt;iframe").expect("embed code");
    let code = &page[start..start + 600];
    let height: u32 = code
        .split("height=\"")
        .nth(1)
        .and_then(|h| h.split('"').next())
        .and_then(|h| h.parse().ok())
        .expect("height");
    assert!(
        height > 1000,
        "the ranked chart of 19 units is tall: {height}"
    );
    assert!(code.contains("Perbandingan"), "{code}");
    assert!(code.contains("Pemerintah Kabupaten Contoh Raya"), "{code}");
}

#[test]
fn json_names_the_site_and_points_to_the_sites_own_schema() {
    let (_d, out) = built();
    let text = read(&out, "data/kinerja.json");
    let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let title = json["judul"].as_str().expect("judul");
    assert!(
        title.contains("Pemerintah Kabupaten Contoh Raya"),
        "{title}"
    );
    assert_eq!(
        json["skema"],
        "https://sakip.contohraya.example/data/skema.json"
    );
    assert!(!text.contains("kinerja.example"));
    assert!(!text.contains("\n  "), "compact: no indentation");
}
