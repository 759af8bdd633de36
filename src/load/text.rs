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
pub fn check(text: &str, rel: &Path, markdown: bool, diags: &mut Diagnostics) -> bool {
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
                    let typed = if len == 1 { "" } else { ", written as an escape" };
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
