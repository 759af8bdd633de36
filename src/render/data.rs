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
    Agreement, BudgetLevel, Date, NegativeFormula, Observation, Periodicity, Polarity, Rollup,
    Site, Value,
};
use serde_json::{Map, Value as Json, json};

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

const fn col(name: &'static str, kind: &'static str, description: &'static str) -> Column {
    Column {
        name,
        kind,
        description,
    }
}

/// Columns of the indicator table: one row per indicator and quarter.
pub const INDICATOR_COLUMNS: &[Column] = &[
    col("tahun", "integer", "Tahun Perjanjian Kinerja"),
    col("kode_unit", "string", "Id unit kerja (tetap)"),
    col("unit", "string", "Nama unit kerja"),
    col("id_sasaran", "string", "Id sasaran dalam PK"),
    col("sasaran", "string", "Rumusan sasaran"),
    col("id_indikator", "string", "Id indikator dalam sasaran"),
    col(
        "kunci",
        "string",
        "Kunci indikator dalam PK: id_sasaran/id_indikator",
    ),
    col("indikator", "string", "Nama indikator kinerja"),
    col("satuan", "string", "Satuan"),
    col("iku", "boolean", "Indikator Kinerja Utama"),
    col(
        "polaritas",
        "string",
        "positif (makin tinggi makin baik) atau negatif (makin rendah makin baik)",
    ),
    col(
        "rumus_negatif",
        "string",
        "Untuk polaritas negatif: linear ((2T-R)/T) atau inverse (T/R)",
    ),
    col("akumulasi", "string", "kondisi_akhir atau akumulasi"),
    col(
        "target_tahunan",
        "string",
        "Target tahunan seperti tertulis: angka, rentang (80-90) atau predikat (BB)",
    ),
    col("triwulan", "integer", "Triwulan 1-4"),
    col(
        "target_triwulan",
        "string",
        "Target triwulan seperti tertulis",
    ),
    col(
        "periodisitas",
        "string",
        "triwulanan, semesteran atau tahunan: kapan pengukuran jatuh tempo",
    ),
    col(
        "status",
        "string",
        "Pengukuran triwulan ini: terukur, belum_diukur (null atau belum dilaporkan), belum_jadwal_pengukuran (indikator semesteran/tahunan) atau belum_dilaksanakan (dinyatakan dalam konten)",
    ),
    col(
        "realisasi",
        "string",
        "Realisasi triwulan seperti tertulis (angka atau predikat)",
    ),
    col(
        "realisasi_angka",
        "number",
        "Realisasi triwulan sebagai angka (skor untuk predikat)",
    ),
    col(
        "realisasi_sd_triwulan",
        "number",
        "Realisasi s.d. triwulan (jumlah untuk akumulasi, nilai triwulan untuk kondisi akhir)",
    ),
    col(
        "capaian_triwulan_persen",
        "number",
        "Capaian terhadap target s.d. triwulan (%), dibulatkan 2 desimal",
    ),
    col(
        "capaian_tahunan_persen",
        "number",
        "Capaian terhadap target tahunan (%), dibulatkan 2 desimal",
    ),
    col(
        "dasar_capaian",
        "string",
        "Dasar status_capaian: target_sd_triwulan (rencana aksi) atau target_tahunan (bila tidak ada target triwulan)",
    ),
    col(
        "status_capaian",
        "string",
        "melampaui_target, tercapai, belum_tercapai (tahun belum ditutup), tidak_tercapai (TW IV dilaporkan), belum_diukur, belum_jadwal_pengukuran, belum_dilaksanakan atau tanpa_persentase",
    ),
    col(
        "kategori",
        "string",
        "Kategori capaian (bukan kategori nilai yang diukur), menurut dasar_capaian",
    ),
    col(
        "pembilang",
        "number",
        "Pembilang rumus, bila dicatat, agar realisasi dapat dihitung ulang",
    ),
    col("penyebut", "number", "Penyebut rumus, bila dicatat"),
    col(
        "capaian_resmi_persen",
        "number",
        "Capaian yang tercetak pada formulir resmi, bila dicatat (capaian_*_persen adalah hitung ulang)",
    ),
    col(
        "cek_data",
        "string",
        "Alasan angka ini perlu dicek, dipisah titik koma; kosong bila tidak ada",
    ),
    col("tanggal_laporan", "date", "Tanggal laporan realisasi"),
    col("keterangan", "string", "Keterangan"),
    col("kendala", "string", "Kendala"),
    col("tindak_lanjut", "string", "Tindak lanjut"),
    col(
        "bukti_dukung",
        "string",
        "Tautan bukti dukung, dipisah spasi",
    ),
    col(
        "direvisi",
        "date",
        "Tanggal realisasi ini menggantikan angka yang pernah dipublikasikan",
    ),
    col(
        "realisasi_sebelumnya",
        "string",
        "Angka yang pernah dipublikasikan: nilai (tanggal), dipisah titik koma",
    ),
];

