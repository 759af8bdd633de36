//! The command line: `kinerja check`, and later `build`.

use crate::diag::{self, Diagnostics, Sources};
use crate::{load, model::Site, validate};
use clap::{Parser, Subcommand};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// kinerja: publish performance agreements (Perjanjian Kinerja) and their
/// quarterly realisations as a static website.
#[derive(Debug, Parser)]
#[command(name = "kinerja", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check the content folder and report every problem.
    Check(CheckArgs),
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
}

/// Loads and validates `content`.
pub fn check_content(content: &Path) -> Result<Checked, load::LoadError> {
    let mut diagnostics = Diagnostics::new();
    let mut sources = Sources::default();
    let raw = load::load(content, &mut diagnostics, &mut sources)?;
    let site = validate::validate(raw, &mut diagnostics);
    Ok(Checked {
        site: Some(site),
        diagnostics,
        sources,
    })
}

/// Runs the command line with the process arguments.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check(&args),
    }
}

fn check(args: &CheckArgs) -> ExitCode {
    let mut checked = match check_content(&args.content) {
        Ok(c) => c,
        Err(err) => {
            eprintln!("error: {err}");
            eprintln!(
                "  = help: run kinerja from the folder that holds `content/`, or pass `--content DIR`"
            );
            return ExitCode::FAILURE;
        }
    };
    if args.deny_warnings {
        checked.diagnostics.deny_warnings();
    }
    let rendered = diag::render(&checked.diagnostics, &checked.sources, &args.content);
    let _ = std::io::stderr().write_all(rendered.as_bytes());
    if let Some(site) = &checked.site {
        println!(
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
    println!(
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

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}
