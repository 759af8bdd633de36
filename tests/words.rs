//! Every message the tool writes has its Indonesian wording: the first
//! string of every diagnostic and help in the source, with its `{…}`
//! filled by a sample, must match a pattern of `kinerja::words::MESSAGES`.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

/// The first string literal after `at` in `text`, if it starts within a
/// few hundred characters.
fn first_literal(text: &str, at: usize) -> Option<String> {
    let rest = text.get(at..)?;
    let window = &rest[..rest.len().min(400)];
    let start = window.find('"')? + 1;
    let mut out = String::new();
    let mut chars = rest[start..].chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                other => out.push(other),
            },
            '"' => return Some(out),
            c => out.push(c),
        }
    }
    None
}

/// `{name}`, `{}`, `{x:.2}` replaced by a sample text; `{{` kept as `{`.
fn filled(template: &str) -> String {
    let mut out = String::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                for d in chars.by_ref() {
                    if d == '}' {
                        break;
                    }
                }
                out.push_str("x1");
            }
            c => out.push(c),
        }
    }
    out
}

#[test]
fn every_diagnostic_and_help_in_the_source_has_an_indonesian_wording() {
    let mut missing = std::collections::BTreeSet::new();
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(common::root().join("src")) {
        let entry = entry.expect("walk");
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("words.rs") {
            continue;
        }
        let text = std::fs::read_to_string(path).expect("read");
        // Unit tests make messages of their own.
        let text = text.split("#[cfg(test)]").next().unwrap_or("");
        for marker in ["Diagnostic::error(", "Diagnostic::warning(", ".with_help("] {
            for (at, _) in text.match_indices(marker) {
                let Some(literal) = first_literal(text, at + marker.len()) else {
                    continue;
                };
                // Paths and field names passed as arguments are not messages.
                if literal.len() < 12 || !literal.contains(' ') {
                    continue;
                }
                let sample = filled(&literal);
                checked += 1;
                if !kinerja::words::has_translation(&sample) {
                    missing.insert(format!("{}: {literal}", path.display()));
                }
            }
        }
    }
    assert!(
        checked > 150,
        "only {checked} messages found: the scan is broken"
    );
    assert!(
        missing.is_empty(),
        "messages without an Indonesian wording in `words::MESSAGES`: {missing:#?}"
    );
}
