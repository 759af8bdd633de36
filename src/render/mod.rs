//! Render: the validated model and its figures → the files of the site.
//!
//! Views are built from the model ([`view`], [`overview`]), then placed by tera
//! templates of the theme. Pages are independent and rendered in parallel; the
//! result is a sorted list of files, identical for identical input.

pub mod charts;
mod chrome;
pub mod data;
mod edition;
pub mod escape;
pub mod feeds;
pub mod format;
pub mod i18n;
mod inputs;
pub mod markdown;
mod open_data;
pub mod overview;
pub mod paths;
mod plan;
mod preview;
pub mod search;
mod sink;
pub mod theme;
pub mod view;

use crate::compute;
use crate::model::Site;
use format::Lang;
use i18n::{Label, Labels};
use rayon::prelude::*;
use serde::Serialize;
use std::path::PathBuf;
use theme::Theme;
use view::{Ctx, Figures};

use chrome::*;
pub use open_data::Download;
use open_data::*;
pub use plan::site_date;
use plan::*;
use sink::Guard;
pub use sink::{Collect, JobFiles, Make, OutputFile, RenderStats, Sink};

/// Why the site could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A template failed.
    #[error("template `{template}` failed for {page}: {message}")]
    Template {
        /// Template name.
        template: String,
        /// Page path.
        page: String,
        /// Tera's message.
        message: String,
    },
    /// A theme file could not be read or parsed.
    #[error("theme: {0}")]
    Theme(String),
    /// A static file could not be read.
    #[error("cannot read static file `{path}`: {message}")]
    Static {
        /// File.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// Two outputs want the same path.
    #[error("two files would be written to `{0}`")]
    Collision(String),
    /// The sink could not take a file.
    #[error("{0}")]
    Output(String),
}

/// Computes the figures of every agreement.
pub fn figures(site: &Site) -> Figures {
    compute::site_figures(site)
}

