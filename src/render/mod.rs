//! Render: the validated model and its figures → the files of the site.
//!
//! Views are built from the model ([`view`], [`overview`]), then placed by tera
//! templates of the theme. Pages are independent and rendered in parallel; the
//! result is a sorted list of files, identical for identical input.

pub mod charts;
pub mod data;
pub mod escape;
pub mod feeds;
pub mod format;
pub mod i18n;
pub mod markdown;
pub mod overview;
pub mod paths;
mod preview;
pub mod search;
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
    /// The sink could not take a file.
    #[error("{0}")]
    Output(String),
}

/// Computes the figures of every agreement.
pub fn figures(site: &Site) -> Figures {
    compute::site_figures(site)
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
    downloads: Vec<Download>,
    feeds: Vec<FeedLink>,
    og_locale: &'static str,
    og_image: Option<String>,
}

/// The site-wide preview image (the SAKIP chart of the home page).
const PREVIEW: &str = "pratinjau.png";

/// A feed offered by a page through `<link rel="alternate">`.
#[derive(Debug, Clone, Serialize)]
struct FeedLink {
    title: String,
    href: String,
}

/// A downloadable data file.
#[derive(Debug, Clone, Serialize)]
pub struct Download {
    /// Format name (`CSV`, `JSON`, `XLSX`).
    pub format: String,
    /// What it holds.
    pub label: String,
    /// Path from the site root.
    pub href: String,
    /// Size, `12,3 KB`.
    pub size: String,
}

/// The downloads each page links to (the data files themselves go straight
/// to the sink).
struct DataFiles {
    /// Page path → its downloads.
    by_page: std::collections::BTreeMap<String, Vec<Download>>,
}

/// Makes a file's bytes (`None`: no file), called only when the sink needs them.
pub type Make<'a> = &'a mut dyn FnMut() -> Result<Option<Vec<u8>>, RenderError>;

/// Where rendered files go as they are produced, possibly from several
/// threads at once: the output folder for `build`, memory for `serve`.
pub trait Sink: Sync {
    /// Takes one file.
    fn put(&self, file: OutputFile) -> Result<(), RenderError>;

    /// Takes the file at `path` that `make` makes (`None`: no file) from
    /// inputs whose fingerprint is `recipe`. A sink that still has the file
    /// the same recipe made before may keep it without calling `make`.
    /// Returns the file's size, if there is a file.
    fn put_made(
        &self,
        path: String,
        recipe: u128,
        make: Make<'_>,
    ) -> Result<Option<u64>, RenderError> {
        let _ = recipe;
        let Some(bytes) = make()? else {
            return Ok(None);
        };
        let size = bytes.len() as u64;
        self.put(OutputFile { path, bytes })?;
        Ok(Some(size))
    }
}

/// A sink that keeps every file in memory.
#[derive(Debug, Default)]
pub struct Collect(std::sync::Mutex<Vec<OutputFile>>);

impl Sink for Collect {
    fn put(&self, file: OutputFile) -> Result<(), RenderError> {
        self.0
            .lock()
            .map_err(|_| RenderError::Output("collector poisoned".into()))?
            .push(file);
        Ok(())
    }
}

impl Collect {
    /// The collected files, sorted by path.
    pub fn into_files(self) -> Vec<OutputFile> {
        let mut files = self.0.into_inner().unwrap_or_default();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files
    }
}

/// Counts of what a render produced.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RenderStats {
    /// HTML pages.
    pub pages: usize,
    /// SVG charts.
    pub charts: usize,
    /// CSV, JSON and XLSX files.
    pub data_files: usize,
    /// All files.
    pub files: usize,
}

/// Passes files on to a sink, refusing two files at one path and noting
/// the pages for the sitemap.
struct Guard<'a> {
    sink: &'a dyn Sink,
    seen: std::sync::Mutex<std::collections::BTreeSet<String>>,
}

