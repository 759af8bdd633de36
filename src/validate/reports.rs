//! Annual report chapters (`reports/<year>/<unit>.md`) → [`AnnualReport`]s:
//! the file's `##` headings split it into the chapters of the standard
//! LKjIP structure, each heading checked against it.

use super::{Broken, span};
use crate::diag::{Diagnostic, Diagnostics, Span, closest};
use crate::load::{FileKind, Loaded, RawContent, raw::RawReport};
use crate::model::{AnnualReport, Chapter, ChapterText, Date, Site};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::path::Path;

/// The accepted chapter headings, for help texts.
const CHAPTERS_HELP: &str = "the chapters are `## Ikhtisar Eksekutif`, `## I Pendahuluan`, `## II Perencanaan Kinerja`, `## III Akuntabilitas Kinerja` and `## IV Penutup`; sections within a chapter use `###`";

/// The annual reports of the content, by unit then year.
pub(crate) fn validate(
    raw: &RawContent,
    site: &Site,
    broken: &Broken,
    diags: &mut Diagnostics,
) -> Vec<AnnualReport> {
    let mut reports: Vec<AnnualReport> = raw
        .reports
        .iter()
        .filter_map(|loaded| one(loaded, site, broken, diags))
        .collect();
    reports.sort_by(|a, b| (&a.unit, a.year).cmp(&(&b.unit, b.year)));
    reports
}

fn one(
    loaded: &Loaded<RawReport>,
    site: &Site,
    broken: &Broken,
    diags: &mut Diagnostics,
) -> Option<AnnualReport> {
    let FileKind::Report { year, unit } = &loaded.kind else {
        return None;
    };
    let file = &loaded.file;
    if broken.agreement(unit, *year) {
        return None;
    }
    if site.unit(unit).is_none() {
        let d = Diagnostic::error(file, None, format!("unknown unit `{unit}`"));
        diags.push(
            match closest(unit, site.units.iter().map(|u| u.id.as_str())) {
                Some(best) => d.with_help(format!(
                    "did you mean `{best}`? The file is named after the unit: rename it to `{best}.md`"
                )),
                None => d.with_help("name the file after a unit in units.yaml, such as `dinkes.md`"),
            },
        );
        return None;
    }
    if site.agreement(unit, *year).is_none() {
        diags.push(
            Diagnostic::error(
                file,
                None,
                format!("`{unit}` has no agreement for {year}: an annual report reports on one"),
            )
            .with_help(format!(
                "add `agreements/{year}/{unit}.yaml`, or move the report to the folder of the year it reports on"
            )),
        );
        return None;
    }
    let r = &loaded.data;
    let date = r.date.as_ref().and_then(|raw| {
        let Some(date) = Date::parse(&raw.value) else {
            diags.push(
                Diagnostic::error(file, span(raw), format!("`{}` is not a date", raw.value))
                    .with_help("write the date the report was signed as year-month-day, such as `2026-03-20`"),
            );
            return None;
        };
        if date.year <= *year {
            diags.push(
                Diagnostic::error(
                    file,
                    span(raw),
                    format!("dated {date}, before the year it reports on ({year}) is over"),
                )
                .with_help(format!(
                    "an annual report is signed after the year, usually by the end of March {}: correct `date:`, or leave it out while the report is a draft",
                    year + 1
                )),
            );
            return None;
        }
        super::register::after_edition(file, raw, date, &site.settings, diags);
        Some(date)
    });
    let chapters = chapters(
        file,
        loaded.body.as_deref().unwrap_or(""),
        r.body_line,
        diags,
    )?;
    Some(AnnualReport {
        unit: unit.clone(),
        year: *year,
        date,
        chapters,
        file: file.clone(),
    })
}

