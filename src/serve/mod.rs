//! `kinerja serve`: build into memory, serve on 127.0.0.1, rebuild when the
//! content or theme changes, and reload open pages.
//!
//! The server is a few dozen lines of HTTP/1.1 on `std::net`: it only ever
//! answers GET and HEAD on loopback for one person previewing their site. A
//! failed rebuild keeps the last good site served and shows the problems in a
//! banner on every page and in the terminal.

use crate::pipeline::{self, Options};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// The site being served.
#[derive(Default)]
struct State {
    files: RwLock<Arc<BTreeMap<String, Vec<u8>>>>,
    error: RwLock<Option<String>>,
    version: AtomicU64,
}

const RELOAD: &str = r#"<script>(function(){var v=null;function p(){fetch("/__kinerja/version",{cache:"no-store"}).then(function(r){return r.text();}).then(function(t){if(v===null){v=t;}else if(t!==v){location.reload();}}).catch(function(){}).then(function(){setTimeout(p,700);});}p();})();</script>"#;

impl State {
    fn rebuild(&self, opts: &Options, log: &mut dyn Write) {
        let started = std::time::Instant::now();
        match pipeline::produce(opts) {
            Ok(produced) => {
                let _ = log.write_all(produced.warnings.as_bytes());
                let map: BTreeMap<String, Vec<u8>> = produced
                    .files
                    .into_iter()
                    .map(|f| (f.path, f.bytes))
                    .collect();
                let _ = writeln!(
                    log,
                    "rebuilt {} files in {:.2} s",
                    map.len(),
                    started.elapsed().as_secs_f64()
                );
                if let Ok(mut f) = self.files.write() {
                    *f = Arc::new(map);
                }
                if let Ok(mut e) = self.error.write() {
                    *e = None;
                }
            }
            Err(failed) => {
                let _ = log.write_all(failed.message.as_bytes());
                let _ = writeln!(log, "the last good site is still being served");
                if let Ok(mut e) = self.error.write() {
                    *e = Some(failed.message);
                }
            }
        }
        self.version.fetch_add(1, Ordering::SeqCst);
        let _ = log.flush();
    }
}

/// Serves the site built from `opts` on 127.0.0.1:`port` (0 picks a free
/// port) until the process ends. `ready` receives the bound address.
pub fn serve(opts: Options, port: u16, ready: impl FnOnce(SocketAddr)) -> std::io::Result<()> {
    let state = Arc::new(State::default());
    state.rebuild(&opts, &mut std::io::stderr());
    let listener = TcpListener::bind(("127.0.0.1", port))?;
    ready(listener.local_addr()?);
    watch(&opts, Arc::clone(&state));
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let state = Arc::clone(&state);
        std::thread::spawn(move || {
            let _ = handle(stream, &state);
        });
    }
    Ok(())
}

/// Watches the content and theme folders and rebuilds after changes settle.
fn watch(opts: &Options, state: Arc<State>) {
    use notify::{RecursiveMode, Watcher};
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(e) = event
            && !matches!(e.kind, notify::EventKind::Access(_))
        {
            let _ = tx.send(());
        }
    });
    let Ok(mut watcher) = watcher else {
        let _ = writeln!(
            std::io::stderr(),
            "warning: cannot watch for changes; restart `kinerja serve` after editing"
        );
        return;
    };
    for dir in pipeline::watched_folders(opts) {
        if let Err(e) = watcher.watch(&dir, RecursiveMode::Recursive) {
            let _ = writeln!(
                std::io::stderr(),
                "warning: cannot watch `{}`: {e}",
                dir.display()
            );
        }
    }
    let opts = opts.clone();
    std::thread::spawn(move || {
        let _keep = watcher;
        while rx.recv().is_ok() {
            // Let a burst of saves settle, then build once.
            while rx.recv_timeout(Duration::from_millis(200)).is_ok() {}
            state.rebuild(&opts, &mut std::io::stderr());
        }
    });
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "json" => "application/json",
        "xml" => "application/xml",
        "csv" => "text/csv; charset=utf-8",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "txt" => "text/plain; charset=utf-8",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn handle(stream: TcpStream, state: &State) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Skip the headers.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let mut out = stream;
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut out,
            "405 Method Not Allowed",
            "text/plain",
            b"GET only",
            method == "HEAD",
        );
    }
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if path == "/__kinerja/version" {
        let v = state.version.load(Ordering::SeqCst).to_string();
        return respond(
            &mut out,
            "200 OK",
            "text/plain",
            v.as_bytes(),
            method == "HEAD",
        );
    }
    let decoded = percent_decode(path.trim_start_matches('/'))
        .filter(|d| !d.split('/').any(|p| p == ".." || p == "."));
    let Some(decoded) = decoded else {
        return respond(
            &mut out,
            "400 Bad Request",
            "text/plain",
            b"bad path",
            method == "HEAD",
        );
    };
    let files = state
        .files
        .read()
        .map(|f| Arc::clone(&f))
        .unwrap_or_default();
    let mut key = decoded.clone();
    if key.is_empty() || key.ends_with('/') {
        key.push_str("index.html");
    }
    let (status, key) = if files.contains_key(&key) {
        ("200 OK", key)
    } else if files.contains_key(&format!("{key}/index.html")) {
        ("200 OK", format!("{key}/index.html"))
    } else {
        ("404 Not Found", "404.html".to_string())
    };
    let error = state.error.read().ok().and_then(|e| e.clone());
    let body: Vec<u8> = match files.get(&key) {
        Some(bytes) if key.ends_with(".html") => inject(bytes, error.as_deref()),
        Some(bytes) => bytes.clone(),
        None => inject(b"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>kinerja</title></head><body><main><h1>kinerja serve</h1><p>Belum ada situs: perbaiki masalah di bawah ini.</p></main></body></html>", error.as_deref()),
    };
    respond(
        &mut out,
        status,
        content_type(&key),
        &body,
        method == "HEAD",
    )
}

/// Adds the reload script and, after a failed rebuild, the problems.
fn inject(html: &[u8], error: Option<&str>) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let banner = error.map_or_else(String::new, |e| {
        format!(
            "<div role=\"alert\" class=\"kinerja-build-error\" style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;background:#fff0f0;color:#5a0000;border-top:3px solid #b42318;padding:1rem;z-index:1000\"><strong>kinerja: the last change could not be built; the site below is the last good build.</strong><pre style=\"white-space:pre-wrap\">{}</pre></div>",
            crate::render::feeds::xml(e)
        )
    });
    let addition = format!("{banner}{RELOAD}");
    match text.rfind("</body>") {
        Some(i) => format!("{}{addition}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{addition}").into_bytes(),
    }
}

fn respond(
    out: &mut TcpStream,
    status: &str,
    ctype: &str,
    body: &[u8],
    head: bool,
) -> std::io::Result<()> {
    write!(
        out,
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    if !head {
        out.write_all(body)?;
    }
    out.flush()
}
