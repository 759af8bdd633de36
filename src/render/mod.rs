//! Render: the validated model and its figures → the files of the site.
//!
//! Views are built from the model ([`view`], [`overview`]), then placed by tera
//! templates of the theme. Pages are independent and rendered in parallel; the
//! result is a sorted list of files, identical for identical input.

pub mod charts;
pub mod format;
pub mod i18n;
pub mod markdown;
pub mod overview;
pub mod paths;
pub mod theme;
pub mod view;

use crate::compute;
use crate::model::Site;
use format::Lang;
use i18n::Labels;
use rayon::prelude::*;
use serde::Serialize;
use std::path::PathBuf;
use theme::Theme;
use view::{Ctx, Figures};

/// A file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path from the site root, with `/`.
    pub path: String,
    /// Contents.
    pub bytes: Vec<u8>,
}

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
}

/// Computes the figures of every agreement.
pub fn figures(site: &Site) -> Figures {
    site.agreements
        .par_iter()
        .map(|a| ((a.unit.clone(), a.year), compute::agreement_figures(a)))
        .collect()
}

/// A menu entry.
#[derive(Debug, Clone, Serialize)]
struct NavItem {
    label: String,
    href: String,
    /// The page is in this section.
    current: bool,
    /// The page is this entry.
    exact: bool,
}

/// What every page's template receives besides its own view.
#[derive(Debug, Clone, Serialize)]
struct Common<'a> {
    lang: &'static str,
    institution: &'a str,
    region: &'a str,
    province: Option<&'a str>,
    example: bool,
    licence: Option<&'a str>,
    root: String,
    path: String,
    canonical: String,
    title: String,
    nav: Vec<NavItem>,
    pages: Vec<NavItem>,
    style: String,
}

/// One page to render.
enum Job {
    Home,
    Units,
    Unit(usize),
    UnitYear(usize),
    Indicator(usize, String, String),
    Year(i32, &'static str),
    Tree(Option<i32>),
    Methodology,
    Page(usize),
    NotFound,
}

/// Renders the whole site with `theme`. `static_files` are (path under
/// `static/`, absolute path) pairs copied as they are.
pub fn render(
    site: &Site,
    theme: &Theme,
    static_files: &[(String, PathBuf)],
) -> Result<Vec<OutputFile>, RenderError> {
    let lang = Lang::from_code(&site.settings.language);
    let labels = Labels::new(lang);
    let figures = figures(site);
    let ctx = Ctx {
        site,
        figures: &figures,
        lang,
        t: &labels,
    };
    let tera = theme.tera()?;

    let mut jobs = vec![
        Job::Home,
        Job::Units,
        Job::Methodology,
        Job::NotFound,
        Job::Tree(None),
    ];
    jobs.extend((0..site.units.len()).map(Job::Unit));
    jobs.extend((0..site.agreements.len()).map(Job::UnitYear));
    let mut seen = std::collections::BTreeSet::new();
    for a in &site.agreements {
        for (o, i) in a.indicators() {
            if seen.insert((a.unit.clone(), o.id.clone(), i.id.clone()))
                && let Some(u) = site.units.iter().position(|u| u.id == a.unit)
            {
                jobs.push(Job::Indicator(u, o.id.clone(), i.id.clone()));
            }
        }
    }
    for y in site.years() {
        for order in ["", "capaian", "serapan"] {
            jobs.push(Job::Year(y, order));
        }
        jobs.push(Job::Tree(Some(y)));
    }
    jobs.extend((0..site.pages.len()).map(Job::Page));

    let rendered: Result<Vec<Vec<OutputFile>>, RenderError> = jobs
        .par_iter()
        .map(|job| render_job(&ctx, &tera, job))
        .collect();
    let mut files: Vec<OutputFile> = rendered?.into_iter().flatten().collect();
    for (name, bytes) in theme.assets() {
        files.push(OutputFile {
            path: format!("assets/{name}"),
            bytes: bytes.clone(),
        });
    }
    for (rel, abs) in static_files {
        let bytes = std::fs::read(abs).map_err(|e| RenderError::Static {
            path: abs.clone(),
            message: e.to_string(),
        })?;
        files.push(OutputFile {
            path: rel.clone(),
            bytes,
        });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    for pair in files.windows(2) {
        if pair[0].path == pair[1].path {
            return Err(RenderError::Collision(pair[0].path.clone()));
        }
    }
    Ok(files)
}

fn common<'a>(ctx: &Ctx<'a>, path: &str, title: &str) -> Common<'a> {
    let s = &ctx.site.settings;
    let section = path.split('/').next().unwrap_or("");
    let nav = [
        (paths::HOME, "home", "index.html"),
        (paths::UNITS, "units", "unit"),
        (
            &*ctx
                .site
                .years()
                .last()
                .map(|y| paths::year(*y, ""))
                .unwrap_or_else(|| paths::HOME.into()),
            "years",
            "tahun",
        ),
        (paths::TREE, "tree", "pohon-kinerja"),
        (paths::METHODOLOGY, "methodology", "metodologi"),
    ]
    .iter()
    .map(|(href, key, sec)| NavItem {
        label: ctx.t.get(key).into(),
        href: (*href).to_string(),
        current: section == *sec,
        exact: path == *href,
    })
    .collect();
    let pages = ctx
        .site
        .pages
        .iter()
        .map(|p| NavItem {
            label: p.title.clone(),
            href: paths::page(&p.slug),
            current: path == paths::page(&p.slug),
            exact: path == paths::page(&p.slug),
        })
        .collect();
    let canonical_path = path.strip_suffix("index.html").unwrap_or(path);
    Common {
        lang: ctx.lang.tag(),
        institution: &s.institution,
        region: &s.region,
        province: s.province.as_deref(),
        example: s.example_data,
        licence: s.licence.as_deref(),
        root: paths::root_of(path),
        path: path.to_string(),
        canonical: format!("{}{canonical_path}", s.base_url),
        title: title.to_string(),
        nav,
        pages,
        style: paths::STYLE.to_string(),
    }
}

