//! The command line's own words, in Indonesian (the default) and English:
//! the table beside the site's labels (`render::i18n`).
//!
//! Diagnostics are written in English where they are made, with their
//! figures and names filled in; [`translate`] puts them into Indonesian
//! through [`MESSAGES`], one pattern per message, `{}` standing for what
//! was filled in. A message without a pattern is shown as it was written,
//! and `tests::every_message_of_the_corpus_is_translated` lists it.

use crate::lang::Lang;
use std::borrow::Cow;

/// English message patterns and their Indonesian wording. In a pattern,
/// `{}` stands for any text; in the wording, `{0}`, `{1}`, … for the texts
/// in the order the pattern found them.
pub const MESSAGES: &[(&str, &str)] = &[
    // Structure of files
    ("unknown field `{}`", "kunci `{0}` tidak dikenal"),
    ("unknown value `{}`", "nilai `{0}` tidak dikenal"),
    ("missing field `{}`", "kunci `{0}` belum ada"),
    ("duplicate field: {}", "kunci `{0}` ditulis dua kali"),
    ("duplicate field `{}`", "kunci `{0}` ditulis dua kali"),
    ("`{}` is empty", "`{0}` kosong"),
    (
        "`{}` should be a whole number",
        "`{0}` harus bilangan bulat",
    ),
    ("`{}` should be a number", "`{0}` harus angka"),
    ("`{}` should be a list", "`{0}` harus berupa daftar"),
    ("`{}` should be text", "`{0}` harus berupa teks"),
    (
        "`{}` should be a block of fields",
        "`{0}` harus berupa blok kunci di bawahnya",
    ),
    (
        "`{}` should be `true` or `false`",
        "`{0}` harus `true` (ya) atau `false` (tidak)",
    ),
    ("`{}` should be {}, not {}", "`{0}` harus {1}, bukan {2}"),
    ("`{}` should be {}", "`{0}` harus {1}"),
    (
        "the value of `{}` cannot be read",
        "nilai `{0}` tidak dapat dibaca",
    ),
    ("file is empty", "berkas kosong"),
    (
        "file is not valid UTF-8 (invalid byte at line {}, column {})",
        "berkas bukan teks UTF-8 (bita tidak sah di baris {0}, kolom {1})",
    ),
    (
        "file is too large ({} MiB)",
        "berkas terlalu besar ({0} MiB)",
    ),
    (
        "the file is too large ({} MiB; at most {} MiB)",
        "berkas terlalu besar ({0} MiB; paling besar {1} MiB)",
    ),
    (
        "expected front matter: the file must start with a `---` line",
        "front matter belum ada: berkas harus diawali baris `---`",
    ),
    (
        "front matter opened here is never closed",
        "front matter yang dibuka di sini tidak pernah ditutup",
    ),
    (
        "the content folder has no site settings file",
        "folder konten tidak memiliki berkas pengaturan situs",
    ),
    (
        "the content folder has no organisation file",
        "folder konten tidak memiliki berkas organisasi",
    ),
    (
        "the text holds the invisible character U+{}, written as an escape",
        "teks memuat karakter tak terlihat U+{0}, ditulis sebagai escape",
    ),
    (
        "the text holds the invisible character U+{}",
        "teks memuat karakter tak terlihat U+{0}",
    ),
    (
        "the text is nested {} levels deep (quotes `>` and lists), more than {}",
        "teks bersarang {0} tingkat (kutipan `>` dan daftar), lebih dari {1}",
    ),
    (
        "this is a {}, not a regular file",
        "ini sebuah {0}, bukan berkas biasa",
    ),
    (
        "symbolic link leads outside the {} (to `{}`)",
        "tautan simbolik mengarah ke luar {0} (ke `{1}`)",
    ),
    (
        "symbolic link leads nowhere",
        "tautan simbolik tidak mengarah ke mana pun",
    ),
    (
        "symbolic link to a folder is not followed",
        "tautan simbolik ke folder tidak diikuti",
    ),
    (
        "this file cannot be published under its name: {}",
        "berkas ini tidak dapat diterbitkan dengan namanya: {0}",
    ),
    (
        "`{}` is a path kinerja writes itself",
        "`{0}` adalah jalur yang ditulis kinerja sendiri",
    ),
    (
        "`{}` differs only in case from `{}`",
        "`{0}` hanya berbeda huruf besar-kecil dari `{1}`",
    ),
    (
        "{} id `{}` differs only in case from `{}` (in `{}`)",
        "id {0} `{1}` hanya berbeda huruf besar-kecil dari `{2}` (di `{3}`)",
    ),
    // What the YAML reader says of broken syntax
    (
        "illegal placement of '{}' indicator",
        "tanda '{0}' tidak pada tempatnya",
    ),
    (
        "mapping values are not allowed in this context",
        "tanda `:` tidak boleh ada di sini",
    ),
    (
        "did not find expected {}",
        "{0} yang diharapkan tidak ditemukan",
    ),
    (
        "found character that cannot start any token",
        "ada karakter yang tidak dapat mengawali unsur YAML",
    ),
    ("unexpected character: `{}'", "karakter tak terduga: `{0}'"),
    ("unexpected end of input", "berkas berakhir terlalu cepat"),
    (
        "found unexpected end of stream",
        "berkas berakhir terlalu cepat",
    ),
    (
        "while scanning {}, found unexpected end of stream",
        "berkas berakhir terlalu cepat saat membaca {0}",
    ),
    ("invalid indentation", "indentasi tidak sah"),
    (
        "multiple YAML documents detected; {}",
        "terdapat lebih dari satu dokumen YAML; {0}",
    ),
    // Paths and names
    (
        "the file is in folder {} but says year {}",
        "berkas ada di folder {0} tetapi menyebut tahun {1}",
    ),
    (
        "the file is in folder q{} but says quarter {}",
        "berkas ada di folder q{0} tetapi menyebut triwulan {1}",
    ),
    (
        "the file is named for unit `{}` but says `{}`",
        "nama berkas untuk unit `{0}` tetapi isinya `{1}`",
    ),
    ("quarter {} is outside 1–4", "triwulan {0} di luar 1–4"),
    // Units
    (
        "unit id `{}` cannot be used in file names and web addresses",
        "id unit `{0}` tidak dapat dipakai dalam nama berkas dan alamat web",
    ),
    (
        "unit id `{}` is used twice",
        "id unit `{0}` dipakai dua kali",
    ),
    (
        "former id `{}` cannot be used in web addresses",
        "id lama `{0}` tidak dapat dipakai dalam alamat web",
    ),
    (
        "former id `{}` is the id of a current unit",
        "id lama `{0}` adalah id unit yang masih ada",
    ),
    (
        "unit `{}` is part of a cycle in the unit tree",
        "unit `{0}` berada dalam lingkaran pada pohon unit",
    ),
    ("unknown parent unit `{}`", "unit induk `{0}` tidak dikenal"),
    ("unknown unit `{}`", "unit `{0}` tidak dikenal"),
    (
        "unknown grade scale `{}`",
        "skala nilai `{0}` tidak dikenal",
    ),
    // Agreements
    ("`{}` is missing", "`{0}` belum ada"),
    (
        "objective id `{}` is used twice in this agreement",
        "id sasaran `{0}` dipakai dua kali dalam perjanjian ini",
    ),
    (
        "indicator id `{}` is used twice in objective `{}`",
        "id indikator `{0}` dipakai dua kali dalam sasaran `{1}`",
    ),
    (
        "objective id `{}` is not valid",
        "id sasaran `{0}` tidak sah",
    ),
    (
        "indicator id `{}` is not valid",
        "id indikator `{0}` tidak sah",
    ),
    (
        "indicator `{}` is graded, so its quarters cannot be summed",
        "indikator `{0}` berupa nilai huruf, jadi triwulannya tidak dapat dijumlahkan",
    ),
    (
        "indicator `{}` has a range target, so its quarters cannot be summed",
        "indikator `{0}` bertarget rentang, jadi triwulannya tidak dapat dijumlahkan",
    ),
    ("`{}` is not a cascade link", "`{0}` bukan tautan cascading"),
    (
        "cascade link `{}` points to nothing: `{}` has no objective `{}` in {}",
        "tautan cascading `{0}` tidak menunjuk apa pun: `{1}` tidak memiliki sasaran `{2}` pada {3}",
    ),
    (
        "cascade link `{}` points to nothing: objective `{}` has no indicator `{}`",
        "tautan cascading `{0}` tidak menunjuk apa pun: sasaran `{1}` tidak memiliki indikator `{2}`",
    ),
    (
        "cascade link `{}` points to unit `{}`, which has no agreement for {}",
        "tautan cascading `{0}` menunjuk unit `{1}`, yang tidak memiliki perjanjian untuk {2}",
    ),
    (
        "the budget ceiling of `{}` is negative",
        "pagu anggaran `{0}` negatif",
    ),
    (
        "the budget ceiling of `{}` is larger than any budget line (above Rp 1.000 triliun)",
        "pagu anggaran `{0}` lebih besar dari pos anggaran mana pun (di atas Rp 1.000 triliun)",
    ),
    (
        "budget line `{}` serves unknown objective `{}`",
        "pos anggaran `{0}` mendukung sasaran `{1}` yang tidak dikenal",
    ),
    (
        "{} % is above 100 % for a share",
        "{0} % melebihi 100 % untuk sebuah persentase bagian",
    ),
    (
        "target {} % of `{}` is above 100 % for a share",
        "target {0} % untuk `{1}` melebihi 100 % untuk sebuah persentase bagian",
    ),
    (
        "a second agreement for `{}` in {}",
        "perjanjian kedua untuk `{0}` pada {1}",
    ),
    (
        "the unit of measure of `{}` (`measure:`) is not given",
        "satuan `{0}` (`measure:`) tidak dicantumkan",
    ),
    (
        "the signing date (`signed: date:`) is not given",
        "tanggal penandatanganan (`signed: date:`) tidak dicantumkan",
    ),
    ("{} is not given", "{0} tidak dicantumkan"),
    // Values
    ("`{}` is not a date", "`{0}` bukan tanggal"),
    ("`{}` is not a number", "`{0}` bukan angka"),
    ("`{}` has a percent sign", "`{0}` memakai tanda persen"),
    (
        "`{}` is not a number, a range or a known grade",
        "`{0}` bukan angka, rentang, atau nilai huruf yang dikenal",
    ),
    (
        "`{}` is not a grade of scale `{}`",
        "`{0}` bukan nilai pada skala `{1}`",
    ),
    (
        "{} is a number, but this indicator is graded on scale `{}`",
        "{0} adalah angka, padahal indikator ini dinilai dengan skala `{1}`",
    ),
    (
        "the range goes from {} down to {}",
        "rentang turun dari {0} ke {1}",
    ),
    (
        "the figure {} is too large to be a measured value",
        "angka {0} terlalu besar untuk sebuah hasil ukur",
    ),
    (
        "the figure is not a finite number",
        "angka ini bukan bilangan terhingga",
    ),
    (
        "predicate `{}` does not match score {}",
        "predikat `{0}` tidak sesuai dengan nilai {1}",
    ),
    // Realisations
    (
        "a second realisation for `{}`, {} Triwulan {}",
        "realisasi kedua untuk `{0}`, {1} Triwulan {2}",
    ),
    (
        "there is no agreement for `{}` in {}",
        "tidak ada perjanjian untuk `{0}` pada {1}",
    ),
    (
        "the {} agreement of `{}` has no indicator `{}`",
        "perjanjian {0} milik `{1}` tidak memiliki indikator `{2}`",
    ),
    (
        "the {} agreement of `{}` has no budget line `{}`",
        "perjanjian {0} milik `{1}` tidak memiliki pos anggaran `{2}`",
    ),
    (
        "realised Rp {} is above the ceiling Rp {} of `{}`",
        "realisasi Rp {0} melebihi pagu Rp {1} untuk `{2}`",
    ),
    (
        "evidence link `{}` is not allowed",
        "tautan bukti `{0}` tidak diizinkan",
    ),
    (
        "achievement of `{}` in Triwulan {} is {} %, above {} %",
        "capaian `{0}` pada Triwulan {1} adalah {2:num} %, di atas {3:num} %",
    ),
    (
        "the realised budget of `{}` is larger than any budget line (above Rp 1.000 triliun)",
        "realisasi anggaran `{0}` lebih besar dari pos anggaran mana pun (di atas Rp 1.000 triliun)",
    ),
    // Helps
    (
        "did you mean `{}`? (`{}` is written `{}` in kinerja files)",
        "maksudnya `{0}`? (`{1}` ditulis `{2}` dalam berkas kinerja)",
    ),
    ("did you mean `{}`?", "maksudnya `{0}`?"),
    ("expected one of: {}", "pilihan yang ada: {0}"),
    ("remove `{}`", "hapus `{0}`"),
    (
        "add `{}:` here (see docs/content-format.md)",
        "tambahkan `{0}:` di sini (lihat docs/content-format.md)",
    ),
    (
        "keep only one of the two entries",
        "simpan satu saja dari kedua isian itu",
    ),
    ("fill it in or delete it", "isi berkas itu atau hapus"),
    (
        "put the YAML fields between two `---` lines at the top, then the Markdown text",
        "tulis kunci YAML di antara dua baris `---` di awal berkas, lalu teks Markdown",
    ),
    (
        "add a line with only `---` after the last YAML field",
        "tambahkan baris berisi `---` saja setelah kunci YAML terakhir",
    ),
    (
        "save the file as UTF-8; spreadsheet exports often use Windows-1252",
        "simpan berkas sebagai UTF-8; ekspor dari lembar kerja sering memakai Windows-1252",
    ),
    (
        "create `site.yaml` with at least `institution`, `region` and `base_url` (see docs/content-format.md)",
        "buat `site.yaml` yang sekurang-kurangnya berisi `institution`, `region`, dan `base_url` (lihat docs/content-format.md)",
    ),
    (
        "create `units.yaml` listing the units (see docs/content-format.md)",
        "buat `units.yaml` yang mendaftar unit-unit (lihat docs/content-format.md)",
    ),
    (
        "this is a YAML syntax problem: check quotes, brackets and indentation here and on the lines above",
        "ini kesalahan penulisan YAML: periksa tanda kutip, kurung, dan indentasi di baris ini dan di atasnya",
    ),
    (
        "check the value against docs/content-format.md; text with `:` or `#` needs quotes",
        "periksa nilainya dengan docs/content-format.md; teks yang memuat `:` atau `#` perlu diberi tanda kutip",
    ),
    (
        "write the value after `{}:` on the same line; an optional field that is not known can be left out (see docs/content-format.md)",
        "tulis nilainya sesudah `{0}:` di baris yang sama; kunci pilihan yang belum diketahui boleh dihilangkan (lihat docs/content-format.md)",
    ),
    (
        "write a list in brackets, such as `{}: [25, 50, 75, 100]`, or one item per line starting with `- `",
        "tulis daftar dalam kurung siku, misalnya `{0}: [25, 50, 75, 100]`, atau satu butir per baris yang diawali `- `",
    ),
    (
        "write the text after `{}:`; put it in quotes if it holds `:`, `#`, `[` or `{`",
        "tulis teksnya sesudah `{0}:`; beri tanda kutip bila memuat `:`, `#`, `[` atau `{`",
    ),
    (
        "write `{}: true` (ya) or `{}: false` (tidak)",
        "tulis `{0}: true` (ya) atau `{1}: false` (tidak)",
    ),
    (
        "write digits only, without dots, spaces or `Rp`, such as `1250000000`",
        "tulis angka saja, tanpa titik, spasi, atau `Rp`, misalnya `1250000000`",
    ),
    (
        "write a number with a decimal point, such as `93.75`",
        "tulis angka dengan titik desimal, misalnya `93.75`",
    ),
    (
        "write the number alone, `{}`: the indicator's unit of measure (`measure: \"%\"`) already says it is a percentage",
        "tulis angkanya saja, `{0}`: satuan indikator (`measure: \"%\"`) sudah menyatakan persen",
    ),
    (
        "write the number without quotes and with a decimal point: `{}`",
        "tulis angka tanpa tanda kutip dan dengan titik desimal: `{0}`",
    ),
    (
        "write a number (`93.75`), a range (`80-90`) or a grade from a scale in site.yaml (`BB`)",
        "tulis angka (`93.75`), rentang (`80-90`), atau nilai huruf dari skala di site.yaml (`BB`)",
    ),
    (
        "this indicator is measured in numbers; write a number, or `null` if not yet measured",
        "indikator ini diukur dengan angka; tulis angka, atau `null` bila belum diukur",
    ),
    (
        "write the date as year-month-day, such as `2026-01-15`",
        "tulis tanggal sebagai tahun-bulan-tanggal, misalnya `2026-01-15`",
    ),
    (
        "write the lower end first: `{}`",
        "tulis batas bawah lebih dulu: `{0}`",
    ),
    (
        "write the ceiling (pagu) in whole rupiah, such as `1250000000`",
        "tulis pagu dalam rupiah utuh, misalnya `1250000000`",
    ),
    ("write one of {}", "tulis salah satu dari {0}"),
    (
        "use `rollup: last` for grades",
        "pakai `rollup: last` untuk nilai huruf",
    ),
    (
        "use lowercase letters, digits and `-`, such as `dinkes` or `bag-umum`",
        "pakai huruf kecil, angka, dan `-`, misalnya `dinkes` atau `bag-umum`",
    ),
    ("use {}, such as {}", "pakai {0}, misalnya {1}"),
    (
        "former ids follow the same rule as unit ids: lowercase letters, digits and `-`",
        "id lama mengikuti aturan id unit: huruf kecil, angka, dan `-`",
    ),
    (
        "a former id keeps old addresses working; it cannot belong to another unit at the same time",
        "id lama menjaga alamat lama tetap berfungsi; id itu tidak dapat sekaligus milik unit lain",
    ),
    (
        "every unit needs its own id",
        "setiap unit memerlukan id sendiri",
    ),
    (
        "follow the parents: {}; one of them must point higher up",
        "telusuri induknya: {0}; salah satunya harus menunjuk ke atas",
    ),
    (
        "give each objective its own id; ids are the permanent address of the objective",
        "beri setiap sasaran id sendiri; id adalah alamat tetap sasaran",
    ),
    (
        "give each indicator of an objective its own id; realisations refer to it as `objective/indicator`",
        "beri setiap indikator dalam sasaran id sendiri; realisasi merujuknya sebagai `sasaran/indikator`",
    ),
    (
        "every agreement below the head of the region is signed with the superior (PIHAK KEDUA): add `second_party:` with `name` and `position`",
        "setiap perjanjian di bawah kepala daerah ditandatangani dengan atasan (PIHAK KEDUA): tambahkan `second_party:` dengan `name` dan `position`",
    ),
    (
        "objectives of `{}` in {}: {}",
        "sasaran `{0}` pada {1}: {2}",
    ),
    (
        "write `unit/objective` or `unit/objective/indicator`, such as `bupati/S2/IK1`",
        "tulis `unit/sasaran` atau `unit/sasaran/indikator`, misalnya `bupati/S2/IK1`",
    ),
    (
        "write `objective/indicator`; indicators in the agreement: {}",
        "tulis `sasaran/indikator`; indikator dalam perjanjian: {0}",
    ),
    (
        "a realisation reports against an agreement: add `{}` first",
        "realisasi dilaporkan terhadap perjanjian: tambahkan `{0}` lebih dulu",
    ),
    (
        "the first is `{}`; keep one file per unit per quarter",
        "yang pertama `{0}`; simpan satu berkas per unit per triwulan",
    ),
    (
        "the first is `{}`; keep one file per unit per year",
        "yang pertama `{0}`; simpan satu berkas per unit per tahun",
    ),
    (
        "move the file to `{}`, or correct `{}`",
        "pindahkan berkas ke `{0}`, atau perbaiki `{1}`",
    ),
    (
        "rename the file to `{}`, or correct `{}`",
        "ganti nama berkas menjadi `{0}`, atau perbaiki `{1}`",
    ),
    (
        "a year has four quarters (triwulan I–IV): write 1, 2, 3 or 4",
        "satu tahun terdiri atas empat triwulan (I–IV): tulis 1, 2, 3, atau 4",
    ),
    (
        "a year has four quarters: use folders `q1` to `q4`",
        "satu tahun terdiri atas empat triwulan: pakai folder `q1` sampai `q4`",
    ),
    (
        "a share of a whole cannot exceed 100 %; check the figure",
        "bagian dari keseluruhan tidak dapat melebihi 100 %; periksa angkanya",
    ),
    (
        "a score of {} earns `{}`; correct the score or the predicate",
        "nilai {0} berpredikat `{1}`; perbaiki nilai atau predikatnya",
    ),
    (
        "spending above the pagu is unusual; check the figure or the ceiling in the agreement",
        "belanja di atas pagu tidak lazim; periksa angkanya atau pagu dalam perjanjian",
    ),
    (
        "use an `https://` or `http://` address, or a path to a file in `static/`",
        "pakai alamat `https://` atau `http://`, atau jalur ke berkas di `static/`",
    ),
    (
        "check the figure and the target; the ceiling is `achievement_ceiling: {}` in site.yaml",
        "periksa angka dan targetnya; batasnya `achievement_ceiling: {0}` di site.yaml",
    ),
    (
        "copy the file into the {}; links out of it are refused so a build never reads or publishes other files",
        "salin berkasnya ke dalam {0}; tautan ke luarnya ditolak agar pembangunan situs tidak pernah membaca atau menerbitkan berkas lain",
    ),
    (
        "only regular files are read; remove it from the folder",
        "hanya berkas biasa yang dibaca; keluarkan dari folder",
    ),
    ("remove the broken link", "hapus tautan yang rusak"),
    (
        "remove it: control characters are not allowed in any text (they often come from copying out of a PDF or a terminal)",
        "hapus karakter itu: karakter kendali tidak boleh ada di teks mana pun (sering terbawa saat menyalin dari PDF atau terminal)",
    ),
    (
        "content files are at most 16 MiB; split the data over several files",
        "berkas konten paling besar 16 MiB; pecah datanya ke beberapa berkas",
    ),
    (
        "the site will show \"tidak tercantum\" (not stated); add it if the signed document has it, or keep it out if the source does not say",
        "situs akan menampilkan \"tidak tercantum\"; tambahkan bila dokumen yang ditandatangani memuatnya, atau biarkan kosong bila sumbernya tidak menyebut",
    ),
    // Settings
    (
        "SAKIP score {} is outside 0–100",
        "nilai SAKIP {0} di luar 0–100",
    ),
    (
        "`achievement_ceiling` is {}, below 100",
        "`achievement_ceiling` bernilai {0}, di bawah 100",
    ),
    (
        "`{}` must be between 0 and {}",
        "`{0}` harus di antara 0 dan {1}",
    ),
    ("`{}` is not a web address", "`{0}` bukan alamat web"),
    ("`{}` is not a colour", "`{0}` bukan warna"),
    (
        "a grade scale needs at least two grades",
        "skala nilai memerlukan sekurang-kurangnya dua nilai",
    ),
    (
        "at least one category is needed",
        "diperlukan sekurang-kurangnya satu kategori",
    ),
    (
        "categories must go from the highest lower bound to the lowest",
        "kategori harus urut dari batas bawah tertinggi ke terendah",
    ),
    (
        "check the component scores against the evaluation report",
        "periksa nilai komponen dengan laporan hasil evaluasi",
    ),
    (
        "grade `{}` appears twice in the scale",
        "nilai `{0}` muncul dua kali dalam skala",
    ),
    (
        "grade scale `{}` is defined twice",
        "skala nilai `{0}` didefinisikan dua kali",
    ),
    (
        "it is shown on every page",
        "nama ini tampil di setiap halaman",
    ),
    ("keep one entry per year", "simpan satu isian per tahun"),
    (
        "language `{}` is not available",
        "bahasa `{0}` tidak tersedia",
    ),
    (
        "list AA first, each `above` below the one before",
        "tulis AA lebih dulu, setiap `above` di bawah yang sebelumnya",
    ),
    (
        "list the best category first, each `min` below the one before",
        "tulis kategori terbaik lebih dulu, setiap `min` di bawah yang sebelumnya",
    ),
    (
        "list the grades from lowest to highest",
        "tulis nilai dari yang terendah ke yang tertinggi",
    ),
    (
        "predicates must go from the highest score to the lowest",
        "predikat harus urut dari nilai tertinggi ke terendah",
    ),
    (
        "remove `categories` to use the default five bands",
        "hapus `categories` untuk memakai lima kelompok bawaan",
    ),
    ("scale id `{}` is not valid", "id skala `{0}` tidak sah"),
    (
        "scales defined in site.yaml: {}",
        "skala yang ada di site.yaml: {0}",
    ),
    (
        "the SAKIP evaluation for {} is given twice",
        "evaluasi SAKIP untuk {0} ditulis dua kali",
    ),
    (
        "the components add up to {}, not to the score {}",
        "jumlah komponennya {0}, bukan nilai {1}",
    ),
    (
        "the lower bound must be a number",
        "batas bawah harus angka",
    ),
    (
        "theme folder `{}` must be a folder inside the content folder",
        "folder tema `{0}` harus berada di dalam folder konten",
    ),
    (
        "use `id` (Bahasa Indonesia) or `en` (English)",
        "pakai `id` (Bahasa Indonesia) atau `en` (English)",
    ),
    (
        "write a hex colour such as `#1a7f37`",
        "tulis warna heksadesimal, misalnya `#1a7f37`",
    ),
    (
        "write a relative path such as `theme-kabupaten`; use `kinerja build --theme DIR` for a folder elsewhere",
        "tulis jalur relatif, misalnya `theme-kabupaten`; pakai `kinerja build --theme DIR` untuk folder di tempat lain",
    ),
    (
        "write the achievement (%) above which a figure is flagged for checking, such as `150`",
        "tulis capaian (%) yang di atasnya angka ditandai untuk diperiksa, misalnya `150`",
    ),
    (
        "write the public address of the site, such as `https://sakip.example.go.id/` or `https://example.go.id/sakip/`",
        "tulis alamat publik situs, misalnya `https://sakip.example.go.id/` atau `https://example.go.id/sakip/`",
    ),
    (
        "write the score as published, such as `60.04`",
        "tulis nilai seperti yang diumumkan, misalnya `60.04`",
    ),
    // Units and the tree
    (
        "former id `{}` is claimed by `{}` and `{}`",
        "id lama `{0}` diklaim oleh `{1}` dan `{2}`",
    ),
    (
        "an old address can redirect to one unit only",
        "alamat lama hanya dapat dialihkan ke satu unit",
    ),
    (
        "add the unit to units.yaml first",
        "tambahkan unit itu ke units.yaml lebih dulu",
    ),
    (
        "list at least the head of the region under `units:`",
        "tulis sekurang-kurangnya kepala daerah di bawah `units:`",
    ),
    ("name the unit above it", "sebutkan unit di atasnya"),
    ("no units are listed", "tidak ada unit yang terdaftar"),
    (
        "the head of the region is the top of the tree; remove `parent:` or change `level:`",
        "kepala daerah adalah puncak pohon; hapus `parent:` atau ubah `level:`",
    ),
    (
        "the parent must be the id of another unit in this file",
        "induk harus id unit lain dalam berkas ini",
    ),
    (
        "the top of the tree is `{}`; add `parent:` with the id of the unit above this one",
        "puncak pohon adalah `{0}`; tambahkan `parent:` dengan id unit di atas unit ini",
    ),
    (
        "the tree usually has one top (`{}`); give this unit a parent",
        "pohon biasanya memiliki satu puncak (`{0}`); beri unit ini induk",
    ),
    ("unit `{}` has no parent", "unit `{0}` tidak memiliki induk"),
    (
        "unit `{}` is a head of region but has a parent",
        "unit `{0}` adalah kepala daerah tetapi memiliki induk",
    ),
    (
        "unit `{}` is its own parent",
        "unit `{0}` menjadi induk bagi dirinya sendiri",
    ),
    (
        "unit `{}` is a second top of the tree",
        "unit `{0}` menjadi puncak kedua pohon",
    ),
    // Agreements
    (
        "`scale` is set but the target is not a grade",
        "`scale` diisi tetapi targetnya bukan nilai huruf",
    ),
    (
        "`{}` points to this unit's own agreement",
        "`{0}` menunjuk perjanjian unit ini sendiri",
    ),
    (
        "a share cannot exceed 100 %; check the figure or remove `share: true`",
        "persentase bagian tidak dapat melebihi 100 %; periksa angkanya atau hapus `share: true`",
    ),
    (
        "add at least one indicator to measure the objective",
        "tambahkan sekurang-kurangnya satu indikator untuk mengukur sasaran",
    ),
    (
        "add at least one objective (sasaran) with its indicators",
        "tambahkan sekurang-kurangnya satu sasaran dengan indikatornya",
    ),
    (
        "add its programme (or kegiatan), or check the code; lines nest by code: `5.02.01` holds `5.02.01.2.01`",
        "tambahkan programnya (atau kegiatannya), atau periksa kodenya; pos bersarang menurut kode: `5.02.01` memuat `5.02.01.2.01`",
    ),
    (
        "an agreement is signed at the start of its year (or at the end of the year before); check the date",
        "perjanjian ditandatangani di awal tahunnya (atau di akhir tahun sebelumnya); periksa tanggalnya",
    ),
    (
        "budget code `{}` is listed twice",
        "kode anggaran `{0}` tertulis dua kali",
    ),
    (
        "budget code `{}` is not valid",
        "kode anggaran `{0}` tidak sah",
    ),
    (
        "budget line `{}` has no parent line in the list",
        "pos anggaran `{0}` tidak memiliki pos induk dalam daftar",
    ),
    (
        "check the ceilings for extra digits; no agreement's budget comes near this",
        "periksa apakah ada digit berlebih pada pagu; tidak ada anggaran perjanjian yang mendekati angka ini",
    ),
    (
        "indicator `{}` is higher-is-better, so `negative_formula` has no effect",
        "indikator `{0}` makin tinggi makin baik, jadi `negative_formula` tidak berpengaruh",
    ),
    (
        "list each programme, kegiatan or sub kegiatan once",
        "tulis setiap program, kegiatan, atau sub kegiatan sekali saja",
    ),
    (
        "list ids of objectives in this agreement",
        "tulis id sasaran dalam perjanjian ini",
    ),
    (
        "list one target per quarter, TW I to TW IV; write `null` for a quarter without a target",
        "tulis satu target per triwulan, TW I sampai TW IV; tulis `null` untuk triwulan tanpa target",
    ),
    (
        "objective `{}` has no indicators",
        "sasaran `{0}` tidak memiliki indikator",
    ),
    (
        "remove it, or set `polarity: negative`",
        "hapus, atau isi `polarity: negative`",
    ),
    (
        "the agreement for {} is dated {}",
        "perjanjian untuk {0} bertanggal {1}",
    ),
    (
        "the agreement has no objectives",
        "perjanjian tidak memiliki sasaran",
    ),
    (
        "the budget ceilings of this agreement add up to more than Rp 1.000.000 triliun",
        "jumlah pagu perjanjian ini lebih dari Rp 1.000.000 triliun",
    ),
    (
        "the kegiatan of a programme add up to at most its ceiling; check the codes and amounts",
        "jumlah kegiatan sebuah program paling banyak sebesar pagunya; periksa kode dan jumlahnya",
    ),
    (
        "the lines under `{}` add up to Rp {}, above its ceiling Rp {}",
        "jumlah pos di bawah `{0}` Rp {1}, di atas pagunya Rp {2}",
    ),
    (
        "the name of the {} (`{}: name:`)",
        "nama {0} (`{1}: name:`)",
    ),
    (
        "the place of signing (`signed: place:`)",
        "tempat penandatanganan (`signed: place:`)",
    ),
    (
        "the signing date (`signed: date:`)",
        "tanggal penandatanganan (`signed: date:`)",
    ),
    (
        "the unit of measure of `{}` (`measure:`)",
        "satuan `{0}` (`measure:`)",
    ),
    (
        "the date of the report (`reported:`)",
        "tanggal laporan (`reported:`)",
    ),
    (
        "use `rollup: last` for range targets",
        "pakai `rollup: last` untuk target rentang",
    ),
    (
        "write the ceiling (pagu) in whole rupiah, such as `1250000000`; check for extra digits",
        "tulis pagu dalam rupiah utuh, misalnya `1250000000`; periksa apakah ada digit berlebih",
    ),
    (
        "write the code from the nomenclature as text, such as `\"1.02.02\"`",
        "tulis kode dari nomenklatur sebagai teks, misalnya `\"1.02.02\"`",
    ),
    (
        "write the satuan, such as `%`, `orang` or `dokumen`; without one the site shows \"tidak tercantum\"",
        "tulis satuannya, misalnya `%`, `orang`, atau `dokumen`; tanpa satuan situs menampilkan \"tidak tercantum\"",
    ),
    (
        "{} quarterly targets given, 4 expected",
        "{0} target triwulan tertulis, seharusnya 4",
    ),
    (
        "letters, digits, `.`, `_` or `-`",
        "huruf, angka, `.`, `_`, atau `-`",
    ),
    (
        "lowercase letters, digits and `-`",
        "huruf kecil, angka, dan `-`",
    ),
    (
        "use lowercase letters, digits and `-`",
        "pakai huruf kecil, angka, dan `-`",
    ),
    (
        "`{}` is a name Windows keeps for a device (con, prn, aux, nul, com1 to com9, lpt1 to lpt9): the site could not be copied to a Windows or FAT disk; choose another, such as `{}`",
        "`{0}` adalah nama yang dicadangkan Windows untuk perangkat (con, prn, aux, nul, com1 sampai com9, lpt1 sampai lpt9): situs tidak dapat disalin ke disk Windows atau FAT; pilih nama lain, misalnya `{1}`",
    ),
    (
        "an id cannot end with `.`: Windows drops it, and two ids would share a folder",
        "id tidak boleh diakhiri `.`: Windows membuangnya, sehingga dua id berbagi satu folder",
    ),
    // Realisations
    (
        "`not_carried_out` means no work was done this quarter: remove the value, or remove `not_carried_out`",
        "`not_carried_out` berarti tidak ada kegiatan triwulan ini: hapus nilainya, atau hapus `not_carried_out`",
    ),
    (
        "`revised` is when the current value was published; it comes after every date under `revisions`",
        "`revised` adalah tanggal nilai sekarang diumumkan; tanggal itu sesudah setiap tanggal di bawah `revisions`",
    ),
    (
        "a reader can only recompute a ratio from both: give `numerator` (pembilang) and `denominator` (penyebut), or neither",
        "pembaca hanya dapat menghitung ulang rasio dari keduanya: tulis `numerator` (pembilang) dan `denominator` (penyebut), atau tidak keduanya",
    ),
    (
        "add `revised: YYYY-MM-DD`, the date the corrected value was published, so readers see when it changed",
        "tambahkan `revised: TTTT-BB-HH`, tanggal nilai perbaikan diumumkan, agar pembaca tahu kapan berubah",
    ),
    (
        "agreements and realisations are `.yaml` files, or `.md` files with front matter",
        "perjanjian dan realisasi berupa berkas `.yaml`, atau berkas `.md` dengan front matter",
    ),
    (
        "budget line `{}` is reported twice",
        "pos anggaran `{0}` dilaporkan dua kali",
    ),
    (
        "budget realisation is cumulative (s.d. triwulan): report the total spent since January",
        "realisasi anggaran bersifat kumulatif (s.d. triwulan): laporkan jumlah yang dibelanjakan sejak Januari",
    ),
    (
        "budget realised for `{}` went down from Rp {} (Triwulan {}) to Rp {}",
        "realisasi anggaran `{0}` turun dari Rp {1} (Triwulan {2}) menjadi Rp {3}",
    ),
    (
        "check the amounts for extra digits",
        "periksa apakah ada digit berlebih pada jumlahnya",
    ),
    (
        "check the date; a quarter's realisation is reported after it ends",
        "periksa tanggalnya; realisasi triwulan dilaporkan sesudah triwulan itu berakhir",
    ),
    (
        "folder `{}` is not a quarter",
        "folder `{0}` bukan triwulan",
    ),
    ("folder `{}` is not a year", "folder `{0}` bukan tahun"),
    (
        "indicator `{}` gives only one of `numerator` and `denominator`",
        "indikator `{0}` hanya mencantumkan salah satu dari `numerator` dan `denominator`",
    ),
    (
        "indicator `{}` has a value and says `not_carried_out: true`",
        "indikator `{0}` memiliki nilai sekaligus `not_carried_out: true`",
    ),
    (
        "indicator `{}` is reported twice",
        "indikator `{0}` dilaporkan dua kali",
    ),
    (
        "indicator `{}` lists earlier values but no `revised` date",
        "indikator `{0}` mencantumkan nilai terdahulu tetapi tanpa tanggal `revised`",
    ),
    (
        "keep one entry per budget line",
        "simpan satu isian per pos anggaran",
    ),
    (
        "keep one entry per indicator",
        "simpan satu isian per indikator",
    ),
    (
        "name quarter folders `q1`, `q2`, `q3` and `q4`",
        "beri nama folder triwulan `q1`, `q2`, `q3`, dan `q4`",
    ),
    (
        "name the folder after the year, such as `2026`",
        "beri nama folder dengan tahunnya, misalnya `2026`",
    ),
    (
        "report only budget lines listed in the agreement",
        "laporkan hanya pos anggaran yang ada dalam perjanjian",
    ),
    (
        "the formula inputs of `{}` are not usable numbers",
        "masukan rumus `{0}` bukan angka yang dapat dipakai",
    ),
    (
        "the official achievement is not a number",
        "capaian resmi bukan angka",
    ),
    (
        "the realised amounts of this report add up to more than Rp 1.000.000 triliun",
        "jumlah realisasi laporan ini lebih dari Rp 1.000.000 triliun",
    ),
    (
        "the realised budget is negative",
        "realisasi anggaran negatif",
    ),
    (
        "the report for Triwulan {} is dated {}, before the quarter ended ({})",
        "laporan Triwulan {0} bertanggal {1}, sebelum triwulan berakhir ({2})",
    ),
    (
        "the revision date {} is before the earlier value was published",
        "tanggal perbaikan {0} lebih awal daripada tanggal nilai terdahulu diumumkan",
    ),
    (
        "write the amount spent up to this quarter in whole rupiah; check for extra digits",
        "tulis jumlah yang dibelanjakan sampai triwulan ini dalam rupiah utuh; periksa apakah ada digit berlebih",
    ),
    (
        "write the amount spent up to this quarter, in whole rupiah",
        "tulis jumlah yang dibelanjakan sampai triwulan ini, dalam rupiah utuh",
    ),
    (
        "write the capaian (%) printed in the signed form, such as `57.28`",
        "tulis capaian (%) yang tercetak di formulir yang ditandatangani, misalnya `57.28`",
    ),
    (
        "write the date as year-month-day, such as `{}`",
        "tulis tanggal sebagai tahun-bulan-tanggal, misalnya `{0}`",
    ),
    (
        "write the date the corrected value was published, such as `{}`",
        "tulis tanggal nilai perbaikan diumumkan, misalnya `{0}`",
    ),
    (
        "write the date the earlier value was published, such as `{}`",
        "tulis tanggal nilai terdahulu diumumkan, misalnya `{0}`",
    ),
    (
        "write the numerator (pembilang) and the denominator (penyebut) as numbers, the denominator not 0",
        "tulis pembilang (`numerator`) dan penyebut (`denominator`) sebagai angka, penyebut bukan 0",
    ),
    // Data flags
    (
        "if each quarter reports the total so far (17, then 34, …), use `rollup: last`",
        "bila setiap triwulan melaporkan jumlah sampai saat itu (17, lalu 34, …), pakai `rollup: last`",
    ),
    (
        "the quarterly values of `{}` only grow and add up to {}, above the target {}, while the last value {} is not: they look already cumulative",
        "nilai triwulanan `{0}` terus naik dan berjumlah {1}, di atas target {2}, sedangkan nilai terakhir {3} tidak: nilai itu tampaknya sudah kumulatif",
    ),
    (
        "give a target for every quarter (with `rollup: cumulative` each is that quarter's share), or none",
        "beri target untuk setiap triwulan (dengan `rollup: cumulative` masing-masing adalah bagian triwulan itu), atau tidak sama sekali",
    ),
    (
        "with `rollup: cumulative` the quarterly targets add up to the annual one; with `rollup: last` the TW IV target is the annual one",
        "dengan `rollup: cumulative` target triwulan berjumlah sama dengan target tahunan; dengan `rollup: last` target TW IV adalah target tahunan",
    ),
    (
        "the quarterly targets of `{}` come to {}, not to the annual target {} ({} of the 4 quarters have none)",
        "target triwulan `{0}` berjumlah {1}, bukan target tahunan {2} ({3} dari 4 triwulan tanpa target)",
    ),
    (
        "the quarterly targets of `{}` come to {}, not to the annual target {}",
        "target triwulan `{0}` berjumlah {1}, bukan target tahunan {2}",
    ),
    (
        "a percentage of a whole cannot exceed 100; check the figure or the unit of measure",
        "persentase dari keseluruhan tidak dapat melebihi 100; periksa angka atau satuannya",
    ),
    (
        "`{}` reports {} % in Triwulan {}, above 100 %",
        "`{0}` melaporkan {1} % pada Triwulan {2}, di atas 100 %",
    ),
    (
        "the unit of measure is a percentage: write {} rather than {}",
        "satuannya persen: tulis {0}, bukan {1}",
    ),
    (
        "`{}` reports {} in Triwulan {}, which looks like a fraction where a percentage is due",
        "`{0}` melaporkan {1} pada Triwulan {2}, tampak seperti pecahan padahal seharusnya persen",
    ),
    (
        "check the numerator, the denominator and the value",
        "periksa pembilang, penyebut, dan nilainya",
    ),
    (
        "numerator ÷ denominator of `{}` in Triwulan {} gives {}, not the value {}",
        "pembilang ÷ penyebut `{0}` pada Triwulan {1} menghasilkan {2}, bukan nilai {3}",
    ),
    // Pages, static files, paths
    ("give the page a title", "beri halaman itu judul"),
    ("the page title is empty", "judul halaman kosong"),
    (
        "page name `{}` cannot be used in a web address",
        "nama halaman `{0}` tidak dapat dipakai dalam alamat web",
    ),
    (
        "name pages with lowercase letters, digits and `-`, such as `tentang.md`",
        "beri nama halaman dengan huruf kecil, angka, dan `-`, misalnya `tentang.md`",
    ),
    (
        "this file is not part of the content format and is ignored",
        "berkas ini bukan bagian dari format konten dan diabaikan",
    ),
    (
        "the file name is not valid UTF-8 text",
        "nama berkas bukan teks UTF-8 yang sah",
    ),
    (
        "rename the file with letters, digits, `-`, `_` and `.`",
        "ganti nama berkas dengan huruf, angka, `-`, `_`, dan `.`",
    ),
    (
        "rename the file or move it into a folder of your own, such as `static/berkas/`; kinerja owns `{}` and the folders `{}/`",
        "ganti nama berkas atau pindahkan ke folder Anda sendiri, misalnya `static/berkas/`; kinerja memakai `{0}` dan folder `{1}/`",
    ),
    (
        "on Windows and macOS disks both would be one file; rename one of them",
        "di disk Windows dan macOS keduanya menjadi satu berkas; ganti nama salah satunya",
    ),
    (
        "their pages would share one folder on Windows and macOS disks; spell the id the same way in every year (`{}`), or choose another",
        "halamannya akan berbagi satu folder di disk Windows dan macOS; tulis id dengan cara yang sama setiap tahun (`{0}`), atau pilih id lain",
    ),
    (
        "static files are published as they are, at most 256 MiB each; link large documents from another host",
        "berkas statis diterbitkan apa adanya, paling besar 256 MiB per berkas; tautkan dokumen besar dari server lain",
    ),
    (
        "use at most a few levels of quotes and lists; deeper nesting cannot be read and is refused",
        "pakai paling banyak beberapa tingkat kutipan dan daftar; sarang yang lebih dalam tidak terbaca dan ditolak",
    ),
    (
        "move the files into the {} instead of linking them",
        "pindahkan berkasnya ke dalam {0} alih-alih menautkannya",
    ),
    (
        "only regular files are read; remove the link",
        "hanya berkas biasa yang dibaca; hapus tautannya",
    ),
    (
        "symbolic link leads to a {}, not a regular file",
        "tautan simbolik mengarah ke {0}, bukan berkas biasa",
    ),
    (
        "it contains a control character (such as a tab or a line break)",
        "nama itu memuat karakter kendali (misalnya tab atau ganti baris)",
    ),
    (
        "it ends with a dot or a space, which Windows drops",
        "nama itu diakhiri titik atau spasi, yang dibuang Windows",
    ),
    (
        "Windows reserves the name for a device (con, prn, aux, nul, com1 to com9, lpt1 to lpt9)",
        "Windows mencadangkan nama itu untuk perangkat (con, prn, aux, nul, com1 sampai com9, lpt1 sampai lpt9)",
    ),
    ("cannot read: {}", "tidak dapat dibaca: {0}"),
    (
        "check that the folder can be read",
        "periksa apakah folder itu dapat dibaca",
    ),
    ("cannot read file: {}", "berkas tidak dapat dibaca: {0}"),
    // The command line
    (
        "serving http://{}/ (Ctrl+C to stop); pages reload when the content changes",
        "menyajikan http://{0}/ (Ctrl+C untuk berhenti); halaman dimuat ulang setiap kali konten berubah",
    ),
    (
        "cannot serve on 127.0.0.1:{}: {}",
        "tidak dapat menyajikan di 127.0.0.1:{0}: {1}",
    ),
    (
        "another program may use the port; try `--port 8080`",
        "mungkin ada program lain yang memakai port itu; coba `--port 8080`",
    ),
    (
        "rebuilt {} files in {} s",
        "{0} berkas dibangun ulang dalam {1:num} detik",
    ),
    (
        "the last good site is still being served",
        "situs terakhir yang berhasil dibangun masih disajikan",
    ),
    (
        "there is no site to serve yet: the page shows these problems until they are fixed",
        "belum ada situs untuk disajikan: halaman menampilkan masalah ini sampai diperbaiki",
    ),
    (
        "cannot watch for changes; restart `kinerja serve` after editing",
        "tidak dapat memantau perubahan; jalankan ulang `kinerja serve` setelah menyunting",
    ),
    (
        "`{}` already exists and is not empty",
        "`{0}` sudah ada dan tidak kosong",
    ),
    (
        "generated {} files for {} units over {} years in {}",
        "{0} berkas dibuat untuk {1} unit selama {2} tahun di {3}",
    ),
    ("created a new site in {}", "situs baru dibuat di {0}"),
    (
        "next: cd {} && kinerja build   (then open public/index.html)",
        "selanjutnya: cd {0} && kinerja build   (lalu buka public/index.html)",
    ),
    (
        "the list of changes `{}` would be written inside the content or the output folder",
        "daftar perubahan `{0}` akan tertulis di dalam folder konten atau folder keluaran",
    ),
    (
        "write it beside them, such as `--changes perubahan.txt`",
        "tulis di luar keduanya, misalnya `--changes perubahan.txt`",
    ),
    (
        "the previous site in `{}` was left as it was",
        "situs sebelumnya di `{0}` dibiarkan seperti semula",
    ),
    (
        "the site was not built and `{}` was left as it was",
        "situs tidak dibangun dan `{0}` dibiarkan seperti semula",
    ),
    ("`{}` was left as it was", "`{0}` dibiarkan seperti semula"),
    (
        "cannot write the list of changes to `{}`: {}",
        "tidak dapat menulis daftar perubahan ke `{0}`: {1}",
    ),
    (
        "the site itself was built into `{}`",
        "situsnya sendiri sudah dibangun di `{0}`",
    ),
    (
        "built {} pages, {} charts, {} data files into {}: {} written, {} unchanged, {} removed ({} MB) in {} s",
        "{0} halaman, {1} grafik, {2} berkas data dibangun di {3}: {4} ditulis, {5} tidak berubah, {6} dihapus ({7:num} MB) dalam {8:num} detik",
    ),
    (
        "open {} in a browser, or copy the folder to the web host",
        "buka {0} di peramban, atau salin foldernya ke server web",
    ),
    (
        "checked {}: {} units, {} agreements, {} indicators, {} realisation reports, {} pages",
        "{0} diperiksa: {1} unit, {2} perjanjian, {3} indikator, {4} laporan realisasi, {5} halaman",
    ),
    ("{} errors, {} warnings", "{0} kesalahan, {1} peringatan"),
    ("{} error, {} warnings", "{0} kesalahan, {1} peringatan"),
    ("{} errors, {} warning", "{0} kesalahan, {1} peringatan"),
    ("{} error, {} warning", "{0} kesalahan, {1} peringatan"),
    (
        "{} problems in the content; the site was not built",
        "{0} masalah dalam konten; situs tidak dibangun",
    ),
    (
        "{} problem in the content; the site was not built",
        "{0} masalah dalam konten; situs tidak dibangun",
    ),
    ("the content could not be read", "konten tidak dapat dibaca"),
    (
        "theme folder `{}` named in site.yaml does not exist",
        "folder tema `{0}` yang disebut di site.yaml tidak ada",
    ),
    (
        "theme folder `{}` does not exist",
        "folder tema `{0}` tidak ada",
    ),
    ("checking the content…", "memeriksa konten…"),
    (
        "rendering pages, charts and data",
        "membuat halaman, grafik, dan data",
    ),
    (
        "rendering pages, charts and data…",
        "membuat halaman, grafik, dan data…",
    ),
    ("writing the site…", "menulis situs…"),
    ("checking the content: {} s", "memeriksa konten: {0} detik"),
    (
        "rendering pages, charts and data: {} s",
        "membuat halaman, grafik, dan data: {0} detik",
    ),
    ("writing the site: {} s", "menulis situs: {0} detik"),
    (
        "`--reported {}` is not a date; write it as YYYY-MM-DD",
        "`--reported {0}` bukan tanggal; tulis sebagai TTTT-BB-HH",
    ),
    (
        "fix the content first; nothing was imported",
        "perbaiki konten lebih dulu; tidak ada yang diimpor",
    ),
    (
        "{}: row {}, column {} ({}): {}",
        "{0}: baris {1}, kolom {2} ({3}): {4}",
    ),
    (
        "{} cell(s) could not be read; nothing was written",
        "{0} sel tidak dapat dibaca; tidak ada yang ditulis",
    ),
    ("replacing {}:", "mengganti {0}:"),
    (
        "`{}` already exists; use --force to replace it",
        "`{0}` sudah ada; pakai --force untuk menggantinya",
    ),
    (
        "the imported files do not check; they were removed and the content is as it was",
        "berkas hasil impor tidak lolos pemeriksaan; berkas itu dihapus dan konten kembali seperti semula",
    ),
    (
        "the imported files do not check, and not every file could be put back (above)",
        "berkas hasil impor tidak lolos pemeriksaan, dan tidak semua berkas dapat dikembalikan (lihat di atas)",
    ),
    ("wrote {}", "menulis {0}"),
    (
        "imported {} unit(s) for {} Triwulan {}; run `kinerja build` to publish",
        "{0} unit diimpor untuk {1} Triwulan {2}; jalankan `kinerja build` untuk menerbitkan",
    ),
    // The output folder
    (
        "another kinerja build is writing `{}` right now",
        "proses kinerja build lain sedang menulis `{0}`",
    ),
    (
        "wait until the other build has finished, then build again; a build that was killed holds nothing",
        "tunggu sampai proses itu selesai, lalu bangun lagi; proses yang dihentikan paksa tidak menahan apa pun",
    ),
    (
        "the output folder `{}` overlaps the content folder `{}`",
        "folder keluaran `{0}` bertumpang tindih dengan folder konten `{1}`",
    ),
    (
        "choose an output folder outside the content folder, e.g. `--out public` beside `content/`",
        "pilih folder keluaran di luar folder konten, misalnya `--out public` di samping `content/`",
    ),
    (
        "`{}` is not empty and was not written by kinerja; refusing to replace it",
        "`{0}` tidak kosong dan tidak ditulis oleh kinerja; folder itu tidak akan diganti",
    ),
    (
        "choose an empty or new folder; kinerja replaces only folders it wrote (they hold `.kinerja-output`)",
        "pilih folder kosong atau baru; kinerja hanya mengganti folder yang ditulisnya sendiri (berisi `.kinerja-output`)",
    ),
    (
        "cannot use `{}` as the output folder: {}",
        "`{0}` tidak dapat dipakai sebagai folder keluaran: {1}",
    ),
    (
        "restored the previous site into `{}` from `{}`, left by an interrupted build",
        "situs sebelumnya dipulihkan ke `{0}` dari `{1}`, sisa pembangunan yang terputus",
    ),
    (
        "removed `{}`, left by an interrupted build",
        "`{0}` dihapus, sisa pembangunan yang terputus",
    ),
    (
        "cannot remove `{}` ({}), left by an interrupted build; moved it to `{}`: remove it by hand",
        "`{0}` tidak dapat dihapus ({1}), sisa pembangunan yang terputus; dipindahkan ke `{2}`: hapus secara manual",
    ),
    (
        "the new site is in place, but the previous copy in `{}` could not be removed ({}); the next build removes it",
        "situs baru sudah terpasang, tetapi salinan sebelumnya di `{0}` tidak dapat dihapus ({1}); pembangunan berikutnya akan menghapusnya",
    ),
    // The content folder
    (
        "`{}` is not a content folder: it has no `site.yaml`, `units.yaml`, `agreements/` or `realisations/`",
        "`{0}` bukan folder konten: tidak ada `site.yaml`, `units.yaml`, `agreements/`, atau `realisations/`",
    ),
    (
        "the content folder is `{}`: pass `--content {}`",
        "folder kontennya `{0}`: berikan `--content {1}`",
    ),
    (
        "pass the folder that holds `site.yaml` with `--content DIR`, or create a new site with `kinerja new DIR`",
        "berikan folder yang berisi `site.yaml` dengan `--content DIR`, atau buat situs baru dengan `kinerja new DIR`",
    ),
    (
        "content folder `{}` does not exist or is not a folder",
        "folder konten `{0}` tidak ada atau bukan folder",
    ),
    (
        "run kinerja from the folder that holds `content/`, or pass `--content DIR`",
        "jalankan kinerja dari folder yang berisi `content/`, atau berikan `--content DIR`",
    ),
    // Import
    (
        "the sheet has no column for {}; see docs/import.md for the template",
        "lembar kerja tidak memiliki kolom untuk {0}; lihat contohnya di docs/import.md",
    ),
    ("cannot read `{}`: {}", "tidak dapat membaca `{0}`: {1}"),
    (
        "`{}` is not a unit id or name in units.yaml",
        "`{0}` bukan id atau nama unit di units.yaml",
    ),
    (
        "`{}` has no agreement for {}",
        "`{0}` tidak memiliki perjanjian untuk {1}",
    ),
    (
        "`{}` is not an indicator (`S1/IK1` or its exact name) of `{}` in {}",
        "`{0}` bukan indikator (`S1/IK1` atau namanya persis) milik `{1}` pada {2}",
    ),
    (
        "cannot read `{}` as a number; write it like `93,75` or `1.234,5`, or `-` if not yet measured",
        "`{0}` tidak dapat dibaca sebagai angka; tulis seperti `93,75` atau `1.234,5`, atau `-` bila belum diukur",
    ),
    (
        "`{}` appears twice for `{}`",
        "`{0}` muncul dua kali untuk `{1}`",
    ),
    (
        "`{}` is not a budget line of `{}` in {}",
        "`{0}` bukan pos anggaran milik `{1}` pada {2}",
    ),
    (
        "evidence link `{}` is not allowed; use an `https://` or `http://` address, or a path to a file in `static/`",
        "tautan bukti `{0}` tidak diizinkan; pakai alamat `https://` atau `http://`, atau jalur ke berkas di `static/`",
    ),
    (
        "this row has {} cells but the heading has {} columns: `{}` is under no heading; a value holding the separator (`;` or `,`) may have been split, so put it in quotes",
        "baris ini berisi {0} sel, padahal judul kolomnya {1}: `{2}` tidak berada di bawah judul mana pun; nilai yang memuat pemisah (`;` atau `,`) mungkin terpecah, jadi beri tanda kutip",
    ),
    (
        "the file unpacks to more than {} MiB; a spreadsheet to import is far smaller (it may be a zip bomb)",
        "berkas ini membesar menjadi lebih dari {0} MiB saat dibuka; lembar kerja untuk impor jauh lebih kecil (mungkin bom zip)",
    ),
];

