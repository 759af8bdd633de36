//! The wording of the checks on five-year plans (RPJMD, Renstra), plan
//! links, amendments (PK Perubahan) and benchmarks.

use super::Table;

/// Plans, plan links, amendments and benchmarks; tried before the other
/// tables, so these specific patterns win over general ones.
pub(super) const PLANS: Table = &[
    // Plan folders
    (
        "folder `{}` is not a plan period",
        "folder `{0}` bukan periode rencana",
    ),
    (
        "name the folder after the plan's first and last year, such as `2025-2029`",
        "namai folder dengan tahun pertama dan terakhir rencana, misalnya `2025-2029`",
    ),
    (
        "write the first year first, such as `{}`",
        "tulis tahun pertama lebih dulu, misalnya `{0}`",
    ),
    (
        "a plan period runs a few years (an RPJMD or Renstra five), such as `2025-2029`",
        "periode rencana beberapa tahun (RPJMD dan Renstra lima tahun), misalnya `2025-2029`",
    ),
    (
        "five-year plans (RPJMD, Renstra) go in `plans/<first year>-<last year>/<unit>.yaml`, such as `plans/2025-2029/dinkes.yaml`",
        "rencana lima tahun (RPJMD, Renstra) disimpan di `plans/<tahun pertama>-<tahun terakhir>/<unit>.yaml`, misalnya `plans/2025-2029/dinkes.yaml`",
    ),
    // Plan files
    (
        "the file is in folder {}-{} but says period {}-{}",
        "berkas ada di folder {0}-{1} tetapi menyebut periode {2}-{3}",
    ),
    (
        "move the file to `plans/{}/`, or correct `period:`",
        "pindahkan berkas ke `plans/{0}/`, atau perbaiki `period:`",
    ),
    ("`{}` is not a plan period", "`{0}` bukan periode rencana"),
    (
        "write the first and last year, such as `\"{}\"`",
        "tulis tahun pertama dan terakhir, misalnya `\"{0}\"`",
    ),
    (
        "the plan {} of `{}` overlaps its plan {}",
        "rencana {0} milik `{1}` tumpang tindih dengan rencananya {2}",
    ),
    (
        "the other plan is `{}`; a unit has one plan for each year",
        "rencana lainnya `{0}`; satu unit memiliki satu rencana untuk setiap tahun",
    ),
    ("the plan has no goals", "rencana tidak memiliki tujuan"),
    (
        "add at least one goal (tujuan) with its objectives (sasaran)",
        "tambahkan sekurang-kurangnya satu tujuan beserta sasarannya",
    ),
    ("{} id `{}` is not valid", "id {0} `{1}` tidak sah"),
    (
        "`{}` is used twice in this plan",
        "`{0}` dipakai dua kali dalam rencana ini",
    ),
    (
        "`{}` is listed twice in this plan",
        "`{0}` tercantum dua kali dalam rencana ini",
    ),
    (
        "give each goal, objective and programme its own id or code; indicators are addressed by it",
        "beri setiap tujuan, sasaran dan program id atau kode sendiri; indikator dirujuk dengannya",
    ),
    (
        "programme code `{}` is not valid",
        "kode program `{0}` tidak sah",
    ),
    (
        "sub kegiatan `{}` is under no kegiatan or programme listed above it",
        "sub kegiatan `{0}` tidak berada di bawah kegiatan atau program mana pun yang tercantum di atasnya",
    ),
    (
        "kegiatan `{}` is under no programme listed above it",
        "kegiatan `{0}` tidak berada di bawah program mana pun yang tercantum di atasnya",
    ),
    (
        "list the programme (and kegiatan) it belongs to above it, with its code, such as `1.02.02` above `1.02.02.2.01`; or correct the code",
        "cantumkan program (dan kegiatan) induknya di atasnya beserta kodenya, misalnya `1.02.02` di atas `1.02.02.2.01`; atau perbaiki kodenya",
    ),
    (
        "`{}` serves unknown objective `{}`",
        "`{0}` mendukung sasaran `{1}` yang tidak dikenal",
    ),
    (
        "list ids of objectives (sasaran) of this plan",
        "tulis id sasaran dari rencana ini",
    ),
    (
        "the target of `{}` for {} is outside the plan period {}–{}",
        "target `{0}` untuk {1} berada di luar periode rencana {2}–{3}",
    ),
    (
        "the indicative budget of `{}` for {} is outside the plan period {}–{}",
        "pagu indikatif `{0}` untuk {1} berada di luar periode rencana {2}–{3}",
    ),
    (
        "give one figure for each year from {} to {}; a figure before the period is the baseline (`baseline: {year: {}, value: …}`)",
        "berikan satu angka untuk setiap tahun dari {0} sampai {1}; angka sebelum periode adalah kondisi awal (`baseline: {year: {2}, value: …}`)",
    ),
    (
        "the indicative budget of `{}` for {} is not an amount",
        "pagu indikatif `{0}` untuk {1} bukan jumlah uang",
    ),
    (
        "write whole rupiah from 0 up to Rp 1.000 triliun, such as `1250000000`; check for extra digits or a minus sign",
        "tulis rupiah bulat dari 0 sampai Rp 1.000 triliun, misalnya `1250000000`; periksa kelebihan digit atau tanda minus",
    ),
    (
        "indicator id `{}` is used twice under `{}`",
        "id indikator `{0}` dipakai dua kali di bawah `{1}`",
    ),
    (
        "give each indicator of a goal, objective or programme its own id; agreements refer to it as `parent/indicator`",
        "beri setiap indikator tujuan, sasaran atau program id sendiri; PK merujuknya sebagai `induk/indikator`",
    ),
    (
        "the figures of `{}` are not all of one kind",
        "angka-angka `{0}` tidak sejenis",
    ),
    (
        "write every target and the baseline in the indicator's unit of measure: all numbers, or all grades of one scale",
        "tulis setiap target dan kondisi awal dalam satuan indikator: semuanya angka, atau semuanya predikat dari satu skala",
    ),
    (
        "the baseline of `{}` is of {}, inside the period {}–{}",
        "kondisi awal `{0}` adalah tahun {1}, di dalam periode {2}–{3}",
    ),
    (
        "the baseline (kondisi awal) is the condition before the period, usually of {}",
        "kondisi awal adalah keadaan sebelum periode, biasanya tahun {0}",
    ),
    ("`{}` has no targets", "`{0}` tidak memiliki target"),
    (
        "give the target for each year of the period: `targets: {{}: …, {}: …}`",
        "berikan target untuk setiap tahun periode: `targets: {{0}: …, {1}: …}`",
    ),
    // Plan links
    ("`{}` is not a plan link", "`{0}` bukan tautan rencana"),
    (
        "write `objective/indicator` for an indicator of the unit's own plan, or `unit/objective/indicator`, such as `S1/IK1` or `bupati/S2/IK1`; a programme indicator is `code/indicator`, such as `1.02.02/IKP1`",
        "tulis `sasaran/indikator` untuk indikator rencana unit sendiri, atau `unit/sasaran/indikator`, misalnya `S1/IK1` atau `bupati/S2/IK1`; indikator program ditulis `kode/indikator`, misalnya `1.02.02/IKP1`",
    ),
    (
        "`{}` has no five-year plan to link `{}` to",
        "`{0}` tidak memiliki rencana lima tahun untuk ditautkan dengan `{1}`",
    ),
    (
        "the agreement is for {}, outside the period of `{}`'s plan ({})",
        "PK ini untuk tahun {0}, di luar periode rencana `{1}` ({2})",
    ),
    (
        "add the plan as `plans/<first year>-<last year>/{}.yaml` with a period that covers {}, or remove `plan:`",
        "tambahkan rencananya sebagai `plans/<tahun pertama>-<tahun terakhir>/{0}.yaml` dengan periode yang mencakup {1}, atau hapus `plan:`",
    ),
    (
        "`{}` names no indicator of `{}`'s plan {}",
        "`{0}` tidak menunjuk indikator mana pun dalam rencana `{1}` {2}",
    ),
    (
        "did you mean `{}`? (in `{}`)",
        "mungkin maksud Anda `{0}`? (di `{1}`)",
    ),
    (
        "the plan's indicators are listed in `{}` under its goals, objectives and programmes",
        "indikator rencana tercantum di `{0}` di bawah tujuan, sasaran dan programnya",
    ),
    (
        "`{}` and the plan indicator `{}` it implements have opposite polarity",
        "`{0}` dan indikator rencana `{1}` yang dilaksanakannya berlawanan polaritas",
    ),
    (
        "set the same `polarity:` in both: whether higher or lower is better does not change between the plan and the agreement",
        "samakan `polarity:` pada keduanya: makin tinggi atau makin rendah makin baik tidak berubah antara rencana dan PK",
    ),
    (
        "the target of `{}` differs from the {} target for {} (`{}`)",
        "target `{0}` berbeda dari target {1} untuk {2} (`{3}`)",
    ),
    (
        "the site shows both; record why with `plan_difference: \"…\"` (a legitimate change), or correct the target",
        "situs menampilkan keduanya; catat alasannya dengan `plan_difference: \"…\"` (perubahan yang sah), atau perbaiki targetnya",
    ),
    // Amendments
    (
        "`{}` has a revised target but the agreement records no amendment",
        "`{0}` memiliki target perubahan tetapi PK tidak mencatat perubahan",
    ),
    (
        "add `amendment:` with the `date` the revised agreement (PK Perubahan) was signed and the `reason`, or remove the revised target",
        "tambahkan `amendment:` dengan `date` (tanggal PK Perubahan ditandatangani) dan `reason` (alasannya), atau hapus target perubahan",
    ),
    (
        "the revised target of `{}` is not the same kind of figure as the signed one",
        "target perubahan `{0}` tidak sejenis dengan target yang ditandatangani",
    ),
    (
        "revise the target in the same unit of measure (a number for a number, a grade of the same scale for a grade)",
        "ubah target dalam satuan yang sama (angka untuk angka, predikat dari skala yang sama untuk predikat)",
    ),
    (
        "the revised target of `{}` is the signed one",
        "target perubahan `{0}` sama dengan target yang ditandatangani",
    ),
    (
        "remove `revised_target` when the amendment did not change it",
        "hapus `revised_target` bila perubahan PK tidak mengubahnya",
    ),
    (
        "{} revised quarterly targets given, 4 expected",
        "{0} target triwulan perubahan diberikan, seharusnya 4",
    ),
    (
        "the amendment is dated {}, not after the agreement was signed ({})",
        "perubahan PK bertanggal {0}, tidak sesudah PK ditandatangani ({1})",
    ),
    (
        "a revised agreement (PK Perubahan) is signed after the original: check both dates",
        "PK Perubahan ditandatangani sesudah PK awal: periksa kedua tanggal",
    ),
    (
        "the amendment of the {} agreement is dated {}",
        "perubahan PK tahun {0} bertanggal {1}",
    ),
    (
        "a PK Perubahan is signed during its year (usually after the APBD Perubahan); check the date",
        "PK Perubahan ditandatangani dalam tahunnya (biasanya sesudah APBD Perubahan); periksa tanggalnya",
    ),
    (
        "the amendment gives no reason",
        "perubahan PK tidak menyebut alasan",
    ),
    (
        "say why the agreement was revised, such as `APBD Perubahan 2026` or `pergantian pejabat`",
        "sebutkan alasan perubahan PK, misalnya `APBD Perubahan 2026` atau `pergantian pejabat`",
    ),
    (
        "write the date the revised agreement was signed as year-month-day, such as `2026-09-15`",
        "tulis tanggal PK Perubahan ditandatangani sebagai tahun-bulan-tanggal, misalnya `2026-09-15`",
    ),
    // Benchmarks
    (
        "the benchmark of `{}` is not the same kind of figure as its target",
        "angka pembanding `{0}` tidak sejenis dengan targetnya",
    ),
    (
        "give the benchmark in the indicator's own unit of measure, such as `183` for a number target",
        "tulis angka pembanding dalam satuan indikator, misalnya `183` untuk target berupa angka",
    ),
];
