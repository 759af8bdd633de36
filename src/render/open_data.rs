//! The open data of the site: the download files of every unit-year and of
//! the whole site, and the data page that lists them.

use super::*;

/// A downloadable data file.
#[derive(Debug, Clone, Serialize)]
pub struct Download {
    /// Format name (`CSV`, `JSON`, `XLSX`).
    pub format: String,
    /// What it holds.
    pub label: String,
    /// Path from the site root.
    pub href: String,
    /// Size, `12,3 KB`; empty where the page must not change with it.
    pub size: String,
}

/// The downloads each page links to (the data files themselves go straight
/// to the sink).
pub(crate) struct DataFiles {
    /// Page path → its downloads.
    pub(crate) by_page: std::collections::BTreeMap<String, Vec<Download>>,
}

pub(crate) fn size_text(bytes: u64, lang: Lang) -> String {
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
pub(crate) enum DataBytes<'a> {
    /// Made when handed over, so that only one file is in memory at a time.
    Make(Box<dyn FnOnce() -> Vec<u8> + Send + 'a>),
    Xlsx(&'a [&'a dyn data::Rows], &'a str, crate::model::Date),
}

/// Hands a data file to the sink; returns its size.
pub(crate) fn put_data(
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
            let _ = write!(recipe, "{date}");
            for t in tables {
                t.describe(&mut recipe);
            }
            let made = guard.put_made(path, recipe.finish(), &mut || {
                Ok(Some(data::to_xlsx(tables, title, date)))
            })?;
            Ok(made.unwrap_or(0))
        }
    }
}

/// The label of a document that holds every table (the JSON, the XLSX).
fn every_table(t: &Labels) -> String {
    format!(
        "{} + {} + {} + {}",
        t.get(Label::indicators),
        t.get(Label::budget),
        t.get(Label::summary_short),
        t.get(Label::efficiency)
    )
}

