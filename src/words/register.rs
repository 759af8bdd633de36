//! The wording of the checks on document registers, document files, the
//! edition and the timeliness rules.

use super::Table;

/// Document registers, document files, editions and deadlines.
pub(super) const REGISTER: Table = &[
    (
        "documents are published as they are; put the PDF itself in `documents/`, not a link to it",
        "dokumen dipublikasikan apa adanya; letakkan berkas PDF-nya sendiri di `documents/`, bukan tautan ke berkas itu",
    ),
    (
        "document registers go in `documents/<year>/<unit>.yaml` and their files beside them, such as `documents/2026/dinkes/renja-2026.pdf`",
        "daftar dokumen disimpan di `documents/<tahun>/<unit>.yaml` dan berkasnya di sampingnya, misalnya `documents/2026/dinkes/renja-2026.pdf`",
    ),
    (
        "`{}` is not a kind of document",
        "`{0}` bukan jenis dokumen",
    ),
    ("the kinds are {}", "jenis yang ada: {0}"),
    (
        "an edition cannot publish what is dated after it: correct the date, or the edition's `date:` in site.yaml",
        "sebuah edisi tidak dapat memuat sesuatu yang bertanggal sesudahnya: perbaiki tanggalnya, atau `date:` edisi di site.yaml",
    ),
    (
        "dated {}, after this edition's own date ({})",
        "bertanggal {0}, sesudah tanggal edisi ini sendiri ({1})",
    ),
    (
        "document file `{}` does not exist",
        "berkas dokumen `{0}` tidak ada",
    ),
    (
        "document file `{}` is {} MiB, above the limit of {} MiB",
        "berkas dokumen `{0}` berukuran {1:num} MiB, melebihi batas {2:num} MiB",
    ),
    (
        "document file `{}` is outside the `documents/` folder",
        "berkas dokumen `{0}` berada di luar folder `documents/`",
    ),
    (
        "document file `{}` is outside the content folder",
        "berkas dokumen `{0}` berada di luar folder konten",
    ),
    (
        "documents are published from `documents/<year>/<folder>/`: move the file there, such as `documents/2026/dinkes/renja-2026.pdf`",
        "dokumen dipublikasikan dari `documents/<tahun>/<folder>/`: pindahkan berkasnya ke sana, misalnya `documents/2026/dinkes/renja-2026.pdf`",
    ),
    (
        "name it in `file:` of a document in `documents/<year>/<unit>.yaml`, or remove it",
        "sebutkan di `file:` sebuah dokumen dalam `documents/<tahun>/<unit>.yaml`, atau hapus berkasnya",
    ),
    (
        "put the file in the content folder under `documents/`, and write its path from this file's folder, such as `dinkes/renja-2026.pdf`",
        "letakkan berkas di folder konten di bawah `documents/`, dan tulis jalurnya dari folder berkas ini, misalnya `dinkes/renja-2026.pdf`",
    ),
    (
        "put the file there (a regular file, not a link leaving the content folder), or correct the path; it is written from this file's folder",
        "letakkan berkasnya di sana (berkas biasa, bukan tautan ke luar folder konten), atau perbaiki jalurnya; jalur ditulis dari folder berkas ini",
    ),
    (
        "readers download it on a phone: reduce the PDF (scan at 150 dpi, grey), or raise `max_document_mb` in site.yaml",
        "pembaca mengunduhnya lewat ponsel: perkecil PDF-nya (pindai 150 dpi, abu-abu), atau naikkan `max_document_mb` di site.yaml",
    ),
    (
        "the file is named `{}` but says unit `{}`",
        "nama berkas `{0}` tetapi isinya menyebut unit `{1}`",
    ),
    (
        "this document file is not listed in any register and is not published",
        "berkas dokumen ini tidak tercantum di daftar dokumen mana pun dan tidak dipublikasikan",
    ),
    (
        "write the date the document was signed or published as year-month-day, such as `2026-02-05`",
        "tulis tanggal dokumen ditandatangani atau diterbitkan sebagai tahun-bulan-hari, misalnya `2026-02-05`",
    ),
    (
        "write the document's address on another host, starting with `https://`; or put the file itself in `documents/` and name it in `file:`",
        "tulis alamat dokumen di situs lain, diawali `https://`; atau letakkan berkasnya di `documents/` dan sebutkan di `file:`",
    ),
    (
        "`max_document_mb` must be above 0 and at most 256, not {}",
        "`max_document_mb` harus di atas 0 dan paling besar 256, bukan {0}",
    ),
    (
        "`{}` must be a whole number from 1 to {}",
        "`{0}` harus bilangan bulat dari 1 sampai {1}",
    ),
    (
        "name the edition as readers will cite it, such as `2026 TW II`",
        "namai edisi sebagaimana pembaca akan mengutipnya, misalnya `2026 TW II`",
    ),
    (
        "the budget document of {} is given twice",
        "dokumen anggaran tahun {0} disebut dua kali",
    ),
    (
        "the default is 20 (MiB); most hosts refuse larger uploads",
        "bawaannya 20 (MiB); kebanyakan server menolak unggahan yang lebih besar",
    ),
    ("the edition has no name", "edisi tidak bernama"),
    (
        "write the rule of the regulation that applies, such as `1` month for the PK or `3` months for the LKjIP",
        "tulis aturan dari regulasi yang berlaku, misalnya `1` bulan untuk PK atau `3` bulan untuk LKjIP",
    ),
];

