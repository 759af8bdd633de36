//! What a job is made from: the fingerprint of the part of the record a
//! job's pages can show, so that a build over a site kinerja wrote keeps the
//! files of a job whose inputs did not change without building its views at
//! all (see [`Sink::keep_job`]).
//!
//! A quarterly update adds reports to the latest year: the pages of the years
//! before it are made from exactly what they were made from before. The
//! fingerprints here are deliberately coarse, so that a page is never kept
//! when anything it may show has changed:
//!
//! - the **site**: the program, theme and labels (the salt), the settings,
//!   the organisation, the free pages, the five-year plans, the editions'
//!   archives, the years of the site and which years have registers;
//! - the **years up to** a year: every agreement (with its reports), register
//!   and annual report of that year and of every year before it, of every
//!   unit (a unit-year page shows last year's figures, its parents' and
//!   children's, the plans' targets);
//! - for a unit-year, also the years its unit has agreements for and the
//!   unit's share card (its latest year), and the downloads its pages list.

use super::*;
use std::fmt::Write as _;

/// The fingerprints the jobs' inputs are made of, computed once per build.
pub(crate) struct Inputs {
    site: u128,
    /// Year → fingerprint of every year up to and including it.
    up_to: std::collections::BTreeMap<i32, u128>,
}

impl Inputs {
    pub(crate) fn new(site: &Site, salt: u128) -> Inputs {
        let mut f = crate::fingerprint::Fingerprinter::new();
        f.add(&salt.to_le_bytes());
        // The model's `Debug` holds every field; it has no hash maps, so it
        // is the same for the same record.
        let _ = write!(
            f,
            "{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n",
            site.settings,
            site.units,
            site.pages,
            site.plans,
            site.archives,
            site.years()
        );
        let register_years: std::collections::BTreeSet<i32> =
            site.registers.iter().map(|r| r.year).collect();
        let evaluations = site.registers.iter().any(|r| r.evaluation.is_some());
        let _ = write!(f, "{register_years:?} {evaluations}");
        let site_print = f.finish();
        let mut up_to = std::collections::BTreeMap::new();
        let mut years = crate::fingerprint::Fingerprinter::new();
        for y in site.years() {
            let _ = write!(years, "\nyear {y}\n");
            for a in site.agreements.iter().filter(|a| a.year == y) {
                let _ = writeln!(years, "{a:?}");
            }
            for r in site.registers.iter().filter(|r| r.year == y) {
                let _ = writeln!(years, "{r:?}");
            }
            for r in site.reports.iter().filter(|r| r.year == y) {
                let _ = writeln!(years, "{r:?}");
            }
            up_to.insert(y, years.finish());
        }
        Inputs {
            site: site_print,
            up_to,
        }
    }

    /// The name and the fingerprint of the inputs of `job`, for the jobs
    /// that can be kept from the build before (`None`: the job always runs).
    pub(crate) fn of(&self, ctx: &Ctx<'_>, r: &Renderer<'_>, job: &Job) -> Option<(String, u128)> {
        let Job::UnitYear(i) = job else {
            return None;
        };
        let a = ctx.site.agreements.get(*i)?;
        let mut f = crate::fingerprint::Fingerprinter::new();
        f.add(&self.site.to_le_bytes())
            .add(&self.up_to.get(&a.year)?.to_le_bytes());
        let years: Vec<i32> = ctx.site.agreements_of(&a.unit).map(|a| a.year).collect();
        let card = unit_card(ctx, &a.unit);
        let downloads: Vec<&Vec<Download>> = [
            paths::unit_year(&a.unit, a.year),
            paths::unit_year_print(&a.unit, a.year),
            paths::unit_year_report(&a.unit, a.year),
        ]
        .iter()
        .filter_map(|p| r.data.by_page.get(p))
        .collect();
        // Its pages are dated by its own reports (by the site's while it has none).
        let dated = r.dated(ctx.reported_to(&[a])).as_of;
        let _ = write!(f, "{years:?} {card:?} {downloads:?} {dated:?}");
        Some((format!("unit-year/{}/{}", a.unit, a.year), f.finish()))
    }
}

/// Renders `job`, or keeps what it made in the build before from the same
/// inputs.
pub(crate) fn run(
    ctx: &Ctx<'_>,
    r: &Renderer<'_>,
    inputs: &Inputs,
    job: &Job,
) -> Result<(), RenderError> {
    let Some((name, print)) = inputs.of(ctx, r, job) else {
        return render_job(ctx, r, job);
    };
    if r.guard.keep_job(&name, print)? {
        return Ok(());
    }
    let made = std::sync::Mutex::new(JobFiles::default());
    let noting = Renderer {
        made: Some(&made),
        ..r.clone()
    };
    render_job(ctx, &noting, job)?;
    let made = made
        .into_inner()
        .map_err(|_| RenderError::Output("lock poisoned".into()))?;
    r.guard.sink.record_job(&name, print, made)
}
