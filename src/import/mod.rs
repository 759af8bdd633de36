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

/// A cell as read.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Number(f64),
    Text(String),
    Empty,
}

impl Cell {
    /// A text cell, without the invisible characters `kinerja check`
    /// refuses (spreadsheets carry them over from PDFs and other systems).
    fn text_of(s: &str) -> Cell {
        let clean: String = s
            .chars()
            .filter(|c| !crate::load::forbidden_char(*c))
            .collect();
        if clean.trim().is_empty() {
            Cell::Empty
        } else {
            Cell::Text(clean)
        }
    }

    fn text(&self) -> String {
        match self {
            Cell::Number(n) => n.to_string(),
            Cell::Text(t) => t.trim().to_string(),
            Cell::Empty => String::new(),
        }
    }
}

/// Spreadsheet column letter for a 0-based index.
fn letter(mut col: usize) -> String {
    let mut s = String::new();
    loop {
        s.insert(0, char::from(b'A' + u8::try_from(col % 26).unwrap_or(0)));
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    s
}

/// Reads the rows of the first sheet of `bytes`, the content of the file
/// `path` (whose extension says whether it is CSV).
fn read_rows(path: &Path, bytes: &[u8]) -> Result<Vec<Vec<Cell>>, ImportError> {
    let err = |message: String| ImportError::Read {
        path: path.to_path_buf(),
        message,
    };
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if ext == "csv" || ext == "txt" {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let text = std::str::from_utf8(bytes)
            .map_err(|_| err("the file is not UTF-8; save it as \"CSV UTF-8\"".into()))?;
        // Indonesian spreadsheets export with `;` because `,` is the decimal mark.
        let first = text.lines().next().unwrap_or("");
        let delimiter = if first.matches(';').count() > first.matches(',').count() {
            b';'
        } else {
            b','
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| err(e.to_string()))?;
            rows.push(record.iter().map(Cell::text_of).collect());
        }
        return Ok(rows);
    }
    // XLSX and ODS are zip archives: unpacking a small file may fill
    // memory, so the archive is measured, bounded, before it is read.
    if bytes.starts_with(b"PK") {
        check_unpacked_size(bytes).map_err(err)?;
    }
    use calamine::Reader;
    if ext == "xlsx" || ext == "xlsm" {
        // Cell by cell, so a sheet claiming a million rows by sixteen
        // thousand columns costs only the cells it holds.
        let mut wb: calamine::Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes))
                .map_err(|e: calamine::XlsxError| err(e.to_string()))?;
        let name = wb
            .sheet_names()
            .first()
            .cloned()
            .ok_or_else(|| err("the workbook has no sheet".into()))?;
        let mut reader = wb
            .worksheet_cells_reader(&name)
            .map_err(|e| err(e.to_string()))?;
        let mut rows: Vec<Vec<Cell>> = Vec::new();
        let mut count = 0usize;
        while let Some(cell) = reader.next_cell().map_err(|e| err(e.to_string()))? {
            let (r, c) = cell.get_position();
            let (r, c) = (r as usize, c as usize);
            count += 1;
            if r >= MAX_ROWS || c >= MAX_COLUMNS || count > MAX_CELLS {
                return Err(err(too_big()));
            }
            let value = cell_of(calamine::Data::from(cell.get_value().clone()));
            if value == Cell::Empty {
                continue;
            }
            if rows.len() <= r {
                rows.resize_with(r + 1, Vec::new);
            }
            let row = &mut rows[r];
            if row.len() <= c {
                row.resize(c + 1, Cell::Empty);
            }
            row[c] = value;
        }
        return Ok(rows);
    }
    let mut wb = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e| err(e.to_string()))?;
    let range = wb
        .worksheet_range_at(0)
        .ok_or_else(|| err("the workbook has no sheet".into()))?
        .map_err(|e| err(e.to_string()))?;
    let (row0, col0) = range.start().unwrap_or((0, 0));
    let (height, width) = range.get_size();
    if row0 as usize + height > MAX_ROWS
        || col0 as usize + width > MAX_COLUMNS
        || height.saturating_mul(width) > MAX_CELLS
    {
        return Err(err(too_big()));
    }
    let mut rows: Vec<Vec<Cell>> = (0..row0).map(|_| Vec::new()).collect();
    for r in range.rows() {
        let mut row: Vec<Cell> = (0..col0).map(|_| Cell::Empty).collect();
        row.extend(r.iter().cloned().map(cell_of));
        rows.push(row);
    }
    Ok(rows)
}

