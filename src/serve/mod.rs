//! `kinerja serve`: build into memory, serve on 127.0.0.1, rebuild when the
//! content or theme changes, and reload open pages.
//!
//! HTTP is hyper's (through an axum router), not ours. What a preview server
//! on a clerk's computer must still guard against is bounded here:
//! - only hosts that name this computer are answered (`localhost`,
//!   `127.0.0.1`, `[::1]`), so a web page elsewhere cannot reach the preview
//!   through a DNS name it controls (DNS rebinding);
//! - at most [`MAX_CONNECTIONS`] connections at once, each reading at most
//!   [`MAX_REQUEST_BYTES`] of request head within [`HEAD_TIMEOUT`];
//! - only GET and HEAD.
//!
//! Open pages reload through server-sent events. A failed rebuild keeps the
//! last good site served and shows the problems in a banner on every page
//! and in the terminal.

use crate::pipeline::{self, Options};
use axum::body::Body;
use axum::extract::{Request, State as Shared};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::BTreeMap;
use std::io::Write;
use std::net::SocketAddr;
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// Connections served at once; more wait in the system's queue until one
/// closes. Each open page holds one for its reload events.
pub const MAX_CONNECTIONS: usize = 64;
/// The most bytes of a request line and headers read before answering.
pub const MAX_REQUEST_BYTES: usize = 16 * 1024;
/// How long a client may take to send its request line and headers.
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(10);

/// Where open pages listen for a new build.
const EVENTS: &str = "/__kinerja/events";

/// The site being served.
struct State {
    files: RwLock<Arc<BTreeMap<String, Vec<u8>>>>,
    error: RwLock<Option<String>>,
    /// The build number; open pages reload when it changes.
    version: tokio::sync::watch::Sender<u64>,
    /// The port, for the hosts answered.
    port: std::sync::atomic::AtomicU16,
    /// The language of the messages.
    lang: crate::lang::Lang,
}

const RELOAD: &str = r#"<script>(function(){if(!window.EventSource){return;}var v=null;var s=new EventSource("/__kinerja/events");s.onmessage=function(e){if(v===null){v=e.data;}else if(e.data!==v){location.reload();}};})();</script>"#;

impl State {
    fn rebuild(&self, opts: &Options, log: &mut dyn Write) {
        let mut text = Vec::new();
        self.rebuild_logging(opts, &mut text);
        let text = String::from_utf8_lossy(&text);
        let _ = log.write_all(crate::words::translate_lines(&text, opts.lang).as_bytes());
        let _ = log.flush();
    }

    fn rebuild_logging(&self, opts: &Options, log: &mut dyn Write) {
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
                let served = self.files.read().is_ok_and(|f| !f.is_empty());
                if served {
                    let _ = writeln!(log, "the last good site is still being served");
                } else {
                    let _ = writeln!(
                        log,
                        "there is no site to serve yet: the page shows these problems until they are fixed"
                    );
                }
                if let Ok(mut e) = self.error.write() {
                    *e = Some(failed.message);
                }
            }
        }
        self.version.send_modify(|v| *v += 1);
        let _ = log.flush();
    }
}

/// Serves the site built from `opts` on 127.0.0.1:`port` (0 picks a free
/// port) until the process ends. `ready` receives the bound address.
pub fn serve(opts: Options, port: u16, ready: impl FnOnce(SocketAddr)) -> std::io::Result<()> {
    let (version, _) = tokio::sync::watch::channel(0);
    let state = Arc::new(State {
        files: RwLock::default(),
        error: RwLock::default(),
        version,
        port: std::sync::atomic::AtomicU16::new(port),
        lang: opts.lang,
    });
    state.rebuild(&opts, &mut std::io::stderr());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
        let addr = listener.local_addr()?;
        state
            .port
            .store(addr.port(), std::sync::atomic::Ordering::SeqCst);
        ready(addr);
        watch(&opts, Arc::clone(&state));
        accept(listener, router(state)).await;
        Ok(())
    })
}

/// The routes: reload events, then the site's files.
fn router(state: Arc<State>) -> axum::Router {
    axum::Router::new()
        .route(EVENTS, axum::routing::get(events))
        .fallback(file)
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&state),
            only_this_computer,
        ))
        .with_state(state)
}

