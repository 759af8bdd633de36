//! The typed model of a government's performance record.
//!
//! Everything here has been validated: ids are resolved, references point to
//! something, figures fit their indicator. The model knows nothing of HTML or of
//! files; [`crate::validate`] builds it and [`crate::compute`] derives figures from it.

mod agreement;
mod annual;
mod plan;
mod register;
mod report;
mod settings;
mod value;

pub use agreement::*;
pub use annual::*;
pub use plan::*;
pub use register::*;
pub use report::*;
pub use settings::*;

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

    /// Days in `month` of `year`.
    fn month_days(year: i32, month: u32) -> u32 {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// The number of the day, counted from 1970-01-01 (proleptic Gregorian),
    /// so that two dates subtract to the days between them.
    pub fn day_number(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// The same day `months` months later; a day the month lacks becomes its
    /// last day (31 January + 1 month = 28 or 29 February).
    pub fn add_months(self, months: u32) -> Date {
        let total = i64::from(self.year) * 12 + i64::from(self.month - 1) + i64::from(months);
        let year = i32::try_from(total.div_euclid(12)).unwrap_or(i32::MAX);
        let month = u32::try_from(total.rem_euclid(12)).unwrap_or(0) + 1;
        Date {
            year,
            month,
            day: self.day.min(Date::month_days(year, month)),
        }
    }

    /// The last day of `month` of `year`.
    pub fn end_of_month(year: i32, month: u32) -> Date {
        Date {
            year,
            month,
            day: Date::month_days(year, month),
        }
    }

    /// The date `days` days later.
    pub fn add_days(self, days: u32) -> Date {
        let mut d = self;
        let mut left = days;
        while left > 0 {
            let rest = Date::month_days(d.year, d.month) - d.day;
            if left <= rest {
                d.day += left;
                break;
            }
            left -= rest + 1;
            d = if d.month == 12 {
                Date {
                    year: d.year + 1,
                    month: 1,
                    day: 1,
                }
            } else {
                Date {
                    year: d.year,
                    month: d.month + 1,
                    day: 1,
                }
            };
        }
        d
    }
}

#[cfg(test)]
mod date_tests {
    use super::Date;
    use proptest::prelude::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap_or(Date {
            year: 0,
            month: 0,
            day: 0,
        })
    }

    #[test]
    fn months_and_days_are_calendar_arithmetic() {
        assert_eq!(d("2026-01-31").add_months(1), d("2026-02-28"));
        assert_eq!(d("2024-01-31").add_months(1), d("2024-02-29"));
        assert_eq!(d("2025-12-31").add_months(3), d("2026-03-31"));
        assert_eq!(d("2026-01-05").add_months(1), d("2026-02-05"));
        assert_eq!(d("2026-03-31").add_days(15), d("2026-04-15"));
        assert_eq!(d("2026-12-31").add_days(1), d("2027-01-01"));
        assert_eq!(d("2026-02-05").days_until(d("2026-02-12")), 7);
        assert_eq!(d("2025-12-31").days_until(d("2026-03-31")), 90);
        assert_eq!(d("1970-01-01").day_number(), 0);
    }

    proptest! {
        #[test]
        fn adding_days_moves_the_day_number_by_as_many(y in 1900i32..2999, m in 1u32..=12, day in 1u32..=28, n in 0u32..2000) {
            let start = Date { year: y, month: m, day };
            prop_assert_eq!(start.days_until(start.add_days(n)), i64::from(n));
        }
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
    /// Five-year plans (RPJMD, Renstra), by unit order then period.
    pub plans: Vec<Plan>,
    /// Document registers, by year then unit order.
    pub registers: Vec<Register>,
    /// The archives of earlier editions, oldest first.
    pub archives: Vec<Archive>,
    /// The narrative chapters of annual reports, by unit then year.
    pub reports: Vec<AnnualReport>,
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
    /// Plan link → (agreement position, indicator key) of the agreement
    /// indicators implementing it, in `agreements` order.
    implemented_by: std::collections::HashMap<PlanLink, Vec<(usize, String)>>,
}

impl Site {
    /// A site of these parts, indexed.
    pub fn new(
        settings: Settings,
        units: Vec<Unit>,
        agreements: Vec<Agreement>,
        pages: Vec<Page>,
        plans: Vec<Plan>,
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
            for (_, ind) in a.indicators() {
                if let Some(link) = &ind.plan {
                    index
                        .implemented_by
                        .entry(link.clone())
                        .or_default()
                        .push((i, ind.key.clone()));
                }
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
            plans,
            registers: Vec::new(),
            archives: Vec::new(),
            reports: Vec::new(),
            index,
        }
    }

    /// The register of `unit` for `year`.
    pub fn register(&self, unit: &str, year: i32) -> Option<&Register> {
        self.registers
            .iter()
            .find(|r| r.unit == unit && r.year == year)
    }

    /// The plans of `unit`, oldest period first.
    pub fn plans_of<'a>(&'a self, unit: &str) -> impl Iterator<Item = &'a Plan> + 'a {
        let unit = unit.to_string();
        self.plans.iter().filter(move |p| p.unit == unit)
    }

    /// The plan of `unit` whose period covers `year`.
    pub fn plan_for(&self, unit: &str, year: i32) -> Option<&Plan> {
        self.plans.iter().find(|p| p.unit == unit && p.covers(year))
    }

    /// The plan a link points to, with the indicator.
    pub fn plan_indicator(&self, link: &PlanLink) -> Option<(&Plan, &PlanIndicator)> {
        let plan = self
            .plans
            .iter()
            .find(|p| p.unit == link.unit && p.from == link.from)?;
        plan.indicator(&link.key).map(|(_, i)| (plan, i))
    }

    /// The agreement indicators that implement plan indicator `key` of
    /// `plan`, oldest year first.
    pub fn implementations<'a>(
        &'a self,
        plan: &Plan,
        key: &str,
    ) -> impl Iterator<Item = (&'a Agreement, &'a Indicator)> + 'a {
        let link = PlanLink {
            unit: plan.unit.clone(),
            from: plan.from,
            key: key.to_string(),
        };
        self.index
            .implemented_by
            .get(&link)
            .into_iter()
            .flatten()
            .filter_map(|(i, k)| {
                let a = &self.agreements[*i];
                a.indicator(k).map(|(_, ind)| (a, ind))
            })
    }

    /// The head of the region (or institution): the unit at the top.
    pub fn head(&self) -> Option<&Unit> {
        self.units.iter().find(|u| u.parent.is_none())
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

    /// The narrative of `unit`'s annual report for `year`, if written.
    pub fn annual_report(&self, unit: &str, year: i32) -> Option<&AnnualReport> {
        self.reports
            .binary_search_by(|r| (r.unit.as_str(), r.year).cmp(&(unit, year)))
            .ok()
            .map(|i| &self.reports[i])
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