/// Renders the whole site, handing each file to `sink` as soon as it is
/// made, so a large site never sits in memory at once.
pub fn render_into(
    site: &Site,
    theme: &Theme,
    static_files: &[(String, PathBuf)],
    sink: &dyn Sink,
) -> Result<RenderStats, RenderError> {
    let lang = Lang::from_code(&site.settings.language);
    let central = site.units.first().is_some_and(|u| u.level.is_central());
    let labels = Labels::for_site(lang, central);
    let figures = figures(site);
    let ctx = Ctx {
        site,
        figures: &figures,
        lang,
        t: &labels,
    };
    let tera = theme.tera()?;

    let mut jobs = vec![Job::Units, Job::Methodology, Job::NotFound, Job::Tree(None)];
    jobs.extend((0..site.units.len()).map(Job::Unit));
    jobs.extend((0..site.agreements.len()).map(Job::UnitYear));
    let mut seen = std::collections::BTreeSet::new();
    for a in &site.agreements {
        for (o, i) in a.indicators() {
            if seen.insert((a.unit.clone(), o.id.clone(), i.id.clone()))
                && let Some(u) = site.unit_position(&a.unit)
            {
                jobs.push(Job::Indicator(u, o.id.clone(), i.id.clone()));
            }
        }
    }
    for y in site.years() {
        for order in paths::YearOrder::ALL {
            jobs.push(Job::Year(y, order));
        }
        jobs.push(Job::Tree(Some(y)));
        if !site.registers.is_empty() {
            jobs.push(Job::Register(y));
            jobs.push(Job::Timeliness(y));
        }
    }
    if ctx.has_evaluations() {
        jobs.push(Job::Evaluations);
    }
    if !site.plans.is_empty() {
        jobs.push(Job::Plans);
    }
    for (i, plan) in site.plans.iter().enumerate() {
        jobs.push(Job::Plan(i));
        jobs.extend(
            plan.indicators()
                .map(|(_, ind)| Job::PlanIndicator(i, ind.key.clone())),
        );
    }
    jobs.extend((0..site.pages.len()).map(Job::Page));
    jobs.push(Job::Search);
    jobs.extend(
        (0..site.units.len())
            .filter(|i| !site.units[*i].former_ids.is_empty())
            .map(Job::Aliases),
    );

    let guard = Guard {
        sink,
        seen: std::sync::Mutex::new(std::collections::BTreeSet::new()),
        charts: std::sync::atomic::AtomicUsize::new(0),
        sums: site
            .settings
            .edition
            .as_ref()
            .map(|_| std::sync::Mutex::new(Default::default())),
    };
    let salt = salt(theme, &labels);
    let as_of = site
        .years()
        .last()
        .and_then(|y| ctx.latest(*y))
        .map(|l| chrome::AsOf {
            period: l.period,
            updated: l.updated,
        })
        .unwrap_or_default();
    // The site's own data files are long single tasks that only the home and
    // data pages list: they are made while every other page renders.
    let (site_data, data) = rayon::join(
        || site_files(&ctx, &guard, salt),
        || -> Result<DataFiles, RenderError> {
            let data = data_files(&ctx, &guard, salt)?;
            let renderer = Renderer {
                tera: &tera,
                data: &data,
                guard: &guard,
                salt,
                as_of: as_of.clone(),
                made: None,
            };
            let inputs = inputs::Inputs::new(site, salt);
            jobs.par_iter()
                .try_for_each(|job| inputs::run(&ctx, &renderer, &inputs, job))?;
            Ok(data)
        },
    );
    let mut data = data?;
    data.add_site(site, site_data?);
    let renderer = Renderer {
        tera: &tera,
        data: &data,
        guard: &guard,
        salt,
        as_of,
        made: None,
    };
    [Job::Home, Job::Data]
        .par_iter()
        .try_for_each(|job| render_job(&ctx, &renderer, job))?;
    for (name, bytes) in theme.assets() {
        guard.put(OutputFile {
            path: format!("assets/{name}"),
            bytes: bytes.clone(),
        })?;
    }
    for (rel, abs) in static_files {
        let bytes =
            crate::files::read_regular(abs, crate::load::MAX_STATIC_BYTES).map_err(|e| {
                RenderError::Static {
                    path: abs.clone(),
                    message: e.to_string(),
                }
            })?;
        guard.put(OutputFile {
            path: rel.clone(),
            bytes,
        })?;
    }
    // Feeds, sitemap and robots.txt.
    let all: Vec<&crate::model::Agreement> = site.agreements.iter().collect();
    guard.put(OutputFile {
        path: paths::FEED.into(),
        bytes: feeds::atom(
            &ctx,
            paths::FEED,
            &format!(
                "{}: {}",
                site.settings.institution,
                labels.get(Label::site_title)
            ),
            &all,
            200,
        ),
    })?;
    for u in &site.units {
        let mine: Vec<&crate::model::Agreement> = site.agreements_of(&u.id).collect();
        guard.put(OutputFile {
            path: paths::unit_feed(&u.id),
            bytes: feeds::atom(
                &ctx,
                &paths::unit_feed(&u.id),
                &format!("{}: {}", u.name, labels.get(Label::site_title)),
                &mine,
                usize::MAX,
            ),
        })?;
    }
    let as_of = site_date(site);
    let seen: Vec<String> = guard
        .seen
        .lock()
        .map_err(|_| RenderError::Output("lock poisoned".into()))?
        .iter()
        .cloned()
        .collect();
    // A unit-year page is as of its agreement's latest date; every other
    // page as of the site's.
    let dated: std::collections::HashMap<String, crate::model::Date> = site
        .agreements
        .iter()
        .map(|a| (paths::unit_year(&a.unit, a.year), agreement_date(a)))
        .collect();
    // Pages only: chart-only pages and the 404 page are not for search engines.
    let pages: Vec<(String, crate::model::Date)> = seen
        .iter()
        .filter(|p| p.ends_with("index.html"))
        .map(|p| (p.clone(), dated.get(p).copied().unwrap_or(as_of)))
        .collect();
    guard.put(OutputFile {
        path: "sitemap.xml".into(),
        bytes: feeds::sitemap(&site.settings.base_url, &pages),
    })?;
    guard.put(OutputFile {
        path: "robots.txt".into(),
        bytes: feeds::robots(&site.settings.base_url),
    })?;
    // Last, for its manifest of every file above.
    edition::write(&ctx, &renderer)?;
    let charts = guard.charts.into_inner();
    let seen = guard.seen.into_inner().unwrap_or_default();
    let count = |f: &dyn Fn(&str) -> bool| seen.iter().filter(|p| f(p)).count();
    Ok(RenderStats {
        pages: count(&|p| p.ends_with(".html")),
        charts,
        data_files: count(&|p| [".csv", ".json", ".xlsx"].iter().any(|e| p.ends_with(e))),
        files: seen.len(),
    })
}

pub(crate) fn error_chain(e: &dyn std::error::Error) -> String {
    let mut msg = e.to_string();
    let mut cur = e.source();
    while let Some(s) = cur {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        cur = s.source();
    }
    msg
}
