//! `kinerja serve` against a real HTTP client on 127.0.0.1: it answers,
//! reloads after a change, and after a broken change keeps the last good site
//! with the problems shown. Every wait is bounded.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{copy_tree, root};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into()
}

fn get(agent: &ureq::Agent, url: &str) -> (u16, String) {
    let mut r = agent.get(url).call().expect("request");
    let status = r.status().as_u16();
    (status, r.body_mut().read_to_string().expect("body"))
}

fn wait_for(deadline: Duration, mut f: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < deadline {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

/// The first reload event the server sends: the current build number.
fn first_event(base: &str) -> String {
    use std::io::{Read as _, Write as _};
    let addr = base.trim_start_matches("http://").trim_end_matches('/');
    let mut s = std::net::TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    write!(
        s,
        "GET /__kinerja/events HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .expect("send");
    let mut got = Vec::new();
    let mut buf = [0u8; 1024];
    loop {
        let n = s.read(&mut buf).expect("read events");
        assert!(n > 0, "the event stream ended");
        got.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&got);
        // A complete `data:` line.
        if let Some(at) = text.find("data:")
            && let Some(end) = text[at..].find('\n')
        {
            return text[at + 5..at + end].trim().to_string();
        }
    }
}

/// Starts `kinerja serve` on a free port over a copy of the base fixture.
fn start(tmp: &std::path::Path) -> (Server, String) {
    let content = tmp.join("content");
    copy_tree(&root().join("tests/fixtures/base"), &content);
    let mut child = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .env("KINERJA_LANG", "en")
        .args([
            "serve",
            "--port",
            "0",
            "--content",
            content.to_str().expect("utf8"),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let stdout = child.stdout.take().expect("stdout");
    let server = Server(child);
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("first line");
    let base = line.split_whitespace().nth(1).expect("address").to_string();
    (server, base)
}

/// The peak resident memory of a process, in KiB (Linux).
fn peak_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

#[test]
fn only_hosts_naming_this_computer_are_answered() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (_server, base) = start(tmp.path());
    let agent = agent();
    let addr = base.trim_start_matches("http://").trim_end_matches('/');
    let port = addr.rsplit(':').next().expect("port");
    for host in [format!("localhost:{port}"), addr.to_string()] {
        let mut r = agent
            .get(&base)
            .header("Host", &host)
            .call()
            .expect("request");
        assert_eq!(r.status().as_u16(), 200, "{host}");
        let _ = r.body_mut().read_to_string();
    }
    // A name an attacker's DNS points at 127.0.0.1 (DNS rebinding).
    for host in [
        format!("evil.example:{port}"),
        "127.0.0.1.nip.io".to_string(),
    ] {
        let r = agent
            .get(&base)
            .header("Host", &host)
            .call()
            .expect("request");
        assert_eq!(r.status().as_u16(), 421, "{host}");
    }
}

#[test]
fn an_endless_request_line_is_cut_off_and_memory_stays_bounded() {
    use std::io::{Read as _, Write as _};
    let tmp = tempfile::tempdir().expect("tempdir");
    let (server, base) = start(tmp.path());
    let addr = base
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let before = peak_kib(server.0.id());
    // 64 MiB of request line that never ends, on several connections.
    let senders: Vec<_> = (0..4)
        .map(|_| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let Ok(mut s) = std::net::TcpStream::connect(&addr) else {
                    return 0;
                };
                let _ = s.write_all(b"GET /");
                let chunk = vec![b'a'; 1024 * 1024];
                let mut sent = 0;
                for _ in 0..16 {
                    if s.write_all(&chunk).is_err() {
                        break;
                    }
                    sent += 1;
                }
                let mut rest = Vec::new();
                let _ = s.read_to_end(&mut rest);
                sent
            })
        })
        .collect();
    for s in senders {
        let sent = s.join().expect("sender");
        assert!(
            sent < 16,
            "the server kept reading a request line of {sent} MiB"
        );
    }
    // Still answering.
    let (status, _) = get(&agent(), &base);
    assert_eq!(status, 200);
    if let (Some(before), Some(after)) = (before, peak_kib(server.0.id())) {
        assert!(
            after < before + 64 * 1024,
            "peak memory grew from {before} KiB to {after} KiB"
        );
    }
}

#[test]
fn many_idle_connections_do_not_stop_the_preview_for_long() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (server, base) = start(tmp.path());
    let addr = base
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let threads_before = std::fs::read_dir(format!("/proc/{}/task", server.0.id()))
        .map(|d| d.count())
        .unwrap_or(0);
    // Far more connections than the server serves at once, sending nothing.
    let idle: Vec<_> = (0..300)
        .filter_map(|_| std::net::TcpStream::connect(&addr).ok())
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let threads = std::fs::read_dir(format!("/proc/{}/task", server.0.id()))
        .map(|d| d.count())
        .unwrap_or(0);
    assert!(
        threads <= threads_before + 4,
        "threads grew from {threads_before} to {threads} with idle connections"
    );
    // Idle connections are closed after the head timeout; the preview
    // answers again.
    let agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into();
    let (status, _) = get(&agent, &base);
    assert_eq!(status, 200);
    drop(idle);
}

#[test]
fn serve_answers_reloads_and_shows_errors() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = tmp.path().join("content");
    let (server, base) = start(tmp.path());
    assert!(base.starts_with("http://127.0.0.1:"), "{base}");
    let agent = agent();

    let (status, home) = get(&agent, &base);
    assert_eq!(status, 200);
    assert!(home.contains("Pemerintah Kabupaten Uji"));
    assert!(
        home.contains("/__kinerja/events"),
        "pages carry the reload script"
    );
    let (status, _) = get(&agent, &format!("{base}unit/dinkes/2026/"));
    assert_eq!(status, 200, "folder addresses serve their index");
    let (status, _) = get(&agent, &format!("{base}tidak/ada/"));
    assert_eq!(status, 404);
    let v0 = first_event(&base);

    // A change is rebuilt and announced through the version.
    let site = content.join("site.yaml");
    let text = std::fs::read_to_string(&site).expect("read");
    std::fs::write(
        &site,
        text.replace("Pemerintah Kabupaten Uji", "Pemerintah Kabupaten Baru"),
    )
    .expect("write");
    let changed = wait_for(Duration::from_secs(20), || {
        get(&agent, &base).1.contains("Pemerintah Kabupaten Baru")
    });
    assert!(changed, "the change was not rebuilt in time");
    let v1 = first_event(&base);
    assert_ne!(v0, v1, "the version moves so pages reload");

    // A broken change keeps the last good site and shows the problem.
    std::fs::write(
        content.join("units.yaml"),
        "units:\n  - id: bupati\n    nme: x\n",
    )
    .expect("write");
    let shown = wait_for(Duration::from_secs(20), || {
        get(&agent, &base).1.contains("kinerja-build-error")
    });
    assert!(shown, "the error was not shown in time");
    let (status, page) = get(&agent, &base);
    assert_eq!(status, 200);
    assert!(
        page.contains("Pemerintah Kabupaten Baru"),
        "the last good site is still served"
    );
    assert!(
        page.contains("unknown field `nme`"),
        "the problem is in the page"
    );
    drop(server);
}
