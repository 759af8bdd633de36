//! Feeds and files for search engines: Atom feeds (site and per unit),
//! `sitemap.xml` and `robots.txt`. Dates come from the content, never from the
//! clock, so output stays reproducible.

use super::escape::xml;
use super::format;
use super::paths;
use super::view::Ctx;
use crate::model::{Agreement, Date};
use crate::render::i18n::Label;

/// Indonesian Western Time; content dates carry no time zone.
const OFFSET: &str = "+07:00";

fn stamp(d: Date) -> String {
    format!("{d}T00:00:00{OFFSET}")
}

/// The public address of a page (`unit/dinkes/index.html` → `…/unit/dinkes/`).
pub fn absolute(base: &str, path: &str) -> String {
    format!("{base}{}", path.strip_suffix("index.html").unwrap_or(path))
}

/// One feed entry.
struct Entry {
    date: Date,
    title: String,
    id: String,
    link: String,
    summary: String,
}

fn entries(ctx: &Ctx<'_>, agreements: &[&Agreement]) -> Vec<Entry> {
    let base = &ctx.site.settings.base_url;
    let t = ctx.t;
    let mut out = Vec::new();
    for a in agreements {
        let Some(unit) = ctx.site.unit(&a.unit) else {
            continue;
        };
        let page = paths::unit_year(&a.unit, a.year);
        let link = absolute(base, &page);
        // An entry needs a date; an agreement whose source gives none has no
        // entry rather than an invented one.
        if let Some(signed_on) = a.signed_on {
            out.push(Entry {
                date: signed_on,
                title: format!("{} {} {}", t.get(Label::agreement), unit.name, a.year),
                id: format!("{link}#pk"),
                link: link.clone(),
                summary: format!(
                    "{} {} {}: {} {}, {} {}.",
                    t.get(Label::agreement),
                    unit.name,
                    a.year,
                    a.indicator_count(),
                    t.get(Label::indicators).to_lowercase(),
                    t.get(Label::signed).to_lowercase(),
                    format::date(signed_on, ctx.lang)
                ),
            });
        }
        let fig = ctx.figures.get(&(a.unit.clone(), a.year));
        for r in a.reports.iter().flatten() {
            for (key, ir) in &r.indicators {
                let Some(revised) = ir.revised_on else {
                    continue;
                };
                out.push(Entry {
                    date: revised,
                    title: format!(
                        "{} {}: {} {key}",
                        t.get(Label::revision_of),
                        ctx.period(r.quarter, a.year),
                        unit.name
                    ),
                    id: format!("{link}#revisi-tw{}-{}", r.quarter, key.replace('/', "-")),
                    link: link.clone(),
                    summary: format!(
                        "{} {key}, {}: {}.",
                        t.get(Label::revision_of),
                        ctx.period(r.quarter, a.year),
                        ir.value.value().map_or_else(
                            || t.get(Label::not_measured).to_string(),
                            |v| format::value(v, ctx.lang)
                        )
                    ),
                });
            }
            // The same basis as the unit-year page: each indicator against
            // the target of the period (quarterly target to date, else annual).
            let achievement = fig.and_then(|f| {
                let mean = crate::compute::Mean::of(
                    f.indicators
                        .iter()
                        .map(|(_, y)| y.quarters[usize::from(r.quarter - 1)].current()),
                );
                mean.value.map(|p| {
                    format!(
                        "{} ({} {}; {})",
                        format::percent(p, ctx.lang),
                        t.get(Label::basis_period).to_lowercase(),
                        ctx.period(r.quarter, a.year),
                        ctx.measured_of(mean)
                    )
                })
            });
            let Some(reported_on) = r.reported_on else {
                continue;
            };
            out.push(Entry {
                date: reported_on,
                title: format!(
                    "{} {}: {}",
                    t.get(Label::realisation),
                    ctx.period(r.quarter, a.year),
                    unit.name
                ),
                id: format!("{link}#tw{}", r.quarter),
                link: link.clone(),
                summary: format!(
                    "{} {} {}{}. {} {}.",
                    t.get(Label::realisation),
                    unit.name,
                    ctx.period(r.quarter, a.year),
                    achievement.map_or_else(String::new, |p| format!(
                        ", {}: {p}",
                        t.get(Label::achievement).to_lowercase()
                    )),
                    t.get(Label::reported_on),
                    format::date(reported_on, ctx.lang)
                ),
            });
        }
    }
    out.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    out
}

