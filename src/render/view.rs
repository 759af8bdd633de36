//! View models: small, ready-to-show structures for the templates, with every
//! number already formatted for the reader. Templates only place them.

use super::charts::{self, Bars, Chart, Item};
use super::format::{self, Lang};
use super::i18n::{Label, Labels};
use super::markdown;
use super::paths;
use crate::compute::{
    self, Achievement, AgreementFigures, Basis, Counts, Flag, IndicatorYear, Mean, NoPercent,
    Status, YearState,
};
use crate::model::{
    Agreement, BudgetLevel, Category, Indicator, Level, NegativeFormula, Observation, Periodicity,
    Polarity, Rollup, Site, Unit, Value,
};
use serde::Serialize;

pub use crate::compute::Figures;

/// What every view builder needs.
pub struct Ctx<'a> {
    /// The validated record.
    pub site: &'a Site,
    /// Figures of every agreement.
    pub figures: &'a Figures,
    /// Reader's language.
    pub lang: Lang,
    /// Labels in that language.
    pub t: &'a Labels,
}

/// An achievement as shown: text, category, status and basis.
#[derive(Debug, Clone, Serialize, Default)]
pub struct AchievementView {
    /// `93,75 %`, or the status when there is no percentage (`Belum diukur`).
    pub text: String,
    /// Unrounded percentage, for sorting.
    pub percent: Option<f64>,
    /// Category word, saying it describes the achievement (`capaian Tinggi`).
    pub category: Option<String>,
    /// Category colour.
    pub colour: Option<String>,
    /// Status word, true at the moment it is read (`Belum tercapai (s.d. TW II)`).
    pub status: String,
    /// Machine word of the status (`belum_tercapai`), also a CSS class.
    pub status_code: String,
    /// What the percentage is measured against (`thd. target s.d. TW II`).
    pub basis: Option<String>,
    /// Why there is no percentage, or the explanation of a missing figure.
    pub note: Option<String>,
    /// Reasons to check the figure ("cek data"), in words.
    pub flags: Vec<String>,
}

/// A unit-year (or year, or site) summary: both bases, labelled, and the counts.
#[derive(Debug, Clone, Serialize, Default)]
pub struct SummaryView {
    /// Mean against the period's target.
    pub period: AchievementView,
    /// `Rata-rata capaian thd. target periode (…), 2 dari 3 indikator terukur`.
    pub period_basis: String,
    /// Mean against the annual target.
    pub annual: AchievementView,
    /// `Rata-rata capaian thd. target tahunan, 2 dari 3 indikator terukur`.
    pub annual_basis: String,
    /// `1 dari 3 indikator tercapai · 1 belum tercapai · 1 belum diukur`.
    pub counts: String,
    /// Counts as numbers.
    pub met: usize,
    /// Below target.
    pub below: usize,
    /// Not measured.
    pub unmeasured: usize,
    /// All indicators.
    pub total: usize,
}