impl Guard<'_> {
    fn claim(&self, path: &str) -> Result<(), RenderError> {
        let mut seen = self
            .seen
            .lock()
            .map_err(|_| RenderError::Output("lock poisoned".into()))?;
        if seen.insert(path.to_string()) {
            Ok(())
        } else {
            Err(RenderError::Collision(path.to_string()))
        }
    }

    fn put(&self, file: OutputFile) -> Result<(), RenderError> {
        self.claim(&file.path)?;
        self.sink.put(file)
    }

    fn put_made(
        &self,
        path: String,
        recipe: u128,
        make: Make<'_>,
    ) -> Result<Option<u64>, RenderError> {
        self.claim(&path)?;
        self.sink.put_made(path, recipe, make)
    }
}

/// One page to render.
enum Job {
    Home,
    Units,
    Unit(usize),
    UnitYear(usize),
    Indicator(usize, String, String),
    Year(i32, paths::YearOrder),
    Tree(Option<i32>),
    Methodology,
    Page(usize),
    NotFound,
    Data,
    Search,
    /// Redirect pages from a unit's former id.
    Aliases(usize),
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
    }
    jobs.extend((0..site.pages.len()).map(Job::Page));
    jobs.push(Job::Data);
    jobs.push(Job::Search);
    jobs.extend(
        (0..site.units.len())
            .filter(|i| !site.units[*i].former_ids.is_empty())
            .map(Job::Aliases),
    );

    let guard = Guard {
        sink,
        seen: std::sync::Mutex::new(std::collections::BTreeSet::new()),
    };
    let salt = salt(theme, &labels);
    let data = data_files(&ctx, &guard, salt)?;
    let renderer = Renderer {
        tera: &tera,
        data: &data,
        guard: &guard,
        salt,
    };
    jobs.par_iter()
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
    // Pages only: chart-only pages and the 404 page are not for search engines.
    let pages: Vec<(String, crate::model::Date)> = seen
        .iter()
        .filter(|p| p.ends_with("index.html"))
        .map(|p| {
            let date = unit_year_of(p)
                .and_then(|(u, y)| site.agreement(u, y))
                .map_or(as_of, agreement_date);
            (p.clone(), date)
        })
        .collect();
    guard.put(OutputFile {
        path: "sitemap.xml".into(),
        bytes: feeds::sitemap(&site.settings.base_url, &pages),
    })?;
    guard.put(OutputFile {
        path: "robots.txt".into(),
        bytes: feeds::robots(&site.settings.base_url),
    })?;
    let seen = guard.seen.into_inner().unwrap_or_default();
    let count = |f: &dyn Fn(&str) -> bool| seen.iter().filter(|p| f(p)).count();
    Ok(RenderStats {
        pages: count(&|p| p.ends_with(".html")),
        charts: count(&|p| p.ends_with(".svg")),
        data_files: count(&|p| [".csv", ".json", ".xlsx"].iter().any(|e| p.ends_with(e))),
        files: seen.len(),
    })
}

/// The fingerprint of what every file's bytes depend on besides its own
/// inputs: this program (its version and executable), the theme and the
/// labels.
fn salt(theme: &Theme, labels: &Labels) -> u128 {
    let mut f = crate::fingerprint::Fingerprinter::new();
    f.add(&crate::fingerprint::program().to_le_bytes())
        .add(&theme.fingerprint().to_le_bytes())
        .add_json(labels.map());
    f.finish()
}

fn common<'a>(ctx: &Ctx<'a>, data: &DataFiles, path: &str, title: &str) -> Common<'a> {
    let s = &ctx.site.settings;
    let section = path.split('/').next().unwrap_or("");
    let nav = [
        (paths::HOME, Label::home, "index.html"),
        (paths::UNITS, Label::units, "unit"),
        (
            &*ctx
                .site
                .years()
                .last()
                .map(|y| paths::year(*y, paths::YearOrder::Organisation))
                .unwrap_or_else(|| paths::HOME.into()),
            Label::years,
            "tahun",
        ),
        (paths::TREE, Label::tree, "pohon-kinerja"),
        (paths::METHODOLOGY, Label::methodology, "metodologi"),
        (paths::DATA, Label::data, "data"),
        (paths::SEARCH, Label::search, "cari"),
    ]
    .iter()
    .map(|(href, key, sec)| NavItem {
        label: ctx.t.get(*key).into(),
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
        downloads: data.by_page.get(path).cloned().unwrap_or_default(),
        feeds: {
            let mut feeds = vec![FeedLink {
                title: format!("{} ({})", s.institution, ctx.t.get(Label::feed)),
                href: paths::FEED.into(),
            }];
            if let Some(unit) = path
                .strip_prefix("unit/")
                .and_then(|r| r.split('/').next())
                .and_then(|id| ctx.site.unit(id))
                && path != paths::UNITS
            {
                feeds.push(FeedLink {
                    title: format!("{} ({})", unit.name, ctx.t.get(Label::feed)),
                    href: paths::unit_feed(&unit.id),
                });
            }
            feeds
        },
        og_image: None,
        og_locale: match ctx.lang {
            Lang::Id => "id_ID",
            Lang::En => "en_US",
        },
    }
}

