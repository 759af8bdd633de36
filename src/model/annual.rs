//! The narrative chapters of an annual report (*Laporan Kinerja*, LKjIP),
//! as the clerk writes them. Every table and figure of the report is made
//! from the rest of the model, so only the words live here.

use super::Date;
use std::path::PathBuf;

/// A chapter of the LKjIP, in the order of the standard structure
/// (PermenPAN-RB 53/2014).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Chapter {
    /// *Ikhtisar Eksekutif*.
    Summary,
    /// *Bab I Pendahuluan*.
    Introduction,
    /// *Bab II Perencanaan Kinerja*.
    Planning,
    /// *Bab III Akuntabilitas Kinerja*.
    Accountability,
    /// *Bab IV Penutup*.
    Closing,
}

impl Chapter {
    /// Every chapter, in order.
    pub const ALL: [Chapter; 5] = [
        Chapter::Summary,
        Chapter::Introduction,
        Chapter::Planning,
        Chapter::Accountability,
        Chapter::Closing,
    ];

    /// The chapter's Roman numeral, if it has one (the summary has none).
    pub fn numeral(self) -> Option<&'static str> {
        match self {
            Chapter::Summary => None,
            Chapter::Introduction => Some("I"),
            Chapter::Planning => Some("II"),
            Chapter::Accountability => Some("III"),
            Chapter::Closing => Some("IV"),
        }
    }

    /// Its heading in the standard Indonesian structure.
    pub fn heading(self) -> &'static str {
        match self {
            Chapter::Summary => "Ikhtisar Eksekutif",
            Chapter::Introduction => "Pendahuluan",
            Chapter::Planning => "Perencanaan Kinerja",
            Chapter::Accountability => "Akuntabilitas Kinerja",
            Chapter::Closing => "Penutup",
        }
    }

    /// The names a heading may use for it, lowercase: Indonesian first.
    pub fn names(self) -> &'static [&'static str] {
        match self {
            Chapter::Summary => &[
                "ikhtisar eksekutif",
                "ringkasan eksekutif",
                "ikhtisar",
                "executive summary",
            ],
            Chapter::Introduction => &["pendahuluan", "introduction"],
            Chapter::Planning => &[
                "perencanaan kinerja",
                "perencanaan",
                "performance planning",
                "planning",
            ],
            Chapter::Accountability => &[
                "akuntabilitas kinerja",
                "akuntabilitas",
                "performance accountability",
                "accountability",
            ],
            Chapter::Closing => &["penutup", "conclusion", "closing"],
        }
    }

    /// The chapter a Roman numeral (`i`–`iv`, any case) stands for.
    pub fn from_numeral(numeral: &str) -> Option<Chapter> {
        Chapter::ALL
            .into_iter()
            .find(|c| c.numeral().is_some_and(|n| n.eq_ignore_ascii_case(numeral)))
    }

    /// The chapter a name (without its numeral) stands for.
    pub fn from_name(name: &str) -> Option<Chapter> {
        let name = name.trim().to_lowercase();
        Chapter::ALL
            .into_iter()
            .find(|c| c.names().contains(&name.as_str()))
    }
}

/// One chapter as written: Markdown under its `##` heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChapterText {
    /// Which chapter.
    pub chapter: Chapter,
    /// The Markdown after the heading, up to the next chapter.
    pub markdown: String,
}

/// The narrative of a unit's annual report for a year
/// (`reports/<year>/<unit>.md`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnualReport {
    /// The unit reporting.
    pub unit: String,
    /// The year reported on.
    pub year: i32,
    /// The date the report was signed, if stated.
    pub date: Option<Date>,
    /// The chapters written, in the standard order.
    pub chapters: Vec<ChapterText>,
    /// The file, relative to the content folder.
    pub file: PathBuf,
}

impl AnnualReport {
    /// The text of `chapter`, if written.
    pub fn chapter(&self, chapter: Chapter) -> Option<&str> {
        self.chapters
            .iter()
            .find(|c| c.chapter == chapter)
            .map(|c| c.markdown.as_str())
    }
}
