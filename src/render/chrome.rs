//! What every page shares: the menu, the common template context, the
//! recipe salt, and the helpers that render a page, its chart files and its
//! preview image.

use super::*;

/// A menu entry.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct NavItem {
    pub(crate) label: String,
    pub(crate) href: String,
    /// The page is in this section.
    pub(crate) current: bool,
    /// The page is this entry.
    pub(crate) exact: bool,
}

/// What every page's template receives besides its own view.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Common<'a> {
    pub(crate) lang: &'static str,
    pub(crate) institution: &'a str,
    pub(crate) region: &'a str,
    pub(crate) province: Option<&'a str>,
    pub(crate) example: bool,
    pub(crate) licence: Option<&'a str>,
    pub(crate) root: String,
    pub(crate) path: String,
    pub(crate) canonical: String,
    pub(crate) title: String,
    pub(crate) nav: Vec<NavItem>,
    pub(crate) pages: Vec<NavItem>,
    pub(crate) style: String,
    pub(crate) downloads: Vec<Download>,
    pub(crate) feeds: Vec<FeedLink>,
    pub(crate) og_locale: &'static str,
    pub(crate) og_image: Option<String>,
    /// What the share card shows (its own title, which is not always the
    /// page's: a unit's pages share the card of its latest year).
    pub(crate) og_image_alt: String,
    /// The page as a reader would cite it, in plain text.
    pub(crate) cite: String,
    /// The page's own description for search engines and link previews.
    pub(crate) description: String,
    /// What the site's data runs to.
    pub(crate) as_of: AsOf,
    /// The edition this build is, with its changes page.
    pub(crate) edition: Option<EditionLink>,
}

/// The edition a page belongs to, for its footer.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct EditionLink {
    pub(crate) name: String,
    pub(crate) date: String,
    pub(crate) href: String,
}

/// The site-wide preview image (the SAKIP chart of the home page).
pub(crate) const PREVIEW: &str = "pratinjau.png";

/// A feed offered by a page through `<link rel="alternate">`.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct FeedLink {
    pub(crate) title: String,
    pub(crate) href: String,
}

/// The fingerprint of what every file's bytes depend on besides its own
/// inputs: this program (its version and executable), the theme and the
/// labels.
pub(crate) fn salt(theme: &Theme, labels: &Labels) -> u128 {
    let mut f = crate::fingerprint::Fingerprinter::new();
    f.add(&crate::fingerprint::program().to_le_bytes())
        .add(&theme.fingerprint().to_le_bytes())
        .add_json(labels.map());
    f.finish()
}

pub(crate) fn common<'a>(ctx: &Ctx<'a>, r: &Renderer<'_>, path: &str, title: &str) -> Common<'a> {
    let data = r.data;
    let s = &ctx.site.settings;
    let section = match path.split('/').next().unwrap_or("") {
        // The documents, their timeliness and the evaluations are one section.
        "ketepatan-waktu" | "evaluasi" => "dokumen",
        s => s,
    };
    let plans = (!ctx.site.plans.is_empty()).then_some((paths::PLANS, Label::plan, "rencana"));
    let documents = match ctx.site.registers.iter().map(|r| r.year).max() {
        Some(y) => Some((paths::register(y), Label::documents)),
        None => ctx
            .has_evaluations()
            .then(|| (paths::EVALUATIONS.to_string(), Label::evaluations)),
    };
    let nav = [
        Some((paths::HOME, Label::home, "index.html")),
        Some((paths::UNITS, Label::units, "unit")),
        Some((
            &*ctx
                .site
                .years()
                .last()
                .map(|y| paths::year(*y, paths::YearOrder::Organisation))
                .unwrap_or_else(|| paths::HOME.into()),
            Label::years,
            "tahun",
        )),
        plans,
        documents
            .as_ref()
            .map(|(href, label)| (href.as_str(), *label, "dokumen")),
        Some((paths::TREE, Label::tree, "pohon-kinerja")),
        Some((paths::METHODOLOGY, Label::methodology, "metodologi")),
        Some((paths::DATA, Label::data, "data")),
        Some((paths::SEARCH, Label::search, "cari")),
    ]
    .iter()
    .flatten()
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
    let canonical = format!("{}{canonical_path}", s.base_url);
    let cite = format!(
        "{}. {}. {}, {} {}, {} {}. {}",
        s.institution,
        title,
        ctx.t.get(Label::site_title),
        ctx.t.get(Label::cite_data),
        r.as_of.period,
        ctx.t.get(Label::cite_updated),
        r.as_of.updated,
        canonical
    );
    let description = format!(
        "{title}: {} {}, {} {}.",
        ctx.t.get(Label::site_title),
        s.institution,
        ctx.t.get(Label::cite_data),
        r.as_of.period
    );
    Common {
        cite,
        description,
        as_of: r.as_of.clone(),
        edition: s.edition.as_ref().map(|e| EditionLink {
            name: e.name.clone(),
            date: format::date(e.date, ctx.lang),
            href: super::edition::EDITIONS.to_string(),
        }),
        lang: ctx.lang.tag(),
        institution: &s.institution,
        region: &s.region,
        province: s.province.as_deref(),
        example: s.example_data,
        licence: s.licence.as_deref(),
        root: paths::root_of(path),
        path: path.to_string(),
        canonical,
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
        og_image_alt: String::new(),
        og_locale: match ctx.lang {
            Lang::Id => "id_ID",
            Lang::En => "en_US",
        },
    }
}