/// What every job renders with: the template engine, the data files' index,
/// where files go, and the fingerprint of everything outside a page's own
/// context that its bytes depend on (this program, the theme, the labels).
struct Renderer<'a> {
    tera: &'a tera::Tera,
    data: &'a DataFiles,
    guard: &'a Guard<'a>,
    salt: u128,
}

impl Renderer<'_> {
    /// A recipe: the salt, a kind of file, and the value it is made from.
    fn recipe<T: Serialize + ?Sized>(&self, kind: &str, value: &T) -> u128 {
        crate::fingerprint::Fingerprinter::new()
            .add(&self.salt.to_le_bytes())
            .add(kind.as_bytes())
            .add_json(value)
            .finish()
    }
}

/// Renders `template` with `view` to the page at `path`. The page is made
/// only if the sink does not already have the page its context makes.
fn page<T: Serialize>(
    ctx: &Ctx<'_>,
    r: &Renderer<'_>,
    template: &str,
    path: &str,
    title: &str,
    view: &T,
    image: Option<&str>,
) -> Result<(), RenderError> {
    let mut c = common(ctx, r.data, path, title);
    c.og_image = image
        .or(ctx.site.settings.evaluations.first().map(|_| PREVIEW))
        .map(|i| format!("{}{i}", ctx.site.settings.base_url));
    let recipe = r.recipe(template, &(&c, view));
    r.guard.put_made(path.to_string(), recipe, &mut || {
        let mut context = tera::Context::new();
        context.insert("c", &c);
        context.insert("t", ctx.t.map());
        context.insert("v", view);
        let html = r
            .tera
            .render(template, &context)
            .map_err(|e| RenderError::Template {
                template: template.to_string(),
                page: path.to_string(),
                message: error_chain(&e),
            })?;
        Ok(Some(html.into_bytes()))
    })?;
    Ok(())
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

/// Standalone copies of a page's charts beside the page: each chart's `.svg`
/// file, and one chart-only page (`grafik.html`) for embedding in an iframe,
/// which shows the chart named by its fragment (`grafik.html#grafik-serapan`).
fn chart_files<'c>(
    ctx: &Ctx<'_>,
    r: &Renderer<'_>,
    page_path: &str,
    page_title: &str,
    charts: impl IntoIterator<Item = &'c charts::Chart>,
) -> Result<(), RenderError> {
    #[derive(Serialize)]
    struct ChartPage<'a> {
        charts: Vec<&'a charts::Chart>,
        page_title: &'a str,
    }
    let charts: Vec<&charts::Chart> = charts.into_iter().collect();
    if charts.is_empty() {
        return Ok(());
    }
    for c in &charts {
        r.guard.put(OutputFile {
            path: paths::beside(page_path, &format!("{}.svg", c.id)),
            bytes: format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}\n", c.svg).into_bytes(),
        })?;
    }
    let title = format!("{} {page_title}", ctx.t.get(Label::charts));
    page(
        ctx,
        r,
        "chart_page.html",
        &paths::beside(page_path, EMBED_PAGE),
        &title,
        &ChartPage { charts, page_title },
        None,
    )
}

/// The chart-only page beside each page with charts.
const EMBED_PAGE: &str = "grafik.html";

