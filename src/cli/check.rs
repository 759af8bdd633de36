//! `kinerja check`: every problem of the content, nothing written.

use super::{CheckArgs, lang};
use crate::diag;
use crate::pipeline::check_content;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

pub(super) fn check(args: &CheckArgs) -> ExitCode {
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

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}
