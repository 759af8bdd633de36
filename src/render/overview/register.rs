//! The document register of a year (which unit published which document,
//! with its file, size and SHA-256, and the completeness matrix) and the
//! timeliness page (each duty's date against its deadline).

use super::*;
use crate::compute::register::{Presence, Timeliness, duties, presence, record_date};
use crate::model::{Date, Document, DocumentKind};
use crate::render::format::Lang;

/// The name of a kind of document, in the site's language.
pub(crate) fn kind_name(kind: DocumentKind, lang: Lang) -> String {
    let en = lang == Lang::En;
    match kind {
        DocumentKind::Renstra => "Renstra".into(),
        DocumentKind::Renja => "Renja".into(),
        DocumentKind::Iku => "IKU".into(),
        DocumentKind::Pk => if en {
            "PK (signed)"
        } else {
            "PK (ditandatangani)"
        }
        .into(),
        DocumentKind::RencanaAksi => if en { "Action plan" } else { "Rencana Aksi" }.into(),
        DocumentKind::Quarterly(q) => {
            if en {
                format!("Q{} report", format::roman(q))
            } else {
                format!("Laporan TW {}", format::roman(q))
            }
        }
        DocumentKind::Lkjip => "LKjIP".into(),
        DocumentKind::Lhe => if en { "Evaluation report (LHE)" } else { "LHE" }.into(),
        DocumentKind::FollowUp => if en {
            "LHE follow-up"
        } else {
            "Tindak lanjut LHE"
        }
        .into(),
    }
}

/// A short column heading of a kind (`TW II`).
fn kind_short(kind: DocumentKind, lang: Lang) -> String {
    match kind {
        DocumentKind::Pk => "PK".into(),
        DocumentKind::Quarterly(q) => format!("TW {}", format::roman(q)),
        DocumentKind::FollowUp => {
            if lang == Lang::En {
                "Follow-up".into()
            } else {
                "TL LHE".into()
            }
        }
        k => kind_name(k, lang),
    }
}

/// A size in bytes for readers (`1,2 MB`, `350 KB`).
pub(crate) fn size(bytes: u64, lang: Lang) -> String {
    let b = bytes as f64;
    if b >= 1_000_000.0 {
        format!("{} MB", format::number(b / 1_000_000.0, 1, lang))
    } else if b >= 1_000.0 {
        format!("{} KB", format::number(b / 1_000.0, 0, lang))
    } else {
        format!("{bytes} B")
    }
}

/// One document in a list.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentRow {
    /// Kind's name.
    pub kind: String,
    /// Title (the kind's name when none was given).
    pub title: String,
    /// Number, if given.
    pub number: Option<String>,
    /// Date, formatted.
    pub date: Option<String>,
    /// Path of the file from the site root, when published here.
    pub href: Option<String>,
    /// Address elsewhere, when not published here.
    pub url: Option<String>,
    /// Size, formatted.
    pub size: Option<String>,
    /// SHA-256.
    pub sha256: Option<String>,
}

/// One cell of the completeness matrix.
#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    /// `ada`, `belum-jatuh-tempo` or `belum-ada` (the class).
    pub state: &'static str,
    /// The words (`ada, 5 Feb 2026`, `belum ada`).
    pub text: String,
}

/// A unit's row of the register page.
#[derive(Debug, Clone, Serialize)]
pub struct RegisterUnit {
    /// The unit.
    pub unit: UnitRef,
    /// One cell per kind.
    pub cells: Vec<Cell>,
    /// Published, of the kinds due.
    pub published: usize,
    /// Kinds due (published or missing).
    pub due: usize,
    /// The documents, in register order.
    pub documents: Vec<DocumentRow>,
}

/// The register page of a year.
#[derive(Debug, Clone, Serialize)]
pub struct RegisterView {
    /// Year.
    pub year: i32,
    /// Column headings.
    pub kinds: Vec<String>,
    /// Units with an agreement or a register for the year, in organisation order.
    pub units: Vec<RegisterUnit>,
    /// The date the matrix speaks for.
    pub as_of: Option<String>,
    /// Published of due, over all units.
    pub published: usize,
    /// Due, over all units.
    pub due: usize,
    /// The matrix as CSV, from the site root.
    pub csv: String,
    /// The timeliness page of the year.
    pub timeliness: String,
    /// The evaluations page, when the site has one.
    pub evaluations: Option<String>,
}

