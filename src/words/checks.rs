//! The wording of the checks on settings, the unit tree, agreements,
//! realisations, data flags, pages and static files.

use super::Table;

/// Settings, the tree, agreements, realisations, flags, pages and paths.
pub(super) const CHECKS: Table = &[
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
];