/// The link-preview PNG of a page's main chart, beside the page, drawn only
/// if the sink does not already have the one this chart makes.
fn preview(
    r: &Renderer<'_>,
    page_path: &str,
    chart: Option<&charts::Chart>,
) -> Result<(), RenderError> {
    let Some(chart) = chart else {
        return Ok(());
    };
    let recipe = r.recipe("preview", &format!("{:?}", chart.spec));
    r.guard
        .put_made(paths::beside(page_path, PREVIEW), recipe, &mut || {
            Ok(chart.png())
        })?;
    Ok(())
}

fn render_job(ctx: &Ctx<'_>, r: &Renderer<'_>, job: &Job) -> Result<(), RenderError> {
    let site = ctx.site;
    let t = ctx.t;
    match job {
        Job::Home => {
            let v = ctx.home();
            page(
                ctx,
                r,
                "home.html",
                paths::HOME,
                &site.settings.institution,
                &v,
                v.sakip_chart.as_ref().map(|_| PREVIEW),
            )?;
            preview(r, paths::HOME, v.sakip_chart.as_ref())?;
            chart_files(
                ctx,
                r,
                paths::HOME,
                &site.settings.institution,
                v.sakip_chart.iter(),
            )?;
        }
        Job::Units => {
            let v = ctx.units();
            page(
                ctx,
                r,
                "units.html",
                paths::UNITS,
                t.get(Label::units),
                &v,
                None,
            )?;
        }
        Job::Unit(i) => {
            let u = &site.units[*i];
            let v = ctx.unit_view(u);
            page(ctx, r, "unit.html", &paths::unit(&u.id), &u.name, &v, None)?;
        }
        Job::UnitYear(i) => {
            let a = &site.agreements[*i];
            if let Some(v) = ctx.unit_year(a) {
                let path = paths::unit_year(&a.unit, a.year);
                let image = v
                    .achievement_chart
                    .as_ref()
                    .map(|_| paths::beside(&path, PREVIEW));
                let title = format!("{} {} {}", t.get(Label::agreement), v.unit.name, a.year);
                page(
                    ctx,
                    r,
                    "unit_year.html",
                    &path,
                    &title,
                    &v,
                    image.as_deref(),
                )?;
                preview(r, &path, v.achievement_chart.as_ref())?;
                let print_path = paths::unit_year_print(&a.unit, a.year);
                page(
                    ctx,
                    r,
                    "print.html",
                    &print_path,
                    &format!("{} ({})", title, t.get(Label::print)),
                    &v,
                    None,
                )?;
                let charts = v
                    .indicators
                    .iter()
                    .filter_map(|b| b.chart.as_ref())
                    .chain(v.absorption_chart.iter())
                    .chain(v.achievement_chart.iter());
                chart_files(ctx, r, &path, &title, charts)?;
            }
        }
        Job::Indicator(u, o, i) => {
            let unit = &site.units[*u];
            if let Some(v) = ctx.indicator_view(unit, o, i) {
                let path = paths::indicator(&unit.id, o, i);
                let image = v.chart.as_ref().map(|_| paths::beside(&path, PREVIEW));
                let title = format!("{} {} {}", v.key, v.name, unit.short_name);
                page(
                    ctx,
                    r,
                    "indicator.html",
                    &path,
                    &title,
                    &v,
                    image.as_deref(),
                )?;
                preview(r, &path, v.chart.as_ref())?;
                chart_files(ctx, r, &path, &title, v.chart.iter())?;
            }
        }
        Job::Year(y, order) => {
            let v = ctx.year(*y, *order);
            let path = paths::year(*y, *order);
            let image = v
                .chart
                .as_ref()
                .map(|_| paths::beside(&paths::year(*y, paths::YearOrder::Organisation), PREVIEW));
            page(
                ctx,
                r,
                "year.html",
                &path,
                &format!("{} {y}", t.get(Label::compare)),
                &v,
                image.as_deref(),
            )?;
            if *order == paths::YearOrder::Organisation {
                preview(r, &path, v.chart.as_ref())?;
            }
            let title = format!("{} {y}", t.get(Label::compare));
            chart_files(ctx, r, &path, &title, v.chart.iter())?;
        }
        Job::Tree(year) => {
            let Some(y) = year.or_else(|| site.years().last().copied()) else {
                return Ok(());
            };
            let v = ctx.tree(y);
            let path = if year.is_some() {
                paths::tree(y)
            } else {
                paths::TREE.to_string()
            };
            page(
                ctx,
                r,
                "tree.html",
                &path,
                &format!("{} {y}", t.get(Label::tree)),
                &v,
                None,
            )?;
        }
        Job::Methodology => {
            let v = ctx.methodology();
            page(
                ctx,
                r,
                "methodology.html",
                paths::METHODOLOGY,
                t.get(Label::methodology),
                &v,
                None,
            )?;
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
            page(
                ctx,
                r,
                "page.html",
                &paths::page(&p.slug),
                &p.title,
                &v,
                None,
            )?;
        }
        Job::Data => {
            let v = data_view(ctx, r.data);
            page(
                ctx,
                r,
                "data.html",
                paths::DATA,
                t.get(Label::data),
                &v,
                None,
            )?;
        }
        Job::Aliases(i) => {
            let unit = &site.units[*i];
            #[derive(Serialize)]
            struct Alias {
                target: String,
                canonical: String,
                name: String,
            }
            let mut targets = vec![paths::unit(&unit.id)];
            for a in site.agreements_of(&unit.id) {
                targets.push(paths::unit_year(&unit.id, a.year));
                targets.push(paths::unit_year_print(&unit.id, a.year));
                for (o, ind) in a.indicators() {
                    targets.push(paths::indicator(&unit.id, &o.id, &ind.id));
                }
            }
            targets.sort();
            targets.dedup();
            let new_prefix = format!("unit/{}/", unit.id);
            for old in &unit.former_ids {
                for target in &targets {
                    let rest = target.strip_prefix(&new_prefix).unwrap_or(target);
                    let alias_path = format!("unit/{old}/{rest}");
                    let v = Alias {
                        canonical: feeds::absolute(&site.settings.base_url, target),
                        target: target.clone(),
                        name: unit.name.clone(),
                    };
                    page(ctx, r, "alias.html", &alias_path, &unit.name, &v, None)?;
                }
            }
        }
        Job::Search => {
            let v = search::view(ctx);
            page(
                ctx,
                r,
                "search.html",
                paths::SEARCH,
                t.get(Label::search),
                &v,
                None,
            )?;
            r.guard.put(OutputFile {
                path: "cari/indeks.json".into(),
                bytes: v.json.replace("<\\/", "</").into_bytes(),
            })?;
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
            page(
                ctx,
                r,
                "404.html",
                "404.html",
                t.get(Label::page_not_found),
                &NotFound { base: base_path },
                None,
            )?;
        }
    }
    Ok(())
}

