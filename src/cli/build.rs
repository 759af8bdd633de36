//! `kinerja build`: check, render into a staging folder, swap it in, report.

use super::progress::Progress;
use super::{BuildArgs, Format, lang};
use std::io::Write as _;
use std::process::ExitCode;

pub(super) fn build(args: &BuildArgs) -> ExitCode {
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