/// One duty on the timeliness page.
#[derive(Debug, Clone, Serialize)]
pub struct DutyRow {
    /// The document.
    pub kind: String,
    /// Its date, formatted, or none.
    pub done: Option<String>,
    /// Its deadline, formatted, or none.
    pub deadline: Option<String>,
    /// `tepat`, `terlambat`, `lewat`, `menunggu`, `tanpa-tenggat` (the class).
    pub state: &'static str,
    /// The verdict in words.
    pub verdict: String,
}

/// A unit's rows on the timeliness page.
#[derive(Debug, Clone, Serialize)]
pub struct TimelinessUnit {
    /// The unit.
    pub unit: UnitRef,
    /// Its duties.
    pub duties: Vec<DutyRow>,
}

/// The timeliness page of a year.
#[derive(Debug, Clone, Serialize)]
pub struct TimelinessView {
    /// Year.
    pub year: i32,
    /// Units in organisation order.
    pub units: Vec<TimelinessUnit>,
    /// The date the verdicts speak for.
    pub as_of: Option<String>,
    /// The rules, in words.
    pub rules: Vec<String>,
    /// On time, late, overdue: counts.
    pub on_time: usize,
    /// Late.
    pub late: usize,
    /// Overdue and not done.
    pub overdue: usize,
    /// The register page of the year.
    pub register: String,
}