fn page<T: Serialize>(
    ctx: &Ctx<'_>,
    tera: &tera::Tera,
    template: &str,
    path: &str,
    title: &str,
    view: &T,
) -> Result<OutputFile, RenderError> {
    let mut context = tera::Context::new();
    context.insert("c", &common(ctx, path, title));
    context.insert("t", ctx.t.map());
    context.insert("v", view);
    let html = tera
        .render(template, &context)
        .map_err(|e| RenderError::Template {
            template: template.to_string(),
            page: path.to_string(),
            message: error_chain(&e),
        })?;
    Ok(OutputFile {
        path: path.to_string(),
        bytes: html.into_bytes(),
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

/// Standalone copies of a page's charts, beside the page.
fn chart_files<'c>(
    page_path: &str,
    charts: impl IntoIterator<Item = &'c charts::Chart>,
) -> Vec<OutputFile> {
    charts
        .into_iter()
        .map(|c| OutputFile {
            path: paths::beside(page_path, &format!("{}.svg", c.id)),
            bytes: format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}\n", c.svg).into_bytes(),
        })
        .collect()
}

fn render_job(ctx: &Ctx<'_>, tera: &tera::Tera, job: &Job) -> Result<Vec<OutputFile>, RenderError> {
    let site = ctx.site;
    let t = ctx.t;
    let mut out = Vec::new();
    match job {
        Job::Home => {
            let v = ctx.home();
            out.push(page(
                ctx,
                tera,
                "home.html",
                paths::HOME,
                &site.settings.institution,
                &v,
            )?);
            out.extend(chart_files(paths::HOME, v.sakip_chart.iter()));
        }
        Job::Units => {
            let v = ctx.units();
            out.push(page(
                ctx,
                tera,
                "units.html",
                paths::UNITS,
                t.get("units"),
                &v,
            )?);
        }
        Job::Unit(i) => {
            let u = &site.units[*i];
            let v = ctx.unit_view(u);
            out.push(page(
                ctx,
                tera,
                "unit.html",
                &paths::unit(&u.id),
                &u.name,
                &v,
            )?);
        }
        Job::UnitYear(i) => {
            let a = &site.agreements[*i];
            if let Some(v) = ctx.unit_year(a) {
                let path = paths::unit_year(&a.unit, a.year);
                let title = format!("{} {} {}", t.get("agreement"), v.unit.name, a.year);
                out.push(page(ctx, tera, "unit_year.html", &path, &title, &v)?);
                let charts = v
                    .indicators
                    .iter()
                    .filter_map(|b| b.chart.as_ref())
                    .chain(v.absorption_chart.iter())
                    .chain(v.achievement_chart.iter());
                out.extend(chart_files(&path, charts));
            }
        }
        Job::Indicator(u, o, i) => {
            let unit = &site.units[*u];
            if let Some(v) = ctx.indicator_view(unit, o, i) {
                let path = paths::indicator(&unit.id, o, i);
                let title = format!("{} {} {}", v.key, v.name, unit.short_name);
                out.push(page(ctx, tera, "indicator.html", &path, &title, &v)?);
                out.extend(chart_files(&path, v.chart.iter()));
            }
        }
        Job::Year(y, order) => {
            let v = ctx.year(*y, order);
            let path = paths::year(*y, order);
            out.push(page(
                ctx,
                tera,
                "year.html",
                &path,
                &format!("{} {y}", t.get("compare")),
                &v,
            )?);
            out.extend(chart_files(&path, v.chart.iter()));
        }
        Job::Tree(year) => {
            let Some(y) = year.or_else(|| site.years().last().copied()) else {
                return Ok(out);
            };
            let v = ctx.tree(y);
            let path = if year.is_some() {
                paths::tree(y)
            } else {
                paths::TREE.to_string()
            };
            out.push(page(
                ctx,
                tera,
                "tree.html",
                &path,
                &format!("{} {y}", t.get("tree")),
                &v,
            )?);
        }
        Job::Methodology => {
            let v = ctx.methodology();
            out.push(page(
                ctx,
                tera,
                "methodology.html",
                paths::METHODOLOGY,
                t.get("methodology"),
                &v,
            )?);
        }
        Job::Page(i) => {
            let p = &site.pages[*i];
            #[derive(Serialize)]
            struct PageView {
                title: String,
                html: String,
            }
            let v = PageView {
                title: p.title.clone(),
                html: markdown::to_html(&p.body, "", 0),
            };
            out.push(page(
                ctx,
                tera,
                "page.html",
                &paths::page(&p.slug),
                &p.title,
                &v,
            )?);
        }
        Job::NotFound => {
            // Served at any depth: links here are absolute from the site's path.
            let base_path = site
                .settings
                .base_url
                .split_once("://")
                .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_string()))
                .unwrap_or_else(|| "/".into());
            #[derive(Serialize)]
            struct NotFound {
                base: String,
            }
            let mut file = page(
                ctx,
                tera,
                "404.html",
                "404.html",
                t.get("page_not_found"),
                &NotFound { base: base_path },
            )?;
            file.path = "404.html".into();
            out.push(file);
        }
    }
    Ok(out)
}