/// Columns of the budget table: one row per budget line, with the
/// cumulative realisation of each quarter in its own column, so that no
/// figure repeats and a column sum means something.
pub const BUDGET_COLUMNS: &[Column] = &[
    col("tahun", "integer", "Tahun anggaran"),
    col("kode_unit", "string", "Id unit kerja (tetap)"),
    col("unit", "string", "Nama unit kerja"),
    col("kode", "string", "Kode program/kegiatan/sub kegiatan"),
    col("nama", "string", "Nama program/kegiatan/sub kegiatan"),
    col("level", "string", "program, kegiatan atau sub_kegiatan"),
    col(
        "kode_induk",
        "string",
        "Kode baris di atasnya dalam daftar (program dari kegiatan); kosong untuk baris teratas",
    ),
    col(
        "dalam_total",
        "boolean",
        "true bila baris ini dijumlahkan dalam total unit (baris teratas); baris di bawahnya sudah termasuk dalam induknya",
    ),
    col(
        "pagu",
        "integer",
        "Pagu baris ini (Rp). Jangan menjumlahkan kolom ini lintas tingkat: pakai pagu_dalam_total",
    ),
    col(
        "pagu_dalam_total",
        "integer",
        "Pagu bila dalam_total, selain itu kosong: jumlah kolom ini = total pagu yang benar",
    ),
    col(
        "realisasi_sd_tw1",
        "integer",
        "Realisasi kumulatif s.d. TW I (Rp)",
    ),
    col(
        "realisasi_sd_tw2",
        "integer",
        "Realisasi kumulatif s.d. TW II (Rp)",
    ),
    col(
        "realisasi_sd_tw3",
        "integer",
        "Realisasi kumulatif s.d. TW III (Rp)",
    ),
    col(
        "realisasi_sd_tw4",
        "integer",
        "Realisasi kumulatif s.d. TW IV (Rp)",
    ),
    col(
        "serapan_terakhir_persen",
        "number",
        "Serapan s.d. triwulan terakhir yang dilaporkan (%), dibulatkan 2 desimal",
    ),
    col(
        "daftar_lengkap",
        "boolean",
        "false bila PK menyatakan daftar anggaran hanya sebagian (total bukan pagu seluruhnya)",
    ),
];

/// Columns of the summary table: one row per unit and year, the headline
/// figures of its page.
pub const SUMMARY_COLUMNS: &[Column] = &[
    col("tahun", "integer", "Tahun Perjanjian Kinerja"),
    col("kode_unit", "string", "Id unit kerja (tetap)"),
    col("unit", "string", "Nama unit kerja"),
    col(
        "sd_triwulan",
        "integer",
        "Triwulan terakhir yang dilaporkan (kosong bila belum ada laporan)",
    ),
    col(
        "keadaan_tahun",
        "string",
        "belum_mulai, berjalan, ditutup (TW IV dilaporkan) atau terlambat",
    ),
    col(
        "rata_rata_periode_persen",
        "number",
        "Rata-rata sederhana capaian thd. target periode (target s.d. triwulan bila ada, selain itu target tahunan)",
    ),
    col(
        "rata_rata_tahunan_persen",
        "number",
        "Rata-rata sederhana capaian thd. target tahunan",
    ),
    col(
        "indikator_terukur",
        "integer",
        "Indikator yang masuk rata-rata (punya persentase)",
    ),
    col(
        "indikator_dasar_triwulan",
        "integer",
        "Indikator yang diukur thd. target triwulan (rencana aksi)",
    ),
    col("jumlah_indikator", "integer", "Semua indikator PK"),
    col(
        "tercapai",
        "integer",
        "Indikator tercapai atau melampaui target",
    ),
    col(
        "belum_tercapai",
        "integer",
        "Di bawah target, tahun belum ditutup",
    ),
    col(
        "tidak_tercapai",
        "integer",
        "Di bawah target, tahun ditutup",
    ),
    col(
        "belum_diukur",
        "integer",
        "Tanpa angka: belum diukur, belum jadwal pengukuran, atau belum dilaksanakan",
    ),
    col("tanpa_persentase", "integer", "Ada angka, tanpa persentase"),
    col("pagu", "integer", "Total pagu (baris teratas)"),
    col(
        "serapan_persen",
        "number",
        "Serapan s.d. triwulan terakhir dengan data anggaran (%)",
    ),
    col(
        "indeks_efisiensi",
        "number",
        "Capaian thd. target tahunan ÷ serapan (IE ≥ 1: efisien)",
    ),
];

