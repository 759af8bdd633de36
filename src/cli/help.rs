//! `--help` in Indonesian: the same commands and options as the English
//! help (written as doc comments on the argument types), in the clerk's
//! words. Indonesian is the default; `--lang en` or `KINERJA_LANG=en`
//! shows the English help.

use clap::{Arg, ArgAction, Command};

/// What each command does.
const COMMANDS: &[(&str, &str)] = &[
    (
        "check",
        "Periksa folder konten dan laporkan setiap masalah.",
    ),
    ("build", "Periksa konten lalu bangun situs web."),
    (
        "serve",
        "Pratinjau situs di 127.0.0.1; dibangun dan dimuat ulang setiap kali konten berubah.",
    ),
    (
        "import",
        "Impor lembar kerja realisasi (XLSX, XLS, ODS, atau CSV) menjadi berkas realisasi.",
    ),
    (
        "generate",
        "Buat konten sintetis untuk uji kecepatan (unit dalam empat tingkat, setiap triwulan).",
    ),
    (
        "new",
        "Buat situs baru: pengaturan, satu unit, satu perjanjian, dan satu realisasi.",
    ),
];

/// What each option says, by command (`*`: every command that has it).
const OPTIONS: &[(&str, &str, &str)] = &[
    (
        "*",
        "lang",
        "Bahasa pesan: `id` (Bahasa Indonesia, bawaan) atau `en`; juga `KINERJA_LANG`, atau `language:` di site.yaml",
    ),
    ("*", "content", "Folder konten"),
    (
        "*",
        "deny_warnings",
        "Perlakukan peringatan sebagai kesalahan",
    ),
    (
        "*",
        "theme",
        "Folder tema (berisi `templates/` dan `assets/`) yang menggantikan tema bawaan",
    ),
    (
        "build",
        "out",
        "Folder keluaran; baru diganti bila seluruh pembangunan berhasil",
    ),
    (
        "build",
        "changes",
        "Tulis daftar berkas keluaran yang berubah ke FILE (`A`/`M`/`D`, tab, jalur)",
    ),
    (
        "build",
        "quiet",
        "Tampilkan hanya masalah dan ringkasan satu baris (tanpa kemajuan)",
    ),
    (
        "build",
        "format",
        "Cara menampilkan ringkasan: `text` (untuk orang) atau `json` (untuk skrip dan CI)",
    ),
    (
        "build",
        "force",
        "Bangun walau tidak ada yang berubah sejak pembangunan terakhir",
    ),
    (
        "serve",
        "port",
        "Port di 127.0.0.1 (0 memilih port yang bebas)",
    ),
    (
        "import",
        "file",
        "Lembar kerja: satu baris per unit dan indikator (lihat docs/import.md)",
    ),
    ("import", "year", "Tahun realisasi"),
    ("import", "quarter", "Triwulan, 1–4"),
    ("import", "reported", "Tanggal laporan (TTTT-BB-HH)"),
    (
        "import",
        "force",
        "Ganti berkas realisasi yang sudah ada (perubahannya ditampilkan)",
    ),
    ("generate", "dir", "Folder konten yang dibuat"),
    ("generate", "units", "Jumlah unit"),
    (
        "generate",
        "years",
        "Jumlah tahun, berakhir di `--last-year`",
    ),
    (
        "generate",
        "seed",
        "Benih acak; benih yang sama menghasilkan berkas yang sama",
    ),
    ("generate", "last_year", "Tahun terakhir"),
    ("new", "dir", "Folder yang dibuat"),
];

const TEMPLATE: &str = "{about-with-newline}\nPenggunaan: {usage}\n\n{all-args}{after-help}";

/// `cmd` with its help in Indonesian.
pub(super) fn indonesian(cmd: Command) -> Command {
    let cmd = localise(cmd, None)
        .about("kinerja: terbitkan Perjanjian Kinerja dan realisasi triwulanannya sebagai situs web statis.")
        .subcommand_help_heading("Perintah")
        .disable_help_subcommand(true);
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    names.into_iter().fold(cmd, |cmd, name| {
        let about = COMMANDS.iter().find(|(c, _)| *c == name).map(|(_, a)| *a);
        cmd.mut_subcommand(&name, |sub| {
            let sub = localise(sub, Some(&name));
            match about {
                Some(a) => sub.about(a),
                None => sub,
            }
        })
    })
}

/// The options of `cmd` (the command `name`, or the top) in Indonesian,
/// with Indonesian headings and help and version flags.
fn localise(cmd: Command, name: Option<&str>) -> Command {
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let mut cmd = cmd.help_template(TEMPLATE).disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help("Tampilkan bantuan ini")
            .help_heading("Pilihan"),
    );
    if name.is_none() {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help("Tampilkan versi")
                .help_heading("Pilihan"),
        );
    }
    for id in ids {
        let help = OPTIONS
            .iter()
            .find(|(c, a, _)| *a == id && (*c == "*" || Some(*c) == name))
            .map(|(_, _, h)| *h);
        cmd = cmd.mut_arg(&id, |arg| {
            let heading = if arg.is_positional() {
                "Argumen"
            } else {
                "Pilihan"
            };
            let arg = arg.help_heading(heading);
            match help {
                Some(h) => arg.help(h).long_help(None::<&str>),
                None => arg,
            }
        });
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory as _;

    #[test]
    fn every_command_and_option_has_its_indonesian_help() {
        let cmd = super::super::Cli::command();
        let mut missing = Vec::new();
        for sub in cmd.get_subcommands() {
            let name = sub.get_name();
            if !COMMANDS.iter().any(|(c, _)| *c == name) {
                missing.push(name.to_string());
            }
            for arg in sub.get_arguments() {
                let id = arg.get_id().as_str();
                let found = OPTIONS
                    .iter()
                    .any(|(c, a, _)| *a == id && (*c == "*" || *c == name));
                if !found {
                    missing.push(format!("{name} --{id}"));
                }
            }
        }
        assert!(missing.is_empty(), "no Indonesian help for {missing:?}");
        // And the result is a valid command.
        indonesian(super::super::Cli::command()).debug_assert();
    }
}