/// Generates the data files the pages list beside them: per unit-year, per
/// indicator, per unit, year, plan and tree (the site's own: [`site_files`]).
pub(crate) fn data_files(
    ctx: &Ctx<'_>,
    guard: &Guard<'_>,
    salt: u128,
) -> Result<DataFiles, RenderError> {
    use data::{BUDGET_COLUMNS, EFFICIENCY_COLUMNS, INDICATOR_COLUMNS, SUMMARY_COLUMNS, Table};
    let site = ctx.site;
    let created = site_date(site);
    let lang = ctx.lang;
    let t = ctx.t;
    let every_table = every_table(t);
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
            // Every table of the unit, all its years, is one XLSX beside the
            // unit's page (see `per_unit`); the site's JSON holds them all.
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
            // CSV only: the unit's XLSX and the site's JSON hold the same rows.
            let files = vec![(
                "CSV",
                format!("kinerja-{stem}.csv"),
                DataBytes::Make(Box::new(|| data::to_csv(&table))),
            )];
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
    // Each year's comparison, in each of its orders, as the page shows it.
    let per_year: Vec<(String, Vec<Download>)> = site
        .years()
        .into_iter()
        .flat_map(|y| paths::YearOrder::ALL.into_iter().map(move |o| (y, o)))
        .map(|(y, order)| {
            let v = ctx.year(y, order);
            let rows = v
                .rows
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    vec![
                        data::Cell::Integer(i64::try_from(i + 1).ok()),
                        data::Cell::Integer(Some(i64::from(y))),
                        data::text(&r.unit.id),
                        data::text(&r.unit.name),
                        data::Cell::Integer(i64::try_from(r.indicators).ok()),
                        data::Cell::Number(
                            r.achievement.percent.map(|p| (p * 100.0).round() / 100.0),
                        ),
                        data::text(&r.counts),
                        data::text(r.achievement.category.clone().unwrap_or_default()),
                        data::Cell::Number(r.absorption_value.map(|p| (p * 100.0).round() / 100.0)),
                        data::text(&r.efficiency),
                        data::text(&r.reported),
                        data::Cell::Bool(r.late),
                    ]
                })
                .collect();
            let table = Table {
                name: "perbandingan",
                columns: data::COMPARISON_COLUMNS,
                rows,
            };
            let page = paths::year(y, order);
            let file = paths::beside(
                &page,
                &format!(
                    "perbandingan-{y}{}.csv",
                    order.folder().map_or_else(String::new, |f| format!("-{f}"))
                ),
            );
            let size = put_data(
                guard,
                salt,
                file.clone(),
                DataBytes::Make(Box::new(move || data::to_csv(&table))),
            )?;
            Ok((
                page,
                vec![Download {
                    format: "CSV".into(),
                    label: format!(
                        "{} {y} ({})",
                        t.get(Label::compare),
                        t.get(order.label()).to_lowercase()
                    ),
                    href: file,
                    size: size_text(size, lang),
                }],
            ))
        })
        .collect::<Result<_, RenderError>>()?;
    // Each unit's years, as its page lists them.
    let per_unit: Vec<(String, Vec<Download>)> = site
        .units
        .par_iter()
        .filter(|u| site.agreements_of(&u.id).next().is_some())
        .map(|u| {
            let table = Table {
                name: "ringkasan",
                columns: SUMMARY_COLUMNS,
                rows: site
                    .agreements_of(&u.id)
                    .flat_map(|a| data::summary_rows(site, ctx.figures, a))
                    .collect(),
            };
            let page = paths::unit(&u.id);
            let label = format!("{} {}", t.get(Label::summary_short), u.short_name);
            let rows = |f: fn(
                &Site,
                &crate::compute::Figures,
                &crate::model::Agreement,
            ) -> Vec<Vec<data::Cell>>| {
                site.agreements_of(&u.id)
                    .flat_map(|a| f(site, ctx.figures, a))
                    .collect::<Vec<_>>()
            };
            let kinerja = Table {
                name: "kinerja",
                columns: INDICATOR_COLUMNS,
                rows: site
                    .agreements_of(&u.id)
                    .flat_map(|a| data::indicator_rows(site, ctx.figures, a, None))
                    .collect(),
            };
            let anggaran = Table {
                name: "anggaran",
                columns: BUDGET_COLUMNS,
                rows: rows(data::budget_rows),
            };
            let efisiensi = Table {
                name: "efisiensi",
                columns: EFFICIENCY_COLUMNS,
                rows: rows(data::efficiency_rows),
            };
            let summary = Table {
                name: "ringkasan",
                columns: SUMMARY_COLUMNS,
                rows: table.rows.clone(),
            };
            let every: [&dyn data::Rows; 4] = [&kinerja, &anggaran, &summary, &efisiensi];
            let date = site
                .agreements_of(&u.id)
                .map(agreement_date)
                .max()
                .unwrap_or(created);
            let xlsx_path = paths::beside(&page, &format!("kinerja-{}.xlsx", u.id));
            let size = put_data(
                guard,
                salt,
                xlsx_path.clone(),
                DataBytes::Xlsx(&every, &u.name, date),
            )?;
            let xlsx = Download {
                format: "XLSX".into(),
                label: format!("{every_table}, {}", t.get(Label::all_years)),
                href: xlsx_path,
                size: size_text(size, lang),
            };
            let d = csv_beside(
                guard,
                salt,
                &page,
                &format!("ringkasan-{}.csv", u.id),
                label,
                table,
                lang,
            )?;
            Ok((page, vec![d, xlsx]))
        })
        .collect::<Result<_, RenderError>>()?;
    // Each five-year plan's indicators and indicative budget, beside its page.
    let per_plan: Vec<(String, Vec<Download>)> = site
        .plans
        .iter()
        .map(|plan| {
            let page = paths::plan(&plan.unit, plan.from, plan.to);
            let stem = format!("{}-{}-{}", plan.unit, plan.from, plan.to);
            let indicators = Table {
                name: "rencana",
                columns: data::PLAN_COLUMNS,
                rows: data::plan_rows(site, ctx.figures, [plan]),
            };
            let budget = Table {
                name: "rencana_anggaran",
                columns: data::PLAN_BUDGET_COLUMNS,
                rows: data::plan_budget_rows([plan]),
            };
            let a = csv_beside(
                guard,
                salt,
                &page,
                &format!("rencana-{stem}.csv"),
                t.get(Label::indicators).to_string(),
                indicators,
                lang,
            )?;
            let b = csv_beside(
                guard,
                salt,
                &page,
                &format!("rencana-anggaran-{stem}.csv"),
                t.get(Label::indicative_budget).to_string(),
                budget,
                lang,
            )?;
            Ok((page, vec![a, b]))
        })
        .collect::<Result<_, RenderError>>()?;
    // Each year's performance tree, as its page shows it.
    let mut per_tree: Vec<(String, Vec<Download>)> = Vec::new();
    let latest_year = site.years().last().copied();
    for y in site.years() {
        let page = paths::tree(y);
        let table = Table {
            name: "pohon_kinerja",
            columns: data::TREE_COLUMNS,
            rows: tree_rows(&ctx.tree(y)),
        };
        let d = csv_beside(
            guard,
            salt,
            &page,
            &format!("pohon-kinerja-{y}.csv"),
            format!("{} {y}", t.get(Label::tree)),
            table,
            lang,
        )?;
        if latest_year == Some(y) {
            per_tree.push((paths::TREE.to_string(), vec![d.clone()]));
        }
        per_tree.push((page, vec![d]));
    }
    // The SAKIP evaluations the home page shows.
    let sakip = (!site.settings.evaluations.is_empty()).then(|| Table {
        name: "nilai_sakip",
        columns: data::SAKIP_COLUMNS,
        rows: site
            .settings
            .evaluations
            .iter()
            .map(|e| {
                vec![
                    data::Cell::Integer(Some(i64::from(e.year))),
                    data::Cell::Number(Some(e.score)),
                    data::text(&e.predicate),
                    data::text(
                        site.settings
                            .predicates
                            .iter()
                            .find(|p| p.grade == e.predicate)
                            .map(|p| p.label.clone())
                            .unwrap_or_default(),
                    ),
                ]
            })
            .collect(),
    });
    let sakip = match sakip {
        Some(table) => Some(csv_beside(
            guard,
            salt,
            paths::DATA,
            "nilai-sakip.csv",
            t.get(Label::sakip_history).to_string(),
            table,
            lang,
        )?),
        None => None,
    };
    let mut by_page: std::collections::BTreeMap<String, Vec<Download>> =
        std::collections::BTreeMap::new();
    // Until the site's own files are made ([`DataFiles::add_site`]), the
    // data page lists only the SAKIP history.
    by_page.insert(paths::DATA.into(), sakip.into_iter().collect());
    // A unit-year page offers its unit's workbook (all years) beside its CSVs,
    // without its size: the workbook grows with every quarter of every year,
    // and a page of a closed year keeps its bytes.
    let workbooks: std::collections::HashMap<&str, &Download> = per_unit
        .iter()
        .filter_map(|(page, d)| Some((page.as_str(), d.iter().find(|d| d.format == "XLSX")?)))
        .collect();
    let per_agreement: Vec<(String, Vec<Download>)> = per_agreement
        .into_iter()
        .zip(&site.agreements)
        .map(|((page, mut downloads), a)| {
            if let Some(w) = workbooks.get(paths::unit(&a.unit).as_str()) {
                downloads.push(Download {
                    size: String::new(),
                    ..(*w).clone()
                });
            }
            (page, downloads)
        })
        .collect();
    for (page, downloads) in per_agreement
        .into_iter()
        .chain(per_indicator)
        .chain(per_year)
        .chain(per_unit)
        .chain(per_plan)
        .chain(per_tree)
    {
        by_page.insert(page, downloads);
    }
    Ok(DataFiles { by_page })
}