/// Columns of the efficiency table: one row per unit-year (the whole unit)
/// and per objective that budget lines name, with what each figure counts.
pub const EFFICIENCY_COLUMNS: &[Column] = &[
    col("tahun", "integer", "Tahun anggaran"),
    col("kode_unit", "string", "Id unit kerja (tetap)"),
    col("unit", "string", "Nama unit kerja"),
    col(
        "id_sasaran",
        "string",
        "Sasaran yang dilayani baris anggaran; kosong untuk seluruh unit",
    ),
    col(
        "sd_triwulan",
        "integer",
        "Triwulan yang dicakup capaian dan serapan",
    ),
    col(
        "capaian_tahunan_persen",
        "number",
        "Rata-rata capaian thd. target tahunan (%)",
    ),
    col("indikator", "integer", "Indikator dalam rata-rata capaian"),
    col("serapan_persen", "number", "Serapan anggaran (%)"),
    col(
        "baris_anggaran",
        "integer",
        "Baris anggaran teratas yang dihitung (untuk sasaran: yang menyebut sasaran itu)",
    ),
    col(
        "indeks_efisiensi",
        "number",
        "capaian_tahunan_persen ÷ serapan_persen; ≥ 1 efisien",
    ),
    col("efisien_menurut_indeks", "boolean", "indeks_efisiensi ≥ 1"),
    col(
        "efisien_menurut_selisih",
        "boolean",
        "capaian − serapan > 5 poin",
    ),
];

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

fn round2(p: f64) -> f64 {
    (p * 100.0).round() / 100.0
}

fn machine(v: &Value) -> String {
    match v {
        Value::Number(n) => n.to_string(),
        Value::Range { low, high } => format!("{low}-{high}"),
        Value::Grade(g) => g.label.clone(),
    }
}

fn scalar(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => Some(*n),
        Value::Grade(g) => Some(f64::from(g.score)),
        Value::Range { .. } => None,
    }
}