/// The date an agreement's data is "as of": its latest report, or its signature.
fn agreement_date(a: &crate::model::Agreement) -> crate::model::Date {
    // Only the workbook's metadata uses it; without any date in the source,
    // the start of the agreement's year.
    a.reports
        .iter()
        .flatten()
        .filter_map(|r| r.reported_on)
        .max()
        .or(a.signed_on)
        .unwrap_or(crate::model::Date {
            year: a.year,
            month: 1,
            day: 1,
        })
}

/// The date a site's data is "as of": the latest report or signature.
pub fn site_date(site: &Site) -> crate::model::Date {
    site.agreements
        .iter()
        .flat_map(|a| {
            a.reports
                .iter()
                .flatten()
                .filter_map(|r| r.reported_on)
                .chain(a.signed_on)
        })
        .max()
        .unwrap_or(crate::model::Date {
            year: 2000,
            month: 1,
            day: 1,
        })
}

fn size_text(bytes: u64, lang: Lang) -> String {
    #[allow(clippy::cast_precision_loss)]
    let b = bytes as f64;
    if b >= 1_000_000.0 {
        format!("{}\u{a0}MB", format::number(b / 1_000_000.0, 1, lang))
    } else {
        format!("{}\u{a0}KB", format::number((b / 1000.0).max(0.1), 1, lang))
    }
}