/// Generates the data files of the whole site (`data/`), which only the home
/// and data pages list: they can be made while the other pages render.
pub(crate) fn site_files(
    ctx: &Ctx<'_>,
    guard: &Guard<'_>,
    salt: u128,
) -> Result<Vec<Download>, RenderError> {
    use data::{BUDGET_COLUMNS, EFFICIENCY_COLUMNS, INDICATOR_COLUMNS, SUMMARY_COLUMNS, Table};
    let site = ctx.site;
    let created = site_date(site);
    let licence = site.settings.licence.as_deref();
    let schema = format!("{}data/skema.json", site.settings.base_url);
    let lang = ctx.lang;
    let t = ctx.t;
    let every_table = every_table(t);
    // The whole site, made one agreement at a time as each format writes
    // it: held whole, a province's rows would take hundreds of megabytes.
    let per_agreement =
        |name: &'static str,
         columns: &'static [data::Column],
         rows: fn(&Site, &Figures, &crate::model::Agreement) -> Vec<Vec<data::Cell>>| {
            data::Made {
                name,
                columns,
                make: move |row: &mut dyn FnMut(&[data::Cell])| {
                    for a in &site.agreements {
                        rows(site, ctx.figures, a).iter().for_each(|r| row(r));
                    }
                },
            }
        };
    let all = per_agreement("kinerja", INDICATOR_COLUMNS, |site, figures, a| {
        data::indicator_rows(site, figures, a, None)
    });
    let budget = per_agreement("anggaran", BUDGET_COLUMNS, data::budget_rows);
    let summary = per_agreement("ringkasan", SUMMARY_COLUMNS, data::summary_rows);
    let efficiency = per_agreement("efisiensi", EFFICIENCY_COLUMNS, data::efficiency_rows);
    let plans = Table {
        name: "rencana",
        columns: data::PLAN_COLUMNS,
        rows: data::plan_rows(site, ctx.figures, &site.plans),
    };
    let plan_budget = Table {
        name: "rencana_anggaran",
        columns: data::PLAN_BUDGET_COLUMNS,
        rows: data::plan_budget_rows(&site.plans),
    };
    let title = format!("Data kinerja {}", site.settings.institution);
    let site_tables = format!("{every_table} + {}", t.get(Label::plans));
    let both: [&dyn data::Rows; 6] = [&all, &budget, &summary, &efficiency, &plans, &plan_budget];
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
            "CSV",
            t.get(Label::plans).to_string(),
            "data/rencana.csv",
            DataBytes::Make(Box::new(|| data::to_csv(&plans))),
        ),
        (
            "CSV",
            format!(
                "{} ({})",
                t.get(Label::indicative_budget),
                t.get(Label::plans).to_lowercase()
            ),
            "data/rencana-anggaran.csv",
            DataBytes::Make(Box::new(|| data::to_csv(&plan_budget))),
        ),
        (
            "JSON",
            site_tables.clone(),
            "data/kinerja.json",
            DataBytes::Make(Box::new(|| data::to_json(&both, &title, &schema, licence))),
        ),
        (
            "XLSX",
            site_tables.clone(),
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
    // Made side by side: each is one long task (the workbook's deflate, the
    // JSON), and nothing else waits for them but the home and data pages.
    site_files
        .into_par_iter()
        .map(|(format, label, path, bytes)| {
            let size = put_data(guard, salt, path.into(), bytes)?;
            Ok(Download {
                format: format.into(),
                label,
                href: path.into(),
                size: size_text(size, lang),
            })
        })
        .collect()
}

