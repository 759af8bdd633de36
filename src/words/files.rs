//! The wording of the problems found in the structure of content files,
//! their values and their references, with the hints that go with them.

use super::Table;

/// Structure, values, references and their hints.
pub(super) const FILES: Table = &[
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
];