/// How a data file's bytes are made, or what an XLSX workbook is made from (made only if
/// the sink does not already have it: compressing it is the costly part).
enum DataBytes<'a> {
    /// Made when handed over, so that only one file is in memory at a time.
    Make(Box<dyn FnOnce() -> Vec<u8> + 'a>),
    Xlsx(&'a [&'a data::Table], &'a str, crate::model::Date),
}

/// Hands a data file to the sink; returns its size.
fn put_data(
    guard: &Guard<'_>,
    salt: u128,
    path: String,
    bytes: DataBytes<'_>,
) -> Result<u64, RenderError> {
    match bytes {
        DataBytes::Make(make) => {
            let bytes = make();
            let size = bytes.len() as u64;
            guard.put(OutputFile { path, bytes })?;
            Ok(size)
        }
        DataBytes::Xlsx(tables, title, date) => {
            use std::fmt::Write as _;
            let mut recipe = crate::fingerprint::Fingerprinter::new();
            recipe
                .add(&salt.to_le_bytes())
                .add(b"xlsx")
                .add(title.as_bytes());
            // Writing into a fingerprint cannot fail.
            let _ = write!(recipe, "{date} {tables:?}");
            let made = guard.put_made(path, recipe.finish(), &mut || {
                Ok(Some(data::to_xlsx(tables, title, date)))
            })?;
            Ok(made.unwrap_or(0))
        }
    }
}

