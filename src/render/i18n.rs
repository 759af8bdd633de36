//! Every word the site shows, in Indonesian and English. Templates read them as
//! `t.key`; code that builds sentences uses [`Labels::get`].

use super::format::Lang;
use std::collections::BTreeMap;

/// Declares the labels: `(key, Indonesian, English)`. Each key becomes a
/// [`Label`], so code that names a label that does not exist does not
/// compile; templates read the same keys as `t.key` (a test checks them).
macro_rules! labels {
    ($( ($key:ident, $id:expr, $en:expr) ),* $(,)?) => {
        /// A word of the site, by its key in the translation table.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Label { $(
            #[doc = $en]
            $key
        ),* }

        impl Label {
            /// The key, as templates write it (`t.key`).
            pub fn key(self) -> &'static str {
                match self { $(Label::$key => stringify!($key)),* }
            }
        }

        /// (key, Indonesian, English).
        const LABELS: &[(&str, &str, &str)] = &[ $( (stringify!($key), $id, $en) ),* ];
    };
}

#[rustfmt::skip]
labels! {
    (site_title, "Akuntabilitas Kinerja", "Performance Accountability"),
    (skip, "Langsung ke isi", "Skip to content"),
    (menu, "Menu utama", "Main menu"),
    (home, "Beranda", "Home"),
    (units, "Perangkat Daerah", "Units"),
    (unit, "Unit Kerja", "Unit"),
    (years, "Tahun", "Years"),
    (year, "Tahun", "Year"),
    (tree, "Pohon Kinerja", "Performance tree"),
    (methodology, "Metodologi", "Methodology"),
    (example_banner, "Data contoh: semua instansi, nama dan angka di situs ini fiktif.", "Example data: every institution, name and figure on this site is fictional."),
    (agreement, "Perjanjian Kinerja", "Performance Agreement"),
    (agreement_year, "Perjanjian Kinerja Tahun", "Performance Agreement for"),
    (objective, "Sasaran", "Objective"),
    (indicator, "Indikator Kinerja", "Performance indicator"),
    (indicators, "Indikator Kinerja", "Performance indicators"),
    (measure, "Satuan", "Unit of measure"),
    (target, "Target", "Target"),
    (target_and_realisation, "Target dan realisasi", "Target and realisation"),
    (annual_target, "Target tahunan", "Annual target"),
    (realisation, "Realisasi", "Realisation"),
    (achievement, "Capaian", "Achievement"),
    (achievement_quarter, "Capaian thd. target triwulan", "Achievement vs. quarter target"),
    (achievement_annual, "Capaian thd. target tahunan", "Achievement vs. annual target"),
    (category, "Kategori", "Category"),
    (quarter, "Triwulan", "Quarter"),
    (tw, "TW", "Q"),
    (up_to, "s.d.", "up to"),
    (budget, "Anggaran", "Budget"),
    (ceiling, "Pagu", "Ceiling"),
    (budget_realised, "Realisasi Anggaran", "Budget realised"),
    (absorption, "Serapan", "Absorption"),
    (efficiency, "Efisiensi", "Efficiency"),
    (efficiency_index, "Indeks efisiensi", "Efficiency index"),
    (explanation, "Keterangan", "Explanation"),
    (obstacles, "Kendala", "Obstacles"),
    (follow_up, "Tindak Lanjut", "Follow-up"),
    (evidence, "Bukti Dukung", "Evidence"),
    (responsible, "Penanggung Jawab", "Responsible"),
    (definition, "Definisi", "Definition"),
    (formula, "Rumus perhitungan", "Formula"),
    (data_source, "Sumber data", "Data source"),
    (polarity, "Polaritas", "Polarity"),
    (polarity_positive, "Makin tinggi makin baik", "Higher is better"),
    (polarity_negative, "Makin rendah makin baik", "Lower is better"),
    (rollup, "Metode akumulasi", "Roll-up"),
    (rollup_last, "Kondisi akhir (nilai triwulan terakhir)", "Last value (latest quarter)"),
    (rollup_cumulative, "Akumulasi (jumlah triwulan)", "Cumulative (sum of quarters)"),
    (iku, "IKU", "Key indicator"),
    (not_measured, "Belum diukur", "Not yet measured"),
    (not_due, "belum jadwal pengukuran", "not due"),
    (not_reported, "Belum dilaporkan", "Not reported"),
    (no_percent_zero, "Target 0: capaian tidak dapat dihitung sebagai persentase", "Target 0: no percentage can be computed"),
    (no_percent, "Tidak dapat dihitung", "Cannot be computed"),
    (exceeded, "Melampaui target", "Exceeded target"),
    (first_party, "Pihak Pertama", "First party"),
    (second_party, "Pihak Kedua", "Second party"),
    (signed, "Ditandatangani", "Signed"),
    (total, "Jumlah", "Total"),
    (no, "No", "No"),
    (program, "Program", "Programme"),
    (kegiatan, "Kegiatan", "Activity"),
    (sub_kegiatan, "Sub Kegiatan", "Sub-activity"),
    (level, "Eselon", "Level"),
    (position, "Jabatan", "Position"),
    (head, "Pimpinan", "Head"),
    (parent, "Unit di atasnya", "Reports to"),
    (children, "Unit di bawahnya", "Units below"),
    (years_available, "Tahun tersedia", "Years available"),
    (latest_data, "Data s.d.", "Data up to"),
    (updated, "diperbarui", "updated"),
    (overall, "Capaian rata-rata", "Average achievement"),
    (mean_note, "rata-rata sederhana (tidak berbobot) capaian indikator", "plain (unweighted) mean of the indicators' achievements"),
    (sakip_history, "Riwayat nilai evaluasi SAKIP", "SAKIP evaluation history"),
    (score, "Nilai", "Score"),
    (predicate, "Predikat", "Predicate"),
    (at_a_glance, "Capaian perangkat daerah", "Units at a glance"),
    (last_update, "Pembaruan terakhir", "Last update"),
    (reported_on, "Tanggal laporan", "Reported on"),
    (late, "Belum menyampaikan laporan", "Not yet reported"),
    (history, "Riwayat", "History"),
    (revision_history, "Riwayat revisi", "Revision history"),
    (revision_none, "Tidak ada revisi yang tercatat: setiap angka di halaman ini adalah angka yang pertama dipublikasikan, menurut data sumber.", "No revision is recorded: every figure on this page is the one first published, according to the source data."),
    (revision_date, "Tanggal", "Date"),
    (revision_what, "Angka", "Figure"),
    (revision_before, "Sebelumnya", "Before"),
    (revision_after, "Menjadi", "After"),
    (revision_note, "Alasan", "Reason"),
    (supports, "Mendukung", "Supports"),
    (supported_by, "Didukung oleh", "Supported by"),
    (compare, "Perbandingan antar perangkat daerah", "All units compared"),
    (sort_by, "Urutkan", "Sort by"),
    (sort_org, "Struktur organisasi", "Organisation"),
    (sort_achievement, "Capaian tertinggi", "Highest achievement"),
    (sort_absorption, "Serapan tertinggi", "Highest absorption"),
    (distribution, "Sebaran kategori capaian", "Distribution by category"),
    (count, "Jumlah", "Count"),
    (chart_data, "Data grafik", "Chart data"),
    (narrative, "Analisis", "Analysis"),
    (background, "Narasi", "Narrative"),
    (unlinked, "Belum terhubung ke pohon kinerja", "Not linked to the tree"),
    (page_not_found, "Halaman tidak ditemukan", "Page not found"),
    (not_found_text, "Alamat yang Anda buka tidak ada di situs ini.", "The address you opened does not exist on this site."),
    (back_home, "Kembali ke beranda", "Back to the home page"),
    (acting_plt, "Plt.", "Acting"),
    (acting_plh, "Plh.", "Acting (daily)"),
    (print, "Cetak", "Print"),
    (efficient, "efisien", "efficient"),
    (not_efficient, "belum efisien", "not efficient"),
    (status_met, "Tercapai", "Met"),
    (status_exceeded, "Melampaui target", "Exceeded"),
    (status_below, "Belum tercapai", "Not yet met"),
    (status_not_met, "Tidak tercapai", "Not met"),
    (status_not_carried_out, "Belum dilaksanakan", "Not carried out"),
    (status_no_percent, "Tanpa persentase", "No percentage"),
    (status_annual, "Diukur tahunan", "Measured yearly"),
    (status_semester, "Diukur per semester", "Measured per semester"),
    (category_prefix, "capaian", "achievement"),
    (basis_quarter, "thd. target s.d.", "vs. target up to"),
    (basis_quarter_note, "rencana aksi", "action plan"),
    (basis_annual, "thd. target tahunan", "vs. annual target"),
    (basis_period, "Rata-rata capaian thd. target periode", "Mean achievement vs. the period's target"),
    (basis_period_note, "target triwulan s.d. triwulan terakhir bila ada (rencana aksi), selain itu target tahunan", "quarterly target to date where there is one (action plan), otherwise the annual target"),
    (basis_annual_mean, "Rata-rata capaian thd. target tahunan", "Mean achievement vs. the annual target"),
    (of, "dari", "of"),
    (status, "Status", "Status"),
    (summary, "Ringkasan per unit dan tahun", "Summary per unit and year"),
    (summary_short, "Ringkasan", "Summary"),
    (all_years, "semua tahun", "all years"),
    (ranking_basis, "Urutan dan perbandingan antarunit memakai rata-rata capaian thd. target periode untuk setiap unit; unit yang datanya berhenti di triwulan lain ditandai tebal di kolom pembaruan.", "Rankings and comparisons use every unit's mean achievement vs. the period's target; units whose data runs to another quarter are marked in bold in the update column."),
    (periodicity, "Periodisitas pengukuran", "Measured"),
    (per_objective, "per sasaran", "per objective"),
    (indicators_measured, "indikator terukur", "indicators measured"),
    (indicators_lc, "indikator", "indicators"),
    (count_met, "tercapai", "met"),
    (count_below, "belum tercapai", "not yet met"),
    (count_not_met, "tidak tercapai", "not met"),
    (count_unmeasured, "belum diukur", "not yet measured"),
    (count_no_percent, "tanpa persentase", "without a percentage"),
    (state_open, "Tahun berjalan: data s.d.", "Year in progress: data up to"),
    (state_closed, "Tahun ditutup: Triwulan IV telah dilaporkan", "Year closed: Quarter IV reported"),
    (state_not_started, "Belum ada laporan realisasi", "No realisation report yet"),
    (state_late, "Terlambat: laporan", "Late: the report for"),
    (state_late_tail, "belum diterima", "has not been received"),
    (late_mark, "terlambat", "late"),
    (attention, "Perlu perhatian", "Needs attention"),
    (attention_note, "Unit kerja yang laporannya terlambat, yang indikatornya di bawah target triwulannya sendiri (rencana aksi s.d. triwulan yang dilaporkan) atau tidak tercapai setelah Triwulan IV, atau yang angkanya perlu dicek. Indikator yang hanya bertarget tahunan baru dinilai di sini setelah tahun ditutup.", "Units whose report is late, whose indicators are below their own quarterly target (the action plan up to the quarter reported) or not met after Quarter IV, or whose figures need checking. Indicators with only an annual target are judged here once the year is closed."),
    (attention_none, "Tidak ada unit kerja dengan laporan terlambat, indikator di bawah target triwulannya atau tidak tercapai, atau angka yang perlu dicek.", "No unit has a late report, an indicator below its quarterly target or not met, or a figure to check."),
    (attention_behind, "di bawah target triwulan (rencana aksi) s.d.", "below the quarterly target (action plan) up to"),
    (attention_flagged, "indikator dengan angka yang perlu dicek", "indicators with figures to check"),
    (attention_more, "unit kerja lain juga perlu perhatian; lihat", "more units also need attention; see"),
    (check_data, "cek data", "check the data"),
    (not_stated, "tidak tercantum", "not stated"),
    (date_not_stated, "tanggal tidak tercantum", "date not stated"),
    (place_not_stated, "tempat tidak tercantum", "place not stated"),
    (official, "angka resmi", "official figure"),
    (recomputed, "dihitung ulang", "recomputed"),
    (inputs, "dari", "from"),
    (budget_incomplete, "Daftar anggaran tidak lengkap: hanya sebagian program/kegiatan yang dicantumkan; total bukan pagu seluruhnya.", "The budget list is incomplete: only some lines were transcribed; the total is not the whole ceiling."),
    (budget_total_note, "Total menjumlahkan baris teratas saja (baris di bawahnya sudah termasuk di dalamnya).", "The total adds the top lines only (the lines below them are part of them)."),
    (level_total, "Jumlah per tingkat", "Total per level"),
    (lines, "baris", "lines"),
    (efficiency_basis, "Dihitung dari", "Computed from"),
    (latest_results, "Hasil tahun", "Results of"),
    (progress_year, "Kemajuan tahun berjalan", "Progress this year"),
    (licence, "Lisensi data", "Data licence"),
    (generated_by, "Dibuat dengan kinerja", "Built with kinerja"),
    (data, "Data Terbuka", "Open data"),
    (downloads, "Unduh data", "Download the data"),
    (format, "Format", "Format"),
    (size, "Ukuran", "Size"),
    (contents, "Isi", "Contents"),
    (dictionary, "Kamus data", "Data dictionary"),
    (column, "Kolom", "Column"),
    (column_type, "Jenis", "Type"),
    (data_intro, "Semua angka di situs ini dapat diunduh: CSV (RFC 4180, UTF-8, titik desimal), JSON dan XLSX, satu baris per indikator per triwulan.", "Every figure on this site can be downloaded: CSV (RFC 4180, UTF-8, decimal point), JSON and XLSX, one row per indicator and quarter."),
    (per_unit_year, "Per perangkat daerah dan tahun", "Per unit and year"),
    (whole_site, "Seluruh data", "All data"),
    (feed, "umpan Atom", "Atom feed"),
    (search, "Cari", "Search"),
    (revised, "direvisi", "revised"),
    (previously, "sebelumnya", "previously"),
    (published, "dipublikasikan", "published"),
    (revision_of, "Revisi realisasi", "Revised realisation"),
    (moved, "Halaman ini telah pindah ke", "This page has moved to"),
    (chart_page, "halaman grafik", "chart page"),
    (charts, "Grafik", "Charts"),
    (embed, "Sematkan grafik ini", "Embed this chart"),
    (embed_hint, "Salin kode berikut ke halaman Anda:", "Copy this code into your page:"),
    (source, "Sumber", "Source"),
    (print_doc, "Cetak PK dan realisasinya", "Print the agreement and its realisation"),
    (print_hint, "Gunakan menu Cetak peramban; lampiran dicetak mendatar.", "Use the browser's Print menu; the annexes print in landscape."),
    (annex, "LAMPIRAN", "ANNEX TO THE"),
    (name, "Nama", "Name"),
    (pk_opening, "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:", "In order to achieve effective, transparent, accountable and results-oriented government, we the undersigned:"),
    (pk_first_party, "selanjutnya disebut pihak pertama;", "hereinafter the first party;"),
    (pk_second_party, "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.", "as the superior of the first party, hereinafter the second party."),
    (pk_promise, "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.", "The first party undertakes to achieve the performance targets in the annex to this agreement, towards the medium-term targets set in the planning documents. Success or failure in reaching them is our responsibility."),
    (pk_supervise, "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.", "The second party will supervise, evaluate the performance achieved under this agreement and take the action needed to reward or sanction it."),
    (search_label, "Cari perangkat daerah, indikator, sasaran atau program", "Search units, indicators, objectives or programmes"),
    (results, "hasil", "results"),
    (az, "Indeks A–Z", "A–Z index"),
    (entries, "entri", "entries"),
    (feeds, "Umpan berita (Atom)", "News feeds (Atom)"),
    (plans, "Rencana Lima Tahun", "Five-year plans"),
    (documents, "Dokumen", "Documents"),
    (timeliness, "Ketepatan Waktu", "Timeliness"),
    (evaluations, "Evaluasi SAKIP", "SAKIP evaluations"),
    (plan, "Rencana", "Plan"),
    (rpjmd, "RPJMD", "RPJMD (regional medium-term plan)"),
    (renstra, "Renstra", "Renstra (strategic plan)"),
    (period, "Periode", "Period"),
    (legal_basis, "Dasar hukum", "Adopted by"),
    (goal, "Tujuan", "Goal"),
    (goals, "Tujuan dan sasaran", "Goals and objectives"),
    (goal_indicator, "Indikator tujuan", "Goal indicator"),
    (programmes, "Program dan kegiatan", "Programmes and activities"),
    (programme, "Program/kegiatan", "Programme/activity"),
    (code, "Kode", "Code"),
    (level_program, "Program", "Programme"),
    (level_kegiatan, "Kegiatan", "Activity"),
    (level_sub_kegiatan, "Sub kegiatan", "Sub-activity"),
    (indicative_budget, "Pagu indikatif", "Indicative budget"),
    (indicative_budget_years, "Pagu indikatif per tahun (Rp)", "Indicative budget per year (Rp)"),
    (baseline, "Kondisi awal", "Baseline"),
    (end_target, "Target akhir periode", "End-of-period target"),
    (plan_target, "Target rencana", "Plan target"),
    (targets_per_year, "Target dan realisasi per tahun", "Targets and realisations per year"),
    (latest_final, "Realisasi akhir tahun terakhir", "Latest final realisation"),
    (against_end, "Capaian thd. target akhir", "Achievement vs. end target"),
    (progress, "Status kemajuan", "Progress status"),
    (progress_achieved, "Target akhir tercapai", "End target met"),
    (progress_on_course, "Akan tercapai", "On course"),
    (progress_needs_effort, "Perlu usaha keras", "Needs effort"),
    (progress_off_course, "Sulit tercapai", "Off course"),
    (progress_unassessable, "Belum dapat dinilai", "Not yet assessable"),
    (progress_no_final_year, "belum ada realisasi akhir tahun dalam periode ini", "no final year-end figure in the period yet"),
    (progress_no_baseline, "rencana tidak mencantumkan kondisi awal", "the plan gives no baseline"),
    (progress_no_target, "rencana tidak mencantumkan target tahun itu maupun target akhir", "the plan gives no target for that year or the end"),
    (progress_not_comparable, "angka berupa rentang atau tidak sejenis", "the figures are ranges or of different kinds"),
    (progress_basis, "realisasi {year} dibanding lintasan dari kondisi awal ke target {year}", "the {year} realisation against the path from the baseline to the {year} target"),
    (progress_basis_end, "realisasi {year} dibanding target akhir periode", "the {year} realisation against the end-of-period target"),
    (implemented_by, "Dilaksanakan melalui", "Implemented through"),
    (not_implemented, "Belum ada Perjanjian Kinerja yang melaksanakan indikator ini.", "No performance agreement implements this indicator yet."),
    (agreement_target, "Target PK", "Agreement target"),
    (plan_link, "Indikator rencana", "Plan indicator"),
    (plan_target_year, "Target rencana tahun ini", "Plan target for the year"),
    (plan_differs, "Target PK berbeda dari target rencana", "The agreement target differs from the plan target"),
    (no_reason_given, "alasan tidak dicatat", "no reason recorded"),
    (amendment, "PK Perubahan", "Amended agreement"),
    (amended_on, "ditandatangani", "signed"),
    (signed_target, "Target awal (PK ditandatangani)", "Target as first signed"),
    (revised_target, "Target PK Perubahan", "Revised target"),
    (amendment_basis, "Setiap capaian dihitung terhadap target PK Perubahan; target awal tetap dicantumkan.", "Every achievement is measured against the revised target; the signed target stays shown."),
    (benchmark, "Pembanding", "Benchmark"),
    (measurement, "Pengukuran kinerja (format LKjIP)", "Performance measurement (LKjIP table)"),
    (measurement_hint, "Per indikator: realisasi tahun lalu, target dan realisasi tahun ini, capaiannya, target rencana lima tahun untuk tahun ini dan akhir periode, capaian terhadap target akhir, dan angka pembanding bila ada.", "Per indicator: last year's realisation, this year's target and realisation, the achievement, the five-year plan's target for the year and for the end of the period, the achievement against the end target, and a benchmark where given."),
    (realised_last_year, "Realisasi tahun lalu", "Last year's realisation"),
    (no_plan, "tidak terkait rencana", "not linked to a plan"),
    (plan_of_unit, "Rencana lima tahun unit ini", "This unit's five-year plans"),
    (progress_counts, "Status kemajuan indikator", "Progress of the indicators"),
    (progress_rule, "Aturan status kemajuan", "The progress rule"),
    (signed_short, "awal", "signed"),
    (cite, "Cara mengutip", "How to cite"),
    (contents_page, "Isi halaman", "On this page"),
    (annual_report, "Laporan Kinerja", "Performance Report"),
    (annual_report_region, "Laporan Kinerja Instansi Pemerintah", "Government Performance Report"),
    (annual_report_long, "Laporan Kinerja (LKjIP)", "Annual performance report (LKjIP)"),
    (annual_report_hint, "Laporan tahunan dalam susunan baku LKjIP: bab yang ditulis unit kerja, dengan tabel dan angka dari data yang sama dengan halaman ini.", "The annual report in the standard LKjIP structure: the chapters the unit wrote, with tables and figures from the same data as this page."),
    (provisional, "Sementara", "Provisional"),
    (provisional_tail, "Laporan ini sementara: angkanya dapat berubah sampai realisasi triwulan IV dilaporkan dan tahun ditutup.", "This report is provisional: its figures can change until the fourth quarter's realisation is reported and the year is closed."),
    (chapter, "Bab", "Chapter"),
    (chapter_not_written, "Unit kerja belum menulis bab ini.", "The unit has not written this chapter yet."),
    (not_written, "belum ditulis", "not written yet"),
    (chapters_written, "bab ditulis unit kerja", "chapters written by the unit"),
    (report_made_from, "Setiap tabel dan angka dalam laporan ini dibuat dari data yang sama dengan halaman Perjanjian Kinerja dan realisasinya, sehingga tidak dapat berbeda dari halaman itu. Teks bab ditulis oleh unit kerja.", "Every table and figure in this report is made from the same data as the agreement's page and its realisation, so it cannot differ from that page. The chapters' text is written by the unit."),
    (report_signed, "Ditandatangani", "Signed"),
    (report_document, "Dokumen yang ditandatangani", "The signed document"),
    (report_source, "Teks bab", "Chapters' text"),
    (table, "Tabel", "Table"),
    (key_figures, "Angka pokok", "Key figures"),
    (planning_documents, "Dokumen perencanaan", "Planning documents"),
    (no_planning_documents, "Indikator perjanjian ini belum ditautkan ke rencana lima tahun (RPJMD/Renstra).", "This agreement's indicators are not linked to a five-year plan (RPJMD/Renstra)."),
    (achievement_analysis, "Capaian per indikator", "Achievement by indicator"),
    (annexes, "Lampiran", "Annexes"),
    (the_unit, "Unit kerja", "The unit"),
    (quarter_notes, "Keterangan, kendala, tindak lanjut dan bukti per triwulan", "Explanations, obstacles, follow-up and evidence by quarter"),
    (cite_data, "data s.d.", "data up to"),
    (cite_updated, "diperbarui", "updated"),
    (copy, "Salin kutipan", "Copy citation"),
    (copied, "Tersalin", "Copied"),
    (plan_kind, "Jenis rencana", "Kind of plan"),
    (plan_targets_years, "Target rencana per tahun", "Plan targets per year"),
    (progress_rule_text, "Status kemajuan membandingkan realisasi akhir tahun terakhir (R) dengan kondisi awal (B) dan target rencana untuk tahun itu (T; bila tidak ada, garis lurus dari kondisi awal ke target akhir periode): rasio kemajuan = (R − B) ÷ (T − B), berlaku untuk indikator makin tinggi maupun makin rendah makin baik.", "The progress status compares the latest final year-end realisation (R) with the baseline (B) and the plan's target for that year (T; without one, the straight line from the baseline to the end-of-period target): progress ratio = (R − B) ÷ (T − B), for higher-is-better and lower-is-better indicators alike."),
    (progress_rule_achieved, "realisasi sudah memenuhi target akhir periode", "the realisation already meets the end-of-period target"),
    (progress_rule_on_course, "rasio kemajuan 0,95 atau lebih", "progress ratio 0.95 or more"),
    (progress_rule_needs_effort, "rasio kemajuan 0,5 sampai di bawah 0,95", "progress ratio from 0.5 to below 0.95"),
    (progress_rule_off_course, "rasio kemajuan di bawah 0,5, atau menjauh dari target", "progress ratio below 0.5, or moving away from the target"),
    (progress_rule_unassessable, "belum ada realisasi akhir tahun, kondisi awal atau target, atau angkanya berupa rentang", "no final year-end figure, baseline or target yet, or the figures are ranges"),
    (progress_rule_note, "Hanya tahun yang sudah berakhir (TW IV dilaporkan) yang dipakai; tahun berjalan ditampilkan dengan keterangan s.d. triwulan tetapi tidak menentukan status. Ambang 0,95 dan 0,5 mengikuti status kemajuan Open SDG.", "Only years that are over (TW IV reported) count; the running year is shown with its quarter but does not decide the status. The 0.95 and 0.5 thresholds follow Open SDG's progress status."),
}