/// The chapters of `body` (starting at line `first_line` of `file`), or
/// `None` when a heading is wrong (each problem reported).
fn chapters(
    file: &Path,
    body: &str,
    first_line: usize,
    diags: &mut Diagnostics,
) -> Option<Vec<ChapterText>> {
    let at = |offset: usize| {
        let before = &body[..offset];
        let line = first_line + before.matches('\n').count();
        let column = before
            .rfind('\n')
            .map_or(before.chars().count(), |n| before[n + 1..].chars().count())
            + 1;
        (line, column)
    };
    // Headings of level 1 and 2: (level, title, start, end of heading).
    let mut headings: Vec<(HeadingLevel, String, usize, usize)> = Vec::new();
    let mut open: Option<(HeadingLevel, String, usize)> = None;
    for (event, range) in Parser::new_ext(body, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. })
                if matches!(level, HeadingLevel::H1 | HeadingLevel::H2) =>
            {
                open = Some((level, String::new(), range.start));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, title, _)) = open.as_mut() {
                    title.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, title, start)) = open.take() {
                    headings.push((level, title, start, range.end));
                }
            }
            _ => {}
        }
    }
    let mut ok = true;
    let first = headings.first().map_or(body.len(), |h| h.2);
    if !body[..first].trim().is_empty() {
        let offset = body.len() - body.trim_start().len();
        let (line, column) = at(offset);
        diags.push(
            Diagnostic::error(
                file,
                Some(Span::new(line, column, 1)),
                "text before the first chapter heading belongs to no chapter",
            )
            .with_help("start the text with its chapter's heading, such as `## Ikhtisar Eksekutif`; the chapters are `## Ikhtisar Eksekutif`, `## I Pendahuluan`, `## II Perencanaan Kinerja`, `## III Akuntabilitas Kinerja` and `## IV Penutup`; sections within a chapter use `###`"),
        );
        ok = false;
    }
    let mut found: Vec<(Chapter, usize, usize, usize)> = Vec::new();
    for (i, (level, title, start, _)) in headings.iter().enumerate() {
        let (line, column) = at(*start);
        let span = Some(Span::new(line, column, title.chars().count().max(1) + 3));
        if *level == HeadingLevel::H1 {
            diags.push(
                Diagnostic::error(file, span, format!("`# {title}` is a title, not a chapter"))
                    .with_help("the report's title is made from the unit and the year; the chapters are `## Ikhtisar Eksekutif`, `## I Pendahuluan`, `## II Perencanaan Kinerja`, `## III Akuntabilitas Kinerja` and `## IV Penutup`; sections within a chapter use `###`"),
            );
            ok = false;
            continue;
        }
        match parse_heading(title) {
            Ok(chapter) => {
                if let Some((_, earlier, _, _)) = found.iter().find(|f| f.0 == chapter) {
                    diags.push(
                        Diagnostic::error(
                            file,
                            span,
                            format!(
                                "chapter `{}` again: it began on line {earlier}",
                                chapter.heading()
                            ),
                        )
                        .with_help("write each chapter once; sections within a chapter use `###`"),
                    );
                    ok = false;
                    continue;
                }
                let end = headings.get(i + 1).map_or(body.len(), |h| h.2);
                found.push((chapter, line, headings[i].3, end));
            }
            Err(problem) => {
                diags.push(
                    Diagnostic::error(file, span, problem.message(title)).with_help(problem.help()),
                );
                ok = false;
            }
        }
    }
    if !ok {
        return None;
    }
    found.sort_by_key(|f| f.0);
    let mut chapters = Vec::new();
    for (chapter, line, start, end) in found {
        let markdown = body[start..end].trim().to_string();
        if markdown.is_empty() {
            diags.push(
                Diagnostic::warning(
                    file,
                    Some(Span::new(line, 1, chapter.heading().len() + 3)),
                    format!("chapter `{}` has no text", chapter.heading()),
                )
                .with_help("write the chapter, or remove its heading: a chapter not written is shown as not yet written"),
            );
            continue;
        }
        chapters.push(ChapterText { chapter, markdown });
    }
    Some(chapters)
}

/// Why a heading is not a chapter.
#[derive(Debug, PartialEq, Eq)]
enum HeadingProblem {
    /// Annexes are made from the data.
    Annex,
    /// The numeral says one chapter and the name another.
    Mismatch { numeral: Chapter, name: Chapter },
    /// Not a chapter's name; the closest chapter, if any.
    Unknown(Option<Chapter>),
}

impl HeadingProblem {
    fn message(&self, title: &str) -> String {
        match self {
            HeadingProblem::Annex => {
                format!("`## {title}`: the annexes are made from the data, not written")
            }
            HeadingProblem::Mismatch { numeral, name } => format!(
                "`## {title}`: chapter {} is {}, not {}",
                numeral.numeral().unwrap_or(""),
                numeral.heading(),
                name.heading()
            ),
            HeadingProblem::Unknown(_) => {
                format!("`## {title}` is not a chapter of an annual report")
            }
        }
    }

