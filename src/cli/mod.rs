//! The command line: `kinerja check`, and later `build`.

use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Prints a line to standard output in the clerk's language; a closed pipe
/// (`kinerja build | head`) is not an error worth a panic.
macro_rules! say {
    ($($arg:tt)*) => {{
        let line = format!($($arg)*);
        let _ = writeln!(std::io::stdout(), "{}", crate::words::translate_lines(&line, lang()));
    }};
}

/// Prints a line to standard error in the clerk's language, ignoring a
/// closed pipe.
macro_rules! warn {
    ($($arg:tt)*) => {{
        let line = format!($($arg)*);
        let _ = writeln!(std::io::stderr(), "{}", crate::words::translate_lines(&line, lang()));
    }};
}

mod build;
mod check;
mod generate;
mod help;
mod import;
mod new;
mod progress;
mod serve;

/// The language of this run's messages, decided once at start.
static LANG: std::sync::OnceLock<crate::lang::Lang> = std::sync::OnceLock::new();

fn lang() -> crate::lang::Lang {
    LANG.get().copied().unwrap_or_default()
}

/// The language of the messages: `--lang`, else `KINERJA_LANG`, else the
/// site's `language:` in `site.yaml`, else Indonesian.
fn choose_lang(flag: Option<crate::lang::Lang>, content: Option<&Path>) -> crate::lang::Lang {
    use crate::lang::Lang;
    if let Some(l) = flag {
        return l;
    }
    if let Some(l) = std::env::var("KINERJA_LANG")
        .ok()
        .and_then(|v| Lang::parse(&v))
    {
        return l;
    }
    let from_site = content
        .and_then(|c| crate::files::read_regular(&c.join("site.yaml"), 1024 * 1024).ok())
        .and_then(|bytes| {
            String::from_utf8_lossy(&bytes).lines().find_map(|l| {
                l.strip_prefix("language:").map(|v| {
                    v.split('#')
                        .next()
                        .unwrap_or("")
                        .trim()
                        .trim_matches(['"', '\''])
                        .to_string()
                })
            })
        })
        .and_then(|v| Lang::parse(&v));
    from_site.unwrap_or_default()
}

fn parse_lang(s: &str) -> Result<crate::lang::Lang, String> {
    crate::lang::Lang::parse(s)
        .ok_or_else(|| format!("`{s}` is not a language kinerja speaks: use `id` or `en`"))
}

/// kinerja: publish performance agreements (Perjanjian Kinerja) and their
/// quarterly realisations as a static website.
#[derive(Debug, Parser)]
#[command(name = "kinerja", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of the messages: `id` (Bahasa Indonesia, the default) or
    /// `en`; also `KINERJA_LANG`, else `language:` in site.yaml.
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<crate::lang::Lang>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check the content folder and report every problem.
    Check(CheckArgs),
    /// Check the content and build the website.
    Build(BuildArgs),
    /// Preview the site on 127.0.0.1, rebuilding and reloading on every change.
    Serve(ServeArgs),
    /// Import a realisation spreadsheet (XLSX, XLS, ODS or CSV) as realisation files.
    Import(ImportArgs),
    /// Generate synthetic content for benchmarks (units in four levels, every quarter).
    Generate {
        /// The content folder to create.
        dir: PathBuf,
        /// Number of units.
        #[arg(long, default_value_t = 400)]
        units: usize,
        /// Number of years, ending in `--last-year`.
        #[arg(long, default_value_t = 5)]
        years: usize,
        /// Seed; the same seed gives the same files.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The last year.
        #[arg(long, default_value_t = 2026)]
        last_year: i32,
    },
    /// Create a new site: settings, one unit, one agreement and one realisation.
    New {
        /// The folder to create.
        dir: PathBuf,
    },
}

#[derive(Debug, clap::Args)]
struct BuildArgs {
    #[command(flatten)]
    check: CheckArgs,
    /// The output folder; replaced only when the whole build succeeded.
    #[arg(long, default_value = "public")]
    out: PathBuf,
    /// A theme folder (with `templates/` and `assets/`) overriding the default theme.
    #[arg(long)]
    theme: Option<PathBuf>,
    /// Write the changed output files to FILE (`A`/`M`/`D`, a tab, the path).
    #[arg(long, value_name = "FILE")]
    changes: Option<PathBuf>,
    /// Print nothing but problems and the one-line summary (no progress).
    #[arg(long, short)]
    quiet: bool,
    /// How to print the summary.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Build even if nothing changed since the last build (kinerja otherwise
    /// leaves an up-to-date output folder as it is, without checking it).
    #[arg(long)]
    force: bool,
}

#[derive(Debug, clap::Args)]
struct ServeArgs {
    #[command(flatten)]
    check: CheckArgs,
    /// The port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 8000)]
    port: u16,
    /// A theme folder overriding the default theme.
    #[arg(long)]
    theme: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct ImportArgs {
    /// The spreadsheet: one row per unit and indicator (see docs/import.md).
    file: PathBuf,
    /// The year of the realisation.
    #[arg(long)]
    year: i32,
    /// The quarter, 1–4.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    quarter: u8,
    /// The date of the report (YYYY-MM-DD).
    #[arg(long)]
    reported: String,
    /// The content folder.
    #[arg(long, default_value = "content")]
    content: PathBuf,
    /// Replace realisation files that already exist (the changes are shown).
    #[arg(long)]
    force: bool,
}

/// Summary formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// One line for people.
    Text,
    /// One JSON object for scripts and CI.
    Json,
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// The content folder.
    #[arg(long, default_value = "content")]
    content: PathBuf,
    /// Treat warnings as errors.
    #[arg(long)]
    deny_warnings: bool,
}

/// Parses the process arguments, with `--help` in Indonesian unless
/// `--lang en` or `KINERJA_LANG=en` asks for English.
fn parse_in_the_clerks_language() -> Cli {
    use clap::{CommandFactory as _, FromArgMatches as _};
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let flag = args.windows(2).find_map(|w| {
        (w[0] == "--lang")
            .then(|| crate::lang::Lang::parse(&w[1].to_string_lossy()))
            .flatten()
    });
    let flag = flag.or_else(|| {
        args.iter().find_map(|a| {
            a.to_string_lossy()
                .strip_prefix("--lang=")
                .and_then(crate::lang::Lang::parse)
        })
    });
    let lang = choose_lang(flag, None);
    let cmd = match lang {
        crate::lang::Lang::Id => help::indonesian(Cli::command()),
        crate::lang::Lang::En => Cli::command(),
    };
    let matches = cmd.get_matches_from(args);
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// Runs the command line with the process arguments.
pub fn main() -> ExitCode {
    let cli = parse_in_the_clerks_language();
    let content = match &cli.command {
        Command::Check(a) => Some(a.content.as_path()),
        Command::Build(a) => Some(a.check.content.as_path()),
        Command::Serve(a) => Some(a.check.content.as_path()),
        Command::Import(a) => Some(a.content.as_path()),
        _ => None,
    };
    let _ = LANG.set(choose_lang(cli.lang, content));
    match cli.command {
        Command::Check(args) => check::check(&args),
        Command::Build(args) => build::build(&args),
        Command::Import(args) => import::import(&args),
        Command::Serve(args) => serve::serve(&args),
        Command::Generate {
            dir,
            units,
            years,
            seed,
            last_year,
        } => generate::run(&dir, units, years, seed, last_year),
        Command::New { dir } => new::run(&dir),
    }
}
