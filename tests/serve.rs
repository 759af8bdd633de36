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

#[test]
fn serve_answers_reloads_and_shows_errors() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = tmp.path().join("content");
    copy_tree(&root().join("tests/fixtures/base"), &content);
    let mut child = Command::new(env!("CARGO_BIN_EXE_kinerja"))
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
    assert!(base.starts_with("http://127.0.0.1:"), "{line}");
    let agent = agent();

    let (status, home) = get(&agent, &base);
    assert_eq!(status, 200);
    assert!(home.contains("Pemerintah Kabupaten Uji"));
    assert!(
        home.contains("/__kinerja/version"),
        "pages carry the reload script"
    );
    let (status, _) = get(&agent, &format!("{base}unit/dinkes/2026/"));
    assert_eq!(status, 200, "folder addresses serve their index");
    let (status, _) = get(&agent, &format!("{base}tidak/ada/"));
    assert_eq!(status, 404);
    let (_, v0) = get(&agent, &format!("{base}__kinerja/version"));

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
    let (_, v1) = get(&agent, &format!("{base}__kinerja/version"));
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
