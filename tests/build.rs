//! `kinerja build` end to end: real content built into a temporary folder,
//! with assertions on the pages a citizen reads.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{build, copy_tree, root, transcript};
use std::collections::BTreeMap;
use std::path::Path;

/// Every file under `dir` with its bytes, by relative path.
fn snapshot_dir(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    common::read_tree(dir)
        .into_iter()
        .map(|(p, (bytes, _))| (p, bytes))
        .collect()
}

fn read(out: &Path, page: &str) -> String {
    std::fs::read_to_string(out.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"))
}

#[test]
fn the_sample_builds_every_kind_of_page() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let result = build(&root().join("content"), &out);
    assert_eq!(result.status.code(), Some(0), "{}", transcript(&result));
    let stdout = String::from_utf8_lossy(&result.stdout);
    assert!(
        stdout.contains("built ") && stdout.contains("index.html"),
        "{stdout}"
    );
    for page in [
        "index.html",
        "404.html",
        "unit/index.html",
        "unit/dinkes/index.html",
        "unit/dinkes/2026/index.html",
        "unit/dinkes/indikator/S1/IK1/index.html",
        "tahun/2026/index.html",
        "tahun/2026/capaian/index.html",
        "tahun/2026/serapan/index.html",
        "pohon-kinerja/index.html",
        "pohon-kinerja/2025/index.html",
        "metodologi/index.html",
        "halaman/tentang/index.html",
        "assets/style.css",
        "unit/dinkes/2026/grafik.html",
        "grafik.html",
    ] {
        assert!(out.join(page).is_file(), "missing {page}");
    }
    let home = read(&out, "index.html");
    assert!(
        home.contains("Data s.d. Triwulan II 2026"),
        "latest period on the home page"
    );
    assert!(
        home.contains("diperbarui 14 Juli 2026"),
        "update date on the home page"
    );
    assert!(
        home.contains("60,04") && home.contains("B (Baik)"),
        "SAKIP history"
    );
    assert!(home.contains("Data contoh"), "example data is labelled");
    // The unit that is late with its Triwulan II report is named.
    let late = home
        .split("Belum menyampaikan laporan")
        .nth(1)
        .expect("late section");
    assert!(
        late.contains("Bidang Bina Marga"),
        "the late unit is listed"
    );

    // Dinkes 2026, S1/IK1 (AKI, lower is better, linear): target 92, TW I 113,54
    // → (2 × 92 − 113,54) / 92 × 100 = 76,59 %.
    let dinkes = read(&out, "unit/dinkes/2026/index.html");
    assert!(
        dinkes.contains("113,54"),
        "realisation as written, with a decimal comma"
    );
    assert!(
        dinkes.contains("76,59\u{a0}%"),
        "achievement by the linear negative formula"
    );
    assert!(
        dinkes.contains("Rp\u{a0}45.562.000.000"),
        "budget ceiling in rupiah"
    );
    assert!(
        dinkes.contains("Analisis Triwulan II 2026"),
        "the narrative analysis is shown"
    );
    assert!(
        dinkes.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""),
        "charts are inline"
    );

    let tree = read(&out, "pohon-kinerja/2026/index.html");
    assert!(
        tree.contains("<ul class=\"tree\">") && tree.contains("Dinkes"),
        "the tree lists units"
    );
    // A corrected figure is marked, with what was published before and when.
    assert!(
        dinkes.contains(">direvisi</span>"),
        "the corrected figure is marked"
    );
    assert!(dinkes.contains(
        "sebelumnya 19,86 (dipublikasikan 14 April 2026; sebelum validasi data e-PPGBM)"
    ));
    // A renamed unit keeps its old addresses as redirects.
    let alias = read(&out, "unit/dinkes-kesga-lama/2025/index.html");
    assert!(alias.contains(
        "http-equiv=\"refresh\" content=\"0; url=../../../unit/dinkes-kesga/2025/index.html\""
    ));
    let methodology = read(&out, "metodologi/index.html");
    assert!(methodology.contains("(2T − R) / T × 100") && methodology.contains("Sangat Tinggi"));
}

