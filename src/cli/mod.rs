//! The command line: `kinerja check`, and later `build`.

mod generate;
mod help;
mod new;

use crate::diag::{self, Diagnostics, Sources};
use crate::{load, model::Site, validate};
use clap::{Parser, Subcommand};
use std::io::Write as _;
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

/// The result of loading and validating a content folder.
pub struct Checked {
    /// The model (partial when there were errors).
    pub site: Option<Site>,
    /// Every problem found.
    pub diagnostics: Diagnostics,
    /// File texts, for quoting in diagnostics.
    pub sources: Sources,
    /// Files under `static/`, relative to the content folder.
    pub static_files: Vec<PathBuf>,
}

/// Loads and validates `content`.
pub fn check_content(content: &Path) -> Result<Checked, load::LoadError> {
    let mut diagnostics = Diagnostics::new();
    let mut sources = Sources::default();
    let raw = load::load(content, &mut diagnostics, &mut sources)?;
    let static_files = raw.static_files.clone();
    let site = validate::validate(raw, &mut diagnostics);
    if diagnostics.error_count() == 0 {
        let figures = crate::compute::site_figures(&site);
        crate::compute::warnings(&site, &figures, &sources, &mut diagnostics);
    }
    Ok(Checked {
        site: Some(site),
        diagnostics,
        sources,
        static_files,
    })
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
        Command::Check(args) => check(&args),
        Command::Build(args) => build(&args),
        Command::Import(args) => import(&args),
        Command::Serve(args) => {
            let opts = crate::pipeline::Options {
                content: args.check.content.clone(),
                theme: args.theme.clone(),
                deny_warnings: args.check.deny_warnings,
                lang: lang(),
            };
            let result = crate::serve::serve(opts, args.port, |addr| {
                say!(
                    "serving http://{addr}/ (Ctrl+C to stop); pages reload when the content changes"
                );
            });
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    warn!("error: cannot serve on 127.0.0.1:{}: {err}", args.port);
                    warn!("  = help: another program may use the port; try `--port 8080`");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Generate {
            dir,
            units,
            years,
            seed,
            last_year,
        } => {
            if dir.exists()
                && std::fs::read_dir(&dir)
                    .map(|mut d| d.next().is_some())
                    .unwrap_or(true)
            {
                warn!("error: `{}` already exists and is not empty", dir.display());
                return ExitCode::FAILURE;
            }
            match generate::generate(&dir, units, years, seed, last_year) {
                Ok(n) => {
                    say!(
                        "generated {n} files for {units} units over {years} years in {}",
                        dir.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(err) => {
                    warn!("error: cannot write `{}`: {err}", dir.display());
                    ExitCode::FAILURE
                }
            }
        }
        Command::New { dir } => match new::create(&dir) {
            Ok(()) => {
                say!("created a new site in {}", dir.display());
                say!(
                    "next: cd {} && kinerja build   (then open public/index.html)",
                    dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(err) => {
                warn!("error: {err}");
                ExitCode::FAILURE
            }
        },
    }
}

fn build(args: &BuildArgs) -> ExitCode {
    let started = std::time::Instant::now();
    let content = &args.check.content;
    let opts = crate::pipeline::Options {
        content: content.clone(),
        theme: args.theme.clone(),
        deny_warnings: args.check.deny_warnings,
        lang: lang(),
    };
    // The list of changes is written after the site: never into the
    // content or the site itself.
    if let Some(changes) = &args.changes
        && let (Ok(file), Ok(c), Ok(o)) = (
            crate::output::resolve(changes),
            crate::output::resolve(content),
            crate::output::resolve(&args.out),
        )
        && (file.starts_with(&c) || file.starts_with(&o))
    {
        warn!(
            "error: the list of changes `{}` would be written inside the content or the output folder",
            changes.display()
        );
        warn!("  = help: write it beside them, such as `--changes perubahan.txt`");
        warn!("`{}` was left as it was", args.out.display());
        return ExitCode::FAILURE;
    }
    // The output folder is held from here to the end of the build.
    let output = match crate::output::Output::open(&args.out, content) {
        Ok(o) => o,
        Err(err) => {
            warn!("error: {err}");
            if let Some(help) = err.help() {
                warn!("  = help: {help}");
            }
            warn!("`{}` was left as it was", args.out.display());
            return ExitCode::FAILURE;
        }
    };
    for note in &output.recovered {
        warn!("note: {note}");
    }
    // Nothing changed since the last build: the output is up to date.
    let input = crate::pipeline::input_fingerprint(&opts);
    let up_to_date = input
        .filter(|_| !args.force)
        .and_then(|i| crate::output::up_to_date(output.path(), i));
    if let Some(record) = up_to_date {
        let _ = std::io::stderr().write_all(record.warnings.as_bytes());
        let summary = crate::output::WriteSummary {
            files: record.files,
            bytes: record.bytes,
            unchanged: record.files,
            ..Default::default()
        };
        return report(args, &record, &summary, started);
    }
    let mut progress = Progress::new(args.quiet || args.format == Format::Json);
    let prepared = match crate::pipeline::prepare(&opts, &mut |stage| progress.stage(stage)) {
        Ok(p) => p,
        Err(failed) => {
            progress.finish();
            let _ = std::io::stderr()
                .write_all(crate::words::translate_lines(&failed.message, lang()).as_bytes());
            warn!("`{}` was left as it was", args.out.display());
            return ExitCode::FAILURE;
        }
    };
    let staging = match crate::output::Staging::begin(output) {
        Ok(s) => s,
        Err(err) => {
            progress.finish();
            warn!("error: {err}");
            warn!(
                "the previous site in `{}` was left as it was",
                args.out.display()
            );
            return ExitCode::FAILURE;
        }
    };
    progress.stage("render");
    let counted = progress.counting(&staging, staging.expected_files());
    let rendered = prepared.render_into(&counted);
    drop(counted);
    let stats = match rendered {
        Ok(stats) => stats,
        Err(failed) => {
            progress.finish();
            let _ = std::io::stderr()
                .write_all(crate::words::translate_lines(&failed.message, lang()).as_bytes());
            warn!(
                "the site was not built and `{}` was left as it was",
                args.out.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let _ = std::io::stderr().write_all(prepared.warnings.as_bytes());
    let record = crate::output::BuildRecord {
        pages: stats.pages,
        charts: stats.charts,
        data_files: stats.data_files,
        warnings: prepared.warnings.clone(),
        warning_count: prepared.warning_count,
        ..Default::default()
    };
    progress.stage("write");
    let written = match input {
        Some(i) => staging
            .built_from(i, record.clone())
            .and_then(|()| staging.commit()),
        None => staging.commit(),
    };
    progress.finish();
    match written {
        Ok(summary) => report(args, &record, &summary, started),
        Err(err) => {
            warn!("error: {err}");
            warn!(
                "the previous site in `{}` was left as it was",
                args.out.display()
            );
            ExitCode::FAILURE
        }
    }
}

/// Prints the summary of a build and writes the list of changes.
fn report(
    args: &BuildArgs,
    record: &crate::output::BuildRecord,
    summary: &crate::output::WriteSummary,
    started: std::time::Instant,
) -> ExitCode {
    let (pages, charts, data_files) = (record.pages, record.charts, record.data_files);
    for note in &summary.notes {
        warn!("note: {note}");
    }
    if let Some(path) = &args.changes
        && let Err(err) = std::fs::write(path, summary.changes())
    {
        warn!(
            "error: cannot write the list of changes to `{}`: {err}",
            path.display()
        );
        warn!(
            "  = note: the site itself was built into `{}`",
            args.out.display()
        );
        return ExitCode::FAILURE;
    }
    let seconds = started.elapsed().as_secs_f64();
    match args.format {
        Format::Json => say!(
            "{}",
            serde_json::json!({
                "output": args.out.to_string_lossy(),
                "pages": pages,
                "charts": charts,
                "data_files": data_files,
                "files": summary.files,
                "bytes": summary.bytes,
                "written": summary.written.len(),
                "unchanged": summary.unchanged,
                "removed": summary.removed.len(),
                "warnings": record.warning_count,
                "seconds": (seconds * 1000.0).round() / 1000.0,
            })
        ),
        Format::Text => {
            say!(
                "built {pages} pages, {charts} charts, {data_files} data files into {}: {} written, {} unchanged, {} removed ({:.1} MB) in {seconds:.2} s",
                args.out.display(),
                summary.written.len(),
                summary.unchanged,
                summary.removed.len(),
                summary.bytes as f64 / 1_000_000.0,
            );
            if !args.quiet {
                say!(
                    "open {} in a browser, or copy the folder to the web host",
                    args.out.join("index.html").display()
                );
            }
        }
    }
    ExitCode::SUCCESS
}

fn check(args: &CheckArgs) -> ExitCode {
    let mut checked = match check_content(&args.content) {
        Ok(c) => c,
        Err(err) => {
            warn!("error: {err}");
            warn!("  = help: {}", err.help());
            return ExitCode::FAILURE;
        }
    };
    if args.deny_warnings {
        checked.diagnostics.deny_warnings();
    }
    let rendered = diag::render_in(
        &checked.diagnostics,
        &checked.sources,
        &args.content,
        lang(),
    );
    let _ = std::io::stderr().write_all(rendered.as_bytes());
    if let Some(site) = &checked.site {
        say!(
            "checked {}: {} units, {} agreements, {} indicators, {} realisation reports, {} pages",
            diag::display_path(Path::new(""), &args.content),
            site.units.len(),
            site.agreements.len(),
            site.indicator_count(),
            site.report_count(),
            site.pages.len(),
        );
    }
    let errors = checked.diagnostics.error_count();
    let warnings = checked.diagnostics.warning_count();
    say!(
        "{errors} {}, {warnings} {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    );
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Shows which stage a build is in: an updating line on a terminal, plain
/// lines elsewhere (CI logs) for stages that took a second or more.
struct Progress {
    quiet: bool,
    terminal: bool,
    current: Option<(String, std::time::Instant)>,
}

/// A sink that counts the files it passes on, for the progress bar.
struct Counting<'a> {
    inner: &'a dyn crate::render::Sink,
    bar: Option<indicatif::ProgressBar>,
}

impl crate::render::Sink for Counting<'_> {
    fn put(&self, file: crate::render::OutputFile) -> Result<(), crate::render::RenderError> {
        self.inner.put(file)?;
        self.tick();
        Ok(())
    }

    fn put_made(
        &self,
        path: String,
        recipe: u128,
        make: crate::render::Make<'_>,
    ) -> Result<Option<u64>, crate::render::RenderError> {
        let made = self.inner.put_made(path, recipe, make)?;
        self.tick();
        Ok(made)
    }
}

impl Counting<'_> {
    fn tick(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
            // A site larger than last time: the estimate grows with it.
            if bar.length().is_some_and(|len| bar.position() >= len) {
                bar.set_length(bar.position() + 1);
            }
        }
    }
}

impl Drop for Counting<'_> {
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Progress {
    fn new(quiet: bool) -> Progress {
        use std::io::IsTerminal;
        Progress {
            quiet,
            terminal: std::io::stderr().is_terminal(),
            current: None,
        }
    }

    fn label(stage: &str) -> &'static str {
        match stage {
            "check" => "checking the content",
            "render" => "rendering pages, charts and data",
            "write" => "writing the site",
            _ => "working",
        }
    }

    fn stage(&mut self, stage: &str) {
        self.end_current();
        if !self.quiet && self.terminal {
            let line = format!("{}…", Self::label(stage));
            let _ = write!(
                std::io::stderr(),
                "\r\x1b[2K{}",
                crate::words::translate(&line, lang())
            );
            let _ = std::io::stderr().flush();
        }
        self.current = Some((stage.to_string(), std::time::Instant::now()));
    }

    fn end_current(&mut self) {
        if let Some((stage, started)) = self.current.take() {
            let secs = started.elapsed().as_secs_f64();
            if !self.quiet && !self.terminal && secs >= 1.0 {
                warn!("{}: {secs:.1} s", Self::label(&stage));
            }
        }
    }

    /// Passes files on to `sink`, counting them on a terminal: files done
    /// of about `expected` (the previous build's count), the rate and the
    /// time left; without an estimate, the count and the rate.
    fn counting<'a>(&self, sink: &'a dyn crate::render::Sink, expected: usize) -> Counting<'a> {
        let bar = (!self.quiet && self.terminal).then(|| {
            let id = lang() == crate::lang::Lang::Id;
            let (bar, template) = if expected > 0 {
                (
                    indicatif::ProgressBar::new(expected as u64),
                    if id {
                        "{msg} {bar:16} {pos}/{len} berkas, {rate}, sisa {eta}"
                    } else {
                        "{msg} {bar:16} {pos}/{len} files, {rate}, {eta} left"
                    },
                )
            } else {
                (
                    indicatif::ProgressBar::new_spinner(),
                    if id {
                        "{msg} {spinner} {pos} berkas, {rate}"
                    } else {
                        "{msg} {spinner} {pos} files, {rate}"
                    },
                )
            };
            if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
                bar.set_style(style.with_key(
                    "rate",
                    |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                        let _ = write!(w, "{:.0}/s", state.per_sec());
                    },
                ));
            }
            bar.set_message(crate::words::translate(Self::label("render"), lang()).into_owned());
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr_with_hz(4));
            bar
        });
        if bar.is_some() {
            // The bar replaces the stage line.
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
        }
        Counting { inner: sink, bar }
    }

    fn finish(&mut self) {
        self.end_current();
        if !self.quiet && self.terminal {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
            let _ = std::io::stderr().flush();
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

fn import(args: &ImportArgs) -> ExitCode {
    if crate::model::Date::parse(&args.reported).is_none() {
        warn!(
            "error: `--reported {}` is not a date; write it as YYYY-MM-DD",
            args.reported
        );
        return ExitCode::FAILURE;
    }
    let checked = match check_content(&args.content) {
        Ok(c) => c,
        Err(err) => {
            warn!("error: {err}");
            warn!("  = help: {}", err.help());
            return ExitCode::FAILURE;
        }
    };
    if checked.diagnostics.has_errors() {
        let _ = std::io::stderr().write_all(
            diag::render_in(
                &checked.diagnostics,
                &checked.sources,
                &args.content,
                lang(),
            )
            .as_bytes(),
        );
        warn!("error: fix the content first; nothing was imported");
        return ExitCode::FAILURE;
    }
    let Some(site) = checked.site else {
        return ExitCode::FAILURE;
    };
    let planned =
        match crate::import::plan(&site, &args.file, args.year, args.quarter, &args.reported) {
            Ok(p) => p,
            Err(crate::import::ImportError::Cells(problems)) => {
                for p in &problems {
                    warn!(
                        "{}: row {}, column {} ({}): {}",
                        args.file.display(),
                        p.row,
                        p.column,
                        p.header,
                        crate::words::translate(&p.message, lang())
                    );
                }
                warn!(
                    "error: {} cell(s) could not be read; nothing was written",
                    problems.len()
                );
                return ExitCode::FAILURE;
            }
            Err(err) => {
                warn!("error: {err}");
                return ExitCode::FAILURE;
            }
        };
    // Everything that would be replaced is read first: a file that cannot
    // be read could not be put back.
    let backups = match crate::import::backup(&args.content, &planned) {
        Ok(b) => b,
        Err(err) => {
            warn!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    // Refuse to overwrite unless asked; with --force, show what changes.
    let mut refused = false;
    for (p, b) in planned.iter().zip(&backups) {
        if let Some((old, bytes)) = &b.replaced {
            if args.force {
                say!("replacing {}:", old.display());
                let old_text = String::from_utf8_lossy(bytes);
                say!("{}", crate::import::diff(&old_text, &p.yaml).trim_end());
            } else {
                warn!(
                    "error: `{}` already exists; use --force to replace it",
                    old.display()
                );
                refused = true;
            }
        }
    }
    if refused {
        return ExitCode::FAILURE;
    }
    if let Err(err) = crate::import::write(&planned, &backups) {
        warn!("error: {err}");
        return ExitCode::FAILURE;
    }
    // Validate the result like `check`; undo on errors.
    let after = match check_content(&args.content) {
        Ok(c) => c,
        Err(err) => {
            warn!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    let _ = std::io::stderr().write_all(
        diag::render_in(&after.diagnostics, &after.sources, &args.content, lang()).as_bytes(),
    );
    if after.diagnostics.has_errors() {
        let failed = crate::import::restore(&backups);
        for f in &failed {
            warn!("error: {f}");
        }
        if failed.is_empty() {
            warn!(
                "error: the imported files do not check; they were removed and the content is as it was"
            );
        } else {
            warn!(
                "error: the imported files do not check, and not every file could be put back (above)"
            );
        }
        return ExitCode::FAILURE;
    }
    for p in &planned {
        say!("wrote {}", args.content.join(&p.path).display());
    }
    say!(
        "imported {} unit(s) for {} Triwulan {}; run `kinerja build` to publish",
        planned.len(),
        args.year,
        crate::render::format::roman(args.quarter)
    );
    ExitCode::SUCCESS
}
