//! `kinerja import`: a realisation sheet into realisation files, all or
//! nothing.

use super::{ImportArgs, lang};
use crate::diag;
use crate::pipeline::check_content;
use std::io::Write as _;
use std::process::ExitCode;

pub(super) fn import(args: &ImportArgs) -> ExitCode {
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