#[test]
fn worked_examples_from_the_domain_read_right() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let result = build(&root().join("tests/fixtures/worked-examples"), &out);
    assert_eq!(result.status.code(), Some(0), "{}", transcript(&result));
    let page = read(&out, "unit/dinkes-kesmas/2026/index.html");
    let block = |anchor: &str| -> String {
        let start = page
            .find(&format!("id=\"ik-S1-{anchor}\""))
            .unwrap_or_else(|| panic!("block {anchor}"));
        page[start..]
            .split("</article>")
            .next()
            .expect("article")
            .to_string()
    };
    assert!(
        block("RANGE").contains("87,5\u{a0}%"),
        "R 70 vs 80–90 → 87,5 %"
    );
    assert!(
        block("NEG1").contains("107,14\u{a0}%"),
        "6,5 vs 7 lower is better → 107,14 %"
    );
    assert!(
        block("NEG2").contains("87,5\u{a0}%"),
        "9 vs 8 lower is better → 87,5 %"
    );
    let zero = block("ZERO");
    assert!(
        zero.contains("Target 0"),
        "target 0 says why there is no percentage"
    );
    assert!(!zero.contains("NaN") && !zero.contains("inf"), "never NaN");
    assert!(
        block("GRADE").contains("80\u{a0}%"),
        "B (4) against BB (5) → 80 %"
    );
    // Budget: Rp 4.290.243.577 of Rp 8.580.487.155 → 50 %.
    assert!(page.contains("Rp\u{a0}8.580.487.155") && page.contains("Rp\u{a0}4.290.243.577"));
    assert!(page.contains("50\u{a0}%"), "absorption");
}

#[test]
fn a_failed_build_leaves_the_previous_site_untouched() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let ok = build(&root().join("tests/fixtures/base"), &out);
    assert_eq!(ok.status.code(), Some(0), "{}", transcript(&ok));
    let before = snapshot_dir(&out);

    let broken = tmp.path().join("broken");
    copy_tree(&root().join("tests/fixtures/base"), &broken);
    std::fs::write(
        broken.join("units.yaml"),
        "units:\n  - id: bupati\n    nme: x\n",
    )
    .expect("write");
    let failed = build(&broken, &out);
    assert_eq!(failed.status.code(), Some(1), "{}", transcript(&failed));
    assert!(String::from_utf8_lossy(&failed.stderr).contains("was not built"));
    assert_eq!(snapshot_dir(&out), before, "the previous site changed");
}

#[test]
fn two_builds_are_byte_identical() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    for out in [&a, &b] {
        let r = build(&root().join("content"), out);
        assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    }
    let (sa, sb) = (snapshot_dir(&a), snapshot_dir(&b));
    assert_eq!(sa.keys().collect::<Vec<_>>(), sb.keys().collect::<Vec<_>>());
    for (path, bytes) in &sa {
        assert!(sb.get(path) == Some(bytes), "{path} differs between builds");
    }
    // The whole folder, as `diff -r` sees it: every entry (folders and
    // hidden files too), and nothing that is not part of the site.
    let entries = |dir: &Path| -> Vec<String> {
        walkdir::WalkDir::new(dir)
            .sort_by_file_name()
            .into_iter()
            .map(|e| e.expect("walk"))
            .map(|e| {
                e.path()
                    .strip_prefix(dir)
                    .expect("rel")
                    .display()
                    .to_string()
            })
            .collect()
    };
    let listed = entries(&a);
    assert_eq!(listed, entries(&b));
    let hidden: Vec<&String> = listed
        .iter()
        .filter(|p| p.split('/').any(|c| c.starts_with('.')))
        .collect();
    assert!(hidden.is_empty(), "build state inside the site: {hidden:?}");
    let diff = std::process::Command::new("diff")
        .args(["-r", "--no-dereference"])
        .arg(&a)
        .arg(&b)
        .output();
    if let Ok(diff) = diff {
        assert!(
            diff.status.success(),
            "{}",
            String::from_utf8_lossy(&diff.stdout)
        );
    }
}

