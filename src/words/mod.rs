//! The command line's own words, in Indonesian (the default) and English:
//! the table beside the site's labels (`render::i18n`).
//!
//! Diagnostics are written in English where they are made, with their
//! figures and names filled in; [`translate`] puts them into Indonesian
//! through [`MESSAGES`], one pattern per message, `{}` standing for what
//! was filled in. A message without a pattern would be shown as it was
//! written: `tests/words.rs` scans the source so that none is, and the
//! corpus of broken trees is snapshotted in both languages.

use crate::lang::Lang;
use std::borrow::Cow;

mod checks;
mod command;
mod files;
mod plans;
mod register;
mod reports;

/// A table of message patterns and their Indonesian wording.
pub type Table = &'static [(&'static str, &'static str)];

/// English message patterns and their Indonesian wording, in the order they
/// are tried: in a pattern, `{}` stands for any text; in the wording, `{0}`,
/// `{1}`, … for the texts in the order the pattern found them (`{0:num}`
/// writes a decimal number with a decimal comma).
pub const MESSAGES: &[Table] = &[
    plans::PLANS,
    register::REGISTER,
    register::EVALUATIONS,
    register::EDITIONS,
    reports::REPORTS,
    files::FILES,
    checks::CHECKS,
    command::COMMAND,
];

/// Every pattern and its wording, in order.
pub fn patterns() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    MESSAGES.iter().flat_map(|t| t.iter())
}

/// The labels of a diagnostic line.
pub fn severity(label: &str, lang: Lang) -> &'static str {
    match (label, lang) {
        ("error", Lang::Id) => "kesalahan",
        ("warning", Lang::Id) => "peringatan",
        ("help", Lang::Id) => "saran",
        ("note", Lang::Id) => "catatan",
        ("error", _) => "error",
        ("warning", _) => "warning",
        ("help", _) => "help",
        _ => "note",
    }
}

/// `message` in `lang`: itself in English; in Indonesian through the first
/// pattern of [`MESSAGES`] that matches it, or itself if none does.
pub fn translate(message: &str, lang: Lang) -> Cow<'_, str> {
    if lang == Lang::En {
        return Cow::Borrowed(message);
    }
    for (pattern, wording) in patterns() {
        if let Some(found) = matched(pattern, message) {
            return Cow::Owned(fill(wording, &found));
        }
    }
    Cow::Borrowed(message)
}

/// Lines of the command line's output in `lang`: a label (`error:`,
/// `note:`, `= help:`) and the message after it are translated each.
pub fn translate_lines(text: &str, lang: Lang) -> Cow<'_, str> {
    if lang == Lang::En {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&translate_line(line, lang));
    }
    Cow::Owned(out)
}

fn translate_line(line: &str, lang: Lang) -> String {
    for label in ["error", "warning", "note", "help"] {
        for (before, after) in [("", ": "), ("  = ", ": ")] {
            if let Some(rest) = line
                .strip_prefix(before)
                .and_then(|l| l.strip_prefix(label))
                .and_then(|l| l.strip_prefix(after))
            {
                return format!(
                    "{before}{}{after}{}",
                    severity(label, lang),
                    translate(rest, lang)
                );
            }
        }
    }
    translate(line, lang).into_owned()
}

/// Whether `text` has a pattern in [`MESSAGES`].
pub fn has_translation(text: &str) -> bool {
    patterns().any(|(p, _)| matched(p, text).is_some())
}

/// The texts that stand for the `{}` of `pattern` in `text`, if it matches.
fn matched<'a>(pattern: &str, text: &'a str) -> Option<Vec<&'a str>> {
    let parts: Vec<&str> = pattern.split("{}").collect();
    let (first, rest) = parts.split_first()?;
    let Some((last, middle)) = rest.split_last() else {
        return (text == pattern).then(Vec::new);
    };
    let mut at = text.strip_prefix(first)?;
    let mut found = Vec::new();
    for part in middle {
        // The shortest text, of at least one character, up to the part.
        let end = at.char_indices().nth(1).map_or(at.len(), |(i, _)| i);
        let hole_end = end + at.get(end..)?.find(part)?;
        found.push(&at[..hole_end]);
        at = &at[hole_end + part.len()..];
    }
    let hole = at.strip_suffix(last)?;
    (!hole.is_empty()).then(|| {
        found.push(hole);
        found
    })
}

/// `wording` with `{0}`, `{1}`, … replaced by `found`; `{0:num}` writes a
/// decimal number with the Indonesian decimal comma (`11.5` → `11,5`).
fn fill(wording: &str, found: &[&str]) -> String {
    let mut out = wording.to_string();
    for (i, f) in found.iter().enumerate() {
        let decimal = f.split_once('.').is_some_and(|(a, b)| {
            !a.is_empty()
                && !b.is_empty()
                && a.trim_start_matches('-')
                    .chars()
                    .all(|c| c.is_ascii_digit())
                && b.chars().all(|c| c.is_ascii_digit())
        });
        let as_number = if decimal {
            f.replace('.', ",")
        } else {
            (*f).to_string()
        };
        out = out
            .replace(&format!("{{{i}:num}}"), &as_number)
            .replace(&format!("{{{i}}}"), f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_has_its_holes_in_the_wording() {
        for (pattern, wording) in patterns() {
            let holes = pattern.matches("{}").count();
            for i in 0..holes {
                assert!(
                    wording.contains(&format!("{{{i}}}"))
                        || wording.contains(&format!("{{{i}:num}}")),
                    "{pattern} → {wording}"
                );
            }
            assert!(!wording.contains(&format!("{{{holes}}}")), "{wording}");
            assert_ne!(pattern, wording);
        }
    }

    #[test]
    fn messages_are_put_into_indonesian_with_their_names_and_figures() {
        assert_eq!(
            translate("unknown field `satuan`", Lang::Id),
            "kunci `satuan` tidak dikenal"
        );
        assert_eq!(
            translate(
                "cascade link `bupati/S7` points to nothing: `bupati` has no objective `S7` in 2026",
                Lang::Id
            ),
            "tautan cascading `bupati/S7` tidak menunjuk apa pun: `bupati` tidak memiliki sasaran `S7` pada 2026"
        );
        assert_eq!(translate("file is empty", Lang::Id), "berkas kosong");
        assert_eq!(translate("file is empty", Lang::En), "file is empty");
        assert_eq!(translate("nothing like it", Lang::Id), "nothing like it");
        assert_eq!(
            translate(
                "did you mean `measure`? (`satuan` is written `measure` in kinerja files)",
                Lang::Id
            ),
            "maksudnya `measure`? (`satuan` ditulis `measure` dalam berkas kinerja)"
        );
    }
}
