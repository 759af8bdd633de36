//! A Perjanjian Kinerja: its parties, objectives, indicators, cascade
//! links and budget lines.

use super::*;

/// Who signed an agreement.
#[derive(Debug, Clone, PartialEq)]
pub struct Party {
    /// Name with titles, when the source gives it.
    pub name: Option<String>,
    /// Position (*jabatan*).
    pub position: String,
    /// `Plt.` or `Plh.` when acting.
    pub acting: Option<Acting>,
    /// NIP, if given.
    pub nip: Option<String>,
}

/// An acting signer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Acting {
    /// *Pelaksana Tugas*.
    Plt,
    /// *Pelaksana Harian*.
    Plh,
}

/// A performance agreement (*Perjanjian Kinerja*) of one unit for one year.
#[derive(Debug, Clone)]
pub struct Agreement {
    /// Unit id.
    pub unit: String,
    /// Year (*tahun anggaran*).
    pub year: i32,
    /// Date signed, when the source gives it.
    pub signed_on: Option<Date>,
    /// Place signed, when the source gives it.
    pub signed_at: Option<String>,
    /// *PIHAK KESATU*: the unit head.
    pub first_party: Party,
    /// *PIHAK KEDUA*: the superior; `None` for the head of region.
    pub second_party: Option<Party>,
    /// Objectives (*sasaran*) in document order.
    pub objectives: Vec<Objective>,
    /// Budget lines in document order.
    pub budget: Vec<BudgetLine>,
    /// False when only some budget lines were transcribed.
    pub budget_complete: bool,
    /// Narrative (Markdown) from the file body.
    pub narrative: Option<String>,
    /// Realisation reports by quarter (index 0 = Triwulan I).
    pub reports: [Option<Report>; 4],
    /// The content file, relative to the content folder.
    pub source: String,
    /// The revised agreement (*PK Perubahan*), when one was signed.
    pub amendment: Option<Amendment>,
}

impl Agreement {
    /// Number of indicators in the agreement.
    pub fn indicator_count(&self) -> usize {
        self.objectives.iter().map(|o| o.indicators.len()).sum()
    }

    /// The indicator with key `objective/indicator` (`S1/IK2`).
    pub fn indicator(&self, key: &str) -> Option<(&Objective, &Indicator)> {
        let (o, i) = key.split_once('/')?;
        let objective = self.objectives.iter().find(|x| x.id == o)?;
        objective
            .indicators
            .iter()
            .find(|x| x.id == i)
            .map(|ind| (objective, ind))
    }

    /// All indicators with their objective.
    pub fn indicators(&self) -> impl Iterator<Item = (&Objective, &Indicator)> {
        self.objectives
            .iter()
            .flat_map(|o| o.indicators.iter().map(move |i| (o, i)))
    }

    /// The latest quarter with a report (1–4).
    pub fn latest_quarter(&self) -> Option<u8> {
        (1..=4u8)
            .rev()
            .find(|q| self.reports[usize::from(q - 1)].is_some())
    }
}

/// A strategic objective (*sasaran*).
#[derive(Debug, Clone)]
pub struct Objective {
    /// Stable id within the agreement (`S1`).
    pub id: String,
    /// Statement (`Meningkatnya derajat kesehatan masyarakat`).
    pub name: String,
    /// The upper objective or indicator this one supports (cascade).
    pub supports: Option<CascadeLink>,
    /// Indicators measuring it.
    pub indicators: Vec<Indicator>,
}