impl Ctx<'_> {
    /// A registered document as listed.
    pub(crate) fn document_row(&self, d: &Document) -> DocumentRow {
        DocumentRow {
            kind: kind_name(d.kind, self.lang),
            title: d
                .title
                .clone()
                .unwrap_or_else(|| kind_name(d.kind, self.lang)),
            number: d.number.clone(),
            date: d.date.map(|x| self.day(x)),
            href: d.file.as_ref().map(|f| paths::document(&f.path)),
            url: d.url.clone(),
            size: d.file.as_ref().map(|f| size(f.size, self.lang)),
            sha256: d.file.as_ref().map(|f| f.sha256.clone()),
        }
    }

    pub(crate) fn day(&self, d: Date) -> String {
        format::date(d, self.lang)
    }

    /// The register of `year`.
    pub fn register_view(&self, year: i32) -> RegisterView {
        let site = self.site;
        let rules = &site.settings.deadlines;
        let now = record_date(site);
        let en = self.lang == Lang::En;
        let mut units = Vec::new();
        let (mut all_published, mut all_due) = (0, 0);
        for unit in &site.units {
            let register = site.register(&unit.id, year);
            if register.is_none() && site.agreement(&unit.id, year).is_none() {
                continue;
            }
            let docs = register.map(|r| r.documents.as_slice()).unwrap_or(&[]);
            let (mut published, mut due) = (0, 0);
            let cells = DocumentKind::ALL
                .iter()
                .map(|&k| match presence(k, year, docs, rules, now) {
                    Presence::Published(date) => {
                        published += 1;
                        due += 1;
                        Cell {
                            state: "ada",
                            text: match date {
                                Some(d) => {
                                    format!("{} {}", if en { "yes," } else { "ada," }, self.day(d))
                                }
                                None => if en { "yes" } else { "ada" }.into(),
                            },
                        }
                    }
                    Presence::NotYetDue(d) => Cell {
                        state: "belum-jatuh-tempo",
                        text: if en {
                            format!("not yet due ({})", self.day(d))
                        } else {
                            format!("belum jatuh tempo ({})", self.day(d))
                        },
                    },
                    Presence::Missing => {
                        due += 1;
                        Cell {
                            state: "belum-ada",
                            text: if en { "not yet published" } else { "belum ada" }.into(),
                        }
                    }
                })
                .collect();
            all_published += published;
            all_due += due;
            let documents = docs.iter().map(|d| self.document_row(d)).collect();
            units.push(RegisterUnit {
                unit: self.unit_ref(unit),
                cells,
                published,
                due,
                documents,
            });
        }
        RegisterView {
            year,
            kinds: DocumentKind::ALL
                .iter()
                .map(|&k| kind_short(k, self.lang))
                .collect(),
            units,
            as_of: now.map(|d| self.day(d)),
            published: all_published,
            due: all_due,
            csv: paths::register_csv(year),
            timeliness: paths::timeliness(year),
            evaluations: self
                .has_evaluations()
                .then(|| paths::EVALUATIONS.to_string()),
        }
    }

    /// The completeness matrix of `year` as CSV rows (header first).
    pub fn register_csv(&self, year: i32) -> Vec<Vec<String>> {
        let v = self.register_view(year);
        let en = self.lang == Lang::En;
        let mut header = vec![
            if en { "unit_id" } else { "id_unit" }.to_string(),
            "unit".to_string(),
        ];
        header.extend(DocumentKind::ALL.iter().map(|k| k.id().to_string()));
        let mut rows = vec![header];
        for u in v.units {
            let mut row = vec![u.unit.id, u.unit.name];
            row.extend(u.cells.into_iter().map(|c| c.text));
            rows.push(row);
        }
        rows
    }

    /// The timeliness page of `year`.
    pub fn timeliness_view(&self, year: i32) -> TimelinessView {
        let site = self.site;
        let rules = &site.settings.deadlines;
        let now = record_date(site);
        let en = self.lang == Lang::En;
        let (mut on_time, mut late, mut overdue) = (0, 0, 0);
        let mut units = Vec::new();
        for unit in &site.units {
            let Some(a) = site.agreement(&unit.id, year) else {
                continue;
            };
            let rows = duties(site, a, now)
                .into_iter()
                .map(|d| {
                    let (state, verdict) = match d.timeliness {
                        Timeliness::OnTime(n) => {
                            on_time += 1;
                            (
                                "tepat",
                                if en {
                                    if n == 0 {
                                        "on time (on the deadline)".to_string()
                                    } else {
                                        format!("on time, {n} days before the deadline")
                                    }
                                } else if n == 0 {
                                    "tepat waktu (pada hari tenggat)".to_string()
                                } else {
                                    format!("tepat waktu, {n} hari sebelum tenggat")
                                },
                            )
                        }
                        Timeliness::Late(n) => {
                            late += 1;
                            (
                                "terlambat",
                                if en {
                                    format!("late by {n} days")
                                } else {
                                    format!("terlambat {n} hari")
                                },
                            )
                        }
                        Timeliness::Overdue(n) => {
                            overdue += 1;
                            (
                                "lewat",
                                if en {
                                    format!("not recorded on this site; {n} days past the deadline")
                                } else {
                                    format!("belum tercatat di situs ini; {n} hari lewat tenggat")
                                },
                            )
                        }
                        Timeliness::Pending => (
                            "menunggu",
                            if en {
                                "not yet due"
                            } else {
                                "belum jatuh tempo"
                            }
                            .to_string(),
                        ),
                        Timeliness::NoDeadline => (
                            "tanpa-tenggat",
                            if en {
                                "no deadline to judge by"
                            } else {
                                "tenggat tidak diatur"
                            }
                            .to_string(),
                        ),
                        Timeliness::NotDone => (
                            "tanpa-tenggat",
                            if en {
                                "not recorded"
                            } else {
                                "tidak tercantum"
                            }
                            .to_string(),
                        ),
                    };
                    DutyRow {
                        kind: kind_name(d.kind, self.lang),
                        done: d.done.map(|x| self.day(x)),
                        deadline: d.deadline.map(|x| self.day(x)),
                        state,
                        verdict,
                    }
                })
                .collect();
            units.push(TimelinessUnit {
                unit: self.unit_ref(unit),
                duties: rows,
            });
        }
        let mut rules_text = Vec::new();
        match rules.budget_documents.get(&year) {
            Some((d, name)) => rules_text.push(if en {
                format!("PK: signed within {} month(s) after the {name} was approved ({}).", rules.pk_months, self.day(*d))
            } else {
                format!("PK: ditandatangani paling lambat {} bulan setelah {name} disahkan ({}).", rules.pk_months, self.day(*d))
            }),
            None => rules_text.push(if en {
                format!("PK: the date the budget document of {year} was approved is not recorded (`timeliness: budget_documents:` in site.yaml), so no PK deadline is judged.")
            } else {
                format!("PK: tanggal pengesahan dokumen anggaran {year} tidak tercantum (`timeliness: budget_documents:` di site.yaml), sehingga ketepatan waktu PK tidak dinilai.")
            }),
        }
        rules_text.push(match (rules.report_days, en) {
            (Some(n), true) => format!("Quarterly reports: within {n} days after the quarter ends."),
            (Some(n), false) => format!("Laporan triwulan: paling lambat {n} hari setelah triwulan berakhir."),
            (None, true) => "Quarterly reports: no deadline is set (`report_within_days` in site.yaml); their dates are shown.".into(),
            (None, false) => "Laporan triwulan: tenggat tidak diatur (`report_within_days` di site.yaml); tanggalnya ditampilkan.".into(),
        });
        rules_text.push(if en {
            format!(
                "LKjIP: within {} months after the year ends.",
                rules.lkjip_months
            )
        } else {
            format!(
                "LKjIP: paling lambat {} bulan setelah tahun berakhir.",
                rules.lkjip_months
            )
        });
        TimelinessView {
            year,
            units,
            as_of: now.map(|d| self.day(d)),
            rules: rules_text,
            on_time,
            late,
            overdue,
            register: paths::register(year),
        }
    }
}
