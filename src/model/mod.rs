//! The typed model of a government's performance record.
//!
//! Everything here has been validated: ids are resolved, references point to
//! something, figures fit their indicator. The model knows nothing of HTML or of
//! files; [`crate::validate`] builds it and [`crate::compute`] derives figures from it.

mod value;

pub use value::{
    Grade, NegativeFormula, Observation, Periodicity, Polarity, Rollup, Value, ValueKind,
};

use serde::Deserialize;
use std::collections::BTreeMap;

/// A calendar date from the content (`2026-07-14`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking that the day exists.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u32 = parts.next()?.parse().ok()?;
        let day: u32 = parts.next()?.parse().ok()?;
        if !(1000..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        (day <= days).then_some(Date { year, month, day })
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The whole validated record.
#[derive(Debug, Clone)]
pub struct Site {
    /// Site-wide settings.
    pub settings: Settings,
    /// The organisation, parents before children.
    pub units: Vec<Unit>,
    /// One per unit per year, sorted by year then unit order.
    pub agreements: Vec<Agreement>,
    /// Free pages (about, methodology, contact).
    pub pages: Vec<Page>,
    /// Lookups by id, so that a province-sized site is not scanned per page.
    index: SiteIndex,
}

#[derive(Debug, Clone, Default)]
struct SiteIndex {
    /// Unit id → position in `units`.
    units: std::collections::HashMap<String, usize>,
    /// Unit id → positions of its agreements in `agreements`, by year.
    agreements: std::collections::HashMap<String, Vec<usize>>,
    /// Unit id → positions of its children in `units`.
    children: std::collections::HashMap<String, Vec<usize>>,
    /// Unit id → positions in `agreements` of the agreements with a cascade
    /// link to that unit.
    linked_from: std::collections::HashMap<String, Vec<usize>>,
}

impl Site {
    /// A site of these parts, indexed.
    pub fn new(
        settings: Settings,
        units: Vec<Unit>,
        agreements: Vec<Agreement>,
        pages: Vec<Page>,
    ) -> Site {
        let mut index = SiteIndex::default();
        for (i, u) in units.iter().enumerate() {
            index.units.entry(u.id.clone()).or_insert(i);
            if let Some(p) = &u.parent {
                index.children.entry(p.clone()).or_default().push(i);
            }
        }
        for (i, a) in agreements.iter().enumerate() {
            index.agreements.entry(a.unit.clone()).or_default().push(i);
            let mut targets: Vec<&str> = a
                .objectives
                .iter()
                .flat_map(|o| {
                    std::iter::once(&o.supports).chain(o.indicators.iter().map(|i| &i.supports))
                })
                .flatten()
                .map(|l| l.unit.as_str())
                .collect();
            targets.sort_unstable();
            targets.dedup();
            for t in targets {
                index.linked_from.entry(t.to_string()).or_default().push(i);
            }
        }
        for list in index.agreements.values_mut() {
            list.sort_by_key(|&i| agreements[i].year);
        }
        Site {
            settings,
            units,
            agreements,
            pages,
            index,
        }
    }

    /// The unit with this id.
    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.index.units.get(id).map(|&i| &self.units[i])
    }

    /// The position of the unit with this id in `units`.
    pub fn unit_position(&self, id: &str) -> Option<usize> {
        self.index.units.get(id).copied()
    }

    /// The agreements of `unit`, oldest first.
    pub fn agreements_of<'a>(&'a self, unit: &str) -> impl Iterator<Item = &'a Agreement> + 'a {
        self.index
            .agreements
            .get(unit)
            .into_iter()
            .flatten()
            .map(|&i| &self.agreements[i])
    }

    /// The units directly below `unit`, in organisation order.
    pub fn children<'a>(&'a self, unit: &str) -> impl Iterator<Item = &'a Unit> + 'a {
        self.index
            .children
            .get(unit)
            .into_iter()
            .flatten()
            .map(|&i| &self.units[i])
    }

    /// The agreements with a cascade link to `unit`, in `agreements` order.
    pub fn linked_from<'a>(&'a self, unit: &str) -> impl Iterator<Item = &'a Agreement> + 'a {
        self.index
            .linked_from
            .get(unit)
            .into_iter()
            .flatten()
            .map(|&i| &self.agreements[i])
    }

    /// The agreement of `unit` for `year`.
    pub fn agreement(&self, unit: &str, year: i32) -> Option<&Agreement> {
        self.agreements_of(unit).find(|a| a.year == year)
    }

    /// The years with at least one agreement, ascending.
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self.agreements.iter().map(|a| a.year).collect();
        years.sort_unstable();
        years.dedup();
        years
    }

    /// Number of realisation reports (unit × quarter) in the record.
    pub fn report_count(&self) -> usize {
        self.agreements
            .iter()
            .map(|a| a.reports.iter().flatten().count())
            .sum()
    }

    /// Number of indicators over all agreements.
    pub fn indicator_count(&self) -> usize {
        self.agreements.iter().map(Agreement::indicator_count).sum()
    }
}

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