impl Ctx<'_> {
    fn n(&self, v: f64) -> String {
        format::number(v, 2, self.lang)
    }

    /// The words of a status.
    pub fn status_word(&self, status: Status, basis: Option<Basis>) -> String {
        let so_far = |word: &str| match basis {
            Some(b) => format!(
                "{word} ({} {})",
                self.t.get(Label::up_to),
                self.quarter_label(b.quarter())
            ),
            None => word.to_string(),
        };
        // The word for "above target" is a site setting (`exceeded_label`);
        // its default is Indonesian, so an English site keeps its own word.
        let exceeded = match self.site.settings.exceeded_label.as_str() {
            "Melampaui Target" => self.t.get(Label::status_exceeded),
            own => own,
        };
        match status {
            Status::Exceeded { closed: true } => exceeded.into(),
            Status::Exceeded { closed: false } => so_far(exceeded),
            Status::Met { closed: true } => self.t.get(Label::status_met).into(),
            Status::Met { closed: false } => so_far(self.t.get(Label::status_met)),
            Status::BelowSoFar => so_far(self.t.get(Label::status_below)),
            Status::NotMet => self.t.get(Label::status_not_met).into(),
            Status::NotMeasured => self.t.get(Label::not_measured).into(),
            Status::NotDue(Periodicity::Semester) => self.t.get(Label::status_semester).into(),
            Status::NotDue(_) => self.t.get(Label::status_annual).into(),
            Status::NotCarriedOut => self.t.get(Label::status_not_carried_out).into(),
            Status::NoPercent(_) => self.t.get(Label::status_no_percent).into(),
        }
    }

    /// The words of a basis.
    pub fn basis_word(&self, basis: Basis) -> String {
        match basis {
            Basis::QuarterTarget(q) => format!(
                "{} {} ({})",
                self.t.get(Label::basis_quarter),
                self.quarter_label(q),
                self.t.get(Label::basis_quarter_note)
            ),
            Basis::Annual(_) => self.t.get(Label::basis_annual).into(),
        }
    }

    /// The category word of a percentage, saying it is about the achievement.
    fn category_word(&self, c: &Category) -> String {
        format!("{} {}", self.t.get(Label::category_prefix), c.label)
    }

    /// An achievement view with its verdict, decided by `compute`.
    pub fn verdict(
        &self,
        a: Option<Achievement>,
        status: Status,
        basis: Option<Basis>,
    ) -> AchievementView {
        let mut v = match a {
            Some(Achievement::Percent(p)) => self.percent(p),
            Some(Achievement::Undefined(reason)) => AchievementView {
                text: "–".into(),
                note: Some(
                    match reason {
                        NoPercent::ZeroTarget => self.t.get(Label::no_percent_zero),
                        _ => self.t.get(Label::no_percent),
                    }
                    .into(),
                ),
                ..Default::default()
            },
            None => AchievementView::default(),
        };
        v.status = self.status_word(status, basis);
        v.status_code = status.code().replace('_', "-");
        v.basis = basis
            .filter(|_| v.percent.is_some())
            .map(|b| self.basis_word(b));
        if a.is_none() {
            v.text = v.status.clone();
        }
        v
    }

    /// An achievement view from a mean percentage (no status of its own).
    pub fn percent(&self, p: f64) -> AchievementView {
        let cat: Option<&Category> = compute::category(&self.site.settings.categories, p);
        AchievementView {
            text: format::percent(p, self.lang),
            percent: Some(p),
            category: cat.map(|c| self.category_word(c)),
            colour: cat.map(|c| c.colour.clone()),
            ..Default::default()
        }
    }

    /// A mean as shown: the percentage, or "Belum diukur" when nothing is measured.
    pub fn mean_view(&self, m: Mean) -> AchievementView {
        match m.value {
            Some(p) => self.percent(p),
            None => {
                let word = self.t.get(Label::not_measured).to_string();
                AchievementView {
                    text: word.clone(),
                    status: word,
                    status_code: "belum-diukur".into(),
                    ..Default::default()
                }
            }
        }
    }

    /// "2 dari 3 indikator terukur".
    pub fn measured_of(&self, m: Mean) -> String {
        format!(
            "{} {} {} {}",
            m.measured,
            self.t.get(Label::of),
            m.total,
            self.t.get(Label::indicators_measured)
        )
    }

    /// The counts sentence.
    pub fn counts_text(&self, c: Counts) -> String {
        let mut parts = vec![format!(
            "{} {} {} {} {}",
            c.met,
            self.t.get(Label::of),
            c.total,
            self.t.get(Label::indicators_lc),
            self.t.get(Label::count_met)
        )];
        if c.below > c.not_met {
            parts.push(format!(
                "{} {}",
                c.below - c.not_met,
                self.t.get(Label::count_below)
            ));
        }
        if c.not_met > 0 {
            parts.push(format!(
                "{} {}",
                c.not_met,
                self.t.get(Label::count_not_met)
            ));
        }
        parts.push(format!(
            "{} {}",
            c.unmeasured,
            self.t.get(Label::count_unmeasured)
        ));
        if c.no_percent > 0 {
            parts.push(format!(
                "{} {}",
                c.no_percent,
                self.t.get(Label::count_no_percent)
            ));
        }
        parts.join(" · ")
    }

    /// A summary of means and counts.
    pub fn summary(
        &self,
        period: Mean,
        annual: Mean,
        counts: Counts,
        as_of: Option<u8>,
    ) -> SummaryView {
        let to = as_of.map_or_else(String::new, |q| {
            format!(" {} {}", self.t.get(Label::up_to), self.quarter_label(q))
        });
        SummaryView {
            period: self.mean_view(period),
            period_basis: format!(
                "{}{to} ({}); {}",
                self.t.get(Label::basis_period),
                self.t.get(Label::basis_period_note),
                self.measured_of(period)
            ),
            annual: self.mean_view(annual),
            annual_basis: format!(
                "{}{to} ({})",
                self.t.get(Label::basis_annual_mean),
                self.measured_of(annual)
            ),
            counts: self.counts_text(counts),
            met: counts.met,
            below: counts.below,
            unmeasured: counts.unmeasured,
            total: counts.total,
        }
    }

    /// The state of a unit's year in words.
    pub fn state_text(&self, state: YearState, year: i32) -> String {
        match state {
            YearState::NotStarted => self.t.get(Label::state_not_started).into(),
            YearState::Open(q) => {
                format!("{} {}", self.t.get(Label::state_open), self.period(q, year))
            }
            YearState::Closed => self.t.get(Label::state_closed).into(),
            YearState::Late { reported, due } => {
                let mut s = format!(
                    "{} {} {}",
                    self.t.get(Label::state_late),
                    self.period(due, year),
                    self.t.get(Label::state_late_tail)
                );
                if let Some(q) = reported {
                    s.push_str(&format!(
                        "; {} {}",
                        self.t.get(Label::latest_data).to_lowercase(),
                        self.period(q, year)
                    ));
                }
                s
            }
        }
    }

    /// A flag in words.
    pub fn flag_text(&self, flag: &Flag) -> String {
        let n = |v: f64| format::number(v, 4, self.lang);
        let id = self.lang == Lang::Id;
        match flag {
            Flag::AboveCeiling {
                quarter,
                percent,
                ceiling,
            } => {
                if id {
                    format!(
                        "capaian {} {} di atas batas wajar {}",
                        self.quarter_label(*quarter),
                        format::percent(*percent, self.lang),
                        format::percent(*ceiling, self.lang)
                    )
                } else {
                    format!(
                        "achievement in {} of {} is above the plausible ceiling of {}",
                        self.quarter_label(*quarter),
                        format::percent(*percent, self.lang),
                        format::percent(*ceiling, self.lang)
                    )
                }
            }
            Flag::LooksCumulative { sum, last, target } => {
                if id {
                    format!(
                        "nilai triwulan tampak sudah kumulatif (selalu naik; jumlahnya {} melebihi target {}, nilai terakhir {} tidak): mungkin seharusnya `rollup: last`",
                        n(*sum),
                        n(*target),
                        n(*last)
                    )
                } else {
                    format!(
                        "the quarterly values look already cumulative (never falling; their sum {} overshoots the target {}, the last value {} does not): `rollup: last` is probably right",
                        n(*sum),
                        n(*target),
                        n(*last)
                    )
                }
            }
            Flag::TargetsDoNotAdd {
                sum,
                annual,
                missing,
            } => {
                let gap = if *missing > 0 {
                    if id {
                        format!(" ({missing} triwulan tanpa target)")
                    } else {
                        format!(" ({missing} quarters without a target)")
                    }
                } else {
                    String::new()
                };
                if id {
                    format!(
                        "target triwulan berjumlah {}, bukan target tahunan {}{gap}",
                        n(*sum),
                        n(*annual)
                    )
                } else {
                    format!(
                        "the quarterly targets come to {}, not the annual target {}{gap}",
                        n(*sum),
                        n(*annual)
                    )
                }
            }
            Flag::ShareAbove100 { quarter, value } => {
                if id {
                    format!(
                        "realisasi {} {} % melebihi 100 %",
                        self.quarter_label(*quarter),
                        n(*value)
                    )
                } else {
                    format!(
                        "realisation in {} of {} % is above 100 %",
                        self.quarter_label(*quarter),
                        n(*value)
                    )
                }
            }
            Flag::LooksLikeFraction { quarter, value } => {
                if id {
                    format!(
                        "realisasi {} {} tampak pecahan, padahal satuannya persen (mungkin {})",
                        self.quarter_label(*quarter),
                        n(*value),
                        n(value * 100.0)
                    )
                } else {
                    format!(
                        "realisation in {} of {} looks like a fraction where a percentage is due (perhaps {})",
                        self.quarter_label(*quarter),
                        n(*value),
                        n(value * 100.0)
                    )
                }
            }
            Flag::OfficialDiffers {
                quarter,
                official,
                computed,
            } => format!(
                "{}: {} {}; {} {}",
                self.quarter_label(*quarter),
                self.t.get(Label::official),
                format::percent(*official, self.lang),
                self.t.get(Label::recomputed),
                format::percent(*computed, self.lang)
            ),
            Flag::InputsDisagree {
                quarter,
                from_inputs,
                value,
            } => {
                if id {
                    format!(
                        "{}: pembilang ÷ penyebut memberi {}, bukan realisasi {}",
                        self.quarter_label(*quarter),
                        n(*from_inputs),
                        n(*value)
                    )
                } else {
                    format!(
                        "{}: numerator ÷ denominator gives {}, not the realisation {}",
                        self.quarter_label(*quarter),
                        n(*from_inputs),
                        n(*value)
                    )
                }
            }
        }
    }
}