/// Largest spreadsheet file read, in bytes.
const MAX_SHEET_BYTES: u64 = 32 * 1024 * 1024;

/// Most rows, columns and cells a sheet to import may have: a quarter's
/// realisation of a whole province is a few thousand rows.
const MAX_ROWS: usize = 100_000;
const MAX_COLUMNS: usize = 200;
const MAX_CELLS: usize = 2_000_000;
/// Most bytes a spreadsheet file may unpack to, and most parts it may hold.
const MAX_UNPACKED: u64 = 128 * 1024 * 1024;
const MAX_PARTS: usize = 10_000;

fn too_big() -> String {
    format!(
        "the sheet is too large to be a realisation table (at most {MAX_ROWS} rows, {MAX_COLUMNS} columns and {MAX_CELLS} cells); keep only the realisation table in the first sheet"
    )
}

/// Unpacks every part of the zip archive `bytes` into nothing, counting,
/// and stops at [`MAX_UNPACKED`] bytes: the sizes an archive declares may
/// lie, the bytes it unpacks to do not.
fn check_unpacked_size(bytes: &[u8]) -> Result<(), String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("the file is not a readable spreadsheet: {e}"))?;
    if zip.len() > MAX_PARTS {
        return Err(format!(
            "the file holds {} parts; a spreadsheet to import has far fewer",
            zip.len()
        ));
    }
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let part = zip
            .by_index(i)
            .map_err(|e| format!("the file is not a readable spreadsheet: {e}"))?;
        let left = MAX_UNPACKED - total;
        let n = std::io::copy(
            &mut std::io::Read::take(part, left + 1),
            &mut std::io::sink(),
        )
        .map_err(|e| format!("the file is not a readable spreadsheet: {e}"))?;
        total += n;
        if total > MAX_UNPACKED {
            return Err(format!(
                "the file unpacks to more than {} MiB; a spreadsheet to import is far smaller (it may be a zip bomb)",
                MAX_UNPACKED / (1024 * 1024)
            ));
        }
    }
    Ok(())
}

/// A cell of calamine as a cell of the import.
fn cell_of(c: calamine::Data) -> Cell {
    use calamine::Data;
    match c {
        Data::Int(i) =>
        {
            #[allow(clippy::cast_precision_loss)]
            Cell::Number(i as f64)
        }
        Data::Float(f) => Cell::Number(f),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::text_of(&s),
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::DateTime(d) => Cell::Text(d.to_string()),
        Data::Error(e) => Cell::Text(format!("#{e:?}")),
        Data::Empty => Cell::Empty,
    }
}

/// `text` if `sep` groups its digits in thousands (`1.234.567`): a first
/// group of one to three digits, then groups of exactly three. `12,3,4` or
/// `1.5.0` can be read more than one way, and is refused.
fn grouped(text: &str, sep: char) -> Option<&str> {
    let mut groups = text.trim_start_matches('-').split(sep);
    let first = groups.next()?;
    let ok = (1..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()));
    ok.then_some(text)
}

