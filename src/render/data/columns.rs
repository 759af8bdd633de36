//! The columns of every download, with their types and descriptions: the
//! data dictionary in code.

use super::*;

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
    col(
        "target_awal",
        "string",
        "Target tahunan seperti ditandatangani, bila PK Perubahan mengubahnya (target_tahunan adalah target perubahan, dasar setiap capaian)",
    ),
    col(
        "tanggal_pk_perubahan",
        "date",
        "Tanggal PK Perubahan, bila ada",
    ),
    col("alasan_pk_perubahan", "string", "Alasan PK Perubahan"),
    col(
        "kunci_rencana",
        "string",
        "Indikator rencana lima tahun yang dilaksanakan: kode_unit/periode/kunci (dinkes/2025-2029/S1/IK1)",
    ),
    col(
        "target_rencana",
        "string",
        "Target rencana (RPJMD/Renstra) untuk tahun ini, seperti tertulis",
    ),
    col(
        "target_akhir_rencana",
        "string",
        "Target akhir periode rencana, seperti tertulis",
    ),
    col(
        "alasan_beda_rencana",
        "string",
        "Alasan target PK berbeda dari target rencana, bila dicatat",
    ),
    col(
        "pembanding",
        "string",
        "Angka pembanding (nasional/provinsi), seperti tertulis",
    ),
    col(
        "sumber_pembanding",
        "string",
        "Sumber dan tahun angka pembanding",
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

/// Columns of the plan table: one row per plan indicator and year of the period.
pub const PLAN_COLUMNS: &[Column] = &[
    col(
        "kode_unit",
        "string",
        "Id unit kerja pemilik rencana (tetap)",
    ),
    col("unit", "string", "Nama unit kerja"),
    col("jenis_rencana", "string", "rpjmd atau renstra"),
    col("periode", "string", "Periode rencana (2025-2029)"),
    col(
        "letak",
        "string",
        "tujuan, sasaran, program, kegiatan atau sub_kegiatan: tempat indikator dalam rencana",
    ),
    col(
        "kode_induk",
        "string",
        "Id tujuan/sasaran atau kode program/kegiatan",
    ),
    col(
        "induk",
        "string",
        "Rumusan tujuan/sasaran atau nama program/kegiatan",
    ),
    col(
        "kunci",
        "string",
        "Kunci indikator dalam rencana: kode_induk/id_indikator",
    ),
    col("indikator", "string", "Nama indikator"),
    col("satuan", "string", "Satuan"),
    col("polaritas", "string", "positif atau negatif"),
    col("kondisi_awal", "string", "Kondisi awal seperti tertulis"),
    col("tahun_kondisi_awal", "integer", "Tahun kondisi awal"),
    col("tahun", "integer", "Tahun dalam periode"),
    col(
        "target",
        "string",
        "Target rencana untuk tahun ini, seperti tertulis",
    ),
    col(
        "dilaksanakan_oleh",
        "string",
        "Indikator PK yang melaksanakannya tahun ini: kode_unit/kunci",
    ),
    col(
        "target_pk",
        "string",
        "Target PK tahun ini (setelah perubahan, bila ada)",
    ),
    col(
        "realisasi",
        "string",
        "Realisasi tahun ini sejauh dilaporkan",
    ),
    col(
        "realisasi_angka",
        "number",
        "Realisasi sebagai angka (skor untuk predikat)",
    ),
    col(
        "realisasi_sd_triwulan",
        "integer",
        "Triwulan terakhir realisasi; 4 dan realisasi_final benar bila tahun sudah berakhir",
    ),
    col(
        "realisasi_final",
        "boolean",
        "Realisasi akhir tahun (TW IV dilaporkan)",
    ),
    col(
        "capaian_persen",
        "number",
        "Realisasi terhadap target rencana tahun ini (%), dibulatkan 2 desimal",
    ),
    col(
        "target_akhir",
        "string",
        "Target akhir periode, seperti tertulis",
    ),
    col(
        "capaian_target_akhir_persen",
        "number",
        "Realisasi final terakhir terhadap target akhir periode (%), sama di setiap baris indikator",
    ),
    col(
        "status_kemajuan",
        "string",
        "tercapai, akan_tercapai, perlu_usaha_keras, sulit_tercapai atau belum_dapat_dinilai (aturan di halaman metodologi)",
    ),
];

/// Columns of the plan budget table: one row per programme, kegiatan or sub
/// kegiatan and year of the period.
pub const PLAN_BUDGET_COLUMNS: &[Column] = &[
    col(
        "kode_unit",
        "string",
        "Id unit kerja pemilik rencana (tetap)",
    ),
    col("jenis_rencana", "string", "rpjmd atau renstra"),
    col("periode", "string", "Periode rencana (2025-2029)"),
    col("kode", "string", "Kode program/kegiatan/sub kegiatan"),
    col("nama", "string", "Nama program/kegiatan/sub kegiatan"),
    col("level", "string", "program, kegiatan atau sub_kegiatan"),
    col(
        "sasaran",
        "string",
        "Id sasaran rencana yang didukung, dipisah spasi",
    ),
    col("tahun", "integer", "Tahun dalam periode"),
    col(
        "pagu_indikatif",
        "integer",
        "Pagu indikatif tahun ini (rupiah); kosong bila tidak tercantum. Kegiatan termasuk dalam programnya: jumlahkan satu level saja",
    ),
];

/// Columns of a year's comparison of every unit, in the order its page shows.
pub const COMPARISON_COLUMNS: &[Column] = &[
    col(
        "urutan",
        "integer",
        "Urutan seperti di halaman (pohon organisasi, capaian atau serapan tertinggi)",
    ),
    col("tahun", "integer", "Tahun"),
    col("kode_unit", "string", "Id unit kerja (tetap)"),
    col("unit", "string", "Nama unit kerja"),
    col("jumlah_indikator", "integer", "Indikator dalam PK"),
    col(
        "capaian_persen",
        "number",
        "Rata-rata capaian terhadap target periode (%), dibulatkan 2 desimal",
    ),
    col(
        "indikator_menurut_status",
        "string",
        "Jumlah indikator tercapai, belum tercapai dan belum diukur, seperti di halaman",
    ),
    col("kategori", "string", "Kategori capaian"),
    col(
        "serapan_persen",
        "number",
        "Serapan anggaran s.d. triwulan terakhir (%)",
    ),
    col("efisiensi", "string", "Indeks efisiensi seperti di halaman"),
    col(
        "dilaporkan_sd",
        "string",
        "Triwulan terakhir yang dilaporkan, ditandai bila terlambat",
    ),
    col("terlambat", "boolean", "Ada laporan yang terlambat"),
];

/// The performance tree of a year (`pohon-kinerja-<year>.csv`), in the
/// page's order.
pub const TREE_COLUMNS: &[Column] = &[
    col("urutan", "integer", "Urutan seperti di halaman"),
    col(
        "tingkat",
        "integer",
        "Kedalaman dalam pohon (1 = akar); kosong untuk PK yang belum ditautkan",
    ),
    col(
        "jenis",
        "string",
        "`tujuan`, `sasaran` atau `indikator` (dari RPJMD atau PK)",
    ),
    col("unit", "string", "Nama singkat unit kerja"),
    col(
        "kunci",
        "string",
        "Id sasaran atau indikator (`S1`, `S1/IK2`)",
    ),
    col("uraian", "string", "Pernyataan sasaran atau nama indikator"),
    col(
        "capaian_persen",
        "number",
        "Capaian terhadap target periode (%), dibulatkan 2 desimal; untuk sasaran rata-rata indikatornya",
    ),
    col("status", "string", "Status seperti di halaman"),
    col("kategori", "string", "Kategori capaian"),
    col(
        "tertaut",
        "boolean",
        "Tertaut ke sasaran atau indikator di atasnya",
    ),
];

/// The SAKIP evaluations of the region (`nilai-sakip.csv`).
pub const SAKIP_COLUMNS: &[Column] = &[
    col("tahun", "integer", "Tahun evaluasi"),
    col("nilai", "number", "Nilai evaluasi SAKIP"),
    col("predikat", "string", "Predikat (AA, A, BB, …)"),
    col("arti", "string", "Arti predikat"),
];