#[test]
fn a_site_of_an_earlier_kinerja_is_recognised_and_its_bookkeeping_leaves_the_site() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let r = build(&root().join("tests/fixtures/base"), &out);
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    // As an earlier kinerja left it: its marker and manifest inside the
    // site, and no state folder beside it.
    let state = kinerja::output::state_dir(&out).expect("state");
    std::fs::rename(
        state.join(kinerja::output::MANIFEST),
        out.join(kinerja::output::LEGACY[1]),
    )
    .expect("move manifest");
    std::fs::write(out.join(kinerja::output::LEGACY[0]), "marker\n").expect("marker");
    std::fs::remove_dir_all(&state).expect("remove state");
    let r = build(&root().join("tests/fixtures/base"), &out);
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    for name in kinerja::output::LEGACY {
        assert!(!out.join(name).exists(), "{name} is still in the site");
    }
    assert!(state.join(kinerja::output::OWNER).is_file());
    assert!(state.join(kinerja::output::MANIFEST).is_file());
    // Without the state folder, a non-empty folder is not kinerja's.
    std::fs::remove_dir_all(&state).expect("remove state");
    let r = build(&root().join("tests/fixtures/base"), &out);
    assert_ne!(r.status.code(), Some(0), "{}", transcript(&r));
    assert!(
        String::from_utf8_lossy(&r.stderr).contains("kinerja-state"),
        "{}",
        transcript(&r)
    );
}

#[test]
fn hostile_strings_come_out_inert() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let r = build(&root().join("tests/fixtures/hostile"), &out);
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    // Markup a browser runs: pages, charts and feeds. Data files (CSV, JSON,
    // XLSX) carry the text as data, and are checked in tests/open_data.rs.
    for (path, bytes) in snapshot_dir(&out) {
        if !(path.ends_with(".html") || path.ends_with(".svg") || path.ends_with(".xml")) {
            continue;
        }
        let mut text = String::from_utf8_lossy(&bytes).to_lowercase();
        // The search page carries its index inline as JSON: inert as long as
        // it cannot close its element, and its one script is ours.
        let json_open = "<script type=\"application/json\" id=\"indeks-cari\">";
        if let Some(start) = text.find(json_open) {
            let body_start = start + json_open.len();
            let end = body_start + text[body_start..].find("</script>").expect("closed");
            assert!(
                !text[body_start..end].contains("</"),
                "the inline index can close its element"
            );
            text.replace_range(start..end + "</script>".len(), "");
            let ours = [
                "<script src=\"../assets/cari.js\" defer></script>",
                "<script src=\"../assets/salin.js\" defer></script>",
            ];
            // (checked here, on the search page, before the loop below)
            assert_eq!(
                text.matches("<script").count(),
                ours.iter().map(|o| text.matches(o).count()).sum::<usize>(),
                "{path}: unexpected script"
            );
            for o in ours {
                text = text.replace(o, "");
            }
        }
        // Every page loads one script of ours, the citation's copy button.
        while let Some(end) = text.find("assets/salin.js\" defer></script>") {
            let start = text[..end].rfind("<script src=\"").expect("opened");
            text.replace_range(start..end + "assets/salin.js\" defer></script>".len(), "");
        }
        for bad in [
            "<script",
            "<iframe",
            "action=\"https://evil",
            "src=\"https://evil",
            "<style",
            "href=\"javascript:",
            " onerror=\"",
            " onload=\"",
            " onclick=\"",
            " onmouseover=\"",
            "<img src=x",
        ] {
            assert!(!text.contains(bad), "{path} contains {bad}");
        }
    }
    let page = read(&out, "unit/dinkes/2026/index.html");
    assert!(
        page.contains("&lt;script&gt;alert(4)&lt;/script&gt;"),
        "names are shown as text"
    );
}

#[test]
fn the_output_folder_may_not_overlap_the_content() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = tmp.path().join("content");
    copy_tree(&root().join("tests/fixtures/base"), &content);
    let inside = content.join("public");
    let r = build(&content, &inside);
    assert_eq!(r.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&r.stderr).contains("overlaps the content folder"));

    let foreign = tmp.path().join("home");
    std::fs::create_dir_all(&foreign).expect("mkdir");
    std::fs::write(foreign.join("precious.txt"), "keep me").expect("write");
    let r = build(&content, &foreign);
    assert_eq!(r.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&r.stderr).contains("refusing to replace"));
    assert_eq!(
        std::fs::read_to_string(foreign.join("precious.txt")).expect("read"),
        "keep me"
    );
}

