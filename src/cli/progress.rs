//! Progress of a build: a counted bar on a terminal, one plain line per
//! slow stage elsewhere (CI logs), nothing with `--quiet`.

use super::lang;
use std::io::Write as _;

/// Shows which stage a build is in: an updating line on a terminal, plain
/// lines elsewhere (CI logs) for stages that took a second or more.
pub(super) struct Progress {
    quiet: bool,
    terminal: bool,
    current: Option<(String, std::time::Instant)>,
}

/// A sink that counts the files it passes on, for the progress bar.
pub(super) struct Counting<'a> {
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

    fn existing(&self, path: &str) -> Option<Vec<u8>> {
        self.inner.existing(path)
    }

    fn keep_job(
        &self,
        job: &str,
        inputs: u128,
    ) -> Result<Option<crate::render::JobFiles>, crate::render::RenderError> {
        let kept = self.inner.keep_job(job, inputs)?;
        for _ in kept.iter().flat_map(|k| &k.files) {
            self.tick();
        }
        Ok(kept)
    }

    fn record_job(
        &self,
        job: &str,
        inputs: u128,
        made: crate::render::JobFiles,
    ) -> Result<(), crate::render::RenderError> {
        self.inner.record_job(job, inputs, made)
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
    pub(super) fn new(quiet: bool) -> Progress {
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

    pub(super) fn stage(&mut self, stage: &str) {
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
    pub(super) fn counting<'a>(
        &self,
        sink: &'a dyn crate::render::Sink,
        expected: usize,
    ) -> Counting<'a> {
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

    pub(super) fn finish(&mut self) {
        self.end_current();
        if !self.quiet && self.terminal {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
            let _ = std::io::stderr().flush();
        }
    }
}
