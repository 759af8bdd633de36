//! The wording of the checks on annual report chapters
//! (`reports/<year>/<unit>.md`).

use super::Table;

/// Annual report (LKjIP) chapters.
pub(super) const REPORTS: Table = &[
    (
        "the chapters of an annual report (LKjIP) are Markdown in `reports/<year>/<unit>.md`, such as `reports/2025/dinkes.md`",
        "bab-bab laporan kinerja (LKjIP) ditulis dalam Markdown di `reports/<tahun>/<unit>.md`, misalnya `reports/2025/dinkes.md`",
    ),
    (
        "add a line with only `---` after the last YAML field, or remove the first `---` line: a report's front matter is optional",
        "tambahkan baris berisi `---` saja sesudah isian YAML terakhir, atau hapus baris `---` pertama: front matter laporan tidak wajib",
    ),
    (
        "did you mean `{}`? The file is named after the unit: rename it to `{}.md`",
        "mungkin maksudnya `{0}`? Nama berkas adalah nama unit: ganti namanya menjadi `{1}.md`",
    ),
    (
        "name the file after a unit in units.yaml, such as `dinkes.md`",
        "beri nama berkas sesuai unit di units.yaml, misalnya `dinkes.md`",
    ),
    (
        "`{}` has no agreement for {}: an annual report reports on one",
        "`{0}` tidak memiliki perjanjian kinerja tahun {1}: laporan kinerja melaporkan perjanjian itu",
    ),
    (
        "add `agreements/{}/{}.yaml`, or move the report to the folder of the year it reports on",
        "tambahkan `agreements/{0}/{1}.yaml`, atau pindahkan laporan ke folder tahun yang dilaporkannya",
    ),
    (
        "write the date the report was signed as year-month-day, such as `2026-03-20`",
        "tulis tanggal laporan ditandatangani sebagai tahun-bulan-tanggal, misalnya `2026-03-20`",
    ),
    (
        "dated {}, before the year it reports on ({}) is over",
        "bertanggal {0}, sebelum tahun yang dilaporkannya ({1}) berakhir",
    ),
    (
        "an annual report is signed after the year, usually by the end of March {}: correct `date:`, or leave it out while the report is a draft",
        "laporan kinerja ditandatangani sesudah tahunnya berakhir, biasanya paling lambat akhir Maret {0}: perbaiki `date:`, atau hapus selama laporan masih konsep",
    ),
    (
        "text before the first chapter heading belongs to no chapter",
        "teks sebelum judul bab pertama tidak termasuk bab mana pun",
    ),
    (
        "start the text with its chapter's heading, such as `## Ikhtisar Eksekutif`; the chapters are `## Ikhtisar Eksekutif`, `## I Pendahuluan`, `## II Perencanaan Kinerja`, `## III Akuntabilitas Kinerja` and `## IV Penutup`; sections within a chapter use `###`",
        "awali teks dengan judul babnya, misalnya `## Ikhtisar Eksekutif`; bab-babnya adalah `## Ikhtisar Eksekutif`, `## I Pendahuluan`, `## II Perencanaan Kinerja`, `## III Akuntabilitas Kinerja` dan `## IV Penutup`; subbab memakai `###`",
    ),
    (
        "`# {}` is a title, not a chapter",
        "`# {0}` adalah judul, bukan bab",
    ),
    (
        "the report's title is made from the unit and the year; the chapters are `## Ikhtisar Eksekutif`, `## I Pendahuluan`, `## II Perencanaan Kinerja`, `## III Akuntabilitas Kinerja` and `## IV Penutup`; sections within a chapter use `###`",
        "judul laporan dibuat dari unit dan tahunnya; bab-babnya adalah `## Ikhtisar Eksekutif`, `## I Pendahuluan`, `## II Perencanaan Kinerja`, `## III Akuntabilitas Kinerja` dan `## IV Penutup`; subbab memakai `###`",
    ),
    (
        "chapter `{}` again: it began on line {}",
        "bab `{0}` muncul lagi: bab itu sudah dimulai di baris {1}",
    ),
    (
        "write each chapter once; sections within a chapter use `###`",
        "tulis setiap bab sekali saja; subbab memakai `###`",
    ),
    (
        "`## {}`: the annexes are made from the data, not written",
        "`## {0}`: lampiran dibuat dari data, tidak ditulis",
    ),
    (
        "remove the heading and its text: the report's annexes are the agreement and its realisation, as published on the site",
        "hapus judul dan teksnya: lampiran laporan adalah perjanjian kinerja dan realisasinya, seperti yang dipublikasikan di situs",
    ),
    (
        "`## {}`: chapter {} is {}, not {}",
        "`## {0}`: bab {1} adalah {2}, bukan {3}",
    ),
    ("write `## {}`", "tulis `## {0}`"),
    (
        "`## {}` is not a chapter of an annual report",
        "`## {0}` bukan bab laporan kinerja",
    ),
    (
        "did you mean `## {}`? the chapters are `## Ikhtisar Eksekutif`, `## I Pendahuluan`, `## II Perencanaan Kinerja`, `## III Akuntabilitas Kinerja` and `## IV Penutup`; sections within a chapter use `###`",
        "mungkin maksudnya `## {0}`? bab-babnya adalah `## Ikhtisar Eksekutif`, `## I Pendahuluan`, `## II Perencanaan Kinerja`, `## III Akuntabilitas Kinerja` dan `## IV Penutup`; subbab memakai `###`",
    ),
    (
        "the chapters are `## Ikhtisar Eksekutif`, `## I Pendahuluan`, `## II Perencanaan Kinerja`, `## III Akuntabilitas Kinerja` and `## IV Penutup`; sections within a chapter use `###`",
        "bab-babnya adalah `## Ikhtisar Eksekutif`, `## I Pendahuluan`, `## II Perencanaan Kinerja`, `## III Akuntabilitas Kinerja` dan `## IV Penutup`; subbab memakai `###`",
    ),
    ("chapter `{}` has no text", "bab `{0}` belum berisi teks"),
    (
        "write the chapter, or remove its heading: a chapter not written is shown as not yet written",
        "tulis babnya, atau hapus judulnya: bab yang belum ditulis ditampilkan sebagai belum ditulis",
    ),
];