/// Accepts connections, at most [`MAX_CONNECTIONS`] at once, each with a
/// bounded request head.
async fn accept(listener: tokio::net::TcpListener, router: axum::Router) {
    let slots = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    loop {
        // Wait for a free slot before taking the next connection.
        let Ok(slot) = Arc::clone(&slots).acquire_owned().await else {
            return;
        };
        let Ok((stream, _)) = listener.accept().await else {
            // Out of file descriptors, for instance: try again shortly.
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let service = hyper_util::service::TowerToHyperService::new(router.clone());
        tokio::spawn(async move {
            let _slot = slot;
            let mut http = hyper::server::conn::http1::Builder::new();
            http.timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(HEAD_TIMEOUT)
                .max_buf_size(MAX_REQUEST_BYTES);
            let _ = http
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                .await;
        });
    }
}

/// Answers only requests addressed to this computer by name or loopback
/// address, on the port served.
async fn only_this_computer(
    Shared(state): Shared<Arc<State>>,
    request: Request,
    next: Next,
) -> Response {
    let port = state.port.load(std::sync::atomic::Ordering::SeqCst);
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if !is_local_host(host, port) {
        return (
            StatusCode::MISDIRECTED_REQUEST,
            "kinerja serve answers only http://127.0.0.1, http://localhost and http://[::1]\n",
        )
            .into_response();
    }
    next.run(request).await
}

/// Whether `host` (a Host header) names this computer on `port`.
fn is_local_host(host: &str, port: u16) -> bool {
    let (name, given_port) = match host.rsplit_once(':') {
        Some((n, p)) if !n.is_empty() && !p.contains(']') => (n, Some(p)),
        _ => (host, None),
    };
    let port_ok = given_port.is_none_or(|p| p.parse::<u16>() == Ok(port));
    let name = name.to_ascii_lowercase();
    port_ok && matches!(name.as_str(), "127.0.0.1" | "localhost" | "[::1]")
}

/// The build number, now and after every rebuild.
async fn events(Shared(state): Shared<Arc<State>>) -> impl IntoResponse {
    use axum::response::sse::{Event, KeepAlive, Sse};
    let changes = state.version.subscribe();
    let stream = futures_util::stream::unfold((changes, true), |(mut rx, first)| async move {
        if !first && rx.changed().await.is_err() {
            return None;
        }
        let v = *rx.borrow_and_update();
        let event: Result<Event, std::convert::Infallible> =
            Ok(Event::default().data(v.to_string()));
        Some((event, (rx, false)))
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// A file of the site, the folder's `index.html`, or the 404 page.
async fn file(Shared(state): Shared<Arc<State>>, method: Method, uri: axum::http::Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
            "GET only\n",
        )
            .into_response();
    }
    let decoded = percent_encoding::percent_decode_str(uri.path().trim_start_matches('/'))
        .decode_utf8()
        .ok()
        .filter(|d| !d.split('/').any(|p| p == ".." || p == "."));
    let Some(decoded) = decoded else {
        return (StatusCode::BAD_REQUEST, "bad path\n").into_response();
    };
    let files = state
        .files
        .read()
        .map(|f| Arc::clone(&f))
        .unwrap_or_default();
    let mut key = decoded.into_owned();
    if key.is_empty() || key.ends_with('/') {
        key.push_str("index.html");
    }
    let (status, key) = if files.contains_key(&key) {
        (StatusCode::OK, key)
    } else if files.contains_key(&format!("{key}/index.html")) {
        (StatusCode::OK, format!("{key}/index.html"))
    } else {
        (StatusCode::NOT_FOUND, "404.html".to_string())
    };
    let error = state.error.read().ok().and_then(|e| e.clone());
    let body: Vec<u8> = match files.get(&key) {
        Some(bytes) if key.ends_with(".html") => inject(bytes, error.as_deref(), state.lang),
        Some(bytes) => bytes.clone(),
        None => inject(
            b"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>kinerja</title></head><body><main><h1>kinerja serve</h1><p>Belum ada situs: perbaiki masalah di bawah ini.</p></main></body></html>",
            error.as_deref(),
            state.lang,
        ),
    };
    let kind = if key.ends_with(".html") {
        "text/html; charset=utf-8".to_string()
    } else {
        let guess = mime_guess::from_path(&key).first_or_octet_stream();
        match guess.type_() {
            mime_guess::mime::TEXT => format!("{guess}; charset=utf-8"),
            _ => guess.to_string(),
        }
    };
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&kind) {
        headers.insert(header::CONTENT_TYPE, v);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
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

/// Adds the reload script and, after a failed rebuild, the problems.
fn inject(html: &[u8], error: Option<&str>, lang: crate::lang::Lang) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let heading = match lang {
        crate::lang::Lang::Id => {
            "kinerja: perubahan terakhir tidak dapat dibangun; yang tampil di bawah adalah hasil terakhir yang berhasil."
        }
        crate::lang::Lang::En => {
            "kinerja: the last change could not be built; the site below is the last good build."
        }
    };
    let banner = error.map_or_else(String::new, |e| {
        format!(
            "<div role=\"alert\" class=\"kinerja-build-error\" style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;background:#fff0f0;color:#5a0000;border-top:3px solid #b42318;padding:1rem;z-index:1000\"><strong>{heading}</strong><pre style=\"white-space:pre-wrap\">{}</pre></div>",
            crate::render::escape::xml(&crate::words::translate_lines(e, lang))
        )
    });
    let addition = format!("{banner}{RELOAD}");
    match text.rfind("</body>") {
        Some(i) => format!("{}{addition}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{addition}").into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::is_local_host;

    #[test]
    fn answers_only_hosts_naming_this_computer() {
        for host in [
            "127.0.0.1:8080",
            "localhost:8080",
            "LOCALHOST",
            "[::1]:8080",
            "[::1]",
        ] {
            assert!(is_local_host(host, 8080), "{host}");
        }
        for host in [
            "evil.example:8080",
            "127.0.0.1.evil.example",
            "localhost:9999",
            "",
            "127.0.0.2:8080",
            "[::2]:8080",
            "localhost.:8080",
        ] {
            assert!(!is_local_host(host, 8080), "{host}");
        }
    }
}