/// A link to a unit.
#[derive(Debug, Clone, Serialize)]
pub struct UnitRef {
    /// Id.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Short name.
    pub short_name: String,
    /// Level word.
    pub level: String,
    /// Path of the unit page from the site root.
    pub href: String,
}

/// The word for a unit's level.
pub fn level_word(level: Level, lang: Lang) -> &'static str {
    match (level, lang) {
        (Level::Bupati, _) => "Bupati",
        (Level::Walikota, _) => "Wali Kota",
        (Level::Gubernur, Lang::Id) => "Gubernur",
        (Level::Gubernur, Lang::En) => "Governor",
        (Level::Jpt, Lang::Id) => "JPT Pratama (Eselon II)",
        (Level::Jpt, Lang::En) => "Senior executive (echelon II)",
        (Level::Administrator, Lang::Id) => "Administrator (Eselon III)",
        (Level::Administrator, Lang::En) => "Administrator (echelon III)",
        (Level::Pengawas, Lang::Id) => "Pengawas (Eselon IV)",
        (Level::Pengawas, Lang::En) => "Supervisor (echelon IV)",
        (Level::Menteri, Lang::Id) => "Menteri",
        (Level::Menteri, Lang::En) => "Minister",
        (Level::KepalaLembaga, Lang::Id) => "Kepala Lembaga",
        (Level::KepalaLembaga, Lang::En) => "Head of agency",
        (Level::EselonI, Lang::Id) => "Pimpinan Tinggi Madya (Eselon I)",
        (Level::EselonI, Lang::En) => "Senior executive (echelon I)",
        (Level::EselonIi, Lang::Id) => "Pimpinan Tinggi Pratama (Eselon II)",
        (Level::EselonIi, Lang::En) => "Senior executive (echelon II)",
        (Level::EselonIii, Lang::Id) => "Administrator (Eselon III)",
        (Level::EselonIii, Lang::En) => "Administrator (echelon III)",
        (Level::EselonIv, Lang::Id) => "Pengawas (Eselon IV)",
        (Level::EselonIv, Lang::En) => "Supervisor (echelon IV)",
    }
}

/// What an objective is called at a level (DOMAIN: Sasaran Strategis / Program / Kegiatan).
pub fn objective_word(level: Level, lang: Lang) -> &'static str {
    match (level, lang) {
        // Regional government: JPT → strategic, administrator → programme,
        // pengawas → activity. Central government: minister → strategic,
        // eselon I → programme, eselon II and below → activity.
        (Level::Administrator | Level::EselonI, Lang::Id) => "Sasaran Program",
        (Level::Pengawas | Level::EselonIi | Level::EselonIii | Level::EselonIv, Lang::Id) => {
            "Sasaran Kegiatan"
        }
        (_, Lang::Id) => "Sasaran Strategis",
        (Level::Administrator | Level::EselonI, Lang::En) => "Programme objective",
        (Level::Pengawas | Level::EselonIi | Level::EselonIii | Level::EselonIv, Lang::En) => {
            "Activity objective"
        }
        (_, Lang::En) => "Strategic objective",
    }
}

