//! Import: a realisation spreadsheet (XLSX, XLS, ODS or CSV) → realisation
//! YAML files, one per unit, for one year and quarter.
//!
//! The sheet has one row per unit and indicator (the template is in
//! `docs/import.md`). Cells are read the way people type them: `1,5`,
//! `1.234,5`, `93,75%`, `Rp 1.250.000`, and `-`, `n/a` or an empty cell for
//! "not yet measured". Every cell that cannot be read is reported with its
//! row and column; nothing is written unless the whole sheet reads.

use crate::model::{Site, ValueKind};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

mod sheet;
mod write;
pub use sheet::human_number;
use sheet::*;
pub use write::{Backup, backup, diff, restore, write};

/// A problem with the sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetProblem {
    /// 1-based row, as the spreadsheet shows it.
    pub row: usize,
    /// Column letter (`C`).
    pub column: String,
    /// Column header.
    pub header: String,
    /// What is wrong and what to do.
    pub message: String,
}

/// Why the sheet could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be opened or read.
    #[error("cannot read `{path}`: {message}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// Columns are missing.
    #[error("the sheet has no column for {0}; see docs/import.md for the template")]
    MissingColumn(String),
    /// Cells could not be read.
    #[error("{} cell(s) could not be read", .0.len())]
    Cells(Vec<SheetProblem>),
}

/// One realisation file to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    /// Unit id.
    pub unit: String,
    /// Path relative to the content folder.
    pub path: PathBuf,
    /// YAML text.
    pub yaml: String,
}

/// The columns the template knows, with the headers people use for them.
const COLUMNS: &[(&str, &[&str])] = &[
    (
        "unit",
        &["unit", "kode_unit", "unit_kerja", "perangkat_daerah", "opd"],
    ),
    (
        "indicator",
        &[
            "indikator",
            "kunci",
            "id_indikator",
            "indikator_kinerja",
            "indicator",
        ],
    ),
    (
        "value",
        &["realisasi", "nilai", "value", "realisasi_kinerja"],
    ),
    ("explanation", &["keterangan", "penjelasan", "explanation"]),
    ("obstacles", &["kendala", "hambatan", "obstacles"]),
    (
        "follow_up",
        &["tindak_lanjut", "upaya", "solusi", "follow_up"],
    ),
    (
        "evidence",
        &["bukti_dukung", "bukti", "tautan_bukti", "evidence"],
    ),
    (
        "budget_code",
        &["kode_anggaran", "kode_program", "kode", "budget_code"],
    ),
    (
        "budget",
        &["realisasi_anggaran", "anggaran", "budget_realised"],
    ),
];

pub(crate) fn normalise_header(h: &str) -> String {
    h.trim().to_lowercase().replace([' ', '.', '-', '/'], "_")
}

/// A value as it is written to the realisation file.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(untagged)]
enum Written {
    /// A whole number, written without a decimal point.
    Whole(i64),
    /// A number.
    Number(f64),
    /// A grade label.
    Grade(String),
}

impl Written {
    /// `n` as the clerk would write it: `1`, not `1.0`.
    fn number(n: f64) -> Written {
        #[allow(clippy::cast_possible_truncation)]
        if n.fract() == 0.0 && n.abs() < 1e15 {
            Written::Whole(n as i64)
        } else {
            Written::Number(n)
        }
    }
}

/// One indicator of a realisation file, serialised (never assembled as
/// text: nothing in a cell or a file name can add a field).
#[derive(Debug, serde::Serialize)]
struct IndicatorRow {
    id: String,
    /// `None`: not yet measured (`null`).
    value: Option<Written>,
    #[serde(skip_serializing_if = "Option::is_none")]
    explanation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    obstacles: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    follow_up: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    evidence: Vec<String>,
}

/// One budget line of a realisation file.
#[derive(Debug, serde::Serialize)]
struct BudgetRow {
    code: String,
    realised: i64,
}

/// A realisation file.
#[derive(Debug, serde::Serialize)]
struct RealisationFile<'a> {
    unit: &'a str,
    year: i32,
    quarter: u8,
    reported: &'a str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    indicators: &'a [IndicatorRow],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    budget: &'a [BudgetRow],
}

#[derive(Default)]
struct UnitRows {
    indicators: Vec<IndicatorRow>,
    budget: Vec<BudgetRow>,
}

/// Reads `sheet` against the validated `site` and plans the realisation files
/// for `year` and `quarter`, reported on `reported` (`YYYY-MM-DD`).
pub fn plan(
    site: &Site,
    sheet: &Path,
    year: i32,
    quarter: u8,
    reported: &str,
) -> Result<Vec<Planned>, ImportError> {
    let bytes =
        crate::files::read_regular(sheet, MAX_SHEET_BYTES).map_err(|e| ImportError::Read {
            path: sheet.to_path_buf(),
            message: e.to_string(),
        })?;
    plan_bytes(site, sheet, &bytes, year, quarter, reported)
}