#[test]
fn representative_pages_and_a_chart_match_their_snapshots() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let r = build(&root().join("tests/fixtures/base"), &out);
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    insta::assert_snapshot!(
        "base_unit_year_page",
        read(&out, "unit/dinkes/2026/index.html")
    );
    insta::assert_snapshot!("base_home_page", read(&out, "index.html"));
    let page = read(&out, "unit/dinkes/2026/index.html");
    let named = page
        .find("aria-labelledby=\"grafik-ik-S1-IK1-title")
        .expect("the indicator's chart is inline");
    let start = page[..named].rfind("<svg ").expect("its root element");
    let end = start + page[start..].find("</svg>").expect("closed") + "</svg>".len();
    insta::assert_snapshot!("base_indicator_chart", &page[start..end]);
}

#[test]
fn an_english_build_is_a_setting() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = tmp.path().join("content");
    copy_tree(&root().join("tests/fixtures/worked-examples"), &content);
    let site = std::fs::read_to_string(content.join("site.yaml")).expect("read");
    std::fs::write(content.join("site.yaml"), format!("{site}language: en\n")).expect("write");
    let out = tmp.path().join("public");
    let r = build(&content, &out);
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    let page = read(&out, "unit/dinkes-kesmas/2026/index.html");
    assert!(page.contains("<html lang=\"en\">"));
    assert!(page.contains("Performance Agreement"));
    assert!(page.contains("107.14\u{a0}%"), "English number format");
    assert!(page.contains("Rp\u{a0}8,580,487,155"));
}

#[test]
fn a_theme_folder_overrides_single_templates() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = tmp.path().join("content");
    copy_tree(&root().join("tests/fixtures/base"), &content);
    let templates = content.join("theme/templates");
    std::fs::create_dir_all(&templates).expect("mkdir");
    std::fs::write(
        templates.join("page.html"),
        "{% extends \"base.html\" %}{% block content %}<h1>Halaman khusus: {{ v.title }}</h1>{% endblock content %}",
    )
    .expect("write");
    let out = tmp.path().join("public");
    let r = build(&content, &out);
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    assert!(read(&out, "halaman/tentang/index.html").contains("Halaman khusus: Tentang"));
    assert!(
        read(&out, "index.html").contains("Kabupaten Uji"),
        "other templates stay the default"
    );
}

#[test]
fn every_chart_is_inline_with_an_embeddable_page_and_a_snippet() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let r = build(&root().join("tests/fixtures/base"), &out);
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    let dir = out.join("unit/dinkes/2026");
    let page = read(&out, "unit/dinkes/2026/index.html");
    // One chart-only page per page; its fragment picks the chart to show.
    let embed = read(&dir, "grafik.html");
    for chart in ["grafik-ik-S1-IK1", "serapan", "capaian-indikator"] {
        assert!(
            !dir.join(format!("{chart}.svg")).exists(),
            "no standalone copy of {chart}"
        );
        assert!(
            embed.contains(&format!(
                "<section class=\"embed-chart\" id=\"{chart}\" aria-labelledby=\"{chart}-judul\">\n<h1 id=\"{chart}-judul\">"
            )) && embed.contains(&format!("aria-labelledby=\"{chart}-title {chart}-desc\">")),
            "grafik.html#{chart} shows the chart"
        );
        assert!(
            page.contains(&format!("<a href=\"grafik.html#{chart}\">")),
            "the page links the chart-only view of {chart}"
        );
        let snippet = format!(
            "&lt;iframe src=\"https://sakip.uji.example/unit/dinkes/2026/grafik.html#{chart}\""
        );
        assert!(
            page.contains(&snippet),
            "the page offers an embed snippet for {chart}"
        );
    }
    let print = read(&out, "unit/dinkes/2026/cetak/index.html");
    assert!(
        print.contains("PERJANJIAN KINERJA TAHUN 2026") && print.contains("LAMPIRAN"),
        "printable agreement"
    );
    assert!(
        page.contains("cetak/index.html"),
        "the page links its printable version"
    );
}