/// An Atom feed of agreements and realisation reports.
pub fn atom(
    ctx: &Ctx<'_>,
    self_path: &str,
    title: &str,
    agreements: &[&Agreement],
    limit: usize,
) -> Vec<u8> {
    let s = &ctx.site.settings;
    let entries = entries(ctx, agreements);
    let updated = entries
        .first()
        .map_or_else(|| stamp(super::site_date(ctx.site)), |e| stamp(e.date));
    let self_url = absolute(&s.base_url, self_path);
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        ctx.lang.tag()
    ));
    x.push_str(&format!("<title>{}</title>\n", xml(title)));
    x.push_str(&format!("<id>{}</id>\n", xml(&self_url)));
    x.push_str(&format!("<updated>{updated}</updated>\n"));
    x.push_str(&format!(
        "<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        xml(&self_url)
    ));
    x.push_str(&format!(
        "<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml(&s.base_url)
    ));
    x.push_str(&format!(
        "<author><name>{}</name></author>\n",
        xml(&s.institution)
    ));
    x.push_str("<generator>kinerja</generator>\n");
    for e in entries.iter().take(limit) {
        x.push_str("<entry>\n");
        x.push_str(&format!("<title>{}</title>\n", xml(&e.title)));
        x.push_str(&format!("<id>{}</id>\n", xml(&e.id)));
        x.push_str(&format!("<updated>{}</updated>\n", stamp(e.date)));
        x.push_str(&format!(
            "<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            xml(&e.link)
        ));
        x.push_str(&format!("<summary>{}</summary>\n", xml(&e.summary)));
        x.push_str("</entry>\n");
    }
    x.push_str("</feed>\n");
    x.into_bytes()
}

/// `sitemap.xml` for the given page paths.
pub fn sitemap(base: &str, pages: &[(String, Date)]) -> Vec<u8> {
    let mut x = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (path, date) in pages {
        x.push_str(&format!(
            "<url><loc>{}</loc><lastmod>{date}</lastmod></url>\n",
            xml(&absolute(base, path))
        ));
    }
    x.push_str("</urlset>\n");
    x.into_bytes()
}

/// `robots.txt`: everything may be indexed; the sitemap is named.
pub fn robots(base: &str) -> Vec<u8> {
    format!("User-agent: *\nAllow: /\n\nSitemap: {base}sitemap.xml\n").into_bytes()
}

/// An edition in the editions feed.
pub(crate) struct EditionEntry {
    pub(crate) name: String,
    pub(crate) date: Date,
    pub(crate) href: String,
    pub(crate) added: usize,
    pub(crate) revised: usize,
    pub(crate) removed: usize,
}

/// The Atom feed of the editions, newest first: one entry per edition,
/// saying how many figures it added, revised and removed.
pub(crate) fn editions(ctx: &Ctx<'_>, self_path: &str, entries: &[EditionEntry]) -> Vec<u8> {
    let s = &ctx.site.settings;
    let en = ctx.lang == super::format::Lang::En;
    let updated = entries
        .first()
        .map_or_else(|| stamp(super::site_date(ctx.site)), |e| stamp(e.date));
    let self_url = absolute(&s.base_url, self_path);
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        ctx.lang.tag()
    ));
    let title = if en { "Editions" } else { "Edisi" };
    x.push_str(&format!(
        "<title>{}: {title}</title>\n",
        xml(&s.institution)
    ));
    x.push_str(&format!("<id>{}</id>\n", xml(&self_url)));
    x.push_str(&format!("<updated>{updated}</updated>\n"));
    x.push_str(&format!(
        "<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        xml(&self_url)
    ));
    x.push_str(&format!(
        "<author><name>{}</name></author>\n",
        xml(&s.institution)
    ));
    x.push_str("<generator>kinerja</generator>\n");
    for e in entries {
        let link = absolute(&s.base_url, &e.href);
        let summary = if en {
            format!(
                "{} figures added, {} revised, {} removed since the previous edition.",
                e.added, e.revised, e.removed
            )
        } else {
            format!(
                "{} angka baru, {} direvisi, {} dihapus sejak edisi sebelumnya.",
                e.added, e.revised, e.removed
            )
        };
        x.push_str("<entry>\n");
        x.push_str(&format!(
            "<title>{} {}</title>\n",
            if en { "Edition" } else { "Edisi" },
            xml(&e.name)
        ));
        x.push_str(&format!("<id>{}</id>\n", xml(&link)));
        x.push_str(&format!("<updated>{}</updated>\n", stamp(e.date)));
        x.push_str(&format!(
            "<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            xml(&link)
        ));
        x.push_str(&format!("<summary>{}</summary>\n", xml(&summary)));
        x.push_str("</entry>\n");
    }
    x.push_str("</feed>\n");
    x.into_bytes()
}