/// A performance indicator (*indikator kinerja*).
#[derive(Debug, Clone)]
pub struct Indicator {
    /// Stable id, unique within its objective (`IK1`).
    pub id: String,
    /// Name.
    pub name: String,
    /// Unit of measure (*satuan*): `%`, `orang`, `dokumen`, `predikat`, …;
    /// empty when the source does not give it.
    pub measure: String,
    /// Higher or lower is better.
    pub polarity: Polarity,
    /// Formula used when polarity is negative (override or site default).
    pub negative_formula: NegativeFormula,
    /// Annual target.
    pub target: Value,
    /// Quarterly targets (*rencana aksi*), TW I–IV.
    pub quarterly_targets: [Option<Value>; 4],
    /// How quarters add up to the year.
    pub rollup: Rollup,
    /// How often it is measured; quarters not due are not "not reported".
    pub periodicity: Periodicity,
    /// Definition (*definisi operasional*).
    pub definition: Option<String>,
    /// Formula text (*rumusan perhitungan*).
    pub formula: Option<String>,
    /// Data source (*sumber data*).
    pub data_source: Option<String>,
    /// Person or office responsible (*penanggung jawab*).
    pub responsible: Option<String>,
    /// Key of the indicator within its agreement: `objective/indicator`.
    pub key: String,
    /// Whether this is a main indicator (*IKU*).
    pub iku: bool,
    /// Whether the figure is a share of a whole (cannot exceed 100 %).
    pub share: bool,
    /// The upper objective or indicator this one supports (cascade).
    pub supports: Option<CascadeLink>,
    /// The five-year plan indicator this one implements.
    pub plan: Option<PlanLink>,
    /// Why the target differs from the plan's target for the year, when the
    /// clerk recorded it.
    pub plan_difference: Option<String>,
    /// The target as first signed, when an amendment (*PK Perubahan*)
    /// changed it; `target` is then the revised one, which every
    /// achievement uses.
    pub signed_target: Option<Value>,
    /// The quarterly targets as first signed, when the amendment changed them.
    pub signed_quarterly_targets: Option<[Option<Value>; 4]>,
    /// A national or provincial figure to compare with.
    pub benchmark: Option<Benchmark>,
    /// Short forms readers know the indicator by (`AKI`), declared in the
    /// content, for search.
    pub abbreviations: Vec<String>,
}

/// Whether a unit of measure is a percentage (`%`, `persen`, `persentase`).
pub fn is_percent(measure: &str) -> bool {
    matches!(
        measure.trim().to_lowercase().as_str(),
        "%" | "persen" | "persentase"
    )
}

impl Indicator {
    /// The kind of figure the indicator uses.
    pub fn kind(&self) -> ValueKind {
        self.target.kind()
    }
}

/// A cascade link to an objective or indicator of another unit's agreement of
/// the same year: `bupati/S2` or `bupati/S2/IK1`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct CascadeLink {
    /// Unit id.
    pub unit: String,
    /// Objective id.
    pub objective: String,
    /// Indicator id, when the link is to an indicator.
    pub indicator: Option<String>,
}

impl std::fmt::Display for CascadeLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.unit, self.objective)?;
        if let Some(i) = &self.indicator {
            write!(f, "/{i}")?;
        }
        Ok(())
    }
}

/// Level of a budget line in the national nomenclature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BudgetLevel {
    /// Program.
    Program,
    /// Kegiatan.
    Kegiatan,
    /// Sub kegiatan.
    SubKegiatan,
}

/// The largest amount of one budget line, in rupiah: Rp 1.000 triliun,
/// above any single line in the state budget.
pub const MAX_RUPIAH: i64 = 1_000_000_000_000_000;

/// The largest total of an agreement's ceilings, or of one report's
/// realised amounts: every sum kinerja makes of them (per level, per
/// objective, per agreement) stays far inside `i64`.
pub const MAX_RUPIAH_TOTAL: i64 = 1_000_000_000_000_000_000;

/// The sum of amounts in rupiah. Validation bounds every amount and every
/// agreement's total, so the sum never reaches the limit of `i64`; if it
/// ever did, it would stop there rather than wrap to a negative total.
pub fn rupiah_sum(amounts: impl IntoIterator<Item = i64>) -> i64 {
    amounts.into_iter().fold(0, i64::saturating_add)
}

/// A budget line of an agreement.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetLine {
    /// Code as a string (`1.02.02`).
    pub code: String,
    /// Name.
    pub name: String,
    /// Program, kegiatan or sub kegiatan.
    pub level: BudgetLevel,
    /// Ceiling (*pagu*) in whole rupiah.
    pub ceiling: i64,
    /// Ids of the objectives it serves.
    pub objectives: Vec<String>,
}