/// Generates every data file: per unit-year, per indicator and for the whole site.
fn data_files(ctx: &Ctx<'_>, guard: &Guard<'_>, salt: u128) -> Result<DataFiles, RenderError> {
    use data::{BUDGET_COLUMNS, EFFICIENCY_COLUMNS, INDICATOR_COLUMNS, SUMMARY_COLUMNS, Table};
    let site = ctx.site;
    let created = site_date(site);
    let licence = site.settings.licence.as_deref();
    let lang = ctx.lang;
    let t = ctx.t;
    // The JSON and XLSX documents hold every table.
    let every_table = format!(
        "{} + {} + {} + {}",
        t.get(Label::indicators),
        t.get(Label::budget),
        t.get(Label::summary_short),
        t.get(Label::efficiency)
    );
    // Per unit-year and per indicator, in parallel.
    let per_agreement: Vec<(String, Vec<Download>)> = site
        .agreements
        .par_iter()
        .map(|a| {
            let page = paths::unit_year(&a.unit, a.year);
            let stem = format!("{}-{}", a.unit, a.year);
            let kinerja = Table {
                name: "kinerja",
                columns: INDICATOR_COLUMNS,
                rows: data::indicator_rows(site, ctx.figures, a, None),
            };
            let anggaran = Table {
                name: "anggaran",
                columns: BUDGET_COLUMNS,
                rows: data::budget_rows(site, ctx.figures, a),
            };
            let ringkasan = Table {
                name: "ringkasan",
                columns: SUMMARY_COLUMNS,
                rows: data::summary_rows(site, ctx.figures, a),
            };
            let efisiensi = Table {
                name: "efisiensi",
                columns: EFFICIENCY_COLUMNS,
                rows: data::efficiency_rows(site, ctx.figures, a),
            };
            let title = format!("{} {} {}", t.get(Label::agreement), a.unit, a.year);
            let both = [&kinerja, &anggaran, &ringkasan, &efisiensi];
            let files = vec![
                (
                    "CSV",
                    t.get(Label::indicators).to_string(),
                    format!("kinerja-{stem}.csv"),
                    DataBytes::Make(Box::new(|| data::to_csv(&kinerja))),
                ),
                (
                    "CSV",
                    t.get(Label::budget).to_string(),
                    format!("anggaran-{stem}.csv"),
                    DataBytes::Make(Box::new(|| data::to_csv(&anggaran))),
                ),
                (
                    "JSON",
                    every_table.clone(),
                    format!("kinerja-{stem}.json"),
                    DataBytes::Make(Box::new(|| data::to_json(&both, &title, licence))),
                ),
                (
                    "XLSX",
                    every_table.clone(),
                    format!("kinerja-{stem}.xlsx"),
                    DataBytes::Xlsx(&both, &title, agreement_date(a)),
                ),
            ];
            let mut downloads = Vec::new();
            for (format, label, name, bytes) in files {
                let path = paths::beside(&page, &name);
                let size = put_data(guard, salt, path.clone(), bytes)?;
                downloads.push(Download {
                    format: format.into(),
                    label,
                    href: path,
                    size: size_text(size, lang),
                });
            }
            Ok((page, downloads))
        })
        .collect::<Result<_, RenderError>>()?;
    let mut indicator_keys = std::collections::BTreeSet::new();
    for a in &site.agreements {
        for (o, i) in a.indicators() {
            indicator_keys.insert((a.unit.clone(), o.id.clone(), i.id.clone()));
        }
    }
    let per_indicator: Vec<(String, Vec<Download>)> = indicator_keys
        .par_iter()
        .map(|(unit, o, i)| {
            let key = format!("{o}/{i}");
            let indicator_date = site
                .agreements_of(unit)
                .filter(|a| a.indicator(&key).is_some())
                .map(agreement_date)
                .max()
                .unwrap_or(created);
            let rows = site
                .agreements_of(unit)
                .flat_map(|a| data::indicator_rows(site, ctx.figures, a, Some(&key)))
                .collect();
            let table = Table {
                name: "kinerja",
                columns: INDICATOR_COLUMNS,
                rows,
            };
            let page = paths::indicator(unit, o, i);
            let stem = format!("{unit}-{o}-{i}");
            let title = format!("{} {unit} {key}", t.get(Label::indicator));
            let one = [&table];
            let files = vec![
                (
                    "CSV",
                    format!("kinerja-{stem}.csv"),
                    DataBytes::Make(Box::new(|| data::to_csv(&table))),
                ),
                (
                    "JSON",
                    format!("kinerja-{stem}.json"),
                    DataBytes::Make(Box::new(|| data::to_json(&one, &title, licence))),
                ),
                (
                    "XLSX",
                    format!("kinerja-{stem}.xlsx"),
                    DataBytes::Xlsx(&one, &title, indicator_date),
                ),
            ];
            let mut downloads = Vec::new();
            for (format, name, bytes) in files {
                let path = paths::beside(&page, &name);
                let size = put_data(guard, salt, path.clone(), bytes)?;
                downloads.push(Download {
                    format: format.into(),
                    label: format!("{} {key}", t.get(Label::history)),
                    href: path,
                    size: size_text(size, lang),
                });
            }
            Ok((page, downloads))
        })
        .collect::<Result<_, RenderError>>()?;
    // The whole site.
    let all = Table {
        name: "kinerja",
        columns: INDICATOR_COLUMNS,
        rows: site
            .agreements
            .iter()
            .flat_map(|a| data::indicator_rows(site, ctx.figures, a, None))
            .collect(),
    };
    let budget = Table {
        name: "anggaran",
        columns: BUDGET_COLUMNS,
        rows: site
            .agreements
            .iter()
            .flat_map(|a| data::budget_rows(site, ctx.figures, a))
            .collect(),
    };
    let summary = Table {
        name: "ringkasan",
        columns: SUMMARY_COLUMNS,
        rows: site
            .agreements
            .iter()
            .flat_map(|a| data::summary_rows(site, ctx.figures, a))
            .collect(),
    };
    let efficiency = Table {
        name: "efisiensi",
        columns: EFFICIENCY_COLUMNS,
        rows: site
            .agreements
            .iter()
            .flat_map(|a| data::efficiency_rows(site, ctx.figures, a))
            .collect(),
    };
    let title = format!("Data kinerja {}", site.settings.institution);
    let both = [&all, &budget, &summary, &efficiency];
    let site_files = vec![
        (
            "CSV",
            t.get(Label::indicators).to_string(),
            "data/kinerja.csv",
            DataBytes::Make(Box::new(|| data::to_csv(&all))),
        ),
        (
            "CSV",
            t.get(Label::budget).to_string(),
            "data/anggaran.csv",
            DataBytes::Make(Box::new(|| data::to_csv(&budget))),
        ),
        (
            "CSV",
            t.get(Label::summary).to_string(),
            "data/ringkasan.csv",
            DataBytes::Make(Box::new(|| data::to_csv(&summary))),
        ),
        (
            "CSV",
            t.get(Label::efficiency).to_string(),
            "data/efisiensi.csv",
            DataBytes::Make(Box::new(|| data::to_csv(&efficiency))),
        ),
        (
            "JSON",
            every_table.clone(),
            "data/kinerja.json",
            DataBytes::Make(Box::new(|| data::to_json(&both, &title, licence))),
        ),
        (
            "XLSX",
            every_table.clone(),
            "data/kinerja.xlsx",
            DataBytes::Xlsx(&both, &title, created),
        ),
        (
            "JSON",
            "Frictionless Data Package".to_string(),
            "data/datapackage.json",
            DataBytes::Make(Box::new(|| data::datapackage(site, created))),
        ),
        (
            "JSON",
            "JSON Schema".to_string(),
            "data/skema.json",
            DataBytes::Make(Box::new(data::json_schema)),
        ),
    ];
    let mut by_page: std::collections::BTreeMap<String, Vec<Download>> =
        std::collections::BTreeMap::new();
    let mut site_downloads = Vec::new();
    for (format, label, path, bytes) in site_files {
        let size = put_data(guard, salt, path.into(), bytes)?;
        site_downloads.push(Download {
            format: format.into(),
            label,
            href: path.into(),
            size: size_text(size, lang),
        });
    }
    by_page.insert(paths::DATA.into(), site_downloads.clone());
    by_page.insert(paths::HOME.into(), site_downloads);
    for (page, downloads) in per_agreement.into_iter().chain(per_indicator) {
        by_page.insert(page, downloads);
    }
    Ok(DataFiles { by_page })
}

