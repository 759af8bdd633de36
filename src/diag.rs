//! Diagnostics: every problem found in the content, with where it is and what to do.
//!
//! Each stage that reads user input pushes [`Diagnostic`]s into a [`Diagnostics`]
//! collection instead of stopping at the first problem, so one run reports every
//! problem. Rendering follows rustc: `path:line:column: error: message`, then the
//! source line with a caret under the offending text, then a `help:` line.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The content cannot be published as it is.
    Error,
    /// Probably a mistake, but the site can still be built.
    Warning,
}

impl Severity {
    fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A position in a content file: 1-based line and column (in characters), and the
/// length of the offending text in characters (at least 1 when shown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Span {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// Length in characters of the offending text.
    pub len: usize,
}

impl Span {
    /// A span at `line:column` covering `len` characters.
    pub fn new(line: usize, column: usize, len: usize) -> Self {
        Span { line, column, len }
    }

    /// Whether the span points somewhere (line 0 means "the whole file").
    pub fn is_known(&self) -> bool {
        self.line > 0
    }
}

/// One problem in the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, relative to the content folder.
    pub file: PathBuf,
    /// Where in the file; `None` for problems with the whole file.
    pub span: Option<Span>,
    /// What is wrong, in one sentence.
    pub message: String,
    /// What the user can do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error in `file` at `span`.
    pub fn error(file: impl Into<PathBuf>, span: Option<Span>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            span,
            message: message.into(),
            help: None,
        }
    }

    /// A warning in `file` at `span`.
    pub fn warning(
        file: impl Into<PathBuf>,
        span: Option<Span>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, span, message)
        }
    }

    /// Adds a hint telling the user what to change.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// Every problem found in one run.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty collection.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }

    /// Whether any error was recorded.
    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    /// Turns every warning into an error (`--deny-warnings`).
    pub fn deny_warnings(&mut self) {
        for d in &mut self.items {
            d.severity = Severity::Error;
        }
    }

    /// The problems sorted by file, then position, then severity and text, so
    /// output is stable whatever order files were read in.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut v: Vec<&Diagnostic> = self.items.iter().collect();
        v.sort_by(|a, b| {
            (&a.file, a.span, a.severity, &a.message)
                .cmp(&(&b.file, b.span, b.severity, &b.message))
        });
        v.dedup_by(|a, b| a == b);
        v
    }

    /// All problems, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// Adds all problems of `other`.
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }
}

/// The text of the content files, kept so diagnostics can quote the offending line.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    files: BTreeMap<PathBuf, String>,
}

impl Sources {
    /// Remembers the text of `file`.
    pub fn insert(&mut self, file: PathBuf, text: String) {
        self.files.insert(file, text);
    }

    /// Adds the texts of `other`.
    pub fn extend(&mut self, other: Sources) {
        self.files.extend(other.files);
    }

    /// The text of `file`, if it was read.
    pub fn get(&self, file: &Path) -> Option<&str> {
        self.files.get(file).map(String::as_str)
    }

    /// Line `line` (1-based) of `file`, without its line ending.
    pub fn line(&self, file: &Path, line: usize) -> Option<&str> {
        let text = self.get(file)?;
        let l = text.split('\n').nth(line.checked_sub(1)?)?;
        Some(l.strip_suffix('\r').unwrap_or(l))
    }
}

/// Renders diagnostics the way rustc does, with file paths shown under `root`
/// (the content folder as the user named it).
pub fn render(diagnostics: &Diagnostics, sources: &Sources, root: &Path) -> String {
    render_in(diagnostics, sources, root, crate::lang::Lang::En)
}

/// [`render`] in `lang`: labels and messages in Indonesian or English
/// (`crate::words`).
pub fn render_in(
    diagnostics: &Diagnostics,
    sources: &Sources,
    root: &Path,
    lang: crate::lang::Lang,
) -> String {
    let mut out = String::new();
    for d in diagnostics.sorted() {
        render_one(&mut out, d, sources, root, lang);
    }
    out
}

