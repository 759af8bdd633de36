//! Reading a sheet: CSV or a workbook (bounded before it is unpacked, read
//! cell by cell), and numbers as people type them, refused when they read
//! more than one way.

use super::*;

/// A cell as read.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    Number(f64),
    Text(String),
    Empty,
}

impl Cell {
    /// A text cell, without the invisible characters `kinerja check`
    /// refuses (spreadsheets carry them over from PDFs and other systems).
    pub(crate) fn text_of(s: &str) -> Cell {
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

    pub(crate) fn text(&self) -> String {
        match self {
            Cell::Number(n) => n.to_string(),
            Cell::Text(t) => t.trim().to_string(),
            Cell::Empty => String::new(),
        }
    }
}

/// Spreadsheet column letter for a 0-based index.
pub(crate) fn letter(mut col: usize) -> String {
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
pub(crate) fn read_rows(path: &Path, bytes: &[u8]) -> Result<Vec<Vec<Cell>>, ImportError> {
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
pub(crate) const MAX_SHEET_BYTES: u64 = 32 * 1024 * 1024;

/// Most rows, columns and cells a sheet to import may have: a quarter's
/// realisation of a whole province is a few thousand rows.
pub(crate) const MAX_ROWS: usize = 100_000;
pub(crate) const MAX_COLUMNS: usize = 200;
pub(crate) const MAX_CELLS: usize = 2_000_000;
/// Most bytes a spreadsheet file may unpack to, and most parts it may hold.
pub(crate) const MAX_UNPACKED: u64 = 128 * 1024 * 1024;
pub(crate) const MAX_PARTS: usize = 10_000;

pub(crate) fn too_big() -> String {
    format!(
        "the sheet is too large to be a realisation table (at most {MAX_ROWS} rows, {MAX_COLUMNS} columns and {MAX_CELLS} cells); keep only the realisation table in the first sheet"
    )
}

/// Unpacks every part of the zip archive `bytes` into nothing, counting,
/// and stops at [`MAX_UNPACKED`] bytes: the sizes an archive declares may
/// lie, the bytes it unpacks to do not.
pub(crate) fn check_unpacked_size(bytes: &[u8]) -> Result<(), String> {
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
pub(crate) fn cell_of(c: calamine::Data) -> Cell {
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
pub(crate) fn grouped(text: &str, sep: char) -> Option<&str> {
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
pub(crate) fn not_measured(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    t.is_empty() || crate::validate::NOT_MEASURED.contains(&t.as_str())
}