/// The open-data page: every download with its size, the licence and the data dictionary.
#[derive(Debug, Clone, Serialize)]
struct DataView {
    site: Vec<Download>,
    groups: Vec<DataGroup>,
    indicator_columns: Vec<ColumnView>,
    budget_columns: Vec<ColumnView>,
    summary_columns: Vec<ColumnView>,
    efficiency_columns: Vec<ColumnView>,
}

#[derive(Debug, Clone, Serialize)]
struct DataGroup {
    title: String,
    href: String,
    files: Vec<Download>,
}

#[derive(Debug, Clone, Serialize)]
struct ColumnView {
    name: &'static str,
    kind: &'static str,
    description: &'static str,
}

fn data_view(ctx: &Ctx<'_>, data: &DataFiles) -> DataView {
    let columns = |cols: &[data::Column]| {
        cols.iter()
            .map(|c| ColumnView {
                name: c.name,
                kind: c.kind,
                description: c.description,
            })
            .collect()
    };
    let groups = ctx
        .site
        .agreements
        .iter()
        .filter_map(|a| {
            let page = paths::unit_year(&a.unit, a.year);
            let unit = ctx.site.unit(&a.unit)?;
            Some(DataGroup {
                title: format!("{} {}", unit.name, a.year),
                files: data.by_page.get(&page).cloned().unwrap_or_default(),
                href: page,
            })
        })
        .collect();
    DataView {
        site: data.by_page.get(paths::DATA).cloned().unwrap_or_default(),
        groups,
        indicator_columns: columns(data::INDICATOR_COLUMNS),
        budget_columns: columns(data::BUDGET_COLUMNS),
        summary_columns: columns(data::SUMMARY_COLUMNS),
        efficiency_columns: columns(data::EFFICIENCY_COLUMNS),
    }
}

/// The (unit, year) of a unit-year page path.
fn unit_year_of(path: &str) -> Option<(&str, i32)> {
    let mut parts = path.split('/');
    if parts.next()? != "unit" {
        return None;
    }
    let unit = parts.next()?;
    let year = parts.next()?.parse().ok()?;
    (parts.next()? == "index.html").then_some((unit, year))
}
