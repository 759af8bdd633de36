//! The tables written as CSV, JSON (with its schema and data package) and
//! XLSX, with spreadsheet formulas neutralised.

use super::*;

/// Neutralises text a spreadsheet would run as a formula.
pub fn neutralise(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

pub(crate) fn number_text(n: f64) -> String {
    // Shortest representation that reads back to the same number.
    if n == n.trunc() && n.abs() < 1e15 {
        format!("{n:.0}")
    } else {
        n.to_string()
    }
}

/// The table as CSV: RFC 4180, UTF-8, CRLF line ends, a header row.
pub fn to_csv(table: &dyn Rows) -> Vec<u8> {
    // A byte-order mark first, so Excel on an Indonesian-locale computer
    // reads the file as UTF-8 (names keep their accents and dashes).
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let _ = w.write_record(table.columns().iter().map(|c| c.name));
    table.each(&mut |row| {
        let fields: Vec<String> = row
            .iter()
            .map(|cell| match cell {
                Cell::Text(s) => neutralise(s).into_owned(),
                // No output carries `inf` or `NaN`: a figure that is not
                // finite is no figure.
                Cell::Number(n) => n
                    .filter(|n| n.is_finite())
                    .map(number_text)
                    .unwrap_or_default(),
                Cell::Integer(n) => n.map(|n| n.to_string()).unwrap_or_default(),
                Cell::Bool(b) => b.to_string(),
            })
            .collect();
        let _ = w.write_record(&fields);
    });
    w.into_inner().unwrap_or_default()
}

/// A JSON document holding `tables`, with a pointer to its schema.
///
/// Written straight from the tables, without building a JSON tree first: the
/// site-wide document of a province runs to hundreds of megabytes as a tree.
/// Keys come in name order, as `serde_json::Map` writes them.
pub fn to_json(tables: &[&dyn Rows], title: &str, schema: &str, licence: Option<&str>) -> Vec<u8> {
    let mut entries: Vec<(&str, DocValue<'_>)> = vec![
        ("judul", DocValue::Text(title)),
        ("skema", DocValue::Text(schema)),
        ("lisensi", licence.map_or(DocValue::Null, DocValue::Text)),
    ];
    for t in tables {
        entries.retain(|(k, _)| *k != t.name());
        entries.push((t.name(), DocValue::Records(*t)));
    }
    entries.sort_by_key(|(k, _)| *k);
    // Compact: the site's document is the largest file published, and every
    // JSON reader indents it on request.
    let mut bytes = serde_json::to_vec(&Doc(entries)).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// The top level of a JSON document.
pub(crate) struct Doc<'a>(Vec<(&'a str, DocValue<'a>)>);

pub(crate) enum DocValue<'a> {
    Text(&'a str),
    Null,
    Records(&'a dyn Rows),
}

impl serde::Serialize for Doc<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            match v {
                DocValue::Text(t) => map.serialize_entry(k, t)?,
                DocValue::Null => map.serialize_entry(k, &())?,
                DocValue::Records(t) => map.serialize_entry(k, &Records(*t))?,
            }
        }
        map.end()
    }
}

/// A table as an array of records, one object per row.
pub(crate) struct Records<'a>(&'a dyn Rows);

impl serde::Serialize for Records<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        struct Record<'a>(&'a [Column], &'a [Cell], &'a [usize]);
        impl serde::Serialize for Record<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let Record(columns, row, order) = self;
                let mut map = s.serialize_map(Some(order.len()))?;
                for &i in *order {
                    match row.get(i) {
                        // A missing value is null, as the data dictionary says.
                        Some(Cell::Text(t)) if t.is_empty() => {
                            map.serialize_entry(columns[i].name, &())?;
                        }
                        Some(Cell::Text(t)) => map.serialize_entry(columns[i].name, t)?,
                        Some(Cell::Number(n)) => {
                            map.serialize_entry(columns[i].name, &n.filter(|n| n.is_finite()))?;
                        }
                        Some(Cell::Integer(n)) => map.serialize_entry(columns[i].name, n)?,
                        Some(Cell::Bool(b)) => map.serialize_entry(columns[i].name, b)?,
                        None => {}
                    }
                }
                map.end()
            }
        }
        let columns = self.0.columns();
        let mut order: Vec<usize> = (0..columns.len()).collect();
        order.sort_by_key(|&i| columns[i].name);
        order.dedup_by_key(|i| columns[*i].name);
        // The rows are made as they are written: their number is not known
        // before (serde_json writes the same bytes either way).
        let mut seq = s.serialize_seq(None)?;
        let mut failed = None;
        self.0.each(&mut |row| {
            if failed.is_none() {
                failed = seq.serialize_element(&Record(columns, row, &order)).err();
            }
        });
        match failed {
            Some(err) => Err(err),
            None => seq.end(),
        }
    }
}