    fn help(&self) -> String {
        match self {
            HeadingProblem::Annex => "remove the heading and its text: the report's annexes are the agreement and its realisation, as published on the site".to_string(),
            HeadingProblem::Mismatch { name, .. } => format!(
                "write `## {} {}`",
                name.numeral().unwrap_or(""),
                name.heading()
            )
            .replace("##  ", "## "),
            HeadingProblem::Unknown(Some(c)) => format!(
                "did you mean `## {}`? the chapters are `## Ikhtisar Eksekutif`, `## I Pendahuluan`, `## II Perencanaan Kinerja`, `## III Akuntabilitas Kinerja` and `## IV Penutup`; sections within a chapter use `###`",
                match c.numeral() {
                    Some(n) => format!("{n} {}", c.heading()),
                    None => c.heading().to_string(),
                }
            ),
            HeadingProblem::Unknown(None) => CHAPTERS_HELP.to_string(),
        }
    }
}

/// The chapter a `##` heading names: `Bab I Pendahuluan`, `I. Pendahuluan`,
/// `Pendahuluan`, `BAB III`, `Executive summary`, any case.
fn parse_heading(title: &str) -> Result<Chapter, HeadingProblem> {
    let lower = title.trim().to_lowercase();
    let lower = lower.trim_end_matches([':', '.']).trim();
    let rest = lower
        .strip_prefix("bab ")
        .or_else(|| lower.strip_prefix("chapter "))
        .unwrap_or(lower)
        .trim();
    let (numeral, name) = match rest.split_once([' ', '.', ':', ')']) {
        Some((first, after)) if Chapter::from_numeral(first).is_some() => (
            Chapter::from_numeral(first),
            after
                .trim_start_matches([' ', '.', ':', ')', '-', '–', '—'])
                .trim(),
        ),
        _ if Chapter::from_numeral(rest).is_some() => (Chapter::from_numeral(rest), ""),
        _ => (None, rest),
    };
    if ["lampiran", "annex", "annexes", "appendix", "appendices"]
        .iter()
        .any(|a| name.starts_with(a))
    {
        return Err(HeadingProblem::Annex);
    }
    let by_name = Chapter::from_name(name);
    match (numeral, by_name) {
        (Some(n), Some(c)) if n != c => Err(HeadingProblem::Mismatch {
            numeral: n,
            name: c,
        }),
        (_, Some(c)) => Ok(c),
        (Some(n), None) if name.is_empty() => Ok(n),
        _ => {
            let names = Chapter::ALL.iter().flat_map(|c| c.names().iter().copied());
            let near = closest(name, names).and_then(Chapter::from_name);
            Err(HeadingProblem::Unknown(near))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_in_the_forms_reports_use() {
        for (title, chapter) in [
            ("Ikhtisar Eksekutif", Chapter::Summary),
            ("IKHTISAR EKSEKUTIF", Chapter::Summary),
            ("Bab I Pendahuluan", Chapter::Introduction),
            ("BAB I. PENDAHULUAN", Chapter::Introduction),
            ("I Pendahuluan", Chapter::Introduction),
            ("II. Perencanaan Kinerja", Chapter::Planning),
            ("Bab III", Chapter::Accountability),
            ("III - Akuntabilitas Kinerja", Chapter::Accountability),
            ("IV Penutup:", Chapter::Closing),
            ("Executive summary", Chapter::Summary),
            ("Chapter IV Conclusion", Chapter::Closing),
        ] {
            assert_eq!(parse_heading(title), Ok(chapter), "{title}");
        }
    }

    #[test]
    fn headings_that_are_not_chapters() {
        assert_eq!(parse_heading("Lampiran"), Err(HeadingProblem::Annex));
        assert_eq!(
            parse_heading("II Pendahuluan"),
            Err(HeadingProblem::Mismatch {
                numeral: Chapter::Planning,
                name: Chapter::Introduction
            })
        );
        assert_eq!(
            parse_heading("Pendahuluaan"),
            Err(HeadingProblem::Unknown(Some(Chapter::Introduction)))
        );
        assert_eq!(
            parse_heading("Latar belakang"),
            Err(HeadingProblem::Unknown(None))
        );
        assert_eq!(parse_heading("Bab V"), Err(HeadingProblem::Unknown(None)));
    }
}
