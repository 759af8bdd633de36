//! Characters no published text may hold: control characters (other than
//! tab and line breaks) and the Unicode noncharacters. They make feeds and
//! SVG charts invalid XML, can hide in a web address, and act on the
//! terminal when echoed. They are refused where they are written, whether
//! typed as they are or as a YAML escape (`"\0"`, `"\u001b"`, `"\uFFFE"`).

use crate::diag::{Diagnostic, Diagnostics, Span};
use std::path::Path;

/// Reports at most this many characters per file.
const MAX_REPORTED: usize = 10;

/// Whether `c` may not appear in any text kinerja publishes.
pub fn forbidden(c: char) -> bool {
    let n = u32::from(c);
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || (0xFDD0..=0xFDEF).contains(&n)
        || (n & 0xFFFE) == 0xFFFE
}

/// Reports every forbidden character in `text`, and every YAML escape that
/// writes one (in the YAML part: the whole of a `.yaml` file, the front
/// matter of a `.md` file). False if there was any.
pub(super) fn check(text: &str, rel: &Path, markdown: bool, diags: &mut Diagnostics) -> bool {
    let mut found = 0;
    let mut in_yaml = true;
    for (i, line) in text.lines().enumerate() {
        if markdown && i > 0 && line.trim_end() == "---" {
            in_yaml = false;
        }
        let chars: Vec<char> = line.chars().collect();
        let mut col = 0;
        while col < chars.len() && found < MAX_REPORTED {
            let c = chars[col];
            let bad = if forbidden(c) {
                Some((c, 1))
            } else if in_yaml && c == '\\' {
                escape(&chars[col + 1..]).filter(|(e, _)| forbidden(*e))
            } else {
                None
            };
            match bad {
                Some((c, len)) => {
                    found += 1;
                    let typed = if len == 1 {
                        ""
                    } else {
                        ", written as an escape"
                    };
                    diags.push(
                        Diagnostic::error(
                            rel,
                            Some(Span::new(i + 1, col + 1, len)),
                            format!(
                                "the text holds the invisible character U+{:04X}{typed}",
                                u32::from(c)
                            ),
                        )
                        .with_help("remove it: control characters are not allowed in any text (they often come from copying out of a PDF or a terminal)"),
                    );
                    col += len;
                }
                None if c == '\\' && in_yaml => col += 2,
                None => col += 1,
            }
        }
    }
    found == 0
}

/// How deep Markdown may nest block quotes and lists. Real reports use two
/// or three levels; the Markdown parser's work grows with the square of
/// the depth, so a hostile file nested tens of thousands deep would take
/// minutes.
pub(super) const MAX_NESTING: usize = 32;

/// Reports the first line of the Markdown body of `text` (after the front
/// matter) that nests deeper than [`MAX_NESTING`]. False if there is one.
pub(super) fn check_nesting(text: &str, rel: &Path, diags: &mut Diagnostics) -> bool {
    let mut fences = 0;
    for (i, line) in text.lines().enumerate() {
        if fences < 2 {
            if line.trim_end() == "---" {
                fences += 1;
            }
            continue;
        }
        let depth = nesting(line);
        if depth > MAX_NESTING {
            diags.push(
                Diagnostic::error(
                    rel,
                    Some(Span::new(i + 1, 1, 1)),
                    format!("the text is nested {depth} levels deep (quotes `>` and lists), more than {MAX_NESTING}"),
                )
                .with_help("use at most a few levels of quotes and lists; deeper nesting cannot be read and is refused"),
            );
            return false;
        }
    }
    true
}

/// The block quotes and list items a line opens, and its indentation in
/// levels of two spaces (a nested list item is indented under its parent).
fn nesting(line: &str) -> usize {
    let indent = line.chars().take_while(|c| *c == ' ' || *c == '\t').count();
    let mut rest = line.trim_start();
    let mut depth = indent / 2;
    loop {
        if let Some(r) = rest.strip_prefix('>') {
            rest = r.trim_start();
        } else if let Some(r) = rest
            .strip_prefix(['-', '*', '+'])
            .filter(|r| r.is_empty() || r.starts_with([' ', '\t']))
        {
            rest = r.trim_start();
        } else {
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            match rest[digits..].strip_prefix(['.', ')']) {
                Some(r)
                    if (1..=9).contains(&digits)
                        && (r.is_empty() || r.starts_with([' ', '\t'])) =>
                {
                    rest = r.trim_start();
                }
                _ => return depth,
            }
        }
        depth += 1;
    }
}

/// The character a YAML escape after `\` writes, and the length of the
/// escape with its backslash.
fn escape(after: &[char]) -> Option<(char, usize)> {
    let hex = |n: usize| -> Option<(char, usize)> {
        let digits: String = after.get(1..=n)?.iter().collect();
        let code = u32::from_str_radix(&digits, 16).ok()?;
        Some((char::from_u32(code)?, n + 2))
    };
    match after.first()? {
        '0' => Some(('\0', 2)),
        'a' => Some(('\u{7}', 2)),
        'b' => Some(('\u{8}', 2)),
        'e' => Some(('\u{1b}', 2)),
        'v' => Some(('\u{b}', 2)),
        'f' => Some(('\u{c}', 2)),
        'N' => Some(('\u{85}', 2)),
        'x' => hex(2),
        'u' => hex(4),
        'U' => hex(8),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(text: &str, markdown: bool) -> usize {
        let mut d = Diagnostics::new();
        check(text, Path::new("x.yaml"), markdown, &mut d);
        d.error_count()
    }

    #[test]
    fn measures_nesting_of_quotes_and_lists() {
        assert_eq!(nesting("plain text"), 0);
        assert_eq!(nesting("> > quote"), 2);
        assert_eq!(nesting(">>> x"), 3);
        assert_eq!(nesting("- * + 1. 2) x"), 5);
        assert_eq!(nesting("    - nested"), 3);
        assert_eq!(nesting("-5 degrees"), 0);
        assert_eq!(nesting("2026. A year"), 1);
        let mut d = Diagnostics::new();
        let deep = format!("---\ntitle: x\n---\n{} x\n", ">".repeat(100_000));
        assert!(!check_nesting(&deep, Path::new("p.md"), &mut d));
        assert_eq!(d.error_count(), 1);
        let fine = "---\ntitle: x\n---\n> quote\n- a\n  - b\n";
        assert!(check_nesting(
            fine,
            Path::new("p.md"),
            &mut Diagnostics::new()
        ));
    }

    #[test]
    fn finds_typed_and_escaped_control_characters() {
        assert_eq!(count("name: Dinas\u{1b}[31m\n", false), 1);
        assert_eq!(count("name: \"a\\0b\\u001B\\uFFFE\\x07\"\n", false), 4);
        assert_eq!(count("name: \"tab\\tand\\nline\\\\0\"\n", false), 0);
        assert_eq!(count("name: a\u{FFFF}\u{FDD0}\n", false), 2);
        // A backslash in a Markdown body is Markdown, not YAML.
        assert_eq!(count("---\ntitle: x\n---\nwrite \\0 here\n", true), 0);
        assert_eq!(count("---\ntitle: \"\\0\"\n---\n", true), 1);
    }
}