/// [`plan`] for a sheet already in memory: `bytes` is the content of the file
/// `sheet`. Used by [`plan`] and by the fuzz target.
pub fn plan_bytes(
    site: &Site,
    sheet: &Path,
    bytes: &[u8],
    year: i32,
    quarter: u8,
    reported: &str,
) -> Result<Vec<Planned>, ImportError> {
    let rows = read_rows(sheet, bytes)?;
    let header_row = rows
        .iter()
        .position(|r| {
            r.iter()
                .any(|c| COLUMNS[0].1.contains(&normalise_header(&c.text()).as_str()))
        })
        .ok_or_else(|| ImportError::MissingColumn("`unit`".into()))?;
    let headers: Vec<String> = rows[header_row]
        .iter()
        .map(|c| normalise_header(&c.text()))
        .collect();
    let col = |field: &str| -> Option<usize> {
        let names = COLUMNS.iter().find(|(f, _)| *f == field)?.1;
        headers.iter().position(|h| names.contains(&h.as_str()))
    };
    let unit_col = col("unit").ok_or_else(|| ImportError::MissingColumn("`unit`".into()))?;
    let ind_col = col("indicator");
    let value_col = col("value");
    if ind_col.is_some() != value_col.is_some() {
        return Err(ImportError::MissingColumn(
            "both `indikator` and `realisasi`".into(),
        ));
    }
    let (code_col, budget_col) = (col("budget_code"), col("budget"));
    let header_name = |c: usize| rows[header_row].get(c).map(Cell::text).unwrap_or_default();

    let mut problems = Vec::new();
    let mut by_unit: BTreeMap<String, UnitRows> = BTreeMap::new();
    for (i, row) in rows.iter().enumerate().skip(header_row + 1) {
        let get = |c: Option<usize>| c.and_then(|c| row.get(c)).cloned().unwrap_or(Cell::Empty);
        if row.iter().all(|c| *c == Cell::Empty) {
            continue;
        }
        let mut problem = |c: usize, message: String| {
            problems.push(SheetProblem {
                row: i + 1,
                column: letter(c),
                header: header_name(c),
                message,
            });
        };
        // A value under no heading: most often a cell that held the
        // separator and was split, so every later cell moved one column.
        let width = headers
            .iter()
            .rposition(|h| !h.is_empty())
            .map_or(0, |p| p + 1);
        if let Some(extra) = (width..row.len()).find(|&c| row[c] != Cell::Empty) {
            problem(
                extra,
                format!(
                    "this row has {} cells but the heading has {width} columns: `{}` is under no heading; a value holding the separator (`;` or `,`) may have been split, so put it in quotes",
                    row.iter()
                        .rposition(|c| *c != Cell::Empty)
                        .map_or(0, |p| p + 1),
                    row[extra].text()
                ),
            );
            continue;
        }
        let unit_text = get(Some(unit_col)).text();
        let unit = site.units.iter().find(|u| {
            u.id == unit_text
                || u.name.eq_ignore_ascii_case(&unit_text)
                || u.short_name.eq_ignore_ascii_case(&unit_text)
        });
        let Some(unit) = unit else {
            problem(
                unit_col,
                format!("`{unit_text}` is not a unit id or name in units.yaml"),
            );
            continue;
        };
        let Some(agreement) = site.agreement(&unit.id, year) else {
            problem(
                unit_col,
                format!("`{}` has no agreement for {year}", unit.id),
            );
            continue;
        };
        let entry = by_unit.entry(unit.id.clone()).or_default();
        if let (Some(ic), Some(vc)) = (ind_col, value_col) {
            let ind_text = get(Some(ic)).text();
            if !ind_text.is_empty() {
                let found = agreement.indicator(&ind_text).or_else(|| {
                    let mut m = agreement
                        .indicators()
                        .filter(|(_, i)| i.name.eq_ignore_ascii_case(&ind_text));
                    match (m.next(), m.next()) {
                        (Some(one), None) => Some(one),
                        _ => None,
                    }
                });
                match found {
                    None => problem(
                        ic,
                        format!(
                            "`{ind_text}` is not an indicator (`S1/IK1` or its exact name) of `{}` in {year}",
                            unit.id
                        ),
                    ),
                    Some((_, ind)) => {
                        let cell = get(Some(vc));
                        let value = match (&cell, ind.kind()) {
                            (Cell::Number(n), ValueKind::Numeric) => {
                                Some(Some(Written::number(*n)))
                            }
                            (c, _) if not_measured(&c.text()) => Some(None),
                            (Cell::Text(t), ValueKind::Numeric) => match human_number(t) {
                                Some(n) => Some(Some(Written::number(n))),
                                None => {
                                    problem(
                                        vc,
                                        format!(
                                            "cannot read `{}` as a number; write it like `93,75` or `1.234,5`, or `-` if not yet measured",
                                            t.trim()
                                        ),
                                    );
                                    None
                                }
                            },
                            (c, ValueKind::Grade(scale)) => {
                                let t = c.text();
                                match site
                                    .settings
                                    .grade_scales
                                    .iter()
                                    .find(|s| s.id == scale)
                                    .and_then(|s| s.grade(&t))
                                {
                                    Some(g) => Some(Some(Written::Grade(g.label.clone()))),
                                    None => {
                                        problem(
                                            vc,
                                            format!("`{t}` is not a grade of scale `{scale}`"),
                                        );
                                        None
                                    }
                                }
                            }
                            (Cell::Empty, _) => Some(None),
                        };
                        if let Some(v) = value {
                            let texts = [col("explanation"), col("obstacles"), col("follow_up")]
                                .map(|c| Some(get(c).text()).filter(|t| !t.is_empty()));
                            let evidence: Vec<String> = get(col("evidence"))
                                .text()
                                .split_whitespace()
                                .map(str::to_string)
                                .collect();
                            // The same rule as `kinerja check`, so an import
                            // never writes a file that check refuses.
                            if let (Some(ec), Some(bad)) = (
                                col("evidence"),
                                evidence.iter().find(|e| !crate::validate::is_safe_link(e)),
                            ) {
                                problem(
                                    ec,
                                    format!(
                                        "evidence link `{bad}` is not allowed; use an `https://` or `http://` address, or a path to a file in `static/`"
                                    ),
                                );
                            } else if entry.indicators.iter().any(|r| r.id == ind.key) {
                                problem(
                                    ic,
                                    format!("`{}` appears twice for `{}`", ind.key, unit.id),
                                );
                            } else {
                                let [explanation, obstacles, follow_up] = texts;
                                entry.indicators.push(IndicatorRow {
                                    id: ind.key.clone(),
                                    value: v,
                                    explanation,
                                    obstacles,
                                    follow_up,
                                    evidence,
                                });
                            }
                        }
                    }
                }
            }
        }
        if let (Some(cc), Some(bc)) = (code_col, budget_col) {
            let code = get(Some(cc)).text();
            let amount = get(Some(bc));
            if !code.is_empty() {
                if !agreement.budget.iter().any(|b| b.code == code) {
                    problem(
                        cc,
                        format!("`{code}` is not a budget line of `{}` in {year}", unit.id),
                    );
                } else {
                    let n = match &amount {
                        Cell::Number(n) => Some(*n),
                        Cell::Text(t) => human_number(t),
                        Cell::Empty => None,
                    };
                    match n {
                        #[allow(clippy::cast_possible_truncation)]
                        Some(n) if n >= 0.0 && n.fract() == 0.0 && n < 9e15 => {
                            entry.budget.push(BudgetRow {
                                code,
                                realised: n as i64,
                            })
                        }
                        _ => problem(
                            bc,
                            format!(
                                "cannot read `{}` as whole rupiah; write it like `1.250.000.000`",
                                amount.text()
                            ),
                        ),
                    }
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Cells(problems));
    }
    by_unit
        .into_iter()
        .filter(|(_, r)| !r.indicators.is_empty() || !r.budget.is_empty())
        .map(|(unit, r)| {
            // The source's name in a comment, on one line whatever it holds.
            let source: String = sheet
                .file_name()
                .map(|f| f.to_string_lossy())
                .unwrap_or_default()
                .chars()
                .map(|c| {
                    if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') {
                        '?'
                    } else {
                        c
                    }
                })
                .collect();
            let file = RealisationFile {
                unit: &unit,
                year,
                quarter,
                reported,
                indicators: &r.indicators,
                budget: &r.budget,
            };
            let options = serde_saphyr::ser_options! {
                compact_list_indent: false,
                prefer_block_scalars: false,
            };
            let body = serde_saphyr::to_string_with_options(&file, options).map_err(|e| {
                ImportError::Read {
                    path: sheet.to_path_buf(),
                    message: e.to_string(),
                }
            })?;
            let y = format!("# Diimpor dari {source} oleh kinerja import.\n{body}");
            Ok(Planned {
                path: PathBuf::from(format!("realisations/{year}/q{quarter}/{unit}.yaml")),
                unit,
                yaml: y,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn planned(path: &str, yaml: &str) -> Planned {
        Planned {
            path: PathBuf::from(path),
            unit: "dinkes".into(),
            yaml: yaml.into(),
        }
    }

    #[test]
    fn an_unreadable_file_to_replace_stops_the_import_before_anything_is_written() {
        let tmp = tempfile::tempdir().unwrap_or_else(|_| std::process::abort());
        let content = tmp.path();
        std::fs::create_dir_all(content.join("realisations/2026/q2")).unwrap_or_default();
        // Not text kinerja could put back as text, and not a regular file.
        std::fs::create_dir_all(content.join("realisations/2026/q2/dinkes.yaml"))
            .unwrap_or_default();
        let plan = [
            planned("realisations/2026/q2/bappeda.yaml", "new: 1\n"),
            planned("realisations/2026/q2/dinkes.yaml", "new: 2\n"),
        ];
        assert!(backup(content, &plan).is_err());
        assert!(!content.join("realisations/2026/q2/bappeda.yaml").exists());
        assert!(content.join("realisations/2026/q2/dinkes.yaml").is_dir());
    }

    #[test]
    fn a_failed_import_puts_every_file_back_byte_for_byte() {
        let tmp = tempfile::tempdir().unwrap_or_else(|_| std::process::abort());
        let content = tmp.path();
        let q2 = content.join("realisations/2026/q2");
        std::fs::create_dir_all(&q2).unwrap_or_default();
        let old_yaml = b"unit: dinkes\n# \xff not UTF-8, kept as bytes\n".to_vec();
        std::fs::write(q2.join("dinkes.yaml"), &old_yaml).unwrap_or_default();
        std::fs::write(q2.join("setda.md"), "---\nunit: setda\n---\nnarasi\n").unwrap_or_default();
        let plan = [
            planned("realisations/2026/q2/dinkes.yaml", "new: 1\n"),
            planned("realisations/2026/q2/setda.yaml", "new: 2\n"),
            planned("realisations/2026/q2/bappeda.yaml", "new: 3\n"),
        ];
        let backups = backup(content, &plan).unwrap_or_default();
        assert_eq!(backups.len(), 3);
        write(&plan, &backups).unwrap_or_else(|_| std::process::abort());
        assert!(
            !q2.join("setda.md").exists(),
            "the Markdown report gave way"
        );
        // Check refused the result: everything goes back.
        assert!(restore(&backups).is_empty());
        assert_eq!(
            std::fs::read(q2.join("dinkes.yaml")).unwrap_or_default(),
            old_yaml
        );
        assert_eq!(
            std::fs::read_to_string(q2.join("setda.md")).unwrap_or_default(),
            "---\nunit: setda\n---\nnarasi\n"
        );
        assert!(!q2.join("setda.yaml").exists());
        assert!(!q2.join("bappeda.yaml").exists());
    }

    #[test]
    fn reads_numbers_as_people_type_them() {
        assert_eq!(human_number("1,5"), Some(1.5));
        assert_eq!(human_number("1.5"), Some(1.5));
        assert_eq!(human_number("1.234,5"), Some(1234.5));
        assert_eq!(human_number("1,234.5"), Some(1234.5));
        assert_eq!(human_number("93,75%"), Some(93.75));
        assert_eq!(human_number("93,75 %"), Some(93.75));
        assert_eq!(human_number("Rp 1.250.000.000"), Some(1_250_000_000.0));
        assert_eq!(human_number("1.234"), Some(1234.0));
        assert_eq!(human_number("0.125"), Some(0.125));
        assert_eq!(human_number("-2,5"), Some(-2.5));
        assert_eq!(human_number("n/a"), None);
        assert_eq!(human_number("1,2,3x"), None);
        assert_eq!(human_number(""), None);
    }

    #[test]
    fn refuses_numbers_that_read_more_than_one_way() {
        for text in [
            "12,3,4",
            "1.5.0",
            "1.234,5,6",
            "1,234.5.6",
            "12.34.567",
            "1.2345.678",
            "1,23,456",
            "1-2",
            "1.234,5.6",
            "--5",
            ",5,",
        ] {
            assert_eq!(human_number(text), None, "{text}");
        }
        assert_eq!(human_number("1.234.567"), Some(1_234_567.0));
        assert_eq!(human_number("1,234,567"), Some(1_234_567.0));
        assert_eq!(human_number("1.234.567,89"), Some(1_234_567.89));
        assert_eq!(human_number("-1.234,5"), Some(-1234.5));
    }

    #[test]
    fn column_letters() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(2), "C");
        assert_eq!(letter(26), "AA");
    }
}