impl Ctx<'_> {
    /// A link to `unit`.
    pub fn unit_ref(&self, unit: &Unit) -> UnitRef {
        UnitRef {
            id: unit.id.clone(),
            name: unit.name.clone(),
            short_name: unit.short_name.clone(),
            level: level_word(unit.level, self.lang).into(),
            href: paths::unit(&unit.id),
        }
    }

    fn unit_by_id(&self, id: &str) -> Option<&Unit> {
        self.site.unit(id)
    }

    fn figures(&self, unit: &str, year: i32) -> Option<&AgreementFigures> {
        self.figures.get(&(unit.to_string(), year))
    }

    fn budget_level(&self, level: BudgetLevel) -> &str {
        match level {
            BudgetLevel::Program => self.t.get(Label::program),
            BudgetLevel::Kegiatan => self.t.get(Label::kegiatan),
            BudgetLevel::SubKegiatan => self.t.get(Label::sub_kegiatan),
        }
    }

    fn value(&self, v: Option<&Value>) -> String {
        v.map_or_else(|| "–".to_string(), |v| format::value(v, self.lang))
    }

    fn observation(&self, o: Option<&Observation>) -> String {
        match o {
            None => self.t.get(Label::not_reported).into(),
            Some(Observation::NotYetMeasured) => self.t.get(Label::not_measured).into(),
            Some(Observation::Measured(v)) => format::value(v, self.lang),
        }
    }

    /// `14 Juli 2026`, or "tidak tercantum" when the source gives no date.
    pub fn date_or_not_stated(&self, d: Option<crate::model::Date>) -> String {
        d.map_or_else(
            || self.t.get(Label::not_stated).to_string(),
            |d| format::date(d, self.lang),
        )
    }

    /// A unit of measure, or "tidak tercantum" when the source gives none.
    pub fn measure(&self, m: &str) -> String {
        if m.is_empty() {
            self.t.get(Label::not_stated).to_string()
        } else {
            m.to_string()
        }
    }

    /// `TW II`.
    pub fn quarter_label(&self, q: u8) -> String {
        format!("{} {}", self.t.get(Label::tw), format::roman(q))
    }

    /// "Triwulan II 2026".
    pub fn period(&self, q: u8, year: i32) -> String {
        format!("{} {} {year}", self.t.get(Label::quarter), format::roman(q))
    }
}

/// One row of the PK annex table.
#[derive(Debug, Clone, Serialize)]
pub struct PkRow {
    /// Objective number, on its first row only.
    pub no: Option<usize>,
    /// Objective id (anchor).
    pub objective_id: String,
    /// Objective text, on its first row only.
    pub objective: Option<String>,
    /// Rows the objective spans.
    pub rowspan: usize,
    /// Indicator name.
    pub indicator: String,
    /// Indicator anchor on the page.
    pub anchor: String,
    /// Target as written.
    pub target: String,
    /// Unit of measure.
    pub measure: String,
    /// IKU?
    pub iku: bool,
}

/// A budget line as shown.
#[derive(Debug, Clone, Serialize)]
pub struct BudgetRow {
    /// Number.
    pub no: usize,
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Level word.
    pub level: String,
    /// Nesting depth under its programme (0 for a top line).
    pub depth: usize,
    /// Whether the line counts in the total (no parent in the list).
    pub top: bool,
    /// Ceiling, `Rp 1.250.000.000`.
    pub ceiling: String,
    /// Realised up to each quarter and absorption, or dashes.
    pub quarters: Vec<BudgetCell>,
}

/// Budget realised up to a quarter.
#[derive(Debug, Clone, Serialize)]
pub struct BudgetCell {
    /// `TW II`.
    pub label: String,
    /// `Rp 450.000.000` or a dash.
    pub realised: String,
    /// `36 %` or a dash.
    pub absorption: String,
}

/// A quarter row of an indicator's realisation table.
#[derive(Debug, Clone, Serialize)]
pub struct QuarterRow {
    /// `TW II`.
    pub label: String,
    /// Quarter's target.
    pub target: String,
    /// Quarter's realisation.
    pub realised: String,
    /// Realisation to date, for cumulative indicators.
    pub to_date: Option<String>,
    /// Against the quarter's target.
    pub against_quarter: AchievementView,
    /// Against the annual target.
    pub against_annual: AchievementView,
    /// Keterangan.
    pub explanation: Option<String>,
    /// Kendala.
    pub obstacles: Option<String>,
    /// Tindak lanjut.
    pub follow_up: Option<String>,
    /// Bukti dukung.
    pub evidence: Vec<EvidenceView>,
    /// "direvisi …; sebelumnya …", when the figure was corrected after publication.
    pub revision: Option<String>,
    /// The formula inputs, `1.296,64 ÷ 415.477,22`.
    pub inputs: Option<String>,
    /// The achievement printed in the signed form, `57,28 %`.
    pub official: Option<String>,
}

/// An evidence link.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceView {
    /// Title.
    pub title: String,
    /// Link (absolute, or relative to the site root; see `root`).
    pub url: String,
    /// Whether `url` is relative to the site root.
    pub local: bool,
}

/// An indicator's block on the unit-year page.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorBlock {
    /// Page anchor.
    pub anchor: String,
    /// `S1/IK2`.
    pub key: String,
    /// Link to the indicator's history page.
    pub href: String,
    /// Objective text.
    pub objective: String,
    /// Name.
    pub name: String,
    /// Unit of measure.
    pub measure: String,
    /// Polarity in words (with the negative formula).
    pub polarity: String,
    /// Roll-up in words.
    pub rollup: String,
    /// Annual target.
    pub target: String,
    /// IKU?
    pub iku: bool,
    /// TW I–IV.
    pub quarters: Vec<QuarterRow>,
    /// The year so far.
    pub year_realised: String,
    /// `s.d. TW II`.
    pub as_of: String,
    /// The indicator's achievement (against the target of its period).
    pub achievement: AchievementView,
    /// Against the annual target.
    pub annual: AchievementView,
    /// Target vs realisation by quarter.
    pub chart: Option<Chart>,
    /// How often it is measured, when not every quarter.
    pub periodicity: Option<String>,
    /// Reasons to check the figures ("cek data"), in words.
    pub flags: Vec<String>,
}