/// The labels of a diagnostic line.
pub fn severity(label: &str, lang: Lang) -> &'static str {
    match (label, lang) {
        ("error", Lang::Id) => "kesalahan",
        ("warning", Lang::Id) => "peringatan",
        ("help", Lang::Id) => "saran",
        ("note", Lang::Id) => "catatan",
        ("error", _) => "error",
        ("warning", _) => "warning",
        ("help", _) => "help",
        _ => "note",
    }
}

/// `message` in `lang`: itself in English; in Indonesian through the first
/// pattern of [`MESSAGES`] that matches it, or itself if none does.
pub fn translate(message: &str, lang: Lang) -> Cow<'_, str> {
    if lang == Lang::En {
        return Cow::Borrowed(message);
    }
    for (pattern, wording) in MESSAGES {
        if let Some(found) = matched(pattern, message) {
            return Cow::Owned(fill(wording, &found));
        }
    }
    Cow::Borrowed(message)
}

/// Lines of the command line's output in `lang`: a label (`error:`,
/// `note:`, `= help:`) and the message after it are translated each.
pub fn translate_lines(text: &str, lang: Lang) -> Cow<'_, str> {
    if lang == Lang::En {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&translate_line(line, lang));
    }
    Cow::Owned(out)
}

fn translate_line(line: &str, lang: Lang) -> String {
    for label in ["error", "warning", "note", "help"] {
        for (before, after) in [("", ": "), ("  = ", ": ")] {
            if let Some(rest) = line
                .strip_prefix(before)
                .and_then(|l| l.strip_prefix(label))
                .and_then(|l| l.strip_prefix(after))
            {
                return format!(
                    "{before}{}{after}{}",
                    severity(label, lang),
                    translate(rest, lang)
                );
            }
        }
    }
    translate(line, lang).into_owned()
}

