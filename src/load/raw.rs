//! Raw structs: the content files as written, with source positions.
//!
//! Field names here are the content format (`docs/content-format.md`). Every
//! struct denies unknown fields, so a typo is an error with a suggestion rather
//! than silently dropped data. Values that later checks point at are
//! [`Spanned`]; the checks themselves live in [`crate::validate`].
//!
//! The fields are documented once, where clerks read them: in
//! `docs/content-format.md`, whose examples a test builds against these
//! structs (`tests/docs_examples.rs`).
#![allow(missing_docs)]

use crate::model::{Acting, BudgetLevel, Level, NegativeFormula, Periodicity, Polarity, Rollup};
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
pub use serde_saphyr::Spanned;
use std::fmt;

/// `site.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSettings {
    pub institution: Spanned<String>,
    pub region: Spanned<String>,
    #[serde(default)]
    pub province: Option<String>,
    pub base_url: Spanned<String>,
    #[serde(default)]
    pub language: Option<Spanned<String>>,
    #[serde(default)]
    pub example_data: bool,
    #[serde(default)]
    pub negative_formula: NegativeFormula,
    #[serde(default)]
    pub categories: Option<Spanned<Vec<RawCategory>>>,
    #[serde(default)]
    pub exceeded_label: Option<String>,
    #[serde(default)]
    pub grade_scales: Option<Vec<RawGradeScale>>,
    #[serde(default)]
    pub predicates: Option<Spanned<Vec<RawPredicate>>>,
    #[serde(default)]
    pub evaluations: Vec<RawEvaluation>,
    #[serde(default)]
    pub licence: Option<String>,
    #[serde(default)]
    pub theme: Option<Spanned<String>>,
    #[serde(default)]
    pub achievement_ceiling: Option<Spanned<f64>>,
    #[serde(default)]
    pub edition: Option<RawEdition>,
    #[serde(default)]
    pub timeliness: Option<RawTimeliness>,
    #[serde(default)]
    pub max_document_mb: Option<Spanned<f64>>,
}

/// `edition:` in `site.yaml`: the publication this build is.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEdition {
    pub name: Spanned<String>,
    pub date: Spanned<String>,
}

/// `timeliness:` in `site.yaml`: the deadlines documents are measured against.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTimeliness {
    #[serde(default)]
    pub budget_documents: Vec<RawBudgetDocument>,
    #[serde(default)]
    pub pk_within_months: Option<Spanned<i64>>,
    #[serde(default)]
    pub report_within_days: Option<Spanned<i64>>,
    #[serde(default)]
    pub lkjip_within_months: Option<Spanned<i64>>,
}

/// The approval of a year's budget document (DPA, DIPA).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBudgetDocument {
    pub year: Spanned<i32>,
    pub date: Spanned<String>,
    #[serde(default)]
    pub name: Option<String>,
}

/// `documents/<year>/<unit>.yaml`: the documents a unit published for a year.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRegister {
    pub unit: Spanned<String>,
    pub year: Spanned<i32>,
    #[serde(default)]
    pub documents: Vec<RawDocument>,
    /// The SAKIP evaluation of the unit for the year, with its recommendations.
    #[serde(default)]
    pub evaluation: Option<RawEvaluation>,
}

/// The front matter of an annual report's chapters
/// (`reports/<year>/<unit>.md`); the file may have none.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReport {
    /// The date the report was signed.
    #[serde(default)]
    pub date: Option<Spanned<String>>,
    /// The line of the file where the Markdown starts (1 without front matter).
    #[serde(skip)]
    pub body_line: usize,
}

