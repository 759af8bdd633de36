//! The site's settings: the institution, the language, the scales and
//! categories, the SAKIP evaluations.

use super::*;

/// Site settings (`site.yaml`).
#[derive(Debug, Clone)]
pub struct Settings {
    /// Institution publishing the site (`Pemerintah Kabupaten Contoh Raya`).
    pub institution: String,
    /// Region (`Kabupaten Contoh Raya`).
    pub region: String,
    /// Province, if any.
    pub province: Option<String>,
    /// Public address of the site, always ending in `/`; may include a sub-path.
    pub base_url: String,
    /// Language of the site (`id` or `en`).
    pub language: String,
    /// Whether the data is an example (shown on every page).
    pub example_data: bool,
    /// Default formula for lower-is-better indicators.
    pub negative_formula: NegativeFormula,
    /// Achievement bands, highest first.
    pub categories: Vec<Category>,
    /// Label shown for achievement above 100 %.
    pub exceeded_label: String,
    /// Grade scales usable in targets and realisations.
    pub grade_scales: Vec<GradeScale>,
    /// SAKIP predicate bands (score → letter), highest first.
    pub predicates: Vec<Predicate>,
    /// SAKIP evaluation results, by year ascending.
    pub evaluations: Vec<Evaluation>,
    /// Licence of the published data.
    pub licence: Option<String>,
    /// A theme folder, relative to the content folder, overriding the default theme.
    pub theme: Option<String>,
    /// Achievements above this (%) are flagged "cek data" (default 150).
    pub achievement_ceiling: f64,
    /// The edition this build publishes, when `site.yaml` names one.
    pub edition: Option<Edition>,
    /// The deadlines of the timeliness page.
    pub deadlines: Deadlines,
    /// The largest document file accepted, in bytes (default 20 MiB).
    pub max_document_bytes: u64,
}

/// One achievement band (*kategori capaian*), lower bound inclusive.
#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    /// Lowest achievement (%) in the band.
    pub min: f64,
    /// Word shown beside the colour (`Sangat Tinggi`).
    pub label: String,
    /// CSS colour (`#1a7f37`).
    pub colour: String,
}

/// An ordered grade scale, lowest grade first.
#[derive(Debug, Clone, PartialEq)]
pub struct GradeScale {
    /// Id used in indicators (`sakip`).
    pub id: String,
    /// Display name (`Predikat SAKIP`).
    pub name: String,
    /// Grades from lowest to highest; score = position + 1.
    pub grades: Vec<String>,
}

impl GradeScale {
    /// The grade written as `label`, if it is on this scale.
    pub fn grade(&self, label: &str) -> Option<Grade> {
        self.grades.iter().position(|g| g == label).map(|i| Grade {
            scale: self.id.clone(),
            label: label.to_string(),
            score: u32::try_from(i + 1).unwrap_or(u32::MAX),
        })
    }
}

/// A SAKIP predicate band: scores above `above` (up to the next band) earn `grade`.
#[derive(Debug, Clone, PartialEq)]
pub struct Predicate {
    /// Letter (`BB`).
    pub grade: String,
    /// Exclusive lower bound of the score (`70` for BB: > 70–80). The lowest band
    /// includes its bound.
    pub above: f64,
    /// Meaning (`Sangat Baik`).
    pub label: String,
}

/// The SAKIP evaluation of the institution for one year.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// Year evaluated.
    pub year: i32,
    /// Score 0–100.
    pub score: f64,
    /// Predicate letter, from the predicate bands.
    pub predicate: String,
    /// Component scores, if published.
    pub components: Option<EvaluationComponents>,
    /// Who evaluated (`Inspektorat Kabupaten`, `Kementerian PANRB`), if given.
    pub evaluator: Option<String>,
    /// The date of the evaluation report (LHE), if given.
    pub date: Option<Date>,
    /// The evaluator's recommendations, as written.
    pub recommendations: Vec<Recommendation>,
}

/// Where a recommendation stands, as the clerk last recorded it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FollowUpStatus {
    /// Nothing done yet (*belum ditindaklanjuti*).
    Open,
    /// Being acted on (*dalam proses*).
    InProgress,
    /// Done (*selesai*), on its closing date.
    Closed,
}

impl FollowUpStatus {
    /// Every status with the words a clerk may write for it.
    pub const WORDS: [(&'static str, FollowUpStatus); 6] = [
        ("terbuka", FollowUpStatus::Open),
        ("open", FollowUpStatus::Open),
        ("proses", FollowUpStatus::InProgress),
        ("in-progress", FollowUpStatus::InProgress),
        ("selesai", FollowUpStatus::Closed),
        ("closed", FollowUpStatus::Closed),
    ];

    /// The status a clerk's word names.
    pub fn parse(word: &str) -> Option<FollowUpStatus> {
        let w = word.trim().to_lowercase();
        Self::WORDS.iter().find(|(k, _)| *k == w).map(|(_, s)| *s)
    }

    /// Its id in data files (`open`, `in-progress`, `closed`).
    pub fn id(self) -> &'static str {
        match self {
            FollowUpStatus::Open => "open",
            FollowUpStatus::InProgress => "in-progress",
            FollowUpStatus::Closed => "closed",
        }
    }
}

/// A recommendation of an evaluation and its follow-up (*tindak lanjut*).
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    /// Its number in the report (`R1`, `3`).
    pub id: String,
    /// What the evaluator recommended.
    pub text: String,
    /// The date it should be done by, if the report set one.
    pub due: Option<Date>,
    /// Where it stands.
    pub status: FollowUpStatus,
    /// The date it was closed (only when closed).
    pub closed: Option<Date>,
    /// The steps taken, oldest first.
    pub follow_up: Vec<FollowUp>,
}

/// One step taken on a recommendation.
#[derive(Debug, Clone, PartialEq)]
pub struct FollowUp {
    /// When.
    pub date: Date,
    /// What was done.
    pub action: String,
}

/// Component scores of a SAKIP evaluation (weights 30/30/15/25).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EvaluationComponents {
    /// Perencanaan kinerja (max 30).
    pub planning: f64,
    /// Pengukuran kinerja (max 30).
    pub measurement: f64,
    /// Pelaporan kinerja (max 15).
    pub reporting: f64,
    /// Evaluasi akuntabilitas kinerja internal (max 25).
    pub evaluation: f64,
}
