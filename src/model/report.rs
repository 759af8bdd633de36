//! A quarterly realisation report: what was reported per indicator and per
//! budget line, with revisions and evidence.

use super::*;

/// A quarterly realisation report (*laporan realisasi triwulan*) of one unit.
#[derive(Debug, Clone)]
pub struct Report {
    /// Quarter, 1–4.
    pub quarter: u8,
    /// Date of the report, when the source gives it.
    pub reported_on: Option<Date>,
    /// Per indicator key (`S1/IK2`).
    pub indicators: BTreeMap<String, IndicatorReport>,
    /// Cumulative budget realised up to this quarter, per budget code.
    pub budget: BTreeMap<String, i64>,
    /// Narrative analysis (Markdown) from the file body.
    pub narrative: Option<String>,
    /// The content file, relative to the content folder.
    pub source: String,
}

/// What was reported for one indicator in one quarter.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorReport {
    /// The figure, or not yet measured.
    pub value: Observation,
    /// *Keterangan*.
    pub explanation: Option<String>,
    /// *Kendala*.
    pub obstacles: Option<String>,
    /// *Tindak lanjut*.
    pub follow_up: Option<String>,
    /// *Bukti dukung*.
    pub evidence: Vec<Evidence>,
    /// When the current value was published, if it revised an earlier one.
    pub revised_on: Option<Date>,
    /// Values published earlier, oldest first.
    pub revisions: Vec<Revision>,
    /// The content says the work was not carried out (*belum dilaksanakan*).
    pub not_carried_out: bool,
    /// The inputs of the formula, so a reader can recompute the figure.
    pub inputs: Option<FormulaInputs>,
    /// The achievement (%) printed in the signed form, when recorded.
    pub official_achievement: Option<f64>,
}

/// The numerator and denominator a ratio was computed from, as given
/// (PDRB akomodasi 1.296,64 ÷ PDRB 415.477,22).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FormulaInputs {
    /// Numerator (*pembilang*).
    pub numerator: f64,
    /// Denominator (*penyebut*).
    pub denominator: f64,
}

/// A value published earlier and later corrected (*direvisi*).
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    /// The earlier value.
    pub value: Observation,
    /// When it was published.
    pub published_on: Date,
    /// Why it changed.
    pub note: Option<String>,
}

/// A link to supporting evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// What it is.
    pub title: String,
    /// Where it is (http(s) URL or a path under the site's `static/` folder).
    pub url: String,
}