fn render_one(
    out: &mut String,
    d: &Diagnostic,
    sources: &Sources,
    root: &Path,
    lang: crate::lang::Lang,
) {
    use crate::words::{severity, translate};
    let path = display_path(root, &d.file);
    let path = visible(&path, false);
    let message = translate(&d.message, lang);
    let message = visible(&message, true);
    let help = d
        .help
        .as_deref()
        .map(|h| visible(&translate(h, lang), true).into_owned());
    let help_label = severity("help", lang);
    let label = severity(d.severity.label(), lang);
    match d.span.filter(Span::is_known) {
        Some(span) => {
            let _ = writeln!(
                out,
                "{path}:{}:{}: {label}: {message}",
                span.line, span.column,
            );
            if let Some(line) = sources.line(&d.file, span.line) {
                let number = span.line.to_string();
                let pad = " ".repeat(number.len());
                // Each character as shown, so the caret stays under the
                // text when a control character is shown escaped.
                let shown: Vec<std::borrow::Cow<'_, str>> = line
                    .trim_end()
                    .chars()
                    .map(|c| match c {
                        '\t' => " ".into(),
                        c if hidden(c) => escaped(c).into(),
                        c => c.to_string().into(),
                    })
                    .collect();
                let width = |cs: &[std::borrow::Cow<'_, str>]| -> usize {
                    cs.iter().map(|c| c.chars().count()).sum()
                };
                let start_char = span.column.saturating_sub(1).min(shown.len());
                let end_char = (start_char + span.len.max(1)).min(shown.len());
                let start = width(&shown[..start_char]);
                let len = width(&shown[start_char..end_char]).max(1);
                let _ = writeln!(out, "{pad} |");
                let _ = writeln!(out, "{number} | {}", shown.concat());
                let _ = writeln!(out, "{pad} | {}{}", " ".repeat(start), "^".repeat(len));
                if let Some(help) = &help {
                    let _ = writeln!(out, "{pad} = {help_label}: {help}");
                }
            } else if let Some(help) = &help {
                let _ = writeln!(out, "  = {help_label}: {help}");
            }
        }
        None => {
            let _ = writeln!(out, "{path}: {label}: {message}");
            if let Some(help) = &help {
                let _ = writeln!(out, "  = {help_label}: {help}");
            }
        }
    }
    out.push('\n');
}

/// Whether `c` would act on the terminal instead of showing: control
/// characters (escape sequences start with one), and the marks that
/// reorder text (bidirectional overrides and isolates).
fn hidden(c: char) -> bool {
    let n = u32::from(c);
    c.is_control()
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
        || (0xFDD0..=0xFDEF).contains(&n)
        || (n & 0xFFFE) == 0xFFFE
}

/// `c` written out, as Rust writes it: `\u{1b}`.
fn escaped(c: char) -> String {
    c.escape_unicode().to_string()
}

/// `text` with every character that would act on the terminal written out
/// (`\u{1b}` for ESC), so content can never colour, move or rewrite what
/// the clerk sees. Line breaks are kept where `keep_lines` says so.
pub fn visible(text: &str, keep_lines: bool) -> std::borrow::Cow<'_, str> {
    let shows = |c: char| !hidden(c) || (keep_lines && c == '\n');
    if text.chars().all(shows) {
        return text.into();
    }
    text.chars()
        .map(|c| if shows(c) { c.to_string() } else { escaped(c) })
        .collect::<String>()
        .into()
}

/// `root/file` with forward slashes, so output reads the same on every system.
pub fn display_path(root: &Path, file: &Path) -> String {
    let joined = if root.as_os_str().is_empty() || root == Path::new(".") {
        file.to_path_buf()
    } else {
        root.join(file)
    };
    joined.to_string_lossy().replace('\\', "/")
}

/// The closest candidate to `input`, for "did you mean …?" hints.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input_lower = input.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&input_lower, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_caret_under_the_offending_text() {
        let mut sources = Sources::default();
        sources.insert(
            "units.yaml".into(),
            "units:\n  - id: dinkes\n    parent: setdaa\n".into(),
        );
        let mut diags = Diagnostics::new();
        diags.push(
            Diagnostic::error(
                "units.yaml",
                Some(Span::new(3, 13, 6)),
                "unknown parent unit `setdaa`",
            )
            .with_help("did you mean `setda`?"),
        );
        let text = render(&diags, &sources, Path::new("content"));
        assert_eq!(
            text,
            "content/units.yaml:3:13: error: unknown parent unit `setdaa`\n  |\n3 |     parent: setdaa\n  |             ^^^^^^\n  = help: did you mean `setda`?\n\n"
        );
    }

    #[test]
    fn terminal_escapes_in_content_are_shown_escaped() {
        let mut sources = Sources::default();
        sources.insert(
            "units.yaml".into(),
            "units:\n  - id: \u{1b}[2J\u{1b}]0;x\u{7}dinkes\n".into(),
        );
        let mut diags = Diagnostics::new();
        diags.push(Diagnostic::error(
            "units.yaml",
            Some(Span::new(2, 19, 6)),
            "unit id `\u{1b}[2J` is not valid \u{202e}",
        ));
        let text = render(&diags, &sources, Path::new("content"));
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        assert!(!text.contains('\u{202e}'), "{text:?}");
        assert!(text.contains("\\u{1b}[2J"), "{text}");
        // The caret is still under `dinkes`.
        let lines: Vec<&str> = text.lines().collect();
        let col = lines[2].find("dinkes").expect("shown");
        assert_eq!(lines[3].find('^'), Some(col), "{text}");
    }

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(
            closest("quartr", ["quarter", "year", "unit"]),
            Some("quarter")
        );
        assert_eq!(closest("zzz", ["quarter", "year"]), None);
    }
}