/// Reads a number the way people type it: `1,5`, `1.234,5`, `1,234.5`,
/// `93,75%`, `Rp 1.250.000`. `None` if it is not a number.
pub fn human_number(text: &str) -> Option<f64> {
    let mut t: String = text.trim().trim_end_matches('%').trim().to_string();
    if let Some(rest) = t.strip_prefix("Rp").or_else(|| t.strip_prefix("rp")) {
        t = rest.trim_start_matches('.').trim().to_string();
    }
    t.retain(|c| !c.is_whitespace() && c != '\u{a0}');
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-'))
    {
        return None;
    }
    // A minus sign only in front.
    if t[1..].contains('-') {
        return None;
    }
    let dots = t.matches('.').count();
    let commas = t.matches(',').count();
    let normal = match (dots, commas) {
        (0, 0) => t.clone(),
        (_, 0) if dots > 1 => grouped(&t, '.')?.replace('.', ""),
        (1, 0) => {
            // `1.234` is a thousands separator in Indonesian; `0.5` and `12.75` are decimals.
            let (int, frac) = t.split_once('.')?;
            let int_digits = int.trim_start_matches('-');
            if frac.len() == 3
                && !int_digits.is_empty()
                && !int_digits.starts_with('0')
                && int_digits.len() <= 3
            {
                t.replace('.', "")
            } else {
                t.clone()
            }
        }
        (0, _) if commas > 1 => grouped(&t, ',')?.replace(',', ""),
        (0, 1) => t.replace(',', "."),
        _ => {
            // Both: the later one is the decimal mark, written once; the
            // other groups thousands.
            let last_dot = t.rfind('.')?;
            let last_comma = t.rfind(',')?;
            let (decimal, thousands) = if last_comma > last_dot {
                (',', '.')
            } else {
                ('.', ',')
            };
            let (int, frac) = t.rsplit_once(decimal)?;
            if int.contains(decimal) || frac.contains(thousands) {
                return None;
            }
            format!("{}.{frac}", grouped(int, thousands)?.replace(thousands, ""))
        }
    };
    normal.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// Words that mean "not yet measured".
fn not_measured(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    t.is_empty() || crate::validate::NOT_MEASURED.contains(&t.as_str())
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

fn normalise_header(h: &str) -> String {
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

/// A line diff of `old` and `new` for showing what `--force` changes.
pub fn diff(old: &str, new: &str) -> String {
    let old_lines: Vec<&str> = old.lines().collect();
    let new_lines: Vec<&str> = new.lines().collect();
    let mut out = String::new();
    for l in &old_lines {
        if !new_lines.contains(l) {
            let _ = writeln!(out, "- {l}");
        }
    }
    for l in &new_lines {
        if !old_lines.contains(l) {
            let _ = writeln!(out, "+ {l}");
        }
    }
    out
}

/// What was at a path before an import, to put back if the import fails.
#[derive(Debug)]
pub struct Backup {
    /// The file the import writes.
    pub path: PathBuf,
    /// The file it replaces (the same path, or the `.md` report beside it)
    /// with its bytes.
    pub replaced: Option<(PathBuf, Vec<u8>)>,
}

/// Reads every file the import of `planned` into `content` would replace.
/// Fails, having touched nothing, if one of them cannot be read: a file
/// that cannot be read could not be put back.
pub fn backup(content: &Path, planned: &[Planned]) -> Result<Vec<Backup>, ImportError> {
    planned
        .iter()
        .map(|p| {
            let path = content.join(&p.path);
            let md = path.with_extension("md");
            let existing = [&path, &md]
                .into_iter()
                .find(|x| std::fs::symlink_metadata(x).is_ok());
            let replaced = match existing {
                None => None,
                Some(e) => {
                    let bytes = crate::files::read_regular(e, crate::load::MAX_FILE_BYTES)
                        .map_err(|err| ImportError::Read {
                            path: e.clone(),
                            message: format!("{err}; it would be replaced and could not be put back, so nothing was imported"),
                        })?;
                    Some((e.clone(), bytes))
                }
            };
            Ok(Backup { path, replaced })
        })
        .collect()
}

/// Writes the planned files. On any failure, puts back what was there
/// before (see [`restore`]) and returns the error.
pub fn write(planned: &[Planned], backups: &[Backup]) -> Result<(), ImportError> {
    for (p, b) in planned.iter().zip(backups) {
        let written = (|| {
            if let Some(parent) = b.path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&b.path, &p.yaml)?;
            // A Markdown report being replaced gives way to the YAML one.
            if let Some((old, _)) = &b.replaced
                && *old != b.path
            {
                std::fs::remove_file(old)?;
            }
            Ok::<(), std::io::Error>(())
        })();
        if let Err(err) = written {
            restore(backups);
            return Err(ImportError::Read {
                path: b.path.clone(),
                message: format!("cannot write: {err}; the files were put back as they were"),
            });
        }
    }
    Ok(())
}

/// Puts every backed-up file back as it was and removes the files the
/// import added. Returns what could not be put back, in words.
pub fn restore(backups: &[Backup]) -> Vec<String> {
    let mut failed = Vec::new();
    for b in backups {
        match &b.replaced {
            Some((old, bytes)) => {
                if *old != b.path {
                    let _ = std::fs::remove_file(&b.path);
                }
                if let Err(err) = std::fs::write(old, bytes) {
                    failed.push(format!("cannot put back `{}`: {err}", old.display()));
                }
            }
            None => {
                if let Err(err) = std::fs::remove_file(&b.path)
                    && err.kind() != std::io::ErrorKind::NotFound
                {
                    failed.push(format!("cannot remove `{}`: {err}", b.path.display()));
                }
            }
        }
    }
    failed
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
