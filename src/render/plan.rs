//! The plan of the site: one [`Job`] per page, and what each renders.

use super::*;

/// One page to render.
pub(crate) enum Job {
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
    /// The list of five-year plans.
    Plans,
    /// A five-year plan (position in `site.plans`).
    Plan(usize),
    /// An indicator of a five-year plan, by its key.
    PlanIndicator(usize, String),
    /// The document register of a year, with its completeness matrix.
    Register(i32),
    /// The timeliness page of a year.
    Timeliness(i32),
    /// The SAKIP evaluations and their recommendations.
    Evaluations,
}

pub(crate) fn render_job(ctx: &Ctx<'_>, r: &Renderer<'_>, job: &Job) -> Result<(), RenderError> {
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
                v.sakip_chart.as_ref().map(|_| Card {
                    path: PREVIEW,
                    title: t.get(Label::sakip_history),
                }),
            )?;
            preview(
                ctx,
                r,
                paths::HOME,
                t.get(Label::sakip_history),
                v.sakip_chart.as_ref(),
            )?;
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
            let r = &r.dated(ctx.reported_to(&site.agreements_of(&u.id).collect::<Vec<_>>()));
            let v = ctx.unit_view(u);
            let card = unit_card(ctx, &u.id);
            page(
                ctx,
                r,
                "unit.html",
                &paths::unit(&u.id),
                &u.name,
                &v,
                card.as_ref().map(UnitCard::card),
            )?;
        }
        Job::UnitYear(i) => {
            let a = &site.agreements[*i];
            let r = &r.dated(ctx.reported_to(&[a]));
            if let Some(v) = ctx.unit_year(a) {
                let path = paths::unit_year(&a.unit, a.year);
                let card = unit_card(ctx, &a.unit);
                let title = card_title(ctx, &v.unit.name, a.year);
                page(
                    ctx,
                    r,
                    "unit_year.html",
                    &path,
                    &title,
                    &v,
                    card.as_ref().map(UnitCard::card),
                )?;
                // The unit's card is its latest year's, drawn with that page.
                if card.as_ref().is_some_and(|c| c.year == a.year) {
                    let unit_path = paths::unit(&a.unit);
                    preview(ctx, r, &unit_path, &title, v.achievement_chart.as_ref())?;
                }
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
                if let Some(report) = ctx.annual_report(a, &v) {
                    page(
                        ctx,
                        r,
                        "lkjip.html",
                        &paths::unit_year_report(&a.unit, a.year),
                        &format!("{} {}", report.title, v.unit.name),
                        &report,
                        None,
                    )?;
                }
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
            let r = &r.dated(ctx.reported_to(&site.agreements_of(&unit.id).collect::<Vec<_>>()));
            if let Some(v) = ctx.indicator_view(unit, o, i) {
                let path = paths::indicator(&unit.id, o, i);
                let card = unit_card(ctx, &unit.id);
                let title = format!("{} {} {}", v.key, v.name, unit.short_name);
                page(
                    ctx,
                    r,
                    "indicator.html",
                    &path,
                    &title,
                    &v,
                    card.as_ref().map(UnitCard::card),
                )?;
                chart_files(ctx, r, &path, &title, v.chart.iter())?;
            }
        }
        Job::Year(y, order) => {
            let r = &r.dated(ctx.latest(*y));
            let v = ctx.year(*y, *order);
            let path = paths::year(*y, *order);
            let title = format!("{} {y}", t.get(Label::compare));
            let image = v
                .chart
                .as_ref()
                .map(|_| paths::beside(&paths::year(*y, paths::YearOrder::Organisation), PREVIEW));
            page(
                ctx,
                r,
                "year.html",
                &path,
                &title,
                &v,
                image.as_deref().map(|path| Card {
                    path,
                    title: &title,
                }),
            )?;
            if *order == paths::YearOrder::Organisation {
                preview(ctx, r, &path, &title, v.chart.as_ref())?;
            }
            chart_files(ctx, r, &path, &title, v.chart.iter())?;
        }
        Job::Tree(year) => {
            let Some(y) = year.or_else(|| site.years().last().copied()) else {
                return Ok(());
            };
            let r = &r.dated(ctx.latest(y));
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
        Job::Plans => {
            let v = ctx.plans_view();
            page(
                ctx,
                r,
                "plans.html",
                paths::PLANS,
                t.get(Label::plans),
                &v,
                None,
            )?;
        }
        Job::Plan(i) => {
            let plan = &site.plans[*i];
            if let Some(v) = ctx.plan_view(plan) {
                let path = paths::plan(&plan.unit, plan.from, plan.to);
                page(ctx, r, "plan.html", &path, &v.title, &v, None)?;
            }
        }
        Job::PlanIndicator(i, key) => {
            let plan = &site.plans[*i];
            if let Some(v) = ctx.plan_indicator_view(plan, key) {
                let path = paths::plan_indicator(&plan.unit, plan.from, plan.to, key);
                let title = format!("{} {} ({})", v.key, v.name, v.plan.label);
                page(ctx, r, "plan_indicator.html", &path, &title, &v, None)?;
                chart_files(ctx, r, &path, &title, v.chart.iter())?;
            }
        }
        Job::Register(year) => {
            let v = ctx.register_view(*year);
            let title = format!("{} {year}", t.get(Label::documents));
            page(
                ctx,
                r,
                "register.html",
                &paths::register(*year),
                &title,
                &v,
                None,
            )?;
            let mut w = csv::Writer::from_writer(Vec::new());
            for row in ctx.register_csv(*year) {
                w.write_record(row.iter().map(|c| data::neutralise(c).into_owned()))
                    .map_err(|e| RenderError::Output(e.to_string()))?;
            }
            let bytes = w
                .into_inner()
                .map_err(|e| RenderError::Output(e.to_string()))?;
            r.guard.put(OutputFile {
                path: paths::register_csv(*year),
                bytes,
            })?;
        }
        Job::Timeliness(year) => {
            let v = ctx.timeliness_view(*year);
            let title = format!("{} {year}", t.get(Label::timeliness));
            page(
                ctx,
                r,
                "timeliness.html",
                &paths::timeliness(*year),
                &title,
                &v,
                None,
            )?;
        }
        Job::Evaluations => {
            let v = ctx.evaluations_view();
            page(
                ctx,
                r,
                "evaluations.html",
                paths::EVALUATIONS,
                t.get(Label::evaluations),
                &v,
                None,
            )?;
            let mut w = csv::Writer::from_writer(Vec::new());
            for row in ctx.recommendations_csv() {
                w.write_record(row.iter().map(|c| data::neutralise(c).into_owned()))
                    .map_err(|e| RenderError::Output(e.to_string()))?;
            }
            let bytes = w
                .into_inner()
                .map_err(|e| RenderError::Output(e.to_string()))?;
            r.guard.put(OutputFile {
                path: paths::RECOMMENDATIONS_CSV.to_string(),
                bytes,
            })?;
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
                targets.push(paths::unit_year_report(&unit.id, a.year));
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

/// The share card of a unit's pages: one per unit, drawn from its latest
/// year's achievement chart and titled with that year's page title, so that
/// a card never claims a year it does not show. A card per unit-year and per
/// indicator would cost a PNG each (a regency's 3.600) for previews that
/// differ only in a year most readers never share.
#[derive(Debug)]
pub(crate) struct UnitCard {
    path: String,
    title: String,
    year: i32,
}

impl UnitCard {
    fn card(&self) -> Card<'_> {
        Card {
            path: &self.path,
            title: &self.title,
        }
    }
}

pub(crate) fn unit_card(ctx: &Ctx<'_>, unit: &str) -> Option<UnitCard> {
    let latest = ctx.site.agreements_of(unit).max_by_key(|a| a.year)?;
    let name = &ctx.site.unit(unit)?.name;
    // The achievement chart exists when the agreement has indicators.
    latest.indicators().next()?;
    Some(UnitCard {
        path: paths::beside(&paths::unit(unit), PREVIEW),
        title: card_title(ctx, name, latest.year),
        year: latest.year,
    })
}

/// A unit-year page's title, which its card (for the latest year) carries.
fn card_title(ctx: &Ctx<'_>, unit_name: &str, year: i32) -> String {
    format!("{} {unit_name} {year}", ctx.t.get(Label::agreement))
}

/// The date an agreement's data is "as of": its latest report, or its signature.
pub(crate) fn agreement_date(a: &crate::model::Agreement) -> crate::model::Date {
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