/// A narrative block.
#[derive(Debug, Clone, Serialize)]
pub struct Narrative {
    /// Heading.
    pub title: String,
    /// Sanitised HTML.
    pub html: String,
}

/// Party as signed.
#[derive(Debug, Clone, Serialize)]
pub struct PartyView {
    /// Name.
    pub name: String,
    /// Position with `Plt.`/`Plh.`.
    pub position: String,
    /// NIP.
    pub nip: Option<String>,
}

/// The unit-year page.
#[derive(Debug, Clone, Serialize)]
pub struct UnitYearView {
    /// The unit.
    pub unit: UnitRef,
    /// Year.
    pub year: i32,
    /// Other years of this unit.
    pub other_years: Vec<YearLink>,
    /// Date signed.
    pub signed_on: String,
    /// Place signed.
    pub signed_at: String,
    /// First party.
    pub first_party: PartyView,
    /// Second party.
    pub second_party: Option<PartyView>,
    /// `Sasaran Strategis`, …
    pub objective_word: String,
    /// Budget table heading (`Program`, `Kegiatan`, …).
    pub budget_word: String,
    /// PK table rows.
    pub pk_rows: Vec<PkRow>,
    /// Budget lines.
    pub budget_rows: Vec<BudgetRow>,
    /// Ceiling total (the top lines).
    pub budget_total: String,
    /// Ceiling per level, each level added on its own.
    pub budget_levels: Vec<String>,
    /// Notes beside the total: what it adds, and whether the list is complete.
    pub budget_notes: Vec<String>,
    /// Realised total by quarter.
    pub budget_totals: Vec<BudgetCell>,
    /// Indicator blocks.
    pub indicators: Vec<IndicatorBlock>,
    /// Unit achievement (mean against the period's target).
    pub achievement: AchievementView,
    /// Against the annual target.
    pub annual: AchievementView,
    /// Both means with their bases, and the counts.
    pub summary: SummaryView,
    /// Year running, closed, or late, in words.
    pub state: String,
    /// Whether a report is overdue.
    pub late: bool,
    /// `Data s.d. Triwulan II 2026`, if any report.
    pub as_of: Option<String>,
    /// Reports received.
    pub reports: Vec<ReportLine>,
    /// Efficiency.
    pub efficiency: Option<EfficiencyView>,
    /// Efficiency per objective, where budget lines name the objectives.
    pub objective_efficiency: Vec<EfficiencyView>,
    /// Budget absorption by quarter.
    pub absorption_chart: Option<Chart>,
    /// Achievement by indicator.
    pub achievement_chart: Option<Chart>,
    /// Narratives.
    pub narratives: Vec<Narrative>,
    /// Content file of the agreement.
    pub source: String,
}

/// A link to a year of a unit.
#[derive(Debug, Clone, Serialize)]
pub struct YearLink {
    /// Year.
    pub year: i32,
    /// Path.
    pub href: String,
    /// Current page?
    pub current: bool,
    /// Unit achievement that year.
    pub achievement: AchievementView,
}

/// A report received.
#[derive(Debug, Clone, Serialize)]
pub struct ReportLine {
    /// `Triwulan II`.
    pub period: String,
    /// `14 Juli 2026`.
    pub date: String,
}

/// The efficiency figures of a unit-year.
#[derive(Debug, Clone, Serialize)]
pub struct EfficiencyView {
    /// Achievement against the annual target.
    pub achievement: String,
    /// Absorption.
    pub absorption: String,
    /// IE = achievement ÷ absorption.
    pub index: String,
    /// Efficient or not under IE ≥ 1.
    pub verdict: String,
    /// Achievement − absorption, in points.
    pub difference: String,
    /// Efficient or not under "difference > 5 points".
    pub difference_verdict: String,
    /// `s.d. TW II`.
    pub as_of: String,
    /// What it counts: indicators and budget lines.
    pub basis: String,
    /// The objective it is computed for; empty for the whole unit.
    pub objective: String,
}

fn polarity_text(ctx: &Ctx<'_>, ind: &Indicator) -> String {
    match ind.polarity {
        Polarity::Positive => ctx.t.get(Label::polarity_positive).into(),
        Polarity::Negative => {
            let f = match ind.negative_formula {
                NegativeFormula::Linear => "(2T − R) / T × 100",
                NegativeFormula::Inverse => "T / R × 100",
            };
            format!("{} ({f})", ctx.t.get(Label::polarity_negative))
        }
    }
}

fn rollup_text(ctx: &Ctx<'_>, ind: &Indicator) -> String {
    match ind.rollup {
        Rollup::Last => ctx.t.get(Label::rollup_last).into(),
        Rollup::Cumulative => ctx.t.get(Label::rollup_cumulative).into(),
    }
}

fn scalar(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Number(n) => Some(*n),
        Value::Range { low, high } => Some((low + high) / 2.0),
        Value::Grade(g) => Some(f64::from(g.score)),
    }
}

fn party(ctx: &Ctx<'_>, p: &crate::model::Party) -> PartyView {
    let acting = match p.acting {
        Some(crate::model::Acting::Plt) => format!("{} ", ctx.t.get(Label::acting_plt)),
        Some(crate::model::Acting::Plh) => format!("{} ", ctx.t.get(Label::acting_plh)),
        None => String::new(),
    };
    PartyView {
        name: p
            .name
            .clone()
            .unwrap_or_else(|| ctx.t.get(Label::not_stated).to_string()),
        position: format!("{acting}{}", p.position),
        nip: p.nip.clone(),
    }
}

