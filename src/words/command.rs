//! The command line's own sentences: summaries, progress, the output
//! folder, the content folder and import.

use super::Table;

/// The command line.
pub(super) const COMMAND: Table = &[
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
        "choose an empty or new folder; kinerja replaces only folders it wrote (marked in `.<name>.kinerja-state/` beside them)",
        "pilih folder kosong atau baru; kinerja hanya mengganti folder yang ditulisnya sendiri (ditandai dalam `.<nama>.kinerja-state/` di sampingnya)",
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
