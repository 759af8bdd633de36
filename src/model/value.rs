//! Targets and realisations: numbers, ranges and grades.

use serde::Deserialize;

/// A grade on an ordered scale, such as `BB` on the SAKIP scale AA…D or `WTP` on
/// the BPK opinion scale. Its ordinal score (D = 1 … AA = 7) is what the
/// achievement formulas use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grade {
    /// Id of the scale in the site settings (`sakip`, `opini-bpk`, …).
    pub scale: String,
    /// The grade as written (`BB`).
    pub label: String,
    /// Ordinal score: 1 for the lowest grade of the scale.
    pub score: u32,
}

/// A figure: a target or a realisation.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A plain number (`93.75`).
    Number(f64),
    /// A target range, both ends included (`80–90`). Only targets are ranges.
    Range {
        /// Lower end.
        low: f64,
        /// Upper end.
        high: f64,
    },
    /// A grade on an ordered scale (`BB`).
    Grade(Grade),
}

/// What a unit reported for an indicator in a quarter.
#[derive(Debug, Clone, PartialEq)]
pub enum Observation {
    /// A figure was reported (`0` is a figure).
    Measured(Value),
    /// Not yet measured (`-`, `n/a`, "Proses Penilaian"): different from `0`.
    NotYetMeasured,
}

impl Observation {
    /// The figure, if one was reported.
    pub fn value(&self) -> Option<&Value> {
        match self {
            Observation::Measured(v) => Some(v),
            Observation::NotYetMeasured => None,
        }
    }
}

/// What an indicator measures with: plain numbers or grades of one scale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueKind {
    /// Numbers (targets may be ranges).
    Numeric,
    /// Grades of the scale with this id.
    Grade(String),
}

impl Value {
    /// The kind of figure this is.
    pub fn kind(&self) -> ValueKind {
        match self {
            Value::Number(_) | Value::Range { .. } => ValueKind::Numeric,
            Value::Grade(g) => ValueKind::Grade(g.scale.clone()),
        }
    }
}

/// Whether a higher or a lower figure is better (*polaritas*).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// Higher is better (the default).
    #[default]
    Positive,
    /// Lower is better (e.g. poverty rate, maternal deaths).
    Negative,
}

/// The formula for lower-is-better indicators; governments differ, so it is a
/// site setting with a per-indicator override.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum NegativeFormula {
    /// (2T − R) / T × 100, floored at 0 (PermenPAN-RB 6/2022, most LKjIPs).
    #[default]
    Linear,
    /// T / R × 100; R = 0 gives 100 %.
    Inverse,
}

/// How the quarters of a year add up to the year's figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Rollup {
    /// *Kondisi akhir*: the latest reported quarter is the year's value (rates,
    /// indexes, percentages). The default.
    #[default]
    Last,
    /// *Akumulasi*: the quarters' realisations are summed and compared with the
    /// sum of their targets.
    Cumulative,
}

/// How often an indicator is measured (*periodisitas pengukuran*), as the IKU
/// decree states it. Quarters in which no measurement is due are not "late".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Periodicity {
    /// Every quarter (the default).
    #[default]
    Quarterly,
    /// Twice a year: TW II and TW IV.
    Semester,
    /// Once a year: TW IV.
    Annual,
}

impl Periodicity {
    /// Whether a measurement is due in quarter `q` (1–4).
    pub fn due(self, q: u8) -> bool {
        match self {
            Periodicity::Quarterly => true,
            Periodicity::Semester => q == 2 || q == 4,
            Periodicity::Annual => q == 4,
        }
    }
}
