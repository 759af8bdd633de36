//! A year's comparison of every unit, in each order.

use super::*;

/// The year comparison.
#[derive(Debug, Clone, Serialize)]
pub struct YearView {
    /// Year.
    pub year: i32,
    /// The orders on offer.
    pub orders: Vec<OrderLink>,
    /// Rows in this view's order.
    pub rows: Vec<UnitRow>,
    /// Units per category.
    pub distribution: Vec<Band>,
    /// Units by achievement.
    pub chart: Option<Chart>,
    /// Both means, labelled, and the counts.
    pub summary: SummaryView,
    /// `Data s.d. Triwulan II 2026`.
    pub as_of: Option<String>,
    /// Other years.
    pub years: Vec<Link>,
    /// The year's document register and timeliness pages, when the site
    /// has registers.
    pub record: Vec<Link>,
}

/// One of the orders of the year table.
#[derive(Debug, Clone, Serialize)]
pub struct OrderLink {
    /// Label.
    pub label: String,
    /// Path.
    pub href: String,
    /// This view?
    pub current: bool,
}

impl Ctx<'_> {
    /// The year comparison in `order`.
    pub fn year(&self, year: i32, order: paths::YearOrder) -> YearView {
        use paths::YearOrder;
        let mut rows = self.unit_rows(year);
        match order {
            YearOrder::Achievement => {
                rows.sort_by_key(|r| std::cmp::Reverse(order_key(r.achievement.percent)));
            }
            YearOrder::Absorption => {
                rows.sort_by_key(|r| std::cmp::Reverse(order_key(r.absorption_value)));
            }
            YearOrder::Organisation => {}
        }
        let orders = YearOrder::ALL
            .iter()
            .map(|o| OrderLink {
                label: self.t.get(o.label()).into(),
                href: paths::year(year, *o),
                current: *o == order,
            })
            .collect();
        let mut by_achievement = rows.clone();
        by_achievement.sort_by_key(|r| std::cmp::Reverse(order_key(r.achievement.percent)));
        let items: Vec<Item> = by_achievement
            .iter()
            .map(|r| Item {
                label: truncate(&r.unit.short_name, 80),
                value: r.achievement.percent,
                colour: r
                    .achievement
                    .colour
                    .clone()
                    .unwrap_or_else(|| "#6e7781".into()),
                note: r
                    .achievement
                    .category
                    .clone()
                    .unwrap_or_else(|| r.achievement.status.clone()),
            })
            .collect();
        // The sorted views show the same chart as the default view; it is
        // drawn once, there, instead of three times.
        let chart = (!items.is_empty() && order == paths::YearOrder::Organisation).then(|| {
            charts::horizontal(
                "capaian-unit",
                &format!("{} {year}", self.t.get(Label::compare)),
                &format!(
                    "{} {}, {year}",
                    self.t.get(Label::achievement),
                    self.t.get(Label::units).to_lowercase()
                ),
                &items,
                Some(100.0),
                self.lang,
            )
        });
        YearView {
            year,
            orders,
            distribution: self.bands(&rows),
            rows,
            chart,
            summary: self.year_summary(year),
            as_of: self.latest(year).map(|l| l.period),
            years: self.site_years(|y| paths::year(y, order)),
            record: if self.site.registers.is_empty() {
                vec![]
            } else {
                vec![
                    Link {
                        label: format!("{} {year}", self.t.get(Label::documents)),
                        href: paths::register(year),
                        note: None,
                    },
                    Link {
                        label: format!("{} {year}", self.t.get(Label::timeliness)),
                        href: paths::timeliness(year),
                        note: None,
                    },
                ]
            },
        }
    }
}
