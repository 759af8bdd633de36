//! Property tests standing in for fuzzing until the cargo-fuzz targets exist:
//! arbitrary text through the loader and validator, the Markdown renderer and
//! the spreadsheet number reader never panics, and rendered Markdown never
//! carries script.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{copy_tree, root};
use proptest::prelude::*;

fn yamlish() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("unit: ".to_string()),
        Just("year: 2026\n".to_string()),
        Just("objectives:\n".to_string()),
        Just("  - id: S1\n".to_string()),
        Just("    indicators:\n".to_string()),
        Just("      - {id: IK1, name: x, measure: '%', target: ".to_string()),
        Just("&a ".to_string()),
        Just("*a ".to_string()),
        Just("---\n".to_string()),
        Just("[".to_string()),
        Just("{".to_string()),
        Just("\"".to_string()),
        Just("\t".to_string()),
        Just("\u{feff}".to_string()),
        "[ -~]{0,12}",
        "\\PC{0,6}",
    ];
    prop::collection::vec(token, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn the_loader_and_validator_never_panic(text in yamlish(), md in any::<bool>()) {
        let tmp = tempfile::tempdir().expect("tempdir");
        let content = tmp.path().join("content");
        copy_tree(&root().join("tests/fixtures/base"), &content);
        let name = if md { "agreements/2026/dinkes.md" } else { "agreements/2026/dinkes.yaml" };
        std::fs::remove_file(content.join("agreements/2026/dinkes.yaml")).expect("remove");
        std::fs::write(content.join(name), &text).expect("write");
        let checked = kinerja::pipeline::check_content(&content).expect("content folder exists");
        // Rendering the diagnostics must not panic either.
        let _ = kinerja::diag::render(&checked.diagnostics, &checked.sources, &content);
    }

    #[test]
    fn markdown_never_panics_or_carries_script(text in "\\PC{0,200}", extra in prop_oneof![
        Just("<script>alert(1)</script>"),
        Just("<img src=x onerror=alert(1)>"),
        Just("[a](javascript:alert(1))"),
        Just("<a href=\"jav&#x09;ascript:alert(1)\">x</a>"),
        Just("<svg onload=alert(1)>"),
        Just("[^1]\n\n[^1]: <script>x</script>"),
    ]) {
        let html = kinerja::render::markdown::to_html(&format!("{text}\n{extra}\n{text}"), "p-", 1).to_lowercase();
        // Only real tags matter: escaped text (`&lt;svg onload=…`) is inert.
        for tag in html.split('<').skip(1).map(|t| t.split('>').next().unwrap_or("")) {
            prop_assert!(!tag.starts_with("script") && !tag.starts_with("svg") && !tag.starts_with("iframe"), "{tag}");
            let attrs = tag.split_whitespace().skip(1);
            for a in attrs {
                prop_assert!(!a.starts_with("on"), "event handler in <{tag}>");
            }
            prop_assert!(!tag.contains("javascript:"), "script URL in <{tag}>");
        }
    }

    #[test]
    fn the_spreadsheet_number_reader_never_panics(text in "\\PC{0,30}") {
        if let Some(n) = kinerja::import::human_number(&text) {
            prop_assert!(n.is_finite());
        }
    }
}