impl DataFiles {
    /// Adds the site's own files (see [`site_files`]) to the data page and
    /// the home page: the SAKIP history and the latest year's units at a
    /// glance (its comparison) first, then the whole site's files.
    pub(crate) fn add_site(&mut self, site: &Site, files: Vec<Download>) {
        let sakip = self.by_page.remove(paths::DATA).unwrap_or_default();
        let mut home: Vec<Download> = sakip.clone();
        if let Some(y) = site.years().last() {
            home.extend(
                self.by_page
                    .get(&paths::year(*y, paths::YearOrder::Organisation))
                    .cloned()
                    .unwrap_or_default(),
            );
        }
        home.extend(files.iter().cloned());
        let mut data = files;
        data.extend(sakip);
        self.by_page.insert(paths::DATA.into(), data);
        self.by_page.insert(paths::HOME.into(), home);
    }
}

/// Hands one table to the sink as a CSV beside `page`; returns its download.
fn csv_beside(
    guard: &Guard<'_>,
    salt: u128,
    page: &str,
    file: &str,
    label: String,
    table: data::Table,
    lang: Lang,
) -> Result<Download, RenderError> {
    let path = paths::beside(page, file);
    let size = put_data(
        guard,
        salt,
        path.clone(),
        DataBytes::Make(Box::new(move || data::to_csv(&table))),
    )?;
    Ok(Download {
        format: "CSV".into(),
        label,
        href: path,
        size: size_text(size, lang),
    })
}

/// The rows of a performance tree, in the page's order, with each line's depth.
fn tree_rows(v: &super::overview::TreeView) -> Vec<Vec<data::Cell>> {
    let mut rows = Vec::new();
    let mut depth: i64 = 1;
    let mut n: i64 = 0;
    let mut row = |i: &super::overview::TreeItem, depth: Option<i64>, linked: bool| {
        n += 1;
        vec![
            data::Cell::Integer(Some(n)),
            data::Cell::Integer(depth),
            data::text(match i.kind {
                "goal" => "tujuan",
                "indicator" => "indikator",
                _ => "sasaran",
            }),
            data::text(&i.unit),
            data::text(&i.key),
            data::text(&i.label),
            data::Cell::Number(i.achievement.percent.map(data::round2)),
            data::text(&i.achievement.status),
            data::text(i.achievement.category.clone().unwrap_or_default()),
            data::Cell::Bool(linked),
        ]
    };
    for i in &v.items {
        rows.push(row(i, Some(depth), depth > 1));
        if i.open {
            depth += 1;
        }
        depth -= i64::try_from(i.close).unwrap_or(0);
    }
    for i in &v.unlinked {
        rows.push(row(i, None, false));
    }
    rows
}

/// The open-data page: every download with its size, the licence and the data dictionary.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct DataView {
    pub(crate) site: Vec<Download>,
    pub(crate) groups: Vec<DataGroup>,
    pub(crate) indicator_columns: Vec<ColumnView>,
    pub(crate) budget_columns: Vec<ColumnView>,
    pub(crate) summary_columns: Vec<ColumnView>,
    pub(crate) efficiency_columns: Vec<ColumnView>,
    pub(crate) plan_columns: Vec<ColumnView>,
    pub(crate) plan_budget_columns: Vec<ColumnView>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct DataGroup {
    pub(crate) title: String,
    pub(crate) href: String,
    pub(crate) files: Vec<Download>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ColumnView {
    pub(crate) name: &'static str,
    pub(crate) kind: &'static str,
    pub(crate) description: &'static str,
}

pub(crate) fn data_view(ctx: &Ctx<'_>, data: &DataFiles) -> DataView {
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
        plan_columns: columns(data::PLAN_COLUMNS),
        plan_budget_columns: columns(data::PLAN_BUDGET_COLUMNS),
    }
}