/// Whether `text` has a pattern in [`MESSAGES`].
pub fn has_translation(text: &str) -> bool {
    MESSAGES.iter().any(|(p, _)| matched(p, text).is_some())
}

/// The texts that stand for the `{}` of `pattern` in `text`, if it matches.
fn matched<'a>(pattern: &str, text: &'a str) -> Option<Vec<&'a str>> {
    let parts: Vec<&str> = pattern.split("{}").collect();
    let (first, rest) = parts.split_first()?;
    let Some((last, middle)) = rest.split_last() else {
        return (text == pattern).then(Vec::new);
    };
    let mut at = text.strip_prefix(first)?;
    let mut found = Vec::new();
    for part in middle {
        // The shortest text, of at least one character, up to the part.
        let end = at.char_indices().nth(1).map_or(at.len(), |(i, _)| i);
        let hole_end = end + at.get(end..)?.find(part)?;
        found.push(&at[..hole_end]);
        at = &at[hole_end + part.len()..];
    }
    let hole = at.strip_suffix(last)?;
    (!hole.is_empty()).then(|| {
        found.push(hole);
        found
    })
}

/// `wording` with `{0}`, `{1}`, … replaced by `found`; `{0:num}` writes a
/// decimal number with the Indonesian decimal comma (`11.5` → `11,5`).
fn fill(wording: &str, found: &[&str]) -> String {
    let mut out = wording.to_string();
    for (i, f) in found.iter().enumerate() {
        let decimal = f.split_once('.').is_some_and(|(a, b)| {
            !a.is_empty()
                && !b.is_empty()
                && a.trim_start_matches('-')
                    .chars()
                    .all(|c| c.is_ascii_digit())
                && b.chars().all(|c| c.is_ascii_digit())
        });
        let as_number = if decimal {
            f.replace('.', ",")
        } else {
            (*f).to_string()
        };
        out = out
            .replace(&format!("{{{i}:num}}"), &as_number)
            .replace(&format!("{{{i}}}"), f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_has_its_holes_in_the_wording() {
        for (pattern, wording) in MESSAGES {
            let holes = pattern.matches("{}").count();
            for i in 0..holes {
                assert!(
                    wording.contains(&format!("{{{i}}}"))
                        || wording.contains(&format!("{{{i}:num}}")),
                    "{pattern} → {wording}"
                );
            }
            assert!(!wording.contains(&format!("{{{holes}}}")), "{wording}");
            assert_ne!(pattern, wording);
        }
    }

    #[test]
    fn messages_are_put_into_indonesian_with_their_names_and_figures() {
        assert_eq!(
            translate("unknown field `satuan`", Lang::Id),
            "kunci `satuan` tidak dikenal"
        );
        assert_eq!(
            translate(
                "cascade link `bupati/S7` points to nothing: `bupati` has no objective `S7` in 2026",
                Lang::Id
            ),
            "tautan cascading `bupati/S7` tidak menunjuk apa pun: `bupati` tidak memiliki sasaran `S7` pada 2026"
        );
        assert_eq!(translate("file is empty", Lang::Id), "berkas kosong");
        assert_eq!(translate("file is empty", Lang::En), "file is empty");
        assert_eq!(translate("nothing like it", Lang::Id), "nothing like it");
        assert_eq!(
            translate(
                "did you mean `measure`? (`satuan` is written `measure` in kinerja files)",
                Lang::Id
            ),
            "maksudnya `measure`? (`satuan` ditulis `measure` dalam berkas kinerja)"
        );
    }
}
