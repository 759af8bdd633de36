//! Where every page lives, from the site root. Paths end in `index.html` so
//! links work from a plain folder (`file://`) as well as from any web host and
//! sub-path; templates prefix them with the page's `root` (`../../`).
//! Ids from content are validated to safe characters before they get here.

/// The home page.
pub const HOME: &str = "index.html";
/// The methodology page.
pub const METHODOLOGY: &str = "metodologi/index.html";
/// The performance tree of the latest year.
pub const TREE: &str = "pohon-kinerja/index.html";
/// The list of units.
pub const UNITS: &str = "unit/index.html";
/// The open-data page.
pub const DATA: &str = "data/index.html";
/// The search page.
pub const SEARCH: &str = "cari/index.html";
/// The site's Atom feed.
pub const FEED: &str = "feed.xml";
/// The stylesheet.
pub const STYLE: &str = "assets/style.css";

/// A unit's profile.
pub fn unit(id: &str) -> String {
    format!("unit/{id}/index.html")
}

/// A unit's Atom feed.
pub fn unit_feed(id: &str) -> String {
    format!("unit/{id}/feed.xml")
}

/// A unit's agreement and realisation for a year.
pub fn unit_year(id: &str, year: i32) -> String {
    format!("unit/{id}/{year}/index.html")
}

/// The printable agreement and realisation of a unit-year.
pub fn unit_year_print(id: &str, year: i32) -> String {
    format!("unit/{id}/{year}/cetak/index.html")
}

/// The annual report (*Laporan Kinerja*, LKjIP) of a unit-year.
pub fn unit_year_report(id: &str, year: i32) -> String {
    format!("unit/{id}/{year}/lkjip/index.html")
}

/// A standalone chart file beside a page: `unit/dinkes/2026/index.html` →
/// `unit/dinkes/2026/grafik-….svg`.
pub fn beside(page: &str, file: &str) -> String {
    match page.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/{file}"),
        None => file.to_string(),
    }
}

/// An indicator's history across years.
pub fn indicator(unit: &str, objective: &str, indicator: &str) -> String {
    format!("unit/{unit}/indikator/{objective}/{indicator}/index.html")
}

/// The anchor of an indicator on its unit-year page.
pub fn indicator_anchor(objective: &str, indicator: &str) -> String {
    format!("ik-{objective}-{indicator}")
}

/// The anchor of an objective on its unit-year page.
pub fn objective_anchor(objective: &str) -> String {
    format!("sasaran-{objective}")
}

/// The orders in which a year's units are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearOrder {
    /// As in the organisation tree.
    Organisation,
    /// By achievement, highest first.
    Achievement,
    /// By budget absorption, highest first.
    Absorption,
}

impl YearOrder {
    /// Every order, the page's own first.
    pub const ALL: [YearOrder; 3] = [
        YearOrder::Organisation,
        YearOrder::Achievement,
        YearOrder::Absorption,
    ];

    /// The folder of the order under the year's page (none for the tree's
    /// order).
    pub fn folder(self) -> Option<&'static str> {
        match self {
            YearOrder::Organisation => None,
            YearOrder::Achievement => Some("capaian"),
            YearOrder::Absorption => Some("serapan"),
        }
    }

    /// The label of the link to the order.
    pub fn label(self) -> super::i18n::Label {
        use super::i18n::Label;
        match self {
            YearOrder::Organisation => Label::sort_org,
            YearOrder::Achievement => Label::sort_achievement,
            YearOrder::Absorption => Label::sort_absorption,
        }
    }
}

/// All units compared in a year, in one of the orders.
pub fn year(year: i32, order: YearOrder) -> String {
    match order.folder() {
        None => format!("tahun/{year}/index.html"),
        Some(folder) => format!("tahun/{year}/{folder}/index.html"),
    }
}

/// A document file published from the content's `documents/` folder, by
/// its path under that folder.
pub fn document(path: &str) -> String {
    format!("dokumen/{path}")
}

/// The document register of a year.
pub fn register(year: i32) -> String {
    format!("dokumen/{year}/index.html")
}

/// The completeness matrix of a year, as CSV.
pub fn register_csv(year: i32) -> String {
    format!("dokumen/{year}/kelengkapan.csv")
}

/// The SAKIP evaluations of the region and the units, with every
/// recommendation and its follow-up.
pub const EVALUATIONS: &str = "evaluasi/index.html";

/// Every recommendation and where it stands, as CSV.
pub const RECOMMENDATIONS_CSV: &str = "evaluasi/rekomendasi.csv";

/// The timeliness page of a year.
pub fn timeliness(year: i32) -> String {
    format!("ketepatan-waktu/{year}/index.html")
}

/// The performance tree of a year.
pub fn tree(year: i32) -> String {
    format!("pohon-kinerja/{year}/index.html")
}

/// A five-year plan (RPJMD or Renstra) of a unit.
pub fn plan(unit: &str, from: i32, to: i32) -> String {
    format!("rencana/{unit}/{from}-{to}/index.html")
}

/// An indicator of a five-year plan; `key` is `parent/indicator`.
pub fn plan_indicator(unit: &str, from: i32, to: i32, key: &str) -> String {
    format!("rencana/{unit}/{from}-{to}/indikator/{key}/index.html")
}

/// The list of five-year plans.
pub const PLANS: &str = "rencana/index.html";

/// A free page.
pub fn page(slug: &str) -> String {
    format!("halaman/{slug}/index.html")
}

/// `../` for each folder level of `path`, so links from it reach the root.
pub fn root_of(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}
