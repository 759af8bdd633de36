//! Every structural problem of a file in one run.
//!
//! serde stops at the first problem of a file. To find the next one, the
//! part of the text the problem concerns is blanked out (lines keep their
//! numbers) and the file is parsed again: an unknown or duplicate key with
//! its block, a value of the wrong type with its key, or the list item that
//! misses a field. A problem that only follows from an earlier repair (the
//! field found missing because its misspelt key was blanked, a list left
//! empty) is not reported. A syntax error ends the search: past it, nothing
//! can be read reliably.
//!
//! The repaired text is never used: a file with any problem is still
//! unreadable, so that later checks do not report what only follows from it.

use crate::diag::{Diagnostic, Span};
use serde::de::DeserializeOwned;
use std::path::Path;

/// Most problems reported for one file.
const MAX_PROBLEMS: usize = 30;

/// What a problem is about, for deciding how to get past it.
enum Kind {
    /// An unknown or duplicate key: blank the key with its block.
    Key,
    /// A value of the wrong type or an unknown value: blank its key.
    Value,
    /// A missing field: blank the list item that lacks it.
    Missing(String),
    /// Anything else (syntax): stop.
    Syntax,
}

/// Parses `yaml` as a `T`, or returns every structural problem found.
pub(super) fn parse<T: DeserializeOwned>(rel: &Path, yaml: &str) -> Result<T, Vec<Diagnostic>> {
    let original: Vec<&str> = yaml.lines().collect();
    let mut lines: Vec<String> = original.iter().map(|l| (*l).to_string()).collect();
    let mut problems: Vec<Diagnostic> = Vec::new();
    // Keys blanked so far, and fields suggested for unknown keys, with the
    // line where they were: a later "missing field" for one of them in the
    // same block only repeats the first problem.
    let mut gone: Vec<(String, usize)> = Vec::new();
    // Lines blanked so far.
    let mut blanked = vec![false; lines.len()];
    let mut text = yaml.to_string();
    for _ in 0..MAX_PROBLEMS {
        let err = match serde_saphyr::from_str::<T>(&text) {
            Ok(v) if problems.is_empty() => return Ok(v),
            Ok(_) => break,
            Err(err) => err,
        };
        let raw = err.without_snippet().to_string();
        let (message, help, len) = super::explain_yaml_error(&raw);
        let at = err.location().map(|loc| {
            (
                usize::try_from(loc.line()).unwrap_or(0),
                usize::try_from(loc.column()).unwrap_or(0),
            )
        });
        let key = at.and_then(|(line, _)| key_on(&lines, line));
        let (message, help) = plain(message, help, key.as_deref());
        let kind = kind_of(&message);
        let follow_on = match &kind {
            Kind::Missing(field) => at.is_some_and(|(line, _)| {
                let (start, end) = item_range(&lines, line).unwrap_or((0, lines.len()));
                gone.iter()
                    .any(|(f, j)| f == field && (start..end).contains(j))
            }),
            // A list or block emptied by an earlier repair.
            _ => at.is_some_and(|(line, _)| emptied_by_repair(&original, &blanked, line)),
        };
        if let (Some(best), Some((line, _))) = (
            help.as_deref()
                .and_then(|h| h.strip_prefix("did you mean `"))
                .and_then(|h| h.split('`').next()),
            at,
        ) {
            gone.push((best.to_string(), line.saturating_sub(1)));
        }
        if !follow_on {
            let span = at.map(|(line, column)| match &kind {
                // A missing field concerns the whole block (serde points at
                // its end): the caret goes to its first key.
                Kind::Missing(_) => {
                    let first = item_range(&lines, line).map_or(line, |(start, _)| start + 1);
                    Span::new(first, block_start(&lines, first).unwrap_or(column), 1)
                }
                _ => Span::new(line, column, len),
            });
            let mut d = Diagnostic::error(rel, span, message);
            if let Some(help) = help {
                d = d.with_help(help);
            }
            problems.push(d);
        }
        let Some((line, _)) = at else { break };
        let repaired = match &kind {
            Kind::Key | Kind::Value => {
                if let Some(key) = key_on(&lines, line) {
                    gone.push((key, line.saturating_sub(1)));
                }
                blank_entry(&mut lines, &mut blanked, line)
            }
            Kind::Missing(_) => blank_item(&mut lines, &mut blanked, line),
            Kind::Syntax => false,
        };
        if !repaired {
            break;
        }
        text = lines.join("\n");
        text.push('\n');
    }
    Err(problems)
}

