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

mod indicator_block;
mod measurement;
mod unit_year;
pub use measurement::*;
pub use unit_year::*;

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

    pub(crate) fn figures(&self, unit: &str, year: i32) -> Option<&AgreementFigures> {
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

    pub(crate) fn observation(&self, o: Option<&Observation>) -> String {
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