/// A JSON Schema for the JSON documents.
pub fn json_schema() -> Vec<u8> {
    let record = |cols: &[Column]| {
        let mut props = Map::new();
        for c in cols {
            let ty = match c.kind {
                "integer" => json!(["integer", "null"]),
                "number" => json!(["number", "null"]),
                "boolean" => json!("boolean"),
                "date" => json!(["string", "null"]),
                _ => json!(["string", "null"]),
            };
            props.insert(
                c.name.into(),
                json!({ "type": ty, "description": c.description }),
            );
        }
        json!({ "type": "object", "properties": props, "required": cols.iter().map(|c| c.name).collect::<Vec<_>>() })
    };
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Data kinerja (Perjanjian Kinerja dan realisasi)",
        "type": "object",
        "properties": {
            "judul": { "type": "string" },
            "skema": { "type": "string" },
            "lisensi": { "type": ["string", "null"] },
            "kinerja": { "type": "array", "items": record(INDICATOR_COLUMNS) },
            "anggaran": { "type": "array", "items": record(BUDGET_COLUMNS) },
            "ringkasan": { "type": "array", "items": record(SUMMARY_COLUMNS) },
            "efisiensi": { "type": "array", "items": record(EFFICIENCY_COLUMNS) },
            "rencana": { "type": "array", "items": record(PLAN_COLUMNS) },
            "rencana_anggaran": { "type": "array", "items": record(PLAN_BUDGET_COLUMNS) }
        },
        "required": ["judul", "kinerja"]
    });
    let mut bytes = serde_json::to_vec_pretty(&schema).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// Rows from which a sheet is written in constant-memory mode.
pub(crate) const LARGE_SHEET: usize = 5_000;

/// The tables as an XLSX workbook with typed cells and formatted headers.
/// `created` fixes the document date so output is reproducible.
pub fn to_xlsx(tables: &[&dyn Rows], title: &str, created: Date) -> Vec<u8> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatBorder, Workbook};
    let mut wb = Workbook::new();
    let when = ExcelDateTime::from_ymd(
        u16::try_from(created.year).unwrap_or(2000),
        u8::try_from(created.month).unwrap_or(1),
        u8::try_from(created.day).unwrap_or(1),
    );
    let mut props = DocProperties::new().set_title(title).set_author("kinerja");
    if let Ok(when) = &when {
        props = props.set_creation_datetime(when);
    }
    wb.set_properties(&props);
    let header = Format::new()
        .set_bold()
        .set_background_color("#DDEBF7")
        .set_border_bottom(FormatBorder::Thin)
        .set_text_wrap();
    let decimal = Format::new().set_num_format("#,##0.00");
    let whole = Format::new().set_num_format("#,##0");
    // Years and quarters are labels, not amounts: no thousands separator
    // ("2025", never "2.025" on an Indonesian computer).
    let plain = Format::new().set_num_format("0");
    let day = Format::new().set_num_format("yyyy-mm-dd");
    // Figures "as written" (targets, realisations, baselines) are numbers in
    // the workbook when they are plain numbers; ranges and grades stay text.
    let as_written = |name: &str| {
        ["target", "realisasi", "kondisi_awal", "pembanding"]
            .iter()
            .any(|p| name.starts_with(p))
    };
    let label_like = |name: &str| name.starts_with("tahun") || name.contains("triwulan");
    for (i, t) in tables.iter().enumerate() {
        // A large sheet (the site-wide one) streams its rows through an
        // anonymous temporary file instead of holding every cell in memory:
        // for a regency that is 130 MB less at the build's peak.
        if !t.large() || wb.add_worksheet_with_constant_memory().is_err() {
            wb.add_worksheet();
        }
        let Ok(ws) = wb.worksheet_from_index(i) else {
            return Vec::new();
        };
        let _ = ws.set_name(t.name());
        let columns = t.columns();
        for (c, column) in columns.iter().enumerate() {
            let c = u16::try_from(c).unwrap_or(u16::MAX);
            let _ = ws.write_string_with_format(0, c, column.name, &header);
            let width = match column.kind {
                "string"
                    if matches!(
                        column.name,
                        "sasaran"
                            | "indikator"
                            | "nama"
                            | "keterangan"
                            | "kendala"
                            | "tindak_lanjut"
                    ) =>
                {
                    40.0
                }
                "string" => 16.0,
                _ => 14.0,
            };
            let _ = ws.set_column_width(c, width);
        }
        let mut rows = 0u32;
        t.each(&mut |row| {
            rows = rows.saturating_add(1);
            let r = rows;
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c).unwrap_or(u16::MAX);
                let column = columns.get(usize::from(c));
                let name = column.map_or("", |col| col.name);
                let _ = match cell {
                    Cell::Text(s) if s.is_empty() => Ok(&mut *ws),
                    Cell::Text(s) if column.is_some_and(|col| col.kind == "date") => {
                        match ExcelDateTime::parse_from_str(s) {
                            Ok(d) => ws.write_datetime_with_format(r, c, &d, &day),
                            Err(_) => ws.write_string(r, c, neutralise(s).as_ref()),
                        }
                    }
                    Cell::Text(s)
                        if as_written(name)
                            && s.parse::<f64>().is_ok_and(f64::is_finite)
                            && !s.starts_with(['+', '-']) =>
                    {
                        ws.write_number(r, c, s.parse::<f64>().unwrap_or_default())
                    }
                    Cell::Text(s) => ws.write_string(r, c, neutralise(s).as_ref()),
                    Cell::Number(Some(n)) if n.is_finite() => {
                        ws.write_number_with_format(r, c, *n, &decimal)
                    }
                    Cell::Number(Some(_)) => Ok(&mut *ws),
                    #[allow(clippy::cast_precision_loss)]
                    Cell::Integer(Some(n)) => ws.write_number_with_format(
                        r,
                        c,
                        *n as f64,
                        if label_like(name) { &plain } else { &whole },
                    ),
                    Cell::Number(None) | Cell::Integer(None) => Ok(&mut *ws),
                    Cell::Bool(b) => ws.write_boolean(r, c, *b),
                };
            }
        });
        let _ = ws.set_freeze_panes(1, 0);
        let last_col = u16::try_from(columns.len().saturating_sub(1)).unwrap_or(0);
        let _ = ws.autofilter(0, 0, rows, last_col);
    }
    wb.save_to_buffer().unwrap_or_default()
}