/// The labels of one language.
#[derive(Debug, Clone)]
pub struct Labels {
    map: BTreeMap<&'static str, &'static str>,
}

impl Labels {
    /// The labels for `lang`.
    pub fn new(lang: Lang) -> Labels {
        let map = LABELS
            .iter()
            .map(|(k, id, en)| (*k, if lang == Lang::En { *en } else { *id }))
            .collect();
        Labels { map }
    }

    /// The labels for `lang`, with the words of the kind of organisation:
    /// *Unit Kerja* for a ministry or agency instead of *Perangkat Daerah*.
    pub fn for_site(lang: Lang, central: bool) -> Labels {
        let mut labels = Labels::new(lang);
        if central && lang == Lang::Id {
            for (label, word) in [
                (Label::units, "Unit Kerja"),
                (Label::at_a_glance, "Capaian unit kerja"),
                (Label::compare, "Perbandingan antar unit kerja"),
                (Label::per_unit_year, "Per unit kerja dan tahun"),
                (
                    Label::search_label,
                    "Cari unit kerja, indikator, sasaran atau program",
                ),
            ] {
                labels.map.insert(label.key(), word);
            }
        }
        labels
    }

    /// The word for `label`.
    pub fn get(&self, label: Label) -> &str {
        self.map.get(label.key()).copied().unwrap_or("")
    }

    /// All labels, for templates.
    pub fn map(&self) -> &BTreeMap<&'static str, &'static str> {
        &self.map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_a_template_reads_exists() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates");
        let mut missing = Vec::new();
        let mut read = 0;
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            for (at, _) in text.match_indices("t.") {
                // `t.key` as a whole word: not `format.x` or `c.t.x`.
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                    continue;
                }
                let key: String = text[at + 2..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                read += usize::from(!key.is_empty());
                if !key.is_empty() && !LABELS.iter().any(|l| l.0 == key) {
                    missing.push(format!("{}: t.{key}", entry.file_name().to_string_lossy()));
                }
            }
        }
        assert!(
            read > 100,
            "only {read} label reads found: the scan is broken"
        );
        assert!(
            missing.is_empty(),
            "templates read labels that do not exist: {missing:?}"
        );
    }

    #[test]
    fn keys_are_unique() {
        let mut keys: Vec<&str> = LABELS.iter().map(|l| l.0).collect();
        keys.sort_unstable();
        let n = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), n);
    }
}
