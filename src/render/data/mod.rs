//! Open data: every figure of the site as CSV (RFC 4180), JSON and XLSX, with
//! a Frictionless Data Package describing the CSV files.
//!
//! One table definition ([`INDICATOR_COLUMNS`], [`BUDGET_COLUMNS`]) drives the
//! header of every format, the Table Schema and the data dictionary, so the
//! formats cannot drift apart. Text cells that a spreadsheet would read as a
//! formula (`=`, `+`, `-`, `@`, tab, CR) are prefixed with `'` in CSV and XLSX.

use super::view::Figures;
use crate::compute::{self, Achievement};
use crate::model::{
    Agreement, BudgetLevel, Date, NegativeFormula, Observation, Periodicity, PlanKind, PlanPlace,
    Polarity, Rollup, Site, Value,
};
use serde_json::{Map, Value as Json, json};

mod columns;
mod formats;
mod rows;
pub use columns::*;
pub use formats::*;
pub use rows::*;

/// A column of a published table.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Stable column name.
    pub name: &'static str,
    /// Table Schema type: `string`, `number`, `integer`, `boolean`, `date`.
    pub kind: &'static str,
    /// What the column holds.
    pub description: &'static str,
}

pub(crate) const fn col(
    name: &'static str,
    kind: &'static str,
    description: &'static str,
) -> Column {
    Column {
        name,
        kind,
        description,
    }
}

/// A cell value.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text (may be empty).
    Text(String),
    /// A number, or empty.
    Number(Option<f64>),
    /// A whole number, or empty.
    Integer(Option<i64>),
    /// True or false.
    Bool(bool),
}

/// A table: its columns and rows.
#[derive(Debug, Clone)]
pub struct Table {
    /// Sheet name and file stem (`kinerja`, `anggaran`).
    pub name: &'static str,
    /// Columns.
    pub columns: &'static [Column],
    /// Rows, each with one cell per column.
    pub rows: Vec<Vec<Cell>>,
}

/// The rows of a published table, handed out one at a time: the formats
/// read a table through this, so that the site-wide tables can be made as
/// they are written instead of held whole (a province's would take hundreds
/// of megabytes).
pub trait Rows: Sync {
    /// Sheet name and file stem.
    fn name(&self) -> &'static str;
    /// Columns.
    fn columns(&self) -> &'static [Column];
    /// Calls `row` with each row, in order.
    fn each(&self, row: &mut dyn FnMut(&[Cell]));
    /// Whether the table may be too large to hold whole (a workbook then
    /// streams its sheet through a temporary file).
    fn large(&self) -> bool;
    /// Writes what the table holds, every cell, into `w` (a fingerprint).
    fn describe(&self, w: &mut dyn std::fmt::Write) {
        let _ = write!(w, "{} {:?}", self.name(), self.columns());
        self.each(&mut |row| {
            let _ = write!(w, "{row:?}");
        });
    }
}

impl Rows for Table {
    fn name(&self) -> &'static str {
        self.name
    }
    fn columns(&self) -> &'static [Column] {
        self.columns
    }
    fn each(&self, row: &mut dyn FnMut(&[Cell])) {
        for r in &self.rows {
            row(r);
        }
    }
    fn large(&self) -> bool {
        self.rows.len() >= LARGE_SHEET
    }
}

/// A table whose rows are made as they are read, by `make` (which hands
/// each row to its argument): the site-wide tables, made one agreement at a
/// time for each format.
pub struct Made<F> {
    /// Sheet name and file stem.
    pub name: &'static str,
    /// Columns.
    pub columns: &'static [Column],
    /// Makes the rows, in order.
    pub make: F,
}

impl<F: Fn(&mut dyn FnMut(&[Cell])) + Sync> Rows for Made<F> {
    fn name(&self) -> &'static str {
        self.name
    }
    fn columns(&self) -> &'static [Column] {
        self.columns
    }
    fn each(&self, row: &mut dyn FnMut(&[Cell])) {
        (self.make)(row);
    }
    fn large(&self) -> bool {
        true
    }
}

pub(crate) fn round2(p: f64) -> f64 {
    (p * 100.0).round() / 100.0
}

pub(crate) fn machine(v: &Value) -> String {
    match v {
        Value::Number(n) => n.to_string(),
        Value::Range { low, high } => format!("{low}-{high}"),
        Value::Grade(g) => g.label.clone(),
    }
}

pub(crate) fn scalar(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => Some(*n),
        Value::Grade(g) => Some(f64::from(g.score)),
        Value::Range { .. } => None,
    }
}

pub(crate) fn percent(a: Option<Achievement>) -> Option<f64> {
    a.and_then(Achievement::percent).map(round2)
}

pub(crate) fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

pub(crate) fn date(d: Date) -> String {
    d.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        for bad in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralise(bad).starts_with('\''), "{bad}");
        }
        assert_eq!(neutralise("Sesuai rencana"), "Sesuai rencana");
    }

    const COLUMNS: &[Column] = &[col("a", "string", ""), col("b", "number", "")];

    #[test]
    fn csv_is_rfc4180() {
        let t = Table {
            name: "uji",
            columns: COLUMNS,
            rows: vec![
                vec![text("x, \"y\"\nz"), Cell::Number(Some(87.5))],
                vec![text("=1+1"), Cell::Number(None)],
            ],
        };
        let csv = String::from_utf8(to_csv(&t)).unwrap_or_default();
        assert_eq!(csv, "\u{feff}a,b\r\n\"x, \"\"y\"\"\nz\",87.5\r\n'=1+1,\r\n");
    }

    /// Small and large sheets (the large one streamed in constant-memory
    /// mode) read back with the same cells.
    #[test]
    fn small_and_large_workbooks_read_back() {
        use calamine::{Data, Reader};
        for n in [3, LARGE_SHEET + 1] {
            let t = Table {
                name: "uji",
                columns: COLUMNS,
                rows: (0..n)
                    .map(|i| {
                        vec![
                            text(format!("=baris {i}")),
                            Cell::Number(Some(i as f64 / 2.0)),
                        ]
                    })
                    .collect(),
            };
            let date = crate::model::Date {
                year: 2026,
                month: 7,
                day: 14,
            };
            let bytes = to_xlsx(&[&t], "uji", date);
            assert_eq!(bytes, to_xlsx(&[&t], "uji", date), "deterministic");
            let mut wb: calamine::Xlsx<_> =
                calamine::open_workbook_from_rs(std::io::Cursor::new(bytes))
                    .unwrap_or_else(|e| panic!("{e}"));
            let range = wb.worksheet_range("uji").unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(range.height(), n + 1);
            assert_eq!(range.get((0, 0)), Some(&Data::String("a".into())));
            assert_eq!(
                range.get((n, 0)),
                Some(&Data::String(format!("'=baris {}", n - 1)))
            );
            assert_eq!(range.get((n, 1)), Some(&Data::Float((n - 1) as f64 / 2.0)));
        }
    }
}