/// The message in the clerk's words: which field, what it holds and what
/// to write, never a Rust type.
fn plain(message: String, help: Option<String>, key: Option<&str>) -> (String, Option<String>) {
    let Some(key) = key.filter(|k| !k.is_empty()) else {
        return (message, help);
    };
    let empty = message.contains("cannot deserialize null")
        || message.starts_with("invalid type: null")
        || message.starts_with("invalid type: unit");
    if empty {
        return (
            format!("`{key}` is empty"),
            Some(format!(
                "write the value after `{key}:` on the same line; an optional field that is not known can be left out (see docs/content-format.md)"
            )),
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return (
            format!("`{key}` should be {}, not {}", in_words(expected), in_words(found)),
            Some(match expected {
                e if e.contains("sequence") => format!(
                    "write a list in brackets, such as `{key}: [25, 50, 75, 100]`, or one item per line starting with `- `"
                ),
                e if e.contains("map") || e.starts_with("struct") => format!(
                    "write the fields of `{key}` on the lines below it, indented by two more spaces"
                ),
                _ => "check the value against docs/content-format.md; text with `:` or `#` needs quotes".to_string(),
            }),
        );
    }
    if let Some(expected) = message.strip_prefix("expected ")
        && !message.contains("`true` or `false`")
    {
        let what = match expected {
            e if e.contains("sequence") => "a list".to_string(),
            e if e.contains("mapping") => "a block of fields".to_string(),
            e if e.contains("string") => "text".to_string(),
            e if e.contains("scalar") => "a single value".to_string(),
            e => e.to_string(),
        };
        let help = if what == "a list" {
            Some(format!(
                "write a list in brackets, such as `{key}: [25, 50, 75, 100]`, or one item per line starting with `- `"
            ))
        } else if what == "text" {
            Some(format!(
                "write the text after `{key}:`; put it in quotes if it holds `:`, `#`, `[` or `{{`"
            ))
        } else {
            help
        };
        return (format!("`{key}` should be {what}"), help);
    }
    if message.starts_with("invalid boolean") || message == "expected `true` or `false`" {
        return (
            format!("`{key}` should be `true` or `false`"),
            Some(format!(
                "write `{key}: true` (ya) or `{key}: false` (tidak)"
            )),
        );
    }
    let rusty = [
        "deserialize",
        "Option<",
        "struct ",
        "enum ",
        "i64",
        "u8",
        "f64",
        "i32",
    ];
    if rusty.iter().any(|r| message.contains(r)) {
        return (
            format!("the value of `{key}` cannot be read"),
            Some(
                "check the value against docs/content-format.md; text with `:` or `#` needs quotes"
                    .to_string(),
            ),
        );
    }
    (message, help)
}

/// A type as serde names it, in words.
fn in_words(t: &str) -> String {
    let t = t.trim();
    let words = match t {
        "a sequence" => "a list",
        "a string" | "string" => "text",
        "a boolean" | "boolean" => "`true` or `false`",
        "unit" | "null" => "empty",
        "a map" | "map" => "a block of fields",
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number",
        "f32" | "f64" => "a number",
        _ if t.starts_with("struct ") => "a block of fields",
        _ if t.starts_with("integer") => {
            return format!(
                "the whole number {}",
                t.trim_start_matches("integer").trim()
            );
        }
        _ if t.starts_with("floating point") => {
            return format!(
                "the number {}",
                t.trim_start_matches("floating point").trim()
            );
        }
        _ if t.starts_with("string") => {
            return format!("the text {}", t.trim_start_matches("string").trim());
        }
        _ => t,
    };
    words.to_string()
}

fn kind_of(message: &str) -> Kind {
    if message.starts_with("unknown field") || message.starts_with("duplicate field") {
        Kind::Key
    } else if let Some(field) = message.strip_prefix("missing field `") {
        Kind::Missing(field.trim_end_matches('`').to_string())
    } else if message.starts_with("unknown value")
        || message.starts_with('`')
        || message.starts_with("the value of `")
        || message.starts_with("invalid type")
        || message.starts_with("invalid value")
        || message.starts_with("invalid length")
        || message.starts_with("expected ")
    {
        Kind::Value
    } else {
        Kind::Syntax
    }
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_blank(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#')
}

/// The key of the `key: value` entry on `line` (1-based), after any `- `.
fn key_on(lines: &[String], line: usize) -> Option<String> {
    let text = lines.get(line.checked_sub(1)?)?.trim_start();
    let text = text.strip_prefix("- ").unwrap_or(text);
    let (key, _) = text.split_once(':')?;
    Some(key.trim().trim_matches(['"', '\'']).to_string())
}

/// Blanks the entry on `line` with the lines of its block (those indented
/// deeper). An entry that opens a list item (`- key: value`) takes the
/// whole item with it.
fn blank_entry(lines: &mut [String], blanked: &mut [bool], line: usize) -> bool {
    let Some(i) = line.checked_sub(1).filter(|&i| i < lines.len()) else {
        return false;
    };
    if lines[i].trim_start().starts_with("- ") || lines[i].trim() == "-" {
        return blank_item(lines, blanked, line);
    }
    if is_blank(&lines[i]) {
        return false;
    }
    let own = indent(&lines[i]);
    let mut end = i + 1;
    while end < lines.len() && (is_blank(&lines[end]) || indent(&lines[end]) > own) {
        end += 1;
    }
    blank(lines, blanked, i, end)
}

/// Blanks the list item (`- …` and its block) that holds `line`.
fn blank_item(lines: &mut [String], blanked: &mut [bool], line: usize) -> bool {
    match item_range(lines, line) {
        Some((start, end)) => blank(lines, blanked, start, end),
        None => false,
    }
}

/// The lines (0-based, end excluded) of the list item that holds `line`.
fn item_range(lines: &[String], line: usize) -> Option<(usize, usize)> {
    let mut i = line.checked_sub(1).filter(|&i| i < lines.len())?;
    // Serde may point just past the item: start from the last line with text.
    while i > 0 && is_blank(&lines[i]) {
        i -= 1;
    }
    let here = indent(&lines[i]);
    let start = (0..=i).rev().find(|&j| {
        let t = lines[j].trim_start();
        (t.starts_with("- ") || t == "-") && (j == i || indent(&lines[j]) < here)
    });
    let start = start?;
    let dash = indent(&lines[start]);
    let mut end = start + 1;
    while end < lines.len() && (is_blank(&lines[end]) || indent(&lines[end]) > dash) {
        end += 1;
    }
    Some((start, end))
}

fn blank(lines: &mut [String], blanked: &mut [bool], start: usize, end: usize) -> bool {
    let mut changed = false;
    for j in start..end {
        if !lines[j].is_empty() {
            lines[j].clear();
            changed = true;
        }
        blanked[j] = true;
    }
    changed
}

/// Whether the entry on `line` lost its whole block to a repair: the next
/// line with text in the original comes right after it and was blanked.
fn emptied_by_repair(original: &[&str], blanked: &[bool], line: usize) -> bool {
    let Some(i) = line.checked_sub(1) else {
        return false;
    };
    ((i + 1)..original.len())
        .find(|&j| !is_blank(original[j]))
        .is_some_and(|j| blanked[j])
}

/// The column of the first key of the block that holds `line`: the line of
/// the list item or mapping the error concerns.
fn block_start(lines: &[String], line: usize) -> Option<usize> {
    let mut i = line.checked_sub(1)?.min(lines.len().checked_sub(1)?);
    while i > 0 && is_blank(&lines[i]) {
        i -= 1;
    }
    let t = lines[i].trim_start();
    let col = indent(&lines[i]) + 1;
    Some(if t.starts_with("- ") { col + 2 } else { col })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        name: String,
        #[serde(default)]
        target: Option<f64>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct File {
        unit: String,
        items: Vec<Item>,
    }

    fn problems(yaml: &str) -> Vec<String> {
        match parse::<File>(Path::new("x.yaml"), yaml) {
            Ok(_) => Vec::new(),
            Err(ds) => ds
                .iter()
                .map(|d| {
                    let s = d.span.map(|s| (s.line, s.column)).unwrap_or_default();
                    format!("{}:{} {}", s.0, s.1, d.message)
                })
                .collect(),
        }
    }

    #[test]
    fn finds_every_structural_problem_in_one_run() {
        let yaml = "unit: a\nitems:\n  - id: A\n    nama: x\n    name: y\n  - id: B\n    name: z\n    taget: 5\n  - id: C\n  - id: D\n    name: w\n    target: lima\n";
        let found = problems(yaml);
        assert_eq!(found.len(), 4, "{found:#?}");
        assert!(
            found[0].starts_with("4:5 unknown field `nama`"),
            "{found:#?}"
        );
        assert!(
            found[1].starts_with("8:5 unknown field `taget`"),
            "{found:#?}"
        );
        assert!(found[2].contains("missing field `name`"), "{found:#?}");
        assert!(
            found[2].starts_with("9:5 "),
            "caret at the block: {found:#?}"
        );
        let one = problems("unit: a\nitems:\n  - id: A\n    target: 1\n\n  - id: B\n    name: b\n");
        assert_eq!(
            one,
            ["3:5 missing field `name`"],
            "caret at the item, not its end"
        );
        assert!(
            found[3].starts_with("12:13 `target` should be a number"),
            "{found:#?}"
        );
    }

    #[test]
    fn a_misspelt_required_key_is_one_problem_not_two() {
        let found = problems("unit: a\nitems:\n  - id: A\n    nmae: x\n");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].contains("unknown field `nmae`"), "{found:#?}");
    }

    #[test]
    fn empty_and_mistyped_values_are_named_in_plain_words() {
        let found = problems("unit: a\nitems:\n  - id: A\n    name:\n  - id: B\n    name: [x]\n");
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(found[0].ends_with("`name` is empty"), "{found:#?}");
        assert!(found[1].ends_with("`name` should be text"), "{found:#?}");
        for f in &found {
            assert!(!f.contains("Option<") && !f.contains("deserialize"), "{f}");
        }
        let found = problems("unit: a\nitems: 5\n");
        assert_eq!(found, ["2:8 `items` should be a list"]);
    }

    #[test]
    fn a_clean_file_parses() {
        assert!(problems("unit: a\nitems:\n  - id: A\n    name: x\n").is_empty());
    }
}