/// SAKIP evaluations, their recommendations and follow-up.
pub(super) const EVALUATIONS: Table = &[
    (
        "dated {}, before the year it evaluates ({}) was over",
        "bertanggal {0}, sebelum tahun yang dievaluasinya ({1}) berakhir",
    ),
    (
        "the evaluation of {} assesses its LKjIP, written after the year; if the report is named after the year it was done in, write `year: {}`",
        "evaluasi atas tahun {0} menilai LKjIP-nya, yang disusun sesudah tahun itu; jika laporannya dinamai menurut tahun pelaksanaan evaluasi, tulis `year: {1}`",
    ),
    (
        "an evaluation of {}, but {} is not over at this edition ({})",
        "evaluasi atas tahun {0}, padahal tahun {1} belum berakhir pada edisi ini ({2})",
    ),
    (
        "write the year the evaluation assessed (an evaluation done in {} assesses {}), and its `date:`",
        "tulis tahun yang dinilai evaluasi (evaluasi yang dilakukan pada {0} menilai tahun {1}), beserta `date:`-nya",
    ),
    (
        "recommendation `{}` is given twice",
        "rekomendasi `{0}` disebut dua kali",
    ),
    (
        "number each recommendation as the evaluation report does",
        "beri nomor setiap rekomendasi seperti dalam laporan hasil evaluasi",
    ),
    (
        "the recommendation has no text",
        "rekomendasi tidak berisi uraian",
    ),
    (
        "copy the recommendation from the evaluation report",
        "salin rekomendasi dari laporan hasil evaluasi",
    ),
    (
        "`{}` is not a follow-up status",
        "`{0}` bukan status tindak lanjut",
    ),
    (
        "write `terbuka`, `proses` or `selesai`",
        "tulis `terbuka`, `proses` atau `selesai`",
    ),
    (
        "dated {}, before the evaluation report itself ({})",
        "bertanggal {0}, sebelum laporan hasil evaluasinya sendiri ({1})",
    ),
    (
        "a follow-up comes after the recommendation: check the year",
        "tindak lanjut datang sesudah rekomendasi: periksa tahunnya",
    ),
    (
        "recommendation `{}` is closed but has no `closed:` date",
        "rekomendasi `{0}` berstatus selesai tetapi tidak memiliki tanggal `closed:`",
    ),
    (
        "write the date the follow-up was completed, such as `closed: 2026-05-12`",
        "tulis tanggal tindak lanjut diselesaikan, misalnya `closed: 2026-05-12`",
    ),
    (
        "recommendation `{}` has a `closed:` date but its status is `{}`",
        "rekomendasi `{0}` memiliki tanggal `closed:` tetapi statusnya `{1}`",
    ),
    (
        "write `status: selesai` if it is done, or remove `closed:`",
        "tulis `status: selesai` jika sudah selesai, atau hapus `closed:`",
    ),
    (
        "the follow-up says nothing",
        "tindak lanjut tidak berisi uraian",
    ),
    (
        "write what was done, such as `Renstra direviu dan IKU ditetapkan ulang`",
        "tulis apa yang dilakukan, misalnya `Renstra direviu dan IKU ditetapkan ulang`",
    ),
    (
        "a follow-up dated {}, after the recommendation was closed ({})",
        "tindak lanjut bertanggal {0}, sesudah rekomendasinya dinyatakan selesai ({1})",
    ),
    (
        "check the dates, or leave the recommendation open until the last step",
        "periksa tanggalnya, atau biarkan rekomendasi terbuka sampai langkah terakhir",
    ),
    (
        "the SAKIP evaluation has no `year:`",
        "hasil evaluasi SAKIP tidak memiliki `year:`",
    ),
    (
        "write the year evaluated, such as `year: 2025`",
        "tulis tahun yang dievaluasi, misalnya `year: 2025`",
    ),
    (
        "this register is for {}, but its evaluation says {}",
        "daftar dokumen ini untuk tahun {0}, tetapi evaluasinya menyebut {1}",
    ),
    (
        "put the evaluation of {} in `documents/{}/{}.yaml`, or leave `year:` out",
        "letakkan evaluasi tahun {0} di `documents/{1}/{2}.yaml`, atau hapus `year:`",
    ),
];