fn percent(a: Option<Achievement>) -> Option<f64> {
    a.and_then(Achievement::percent).map(round2)
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn date(d: Date) -> String {
    d.to_string()
}

/// Indicator rows of one agreement.
pub fn indicator_rows(
    site: &Site,
    figures: &Figures,
    a: &Agreement,
    only: Option<&str>,
) -> Vec<Vec<Cell>> {
    let unit_name = site
        .unit(&a.unit)
        .map_or_else(|| a.unit.clone(), |u| u.name.clone());
    let Some(fig) = figures.get(&(a.unit.clone(), a.year)) else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    for ((o, i), (_, year)) in a.indicators().zip(&fig.indicators) {
        if only.is_some_and(|k| k != i.key) {
            continue;
        }
        for q in &year.quarters {
            let qi = usize::from(q.quarter - 1);
            let report = a.reports[qi].as_ref();
            let ir = report.and_then(|r| r.indicators.get(&i.key));
            let status = match (&q.realised, q.status) {
                (Some(Observation::Measured(_)), _) => "terukur",
                (_, compute::Status::NotDue(_)) => "belum_jadwal_pengukuran",
                (_, compute::Status::NotCarriedOut) => "belum_dilaksanakan",
                _ => "belum_diukur",
            };
            let measured = q.realised.as_ref().and_then(Observation::value);
            let category = q
                .current()
                .and_then(Achievement::percent)
                .and_then(|p| compute::category(&site.settings.categories, p))
                .map(|c| c.label.clone())
                .unwrap_or_default();
            rows.push(vec![
                Cell::Integer(Some(i64::from(a.year))),
                text(&a.unit),
                text(&unit_name),
                text(&o.id),
                text(&o.name),
                text(&i.id),
                text(&i.key),
                text(&i.name),
                text(&i.measure),
                Cell::Bool(i.iku),
                text(match i.polarity {
                    Polarity::Positive => "positif",
                    Polarity::Negative => "negatif",
                }),
                text(match (i.polarity, i.negative_formula) {
                    (Polarity::Positive, _) => "",
                    (_, NegativeFormula::Linear) => "linear",
                    (_, NegativeFormula::Inverse) => "inverse",
                }),
                text(match i.rollup {
                    Rollup::Last => "kondisi_akhir",
                    Rollup::Cumulative => "akumulasi",
                }),
                text(machine(&i.target)),
                Cell::Integer(Some(i64::from(q.quarter))),
                text(q.target.as_ref().map(machine).unwrap_or_default()),
                text(match i.periodicity {
                    Periodicity::Quarterly => "triwulanan",
                    Periodicity::Semester => "semesteran",
                    Periodicity::Annual => "tahunan",
                }),
                text(status),
                text(measured.map(machine).unwrap_or_default()),
                Cell::Number(measured.and_then(scalar)),
                Cell::Number(q.realised_to_date.as_ref().and_then(scalar)),
                Cell::Number(percent(q.against_quarter)),
                Cell::Number(percent(q.against_annual)),
                text(match q.basis {
                    Some(compute::Basis::QuarterTarget(_)) => "target_sd_triwulan",
                    Some(compute::Basis::Annual(_)) => "target_tahunan",
                    None => "",
                }),
                text(q.status.code()),
                text(category),
                Cell::Number(ir.and_then(|r| r.inputs).map(|x| x.numerator)),
                Cell::Number(ir.and_then(|r| r.inputs).map(|x| x.denominator)),
                Cell::Number(ir.and_then(|r| r.official_achievement)),
                text(flag_codes(&year.flags, q.quarter)),
                text(
                    report
                        .and_then(|r| r.reported_on)
                        .map(date)
                        .unwrap_or_default(),
                ),
                text(ir.and_then(|r| r.explanation.clone()).unwrap_or_default()),
                text(ir.and_then(|r| r.obstacles.clone()).unwrap_or_default()),
                text(ir.and_then(|r| r.follow_up.clone()).unwrap_or_default()),
                text(
                    ir.map(|r| {
                        r.evidence
                            .iter()
                            .map(|e| e.url.as_str())
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .unwrap_or_default(),
                ),
                text(ir.and_then(|r| r.revised_on).map(date).unwrap_or_default()),
                text(
                    ir.map(|r| {
                        r.revisions
                            .iter()
                            .map(|rev| {
                                let v = rev
                                    .value
                                    .value()
                                    .map_or_else(|| "belum_diukur".to_string(), machine);
                                format!("{v} ({})", rev.published_on)
                            })
                            .collect::<Vec<_>>()
                            .join("; ")
                    })
                    .unwrap_or_default(),
                ),
            ]);
        }
    }
    rows
}

/// Budget rows of one agreement: one per line.
pub fn budget_rows(site: &Site, figures: &Figures, a: &Agreement) -> Vec<Vec<Cell>> {
    let unit_name = site
        .unit(&a.unit)
        .map_or_else(|| a.unit.clone(), |u| u.name.clone());
    let Some(fig) = figures.get(&(a.unit.clone(), a.year)) else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    for (b, node) in a.budget.iter().zip(&fig.budget.nodes) {
        let latest = (0..4).rev().find_map(|q| node.absorption[q]);
        rows.push(vec![
            Cell::Integer(Some(i64::from(a.year))),
            text(&a.unit),
            text(&unit_name),
            text(&b.code),
            text(&b.name),
            text(match b.level {
                BudgetLevel::Program => "program",
                BudgetLevel::Kegiatan => "kegiatan",
                BudgetLevel::SubKegiatan => "sub_kegiatan",
            }),
            text(
                node.parent
                    .map(|p| a.budget[p].code.clone())
                    .unwrap_or_default(),
            ),
            Cell::Bool(node.top),
            Cell::Integer(Some(b.ceiling)),
            Cell::Integer(node.top.then_some(b.ceiling)),
            Cell::Integer(node.realised[0]),
            Cell::Integer(node.realised[1]),
            Cell::Integer(node.realised[2]),
            Cell::Integer(node.realised[3]),
            Cell::Number(latest.map(round2)),
            Cell::Bool(fig.budget.complete),
        ]);
    }
    rows
}

/// The summary row of one agreement.
pub fn summary_rows(site: &Site, figures: &Figures, a: &Agreement) -> Vec<Vec<Cell>> {
    let Some(f) = figures.get(&(a.unit.clone(), a.year)) else {
        return Vec::new();
    };
    let unit_name = site
        .unit(&a.unit)
        .map_or_else(|| a.unit.clone(), |u| u.name.clone());
    let count = |n: usize| Cell::Integer(i64::try_from(n).ok());
    vec![vec![
        Cell::Integer(Some(i64::from(a.year))),
        text(&a.unit),
        text(unit_name),
        Cell::Integer(f.latest_quarter.map(i64::from)),
        text(match f.state {
            compute::YearState::NotStarted => "belum_mulai",
            compute::YearState::Open(_) => "berjalan",
            compute::YearState::Closed => "ditutup",
            compute::YearState::Late { .. } => "terlambat",
        }),
        Cell::Number(f.period.value.map(round2)),
        Cell::Number(f.annual.value.map(round2)),
        count(f.period.measured),
        count(f.quarter_basis),
        count(f.counts.total),
        count(f.counts.met),
        count(f.counts.below - f.counts.not_met),
        count(f.counts.not_met),
        count(f.counts.unmeasured),
        count(f.counts.no_percent),
        Cell::Integer(Some(f.budget.ceiling)),
        Cell::Number(f.budget.latest().map(|(_, a)| round2(a))),
        Cell::Number(f.efficiency.and_then(|e| e.index).map(round2)),
    ]]
}

/// Efficiency rows of one agreement: the unit, then each objective.
pub fn efficiency_rows(site: &Site, figures: &Figures, a: &Agreement) -> Vec<Vec<Cell>> {
    let Some(f) = figures.get(&(a.unit.clone(), a.year)) else {
        return Vec::new();
    };
    let unit_name = site
        .unit(&a.unit)
        .map_or_else(|| a.unit.clone(), |u| u.name.clone());
    let count = |n: usize| Cell::Integer(i64::try_from(n).ok());
    f.efficiency
        .iter()
        .map(|e| (String::new(), e))
        .chain(f.objective_efficiency.iter().map(|(o, e)| (o.clone(), e)))
        .map(|(objective, e)| {
            vec![
                Cell::Integer(Some(i64::from(a.year))),
                text(&a.unit),
                text(&unit_name),
                text(objective),
                Cell::Integer(Some(i64::from(e.quarter))),
                Cell::Number(Some(round2(e.achievement))),
                count(e.indicators),
                Cell::Number(Some(round2(e.absorption))),
                count(e.lines),
                Cell::Number(e.index.map(round2)),
                e.efficient_by_index()
                    .map_or(Cell::Text(String::new()), Cell::Bool),
                Cell::Bool(e.efficient_by_difference()),
            ]
        })
        .collect()
}

/// Machine words of the flags that concern quarter `q` (or the whole year).
fn flag_codes(flags: &[compute::Flag], q: u8) -> String {
    use compute::Flag;
    flags
        .iter()
        .filter_map(|f| match f {
            Flag::AboveCeiling { quarter, .. } if *quarter == q => Some("di_atas_batas_wajar"),
            Flag::ShareAbove100 { quarter, .. } if *quarter == q => Some("persen_di_atas_100"),
            Flag::LooksLikeFraction { quarter, .. } if *quarter == q => Some("tampak_pecahan"),
            Flag::OfficialDiffers { quarter, .. } if *quarter == q => {
                Some("berbeda_dari_angka_resmi")
            }
            Flag::InputsDisagree { quarter, .. } if *quarter == q => {
                Some("pembilang_penyebut_tidak_cocok")
            }
            Flag::LooksCumulative { .. } => Some("tampak_sudah_kumulatif"),
            Flag::TargetsDoNotAdd { .. } => Some("target_triwulan_tidak_sesuai"),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Neutralises text a spreadsheet would run as a formula.
pub fn neutralise(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

fn number_text(n: f64) -> String {
    // Shortest representation that reads back to the same number.
    if n == n.trunc() && n.abs() < 1e15 {
        format!("{n:.0}")
    } else {
        n.to_string()
    }
}

/// The table as CSV: RFC 4180, UTF-8, CRLF line ends, a header row.
pub fn to_csv(table: &Table) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let _ = w.write_record(table.columns.iter().map(|c| c.name));
    for row in &table.rows {
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
    }
    w.into_inner().unwrap_or_default()
}

/// A JSON document holding `tables`, with a pointer to its schema.
///
/// Written straight from the tables, without building a JSON tree first: the
/// site-wide document of a province runs to hundreds of megabytes as a tree.
/// Keys come in name order, as `serde_json::Map` writes them.
pub fn to_json(tables: &[&Table], title: &str, licence: Option<&str>) -> Vec<u8> {
    let mut entries: Vec<(&str, DocValue<'_>)> = vec![
        ("judul", DocValue::Text(title)),
        (
            "skema",
            DocValue::Text("https://kinerja.example/skema/v1 (lihat data/skema.json)"),
        ),
        ("lisensi", licence.map_or(DocValue::Null, DocValue::Text)),
    ];
    for t in tables {
        entries.retain(|(k, _)| *k != t.name);
        entries.push((t.name, DocValue::Records(t)));
    }
    entries.sort_by_key(|(k, _)| *k);
    let mut bytes = serde_json::to_vec_pretty(&Doc(entries)).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// The top level of a JSON document.
struct Doc<'a>(Vec<(&'a str, DocValue<'a>)>);

enum DocValue<'a> {
    Text(&'a str),
    Null,
    Records(&'a Table),
}

impl serde::Serialize for Doc<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            match v {
                DocValue::Text(t) => map.serialize_entry(k, t)?,
                DocValue::Null => map.serialize_entry(k, &())?,
                DocValue::Records(t) => map.serialize_entry(k, &Records(t))?,
            }
        }
        map.end()
    }
}

/// A table as an array of records, one object per row.
struct Records<'a>(&'a Table);

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
        let columns = self.0.columns;
        let mut order: Vec<usize> = (0..columns.len()).collect();
        order.sort_by_key(|&i| columns[i].name);
        order.dedup_by_key(|i| columns[*i].name);
        let mut seq = s.serialize_seq(Some(self.0.rows.len()))?;
        for row in &self.0.rows {
            seq.serialize_element(&Record(columns, row, &order))?;
        }
        seq.end()
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
            "efisiensi": { "type": "array", "items": record(EFFICIENCY_COLUMNS) }
        },
        "required": ["judul", "kinerja"]
    });
    let mut bytes = serde_json::to_vec_pretty(&schema).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// Rows from which a sheet is written in constant-memory mode.
const LARGE_SHEET: usize = 5_000;

/// The tables as an XLSX workbook with typed cells and formatted headers.
/// `created` fixes the document date so output is reproducible.
pub fn to_xlsx(tables: &[&Table], title: &str, created: Date) -> Vec<u8> {
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
    for (i, t) in tables.iter().enumerate() {
        // A large sheet (the site-wide one) streams its rows through an
        // anonymous temporary file instead of holding every cell in memory:
        // for a regency that is 130 MB less at the build's peak.
        if t.rows.len() < LARGE_SHEET || wb.add_worksheet_with_constant_memory().is_err() {
            wb.add_worksheet();
        }
        let Ok(ws) = wb.worksheet_from_index(i) else {
            return Vec::new();
        };
        let _ = ws.set_name(t.name);
        for (c, column) in t.columns.iter().enumerate() {
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
        for (r, row) in t.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c).unwrap_or(u16::MAX);
                let _ = match cell {
                    Cell::Text(s) if s.is_empty() => Ok(&mut *ws),
                    Cell::Text(s) => ws.write_string(r, c, neutralise(s).as_ref()),
                    Cell::Number(Some(n)) if n.is_finite() => {
                        ws.write_number_with_format(r, c, *n, &decimal)
                    }
                    Cell::Number(Some(_)) => Ok(&mut *ws),
                    #[allow(clippy::cast_precision_loss)]
                    Cell::Integer(Some(n)) => ws.write_number_with_format(r, c, *n as f64, &whole),
                    Cell::Number(None) | Cell::Integer(None) => Ok(&mut *ws),
                    Cell::Bool(b) => ws.write_boolean(r, c, *b),
                };
            }
        }
        let _ = ws.set_freeze_panes(1, 0);
        let last_row = u32::try_from(t.rows.len()).unwrap_or(0);
        let last_col = u16::try_from(t.columns.len().saturating_sub(1)).unwrap_or(0);
        let _ = ws.autofilter(0, 0, last_row, last_col);
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
            }
        ]
    });
    let mut bytes = serde_json::to_vec_pretty(&pkg).unwrap_or_default();
    bytes.push(b'\n');
    bytes
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
        assert_eq!(csv, "a,b\r\n\"x, \"\"y\"\"\nz\",87.5\r\n'=1+1,\r\n");
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