impl Ctx<'_> {
    /// The years of a unit with its achievement each year.
    pub fn year_links(&self, unit: &str, current: Option<i32>) -> Vec<YearLink> {
        self.site
            .agreements_of(unit)
            .map(|a| YearLink {
                year: a.year,
                href: paths::unit_year(unit, a.year),
                current: Some(a.year) == current,
                achievement: self.figures(unit, a.year).map_or_else(
                    || self.mean_view(Mean::default()),
                    |f| self.mean_view(f.period),
                ),
            })
            .collect()
    }

    /// The unit-year page.
    pub fn unit_year(&self, a: &Agreement) -> Option<UnitYearView> {
        let unit = self.unit_by_id(&a.unit)?;
        let fig = self.figures(&a.unit, a.year)?;
        let lang = self.lang;
        let mut pk_rows = Vec::new();
        for (no, o) in a.objectives.iter().enumerate() {
            for (j, i) in o.indicators.iter().enumerate() {
                pk_rows.push(PkRow {
                    no: (j == 0).then_some(no + 1),
                    objective_id: o.id.clone(),
                    objective: (j == 0).then(|| o.name.clone()),
                    rowspan: o.indicators.len(),
                    indicator: i.name.clone(),
                    anchor: paths::indicator_anchor(&o.id, &i.id),
                    target: format::value(&i.target, lang),
                    measure: self.measure(&i.measure),
                    iku: i.iku,
                });
            }
        }
        let budget_rows = a
            .budget
            .iter()
            .enumerate()
            .zip(&fig.budget.nodes)
            .map(|((n, b), node)| BudgetRow {
                no: n + 1,
                code: b.code.clone(),
                name: b.name.clone(),
                level: self.budget_level(b.level).into(),
                depth: node.depth,
                top: node.top,
                ceiling: format::rupiah(b.ceiling, lang),
                quarters: (0..4)
                    .map(|q| BudgetCell {
                        label: self.quarter_label(u8::try_from(q + 1).unwrap_or(4)),
                        realised: node.realised[q]
                            .map_or_else(|| "–".into(), |r| format::rupiah(r, lang)),
                        absorption: node.absorption[q]
                            .map_or_else(|| "–".into(), |p| format::percent(p, lang)),
                    })
                    .collect(),
            })
            .collect();
        let budget_totals = (0..4)
            .map(|q| BudgetCell {
                label: self.quarter_label(u8::try_from(q + 1).unwrap_or(4)),
                realised: fig.budget.realised[q]
                    .map_or_else(|| "–".into(), |r| format::rupiah(r, lang)),
                absorption: fig.budget.absorption[q]
                    .map_or_else(|| "–".into(), |p| format::percent(p, lang)),
            })
            .collect();
        let levels: Vec<BudgetLevel> = a.budget.iter().map(|b| b.level).collect();
        let budget_word = {
            let mut words: Vec<&str> = Vec::new();
            for l in [
                BudgetLevel::Program,
                BudgetLevel::Kegiatan,
                BudgetLevel::SubKegiatan,
            ] {
                if levels.contains(&l) {
                    words.push(self.budget_level(l));
                }
            }
            if words.is_empty() {
                self.t.get(Label::program).to_string()
            } else {
                words.join(" / ")
            }
        };

        let mut indicators = Vec::new();
        for ((objective, ind), (_, year)) in a.indicators().zip(&fig.indicators) {
            indicators.push(self.indicator_block(a, &objective.name, &objective.id, ind, year));
        }

        let as_of = fig.latest_quarter.map(|q| self.period(q, a.year));
        let reports = a
            .reports
            .iter()
            .flatten()
            .map(|r| ReportLine {
                period: self.period(r.quarter, a.year),
                date: self.date_or_not_stated(r.reported_on),
            })
            .collect();
        let efficiency = fig.efficiency.map(|e| self.efficiency_view(&e));
        let objective_efficiency = fig
            .objective_efficiency
            .iter()
            .map(|(o, e)| EfficiencyView {
                objective: o.clone(),
                ..self.efficiency_view(e)
            })
            .collect();
        let mut budget_notes = Vec::new();
        if fig.budget.nodes.iter().any(|n| !n.top) {
            budget_notes.push(self.t.get(Label::budget_total_note).to_string());
        }
        if !fig.budget.complete {
            budget_notes.push(self.t.get(Label::budget_incomplete).to_string());
        }
        let budget_levels = if fig.budget.level_totals.len() > 1 {
            fig.budget
                .level_totals
                .iter()
                .map(|(level, total, count)| {
                    format!(
                        "{}: {} ({count} {})",
                        self.budget_level(*level),
                        format::rupiah(*total, lang),
                        self.t.get(Label::lines)
                    )
                })
                .collect()
        } else {
            Vec::new()
        };
        let absorption_chart = fig.budget.latest().map(|_| {
            charts::bars(
                "serapan",
                &format!(
                    "{} {} {}",
                    self.t.get(Label::absorption),
                    unit.short_name,
                    a.year
                ),
                &format!(
                    "{} {} {} {}",
                    self.t.get(Label::absorption),
                    self.t.get(Label::budget).to_lowercase(),
                    unit.name,
                    a.year
                ),
                &Bars {
                    labels: (1..=4).map(|q| self.quarter_label(q)).collect(),
                    bars: fig.budget.absorption.to_vec(),
                    bar_name: self.t.get(Label::absorption).to_string(),
                    line: None,
                    reference: Some(100.0),
                    unit: " %".to_string(),
                    notes: vec![],
                },
                lang,
            )
        });
        let achievement_chart = (!indicators.is_empty()).then(|| {
            let items: Vec<Item> = indicators
                .iter()
                .map(|b| Item {
                    label: format!("{} {}", b.key, truncate(&b.name, 48)),
                    value: b.achievement.percent,
                    colour: b
                        .achievement
                        .colour
                        .clone()
                        .unwrap_or_else(|| "#6e7781".into()),
                    note: b
                        .achievement
                        .category
                        .clone()
                        .unwrap_or_else(|| b.achievement.status.clone()),
                })
                .collect();
            charts::horizontal(
                "capaian-indikator",
                &format!(
                    "{} {} {}",
                    self.t.get(Label::achievement),
                    unit.short_name,
                    a.year
                ),
                &format!(
                    "{} {} {} {}",
                    self.t.get(Label::achievement),
                    self.t.get(Label::indicators).to_lowercase(),
                    unit.name,
                    a.year
                ),
                &items,
                Some(100.0),
                lang,
            )
        });
        let mut narratives = Vec::new();
        if let Some(text) = &a.narrative {
            narratives.push(Narrative {
                title: self.t.get(Label::background).into(),
                html: markdown::to_html(text, "narasi-pk-", 2),
            });
        }
        for r in a.reports.iter().flatten() {
            if let Some(text) = &r.narrative {
                narratives.push(Narrative {
                    title: format!(
                        "{} {}",
                        self.t.get(Label::narrative),
                        self.period(r.quarter, a.year)
                    ),
                    html: markdown::to_html(text, &format!("narasi-tw{}-", r.quarter), 2),
                });
            }
        }
        Some(UnitYearView {
            unit: self.unit_ref(unit),
            year: a.year,
            other_years: self.year_links(&a.unit, Some(a.year)),
            signed_on: a.signed_on.map_or_else(
                || self.t.get(Label::date_not_stated).to_string(),
                |d| format::date(d, lang),
            ),
            signed_at: a
                .signed_at
                .clone()
                .unwrap_or_else(|| self.t.get(Label::place_not_stated).to_string()),
            first_party: party(self, &a.first_party),
            second_party: a.second_party.as_ref().map(|p| party(self, p)),
            objective_word: objective_word(unit.level, lang).into(),
            budget_word,
            pk_rows,
            budget_rows,
            budget_total: format::rupiah(fig.budget.ceiling, lang),
            budget_levels,
            budget_notes,
            budget_totals,
            indicators,
            achievement: self.mean_view(fig.period),
            annual: self.mean_view(fig.annual),
            summary: self.summary(fig.period, fig.annual, fig.counts, fig.latest_quarter),
            state: self.state_text(fig.state, a.year),
            late: matches!(fig.state, YearState::Late { .. }),
            as_of,
            reports,
            efficiency,
            objective_efficiency,
            absorption_chart,
            achievement_chart,
            narratives,
            source: a.source.clone(),
        })
    }

    /// An efficiency as shown, saying what it counts.
    pub fn efficiency_view(&self, e: &compute::Efficiency) -> EfficiencyView {
        let lang = self.lang;
        let diff = e.difference();
        EfficiencyView {
            achievement: format::percent(e.achievement, lang),
            absorption: format::percent(e.absorption, lang),
            index: e.index.map_or_else(|| "–".into(), |v| self.n(v)),
            verdict: match e.efficient_by_index() {
                Some(true) => self.t.get(Label::efficient).into(),
                Some(false) => self.t.get(Label::not_efficient).into(),
                None => "–".into(),
            },
            difference: self.n(diff),
            difference_verdict: if e.efficient_by_difference() {
                self.t.get(Label::efficient).into()
            } else {
                self.t.get(Label::not_efficient).into()
            },
            as_of: format!(
                "{} {}",
                self.t.get(Label::up_to),
                self.quarter_label(e.quarter)
            ),
            basis: if lang == Lang::Id {
                format!(
                    "Dihitung dari {} indikator (capaian thd. target tahunan) dan serapan {} baris anggaran teratas, keduanya s.d. {}",
                    e.indicators,
                    e.lines,
                    self.quarter_label(e.quarter)
                )
            } else {
                format!(
                    "Computed from {} indicators (achievement vs. the annual target) and the absorption of {} top budget lines, both up to {}",
                    e.indicators,
                    e.lines,
                    self.quarter_label(e.quarter)
                )
            },
            objective: String::new(),
        }
    }

    fn indicator_block(
        &self,
        a: &Agreement,
        objective: &str,
        objective_id: &str,
        ind: &Indicator,
        year: &IndicatorYear,
    ) -> IndicatorBlock {
        let lang = self.lang;
        let quarters: Vec<QuarterRow> = year
            .quarters
            .iter()
            .map(|q| {
                let report = a.reports[usize::from(q.quarter - 1)]
                    .as_ref()
                    .and_then(|r| r.indicators.get(&ind.key));
                let revision = report.filter(|r| !r.revisions.is_empty()).map(|r| {
                    let earlier: Vec<String> = r
                        .revisions
                        .iter()
                        .map(|rev| {
                            format!(
                                "{} ({} {}{})",
                                self.observation(Some(&rev.value)),
                                self.t.get(Label::published),
                                format::date(rev.published_on, lang),
                                rev.note
                                    .as_ref()
                                    .map_or_else(String::new, |n| format!("; {n}"))
                            )
                        })
                        .collect();
                    format!(
                        "{}{}; {} {}",
                        self.t.get(Label::revised),
                        r.revised_on
                            .map_or_else(String::new, |d| format!(" {}", format::date(d, lang))),
                        self.t.get(Label::previously),
                        earlier.join(", ")
                    )
                });
                QuarterRow {
                    revision,
                    label: self.quarter_label(q.quarter),
                    target: self.value(q.target.as_ref()),
                    realised: match (&q.realised, q.status) {
                        (Some(Observation::Measured(_)), _) | (Some(_), Status::NotCarriedOut) => {
                            self.observation(q.realised.as_ref())
                        }
                        (_, Status::NotDue(_) | Status::NotCarriedOut) => {
                            self.status_word(q.status, None)
                        }
                        _ if a.reports[usize::from(q.quarter - 1)].is_some() => {
                            self.t.get(Label::not_measured).into()
                        }
                        _ => "–".into(),
                    },
                    to_date: (ind.rollup == Rollup::Cumulative)
                        .then(|| self.value(q.realised_to_date.as_ref())),
                    against_quarter: {
                        let mut v = self.verdict(q.current(), q.status, q.basis);
                        if q.status.is_unmeasured()
                            && let Some(e) = report.and_then(|r| r.explanation.clone())
                        {
                            v.note = Some(e);
                        }
                        if q.against_quarter.is_none() && q.against_annual.is_some() {
                            // No quarterly target: the verdict is against the annual
                            // target, shown in its own column.
                            v.text = "–".into();
                            v.percent = None;
                        }
                        v
                    },
                    against_annual: self.verdict(
                        q.against_annual,
                        q.annual_status,
                        q.against_annual.map(|_| Basis::Annual(q.quarter)),
                    ),
                    inputs: report.and_then(|r| r.inputs).map(|i| {
                        format!(
                            "{} ÷ {}",
                            format::given(i.numerator, lang),
                            format::given(i.denominator, lang)
                        )
                    }),
                    official: report
                        .and_then(|r| r.official_achievement)
                        .map(|o| format::percent(o, lang)),
                    explanation: report.and_then(|r| r.explanation.clone()),
                    obstacles: report.and_then(|r| r.obstacles.clone()),
                    follow_up: report.and_then(|r| r.follow_up.clone()),
                    evidence: report
                        .map(|r| {
                            r.evidence
                                .iter()
                                .map(|e| {
                                    let local = !(e.url.starts_with("http://")
                                        || e.url.starts_with("https://"));
                                    EvidenceView {
                                        title: e.title.clone(),
                                        url: if local {
                                            e.url.trim_start_matches('/').to_string()
                                        } else {
                                            e.url.clone()
                                        },
                                        local,
                                    }
                                })
                                .collect()
                        })
                        .unwrap_or_default(),
                }
            })
            .collect();
        let has_numbers = !matches!(ind.target, Value::Grade(_));
        let chart = has_numbers.then(|| {
            let anchor = paths::indicator_anchor(objective_id, &ind.id);
            let bars: Vec<Option<f64>> = year
                .quarters
                .iter()
                .map(|q| scalar(q.realised_to_date.as_ref()))
                .collect();
            let quarterly: Vec<Option<f64>> = year
                .quarters
                .iter()
                .map(|q| scalar(q.target_to_date.as_ref()))
                .collect();
            // Without quarterly targets the chart still draws the target it is
            // titled with: the annual one, on every quarter.
            let (line, line_name) = if quarterly.iter().any(Option::is_some) {
                (quarterly, self.t.get(Label::target).to_string())
            } else {
                (
                    vec![scalar(Some(&ind.target)); 4],
                    self.t.get(Label::annual_target).to_string(),
                )
            };
            charts::bars(
                &format!("grafik-{anchor}"),
                &format!(
                    "{}: {} {}",
                    ind.key,
                    self.t.get(Label::target),
                    self.t.get(Label::realisation).to_lowercase()
                ),
                &format!(
                    "{} {} ({}) {} {}, {} {}",
                    self.t.get(Label::target),
                    self.t.get(Label::realisation).to_lowercase(),
                    self.measure(&ind.measure),
                    ind.name,
                    a.year,
                    self.t.get(Label::quarter).to_lowercase(),
                    "I–IV"
                ),
                &Bars {
                    labels: (1..=4).map(|q| self.quarter_label(q)).collect(),
                    bars,
                    bar_name: self.t.get(Label::realisation).to_string(),
                    line: line
                        .iter()
                        .any(Option::is_some)
                        .then_some((line, line_name)),
                    reference: None,
                    unit: "".to_string(),
                    notes: year
                        .quarters
                        .iter()
                        .map(|q| {
                            q.realised_to_date
                                .is_none()
                                .then(|| self.status_word(q.status, None))
                        })
                        .collect(),
                },
                lang,
            )
        });
        IndicatorBlock {
            anchor: paths::indicator_anchor(objective_id, &ind.id),
            key: ind.key.clone(),
            href: paths::indicator(&a.unit, objective_id, &ind.id),
            objective: objective.to_string(),
            name: ind.name.clone(),
            measure: self.measure(&ind.measure),
            polarity: polarity_text(self, ind),
            rollup: rollup_text(self, ind),
            target: format::value(&ind.target, lang),
            iku: ind.iku,
            quarters,
            year_realised: self.value(year.realised.as_ref()),
            as_of: year.as_of_quarter.map_or_else(String::new, |q| {
                format!("{} {}", self.t.get(Label::up_to), self.quarter_label(q))
            }),
            achievement: {
                let mut v = self.verdict(year.current(), year.status, year.basis);
                v.flags = year.flags.iter().map(|f| self.flag_text(f)).collect();
                if year.status.is_unmeasured() {
                    v.note = latest_explanation(a, ind);
                }
                v
            },
            annual: self.verdict(
                year.achievement,
                year.annual_status,
                year.as_of_quarter
                    .filter(|_| year.achievement.is_some())
                    .map(Basis::Annual),
            ),
            chart,
            periodicity: match ind.periodicity {
                Periodicity::Quarterly => None,
                Periodicity::Semester => Some(self.t.get(Label::status_semester).into()),
                Periodicity::Annual => Some(self.t.get(Label::status_annual).into()),
            },
            flags: year.flags.iter().map(|f| self.flag_text(f)).collect(),
        }
    }
}

/// The explanation of the latest report of `ind`, for a figure not yet measured.
fn latest_explanation(a: &Agreement, ind: &Indicator) -> Option<String> {
    a.reports
        .iter()
        .rev()
        .flatten()
        .find_map(|r| r.indicators.get(&ind.key))
        .and_then(|r| r.explanation.clone())
}

/// Shortens `s` to `max` characters with an ellipsis.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}