/// The Frictionless Data Package describing the site-wide CSV files.
pub fn datapackage(site: &Site, created: Date) -> Vec<u8> {
    let fields = |cols: &[Column]| -> Vec<Json> {
        cols.iter()
            .map(|c| json!({ "name": c.name, "type": c.kind, "description": c.description }))
            .collect()
    };
    let mut licences = Vec::new();
    if let Some(l) = &site.settings.licence {
        licences.push(json!({ "title": l }));
    }
    let pkg = json!({
        "profile": "tabular-data-package",
        "name": "kinerja",
        "title": format!("Data kinerja {}", site.settings.institution),
        "description": "Perjanjian Kinerja, realisasi triwulan (satu baris per indikator per triwulan), anggaran (satu baris per program/kegiatan) dan ringkasan (satu baris per unit per tahun).",
        "homepage": site.settings.base_url,
        "created": format!("{created}T00:00:00Z"),
        "licenses": licences,
        "resources": [
            {
                "name": "kinerja",
                "path": "kinerja.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": { "delimiter": ",", "lineTerminator": "\r\n", "header": true },
                "schema": { "fields": fields(INDICATOR_COLUMNS), "missingValues": [""] }
            },
            {
                "name": "anggaran",
                "path": "anggaran.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": { "delimiter": ",", "lineTerminator": "\r\n", "header": true },
                "schema": { "fields": fields(BUDGET_COLUMNS), "missingValues": [""] }
            },
            {
                "name": "ringkasan",
                "path": "ringkasan.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": { "delimiter": ",", "lineTerminator": "\r\n", "header": true },
                "schema": { "fields": fields(SUMMARY_COLUMNS), "missingValues": [""] }
            },
            {
                "name": "efisiensi",
                "path": "efisiensi.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": { "delimiter": ",", "lineTerminator": "\r\n", "header": true },
                "schema": { "fields": fields(EFFICIENCY_COLUMNS), "missingValues": [""] }
            },
            {
                "name": "rencana",
                "path": "rencana.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": { "delimiter": ",", "lineTerminator": "\r\n", "header": true },
                "schema": { "fields": fields(PLAN_COLUMNS), "missingValues": [""] }
            },
            {
                "name": "rencana_anggaran",
                "path": "rencana-anggaran.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": { "delimiter": ",", "lineTerminator": "\r\n", "header": true },
                "schema": { "fields": fields(PLAN_BUDGET_COLUMNS), "missingValues": [""] }
            }
        ]
    });
    let mut bytes = serde_json::to_vec_pretty(&pkg).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}