/// What every job renders with: the template engine, the data files' index,
/// where files go, and the fingerprint of everything outside a page's own
/// context that its bytes depend on (this program, the theme, the labels).
#[derive(Clone)]
pub(crate) struct Renderer<'a> {
    pub(crate) tera: &'a tera::Tera,
    pub(crate) data: &'a DataFiles,
    pub(crate) guard: &'a Guard<'a>,
    pub(crate) salt: u128,
    /// What the site's data runs to, for every page's citation.
    pub(crate) as_of: AsOf,
    /// What the job being rendered has made so far, when it is noted for
    /// the next build (see [`super::inputs`]).
    pub(crate) made: Option<&'a std::sync::Mutex<JobFiles>>,
}

/// What the site's data runs to: the latest reporting period and the date
/// of its latest report, in the reader's words.
#[derive(Debug, Clone, Serialize, Default)]
pub(crate) struct AsOf {
    /// `Triwulan II 2026`.
    pub(crate) period: String,
    /// `14 Juli 2026`.
    pub(crate) updated: String,
}

impl Renderer<'_> {
    /// The same renderer for pages whose data runs to `latest` rather than
    /// to the site's latest report: a page is dated by its own data, so a
    /// quarterly update leaves the pages of other years as they were.
    pub(crate) fn dated(&self, latest: Option<crate::render::overview::Latest>) -> Self {
        let mut r = self.clone();
        if let Some(l) = latest {
            r.as_of = AsOf {
                period: l.period,
                updated: l.updated,
            };
        }
        r
    }

    /// Hands the file that `make` makes to the sink (see
    /// [`Guard::put_made`]), noting it as the job's.
    pub(crate) fn put_made(
        &self,
        path: String,
        recipe: u128,
        make: Make<'_>,
    ) -> Result<Option<u64>, RenderError> {
        let noted = self.made.map(|_| path.clone());
        let size = self.guard.put_made(path, recipe, make)?;
        if let (Some(made), Some(path), Some(_)) = (self.made, noted, size) {
            made.lock()
                .map_err(|_| RenderError::Output("lock poisoned".into()))?
                .files
                .push(path);
        }
        Ok(size)
    }

    /// Counts charts drawn into a page, as the job's.
    pub(crate) fn count_charts(&self, n: usize) -> Result<(), RenderError> {
        self.guard.count_charts(n);
        if let Some(made) = self.made {
            made.lock()
                .map_err(|_| RenderError::Output("lock poisoned".into()))?
                .charts += n;
        }
        Ok(())
    }

    /// A recipe: the salt, a kind of file, and the value it is made from.
    pub(crate) fn recipe<T: Serialize + ?Sized>(&self, kind: &str, value: &T) -> u128 {
        crate::fingerprint::Fingerprinter::new()
            .add(&self.salt.to_le_bytes())
            .add(kind.as_bytes())
            .add_json(value)
            .finish()
    }
}

/// Renders `template` with `view` to the page at `path`. The page is made
/// only if the sink does not already have the page its context makes.
pub(crate) fn page<T: Serialize>(
    ctx: &Ctx<'_>,
    r: &Renderer<'_>,
    template: &str,
    path: &str,
    title: &str,
    view: &T,
    image: Option<Card<'_>>,
) -> Result<(), RenderError> {
    let mut c = common(ctx, r, path, title);
    let site_card = ctx.site.settings.evaluations.first().map(|_| Card {
        path: PREVIEW,
        title: ctx.t.get(Label::sakip_history),
    });
    if let Some(card) = image.or(site_card) {
        c.og_image = Some(format!("{}{}", ctx.site.settings.base_url, card.path));
        c.og_image_alt = format!("{}: {}", ctx.site.settings.institution, card.title);
    }
    let recipe = r.recipe(template, &(&c, view));
    r.put_made(path.to_string(), recipe, &mut || {
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

/// A share card a page declares: its path from the site root and the title
/// drawn on it.
#[derive(Clone, Copy)]
pub(crate) struct Card<'a> {
    pub(crate) path: &'a str,
    pub(crate) title: &'a str,
}

/// The chart-only page beside a page with charts (`grafik.html`), for
/// embedding in an iframe: it shows the chart named by its fragment
/// (`grafik.html#grafik-serapan`), drawn inline as on the page itself. No
/// standalone `.svg` is written: the SVG is in the page, and a copy per chart
/// would cost a file (and an upload) each for what a reader already has.
pub(crate) fn chart_files<'c>(
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
    r.count_charts(charts.len())?;
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
pub(crate) const EMBED_PAGE: &str = "grafik.html";

/// The link-preview card of a page (the site's name, `title` and the page's
/// main chart, 1200 × 630), beside the page, drawn only if the sink does not
/// already have the one these make.
pub(crate) fn preview(
    ctx: &Ctx<'_>,
    r: &Renderer<'_>,
    page_path: &str,
    title: &str,
    chart: Option<&charts::Chart>,
) -> Result<(), RenderError> {
    let Some(chart) = chart else {
        return Ok(());
    };
    let site = &ctx.site.settings.institution;
    let recipe = r.recipe("preview", &format!("{title}\n{site}\n{:?}", chart.spec));
    r.put_made(paths::beside(page_path, PREVIEW), recipe, &mut || {
        Ok(chart.card(title, site))
    })?;
    Ok(())
}
