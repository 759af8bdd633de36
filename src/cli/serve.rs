//! `kinerja serve`: the preview server, started from the command line.

use super::{ServeArgs, lang};
use std::io::Write as _;
use std::process::ExitCode;

/// Serves the preview until the process ends.
pub(super) fn serve(args: &ServeArgs) -> ExitCode {
    let opts = crate::pipeline::Options {
        content: args.check.content.clone(),
        theme: args.theme.clone(),
        deny_warnings: args.check.deny_warnings,
        lang: lang(),
    };
    let result = crate::serve::serve(opts, args.port, |addr| {
        say!("serving http://{addr}/ (Ctrl+C to stop); pages reload when the content changes");
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