/// The archives of earlier editions.
pub(super) const EDITIONS: Table = &[
    (
        "an edition's archive without its `angka.json`",
        "arsip edisi tanpa `angka.json`-nya",
    ),
    (
        "copy the whole `edisi/<edition>/` folder of the site as it was published",
        "salin seluruh folder `edisi/<edisi>/` situs sebagaimana diterbitkan",
    ),
    (
        "this is not an edition's archive: {}",
        "ini bukan arsip edisi: {0}",
    ),
    (
        "copy `angka.json` from the site's `edisi/<edition>/` folder as it is; do not edit it",
        "salin `angka.json` dari folder `edisi/<edisi>/` situs apa adanya; jangan diubah",
    ),
    (
        "the archive of edition `{}` is in folder `{}`",
        "arsip edisi `{0}` berada di folder `{1}`",
    ),
    ("move it to `editions/{}/`", "pindahkan ke `editions/{0}/`"),
    (
        "`{}` is this edition: its archive is made by the build",
        "`{0}` adalah edisi ini: arsipnya dibuat oleh build",
    ),
    (
        "keep in `editions/` only earlier editions; name a new edition in site.yaml's `edition:`",
        "simpan di `editions/` hanya edisi sebelumnya; namai edisi baru di `edition:` pada site.yaml",
    ),
    (
        "edition `{}` is dated {}, not before this edition ({})",
        "edisi `{0}` bertanggal {1}, tidak sebelum edisi ini ({2})",
    ),
    (
        "an archive keeps an earlier edition: check site.yaml's `edition:`",
        "arsip menyimpan edisi sebelumnya: periksa `edition:` di site.yaml",
    ),
    (
        "an earlier edition's archive goes in `editions/<edition>/`: copy the built site's `edisi/<edition>/` folder there",
        "arsip edisi sebelumnya disimpan di `editions/<edisi>/`: salin folder `edisi/<edisi>/` dari situs yang sudah dibangun ke sana",
    ),
    (
        "cannot read `{}` to sum it",
        "`{0}` tidak dapat dibaca untuk dihitung SHA-256-nya",
    ),
];