/// Organisational level of a unit, which decides what its objectives and budget
/// lines are called.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Head of a regency.
    Bupati,
    /// Head of a city.
    Walikota,
    /// Head of a province.
    Gubernur,
    /// Senior leadership (eselon II): Kepala Dinas/Badan, Sekda, Camat.
    Jpt,
    /// Administrator (eselon III): Sekretaris, Kepala Bidang/Bagian, Asisten.
    Administrator,
    /// Supervisor (eselon IV): Kepala Sub Bagian, Kepala Seksi.
    Pengawas,
    /// A minister (*Menteri*), the head of a ministry.
    Menteri,
    /// The head of a non-ministerial agency (*Kepala Lembaga*, *Kepala Badan*).
    KepalaLembaga,
    /// Eselon I of a ministry or agency: Sekretaris Jenderal, Direktur Jenderal, Deputi.
    EselonI,
    /// Eselon II of a ministry or agency: Direktur, Kepala Biro, Kepala LLDIKTI.
    EselonIi,
    /// Eselon III of a ministry or agency: Kepala Bagian, Kepala Subdirektorat.
    EselonIii,
    /// Eselon IV of a ministry or agency: Kepala Subbagian, Kepala Seksi.
    EselonIv,
}

impl Level {
    /// Whether this is the head of a region or of an institution: signs with
    /// no superior and stands at the top of the tree.
    pub fn is_head_of_region(self) -> bool {
        matches!(
            self,
            Level::Bupati
                | Level::Walikota
                | Level::Gubernur
                | Level::Menteri
                | Level::KepalaLembaga
        )
    }

    /// Whether this level belongs to central government (*kementerian/lembaga*),
    /// whose units are *unit kerja*, not *perangkat daerah*.
    pub fn is_central(self) -> bool {
        matches!(
            self,
            Level::Menteri
                | Level::KepalaLembaga
                | Level::EselonI
                | Level::EselonIi
                | Level::EselonIii
                | Level::EselonIv
        )
    }
}

/// A unit of the organisation (*perangkat daerah*, *unit kerja*).
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// Stable id, used in paths and links (`dinkes`).
    pub id: String,
    /// Full name (`Dinas Kesehatan`).
    pub name: String,
    /// Short name (`Dinkes`).
    pub short_name: String,
    /// Level in the organisation.
    pub level: Level,
    /// Parent unit id; `None` only for the head of region.
    pub parent: Option<String>,
    /// Position of the unit's head (*jabatan*): `Kepala Dinas Kesehatan`.
    pub position: String,
    /// Depth in the tree: 0 for the root.
    pub depth: usize,
    /// Ids the unit had before it was renamed; their pages redirect here.
    pub former_ids: Vec<String>,
}

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

/// A free Markdown page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Slug from the file name (`tentang`).
    pub slug: String,
    /// Title.
    pub title: String,
    /// Position in the menu (lower first).
    pub order: i32,
    /// Markdown body.
    pub body: String,
}