/// One registered document.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDocument {
    #[serde(rename = "type")]
    pub kind: Spanned<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub number: Option<String>,
    #[serde(default)]
    pub date: Option<Spanned<String>>,
    #[serde(default)]
    pub file: Option<Spanned<String>>,
    #[serde(default)]
    pub url: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCategory {
    pub min: Spanned<f64>,
    pub label: String,
    pub colour: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGradeScale {
    pub id: Spanned<String>,
    pub name: String,
    pub grades: Spanned<Vec<Spanned<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPredicate {
    pub grade: Spanned<String>,
    pub above: Spanned<f64>,
    pub label: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvaluation {
    /// The year evaluated: required in `site.yaml`; in a register it is the
    /// register's year and may be left out.
    #[serde(default)]
    pub year: Option<Spanned<i32>>,
    pub score: Spanned<f64>,
    #[serde(default)]
    pub predicate: Option<Spanned<String>>,
    #[serde(default)]
    pub components: Option<RawComponents>,
    #[serde(default)]
    pub evaluator: Option<String>,
    #[serde(default)]
    pub date: Option<Spanned<String>>,
    #[serde(default)]
    pub recommendations: Vec<RawRecommendation>,
}

/// One recommendation of an evaluation, and what was done about it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRecommendation {
    #[serde(default)]
    pub id: Option<Spanned<String>>,
    pub text: Spanned<String>,
    #[serde(default)]
    pub due: Option<Spanned<String>>,
    pub status: Spanned<String>,
    #[serde(default)]
    pub closed: Option<Spanned<String>>,
    #[serde(default)]
    pub follow_up: Vec<RawFollowUp>,
}

/// One step taken on a recommendation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFollowUp {
    pub date: Spanned<String>,
    pub action: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawComponents {
    pub planning: Spanned<f64>,
    pub measurement: Spanned<f64>,
    pub reporting: Spanned<f64>,
    pub evaluation: Spanned<f64>,
}

/// `units.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawUnits {
    pub units: Vec<RawUnit>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawUnit {
    pub id: Spanned<String>,
    pub name: String,
    #[serde(default)]
    pub short_name: Option<String>,
    pub level: Spanned<Level>,
    #[serde(default)]
    pub parent: Option<Spanned<String>>,
    pub position: String,
    #[serde(default)]
    pub former_ids: Vec<Spanned<String>>,
}

/// `agreements/<year>/<unit>.yaml` (or the front matter of `<unit>.md`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAgreement {
    pub unit: Spanned<String>,
    pub year: Spanned<i32>,
    /// Often missing from a transcribed source: then "tidak tercantum".
    #[serde(default)]
    pub signed: Option<Spanned<RawSigned>>,
    pub first_party: RawParty,
    #[serde(default)]
    pub second_party: Option<Spanned<RawParty>>,
    pub objectives: Spanned<Vec<RawObjective>>,
    #[serde(default)]
    pub budget: Vec<RawBudgetLine>,
    #[serde(default)]
    pub budget_complete: Option<bool>,
    /// A revised agreement (*PK Perubahan*) signed during the year.
    #[serde(default)]
    pub amendment: Option<Spanned<RawAmendment>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAmendment {
    pub date: Spanned<String>,
    pub reason: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSigned {
    #[serde(default)]
    pub date: Option<Spanned<String>>,
    #[serde(default)]
    pub place: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawParty {
    #[serde(default)]
    pub name: Option<String>,
    pub position: String,
    #[serde(default)]
    pub acting: Option<Acting>,
    #[serde(default)]
    pub nip: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawObjective {
    pub id: Spanned<String>,
    pub name: String,
    #[serde(default)]
    pub supports: Option<Spanned<String>>,
    pub indicators: Spanned<Vec<RawIndicator>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndicator {
    pub id: Spanned<String>,
    pub name: String,
    #[serde(default)]
    pub measure: Option<Spanned<String>>,
    #[serde(default)]
    pub polarity: Polarity,
    #[serde(default)]
    pub negative_formula: Option<Spanned<NegativeFormula>>,
    pub target: Spanned<RawValue>,
    #[serde(default)]
    pub quarterly_targets: Option<Spanned<Vec<Spanned<RawValue>>>>,
    #[serde(default)]
    pub rollup: Option<Spanned<Rollup>>,
    #[serde(default)]
    pub periodicity: Option<Spanned<Periodicity>>,
    #[serde(default)]
    pub scale: Option<Spanned<String>>,
    #[serde(default)]
    pub definition: Option<String>,
    #[serde(default)]
    pub formula: Option<String>,
    #[serde(default)]
    pub data_source: Option<String>,
    #[serde(default)]
    pub responsible: Option<String>,
    /// Short forms readers search by (`AKI`, `IKM`).
    #[serde(default)]
    pub abbreviations: Vec<String>,
    #[serde(default)]
    pub iku: bool,
    #[serde(default)]
    pub share: bool,
    #[serde(default)]
    pub supports: Option<Spanned<String>>,
    /// The five-year plan indicator this one implements (`S1/IK1` in the
    /// unit's own plan, or `bupati/S1/IK1`).
    #[serde(default)]
    pub plan: Option<Spanned<String>>,
    /// Why the target differs from the plan's target for the year.
    #[serde(default)]
    pub plan_difference: Option<String>,
    /// The target of the amended agreement (*PK Perubahan*).
    #[serde(default)]
    pub revised_target: Option<Spanned<RawValue>>,
    #[serde(default)]
    pub revised_quarterly_targets: Option<Spanned<Vec<Spanned<RawValue>>>>,
    /// A national or provincial figure to compare with.
    #[serde(default)]
    pub benchmark: Option<Spanned<RawBenchmark>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBenchmark {
    pub value: Spanned<RawValue>,
    pub source: String,
    #[serde(default)]
    pub year: Option<Spanned<i32>>,
}

/// `plans/<from>-<to>/<unit>.yaml` (or the front matter of `<unit>.md`): the
/// RPJMD of the head of region, or a unit's Renstra.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlan {
    pub unit: Spanned<String>,
    pub period: Spanned<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub legal_basis: Option<String>,
    pub goals: Spanned<Vec<RawGoal>>,
    #[serde(default)]
    pub programs: Vec<RawProgramme>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGoal {
    pub id: Spanned<String>,
    pub name: String,
    #[serde(default)]
    pub indicators: Vec<RawPlanIndicator>,
    #[serde(default)]
    pub objectives: Vec<RawPlanObjective>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlanObjective {
    pub id: Spanned<String>,
    pub name: String,
    #[serde(default)]
    pub indicators: Vec<RawPlanIndicator>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlanIndicator {
    pub id: Spanned<String>,
    pub name: String,
    #[serde(default)]
    pub measure: Option<Spanned<String>>,
    #[serde(default)]
    pub polarity: Polarity,
    #[serde(default)]
    pub negative_formula: Option<Spanned<NegativeFormula>>,
    #[serde(default)]
    pub scale: Option<Spanned<String>>,
    #[serde(default)]
    pub baseline: Option<Spanned<RawBaseline>>,
    #[serde(default)]
    pub targets: Option<Spanned<std::collections::BTreeMap<i64, Spanned<RawValue>>>>,
    #[serde(default)]
    pub end_target: Option<Spanned<RawValue>>,
    #[serde(default)]
    pub definition: Option<String>,
    #[serde(default)]
    pub formula: Option<String>,
    #[serde(default)]
    pub data_source: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBaseline {
    pub year: Spanned<i32>,
    pub value: Spanned<RawValue>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProgramme {
    pub code: Spanned<String>,
    pub name: String,
    pub level: Spanned<BudgetLevel>,
    #[serde(default)]
    pub objectives: Vec<Spanned<String>>,
    #[serde(default)]
    pub indicators: Vec<RawPlanIndicator>,
    #[serde(default)]
    pub budget: Option<Spanned<std::collections::BTreeMap<i64, Spanned<i64>>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBudgetLine {
    pub code: Spanned<String>,
    pub name: String,
    pub level: BudgetLevel,
    pub ceiling: Spanned<i64>,
    #[serde(default)]
    pub objectives: Vec<Spanned<String>>,
}

/// `realisations/<year>/q<N>/<unit>.yaml` (or the front matter of `<unit>.md`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRealisation {
    pub unit: Spanned<String>,
    pub year: Spanned<i32>,
    pub quarter: Spanned<i64>,
    #[serde(default)]
    pub reported: Option<Spanned<String>>,
    #[serde(default)]
    pub indicators: Vec<RawIndicatorReport>,
    #[serde(default)]
    pub budget: Vec<RawBudgetReport>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndicatorReport {
    pub id: Spanned<String>,
    /// Absent or `null` means not yet measured.
    #[serde(default)]
    pub value: Option<Spanned<RawValue>>,
    #[serde(default)]
    pub explanation: Option<String>,
    #[serde(default)]
    pub obstacles: Option<String>,
    #[serde(default)]
    pub follow_up: Option<String>,
    #[serde(default)]
    pub evidence: Vec<Spanned<RawEvidence>>,
    /// Date the current value was published, when it replaced earlier ones.
    #[serde(default)]
    pub revised: Option<Spanned<String>>,
    /// Values published earlier for this indicator and quarter.
    #[serde(default)]
    pub revisions: Vec<RawRevision>,
    /// The work was not carried out (*belum dilaksanakan*), said explicitly.
    #[serde(default)]
    pub not_carried_out: bool,
    /// Formula inputs (*pembilang*, *penyebut*).
    #[serde(default)]
    pub numerator: Option<Spanned<f64>>,
    #[serde(default)]
    pub denominator: Option<Spanned<f64>>,
    /// The achievement (%) printed in the signed form.
    #[serde(default)]
    pub official_achievement: Option<Spanned<f64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRevision {
    pub value: Spanned<RawValue>,
    pub date: Spanned<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBudgetReport {
    pub code: Spanned<String>,
    pub realised: Spanned<i64>,
}

/// Evidence: a bare URL or `{title, url}`.
#[derive(Debug)]
pub struct RawEvidence {
    pub title: Option<String>,
    pub url: String,
}

/// Front matter of a free page.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPage {
    pub title: Spanned<String>,
    #[serde(default)]
    pub order: Option<i32>,
}

/// A figure as written: a YAML number, a `{min, max}` range, or text (a range
/// such as `80-90`, a grade such as `BB`, or a not-yet-measured marker).
#[derive(Debug, Clone, PartialEq)]
pub enum RawValue {
    Number(f64),
    Range { min: f64, max: f64 },
    Text(String),
    Null,
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "a number, a range `{min: 80, max: 90}` or `80-90`, or a grade such as `BB`",
                )
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawValue, E> {
                #[allow(clippy::cast_precision_loss)]
                Ok(RawValue::Number(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawValue, E> {
                #[allow(clippy::cast_precision_loss)]
                Ok(RawValue::Number(v as f64))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawValue, E> {
                Ok(RawValue::Number(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawValue, E> {
                Ok(RawValue::Text(v.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<RawValue, E> {
                Ok(RawValue::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<RawValue, E> {
                Ok(RawValue::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<RawValue, D::Error> {
                RawValue::deserialize(d)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawValue, A::Error> {
                let (mut min, mut max) = (None, None);
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "min" => min = Some(map.next_value::<f64>()?),
                        "max" => max = Some(map.next_value::<f64>()?),
                        other => return Err(de::Error::unknown_field(other, &["min", "max"])),
                    }
                }
                match (min, max) {
                    (Some(min), Some(max)) => Ok(RawValue::Range { min, max }),
                    (None, _) => Err(de::Error::missing_field("min")),
                    (_, None) => Err(de::Error::missing_field("max")),
                }
            }
        }
        deserializer.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for RawEvidence {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Full {
            title: Option<String>,
            url: String,
        }
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawEvidence;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a link, or `{title: …, url: …}`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawEvidence, E> {
                Ok(RawEvidence {
                    title: None,
                    url: v.to_string(),
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawEvidence, A::Error> {
                let full = Full::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(RawEvidence {
                    title: full.title,
                    url: full.url,
                })
            }
        }
        deserializer.deserialize_any(V)
    }
}
