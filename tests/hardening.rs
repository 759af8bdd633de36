//! The last good site survives everything, and no input escapes its box:
//! one test per class of fault or hostile input, each run against the real
//! binary on real files.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{copy_tree, kinerja, read_tree, root, transcript};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn base(tmp: &Path) -> PathBuf {
    let content = tmp.join("content");
    copy_tree(&root().join("tests/fixtures/base"), &content);
    content
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf8")
}

fn build(content: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["build", "--content", s(content), "--out", s(out)];
    args.extend_from_slice(extra);
    kinerja(&root(), &args)
}

fn check(content: &Path) -> (i32, String) {
    let r = kinerja(&root(), &["check", "--content", s(content)]);
    (r.status.code().unwrap_or(-1), transcript(&r))
}

/// Sets the institution's name in `site.yaml`: every page carries it, so a
/// site can be told apart from another build's.
fn rename_institution(content: &Path, name: &str) {
    let site = content.join("site.yaml");
    let text = std::fs::read_to_string(&site).expect("read");
    let line = text
        .lines()
        .find(|l| l.starts_with("institution:"))
        .expect("institution line")
        .to_string();
    std::fs::write(&site, text.replace(&line, &format!("institution: {name}"))).expect("write");
}

/// Which of `names` the site in `out` was built with: every page must carry
/// the same one, and the manifest must list only files that are there.
fn built_with<'a>(out: &Path, names: &[&'a str]) -> &'a str {
    let state = kinerja::output::state_dir(out).expect("state folder");
    assert!(
        state.join(kinerja::output::OWNER).is_file(),
        "no complete site in {}",
        out.display()
    );
    let mut seen = std::collections::BTreeSet::new();
    for entry in walkdir::WalkDir::new(out) {
        let entry = entry.expect("walk");
        if entry.file_name() != "index.html" {
            continue;
        }
        let page = std::fs::read_to_string(entry.path()).expect("read page");
        let found: Vec<&str> = names.iter().copied().filter(|n| page.contains(n)).collect();
        assert_eq!(found.len(), 1, "{}: {found:?}", entry.path().display());
        seen.insert(found[0]);
    }
    assert_eq!(seen.len(), 1, "pages from different builds: {seen:?}");
    let manifest =
        std::fs::read_to_string(state.join(kinerja::output::MANIFEST)).expect("manifest");
    for line in manifest.lines().skip(3) {
        let path = line.rsplit('\t').next().expect("path");
        assert!(out.join(path).is_file(), "manifest lists missing `{path}`");
    }
    seen.into_iter().next().expect("one")
}

/// Folders an interrupted build may leave beside `out`.
fn leftovers(out: &Path) -> Vec<String> {
    let name = out
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    std::fs::read_dir(out.parent().expect("parent"))
        .expect("read")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| {
            n.starts_with(&format!(".{name}.kinerja-"))
                && !n.ends_with("-lock")
                && !n.ends_with("-state")
        })
        .collect()
}

/// A generated content folder large enough that a build takes a while.
fn generated(tmp: &Path, units: &str) -> PathBuf {
    let content = tmp.join("gen");
    let r = kinerja(
        &root(),
        &["generate", s(&content), "--units", units, "--years", "2"],
    );
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    content
}

/// Runs `command`, killing it if it takes longer than `limit`.
fn run_bounded(mut command: Command, limit: Duration) -> Output {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let start = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("output");
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let out = child.wait_with_output().expect("output");
            panic!(
                "still running after {limit:?} (hung):\n{}",
                transcript(&out)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Runs kinerja with `args`, bounded in time, with its peak memory in KiB
/// (0 where GNU time is missing).
fn run_measured(args: &[&str]) -> (Output, u64) {
    peak_kib(args).unwrap_or_else(|| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_kinerja"));
        c.env("KINERJA_LANG", "en");
        c.args(args).current_dir(root());
        (run_bounded(c, Duration::from_secs(60)), 0)
    })
}

/// Peak memory of a command in KiB, measured by GNU time when present.
fn peak_kib(args: &[&str]) -> Option<(Output, u64)> {
    if !Path::new("/usr/bin/time").exists() {
        return None;
    }
    let mut c = Command::new("/usr/bin/time");
    c.arg("-f")
        .arg("PEAK %M")
        .arg(env!("CARGO_BIN_EXE_kinerja"))
        .args(args);
    c.current_dir(root())
        .env("NO_COLOR", "1")
        .env("KINERJA_LANG", "en");
    let out = run_bounded(c, Duration::from_secs(60));
    let err = String::from_utf8_lossy(&out.stderr);
    let kib = err
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("PEAK "))
        .and_then(|k| k.trim().parse().ok())?;
    Some((out, kib))
}

// ---------------------------------------------------------------------------
// The output folder

#[test]
fn a_second_build_fails_clearly_while_another_holds_the_output() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    let out = tmp.path().join("public");
    assert_eq!(build(&content, &out, &[]).status.code(), Some(0));
    let before = read_tree(&out);
    // Another build holds the lock.
    let lock = std::fs::File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(tmp.path().join(".public.kinerja-lock"))
        .expect("lock file");
    lock.try_lock().expect("take the lock");
    rename_institution(&content, "Pemerintah Kabupaten Kedua");
    let r = build(&content, &out, &[]);
    assert_eq!(r.status.code(), Some(1), "{}", transcript(&r));
    let text = transcript(&r);
    assert!(text.contains("another kinerja build is writing"), "{text}");
    assert_eq!(read_tree(&out), before, "the site was left as it was");
    drop(lock);
    let r = build(&content, &out, &[]);
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
}

#[test]
fn two_builds_started_together_leave_one_builds_site() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let a = generated(tmp.path(), "30");
    let b = tmp.path().join("other");
    copy_tree(&a, &b);
    rename_institution(&a, "Pemerintah Provinsi Alfa");
    rename_institution(&b, "Pemerintah Provinsi Beta");
    let out = tmp.path().join("public");
    for round in 0..3 {
        let spawn = |content: &Path| {
            Command::new(env!("CARGO_BIN_EXE_kinerja"))
                .env("KINERJA_LANG", "en")
                .args([
                    "build",
                    "--force",
                    "--content",
                    s(content),
                    "--out",
                    s(&out),
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        };
        let (one, two) = (spawn(&a), spawn(&b));
        let (one, two) = (
            one.wait_with_output().expect("wait"),
            two.wait_with_output().expect("wait"),
        );
        let ok = [&one, &two].iter().filter(|o| o.status.success()).count();
        assert!(ok >= 1, "round {round}: neither build succeeded");
        for o in [&one, &two] {
            if !o.status.success() {
                let err = String::from_utf8_lossy(&o.stderr);
                assert!(err.contains("another kinerja build is writing"), "{err}");
            }
        }
        built_with(
            &out,
            &["Pemerintah Provinsi Alfa", "Pemerintah Provinsi Beta"],
        );
        assert!(leftovers(&out).is_empty(), "{:?}", leftovers(&out));
    }
}

#[test]
fn a_build_killed_at_any_point_leaves_the_old_or_the_new_site() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let a = generated(tmp.path(), "40");
    let b = tmp.path().join("other");
    copy_tree(&a, &b);
    rename_institution(&a, "Pemerintah Provinsi Alfa");
    rename_institution(&b, "Pemerintah Provinsi Beta");
    let names = ["Pemerintah Provinsi Alfa", "Pemerintah Provinsi Beta"];
    let out = tmp.path().join("public");
    assert_eq!(build(&a, &out, &[]).status.code(), Some(0));
    // How long a whole build takes, to spread the kills over it.
    let started = Instant::now();
    assert_eq!(build(&b, &out, &["--force"]).status.code(), Some(0));
    let whole = started.elapsed();
    let mut current = &b;
    for i in 0..12u32 {
        let next = if current == &a { &b } else { &a };
        let mut child = Command::new(env!("CARGO_BIN_EXE_kinerja"))
            .env("KINERJA_LANG", "en")
            .args(["build", "--force", "--content", s(next), "--out", s(&out)])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(whole.mul_f64(f64::from(i) / 10.0));
        let _ = child.kill();
        let _ = child.wait();
        // The old site or the new one, complete; or, killed while replacing
        // files in place, the journal of the replacement, which the next
        // build undoes before anything else.
        let journal = kinerja::output::state_dir(&out)
            .expect("state")
            .join(kinerja::output::JOURNAL);
        if !journal.exists() {
            let which = built_with(&out, &names);
            let old = if current == &a { names[0] } else { names[1] };
            let new = if next == &a { names[0] } else { names[1] };
            assert!(which == old || which == new, "{which}");
        }
        // The next build recovers whatever was left, and succeeds.
        let r = build(next, &out, &[]);
        assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
        assert!(leftovers(&out).is_empty(), "{:?}", leftovers(&out));
        let which = built_with(&out, &names);
        assert_eq!(which, if next == &a { names[0] } else { names[1] });
        current = next;
    }
}

/// Runs a build of `content` into `out` under strace, with the second
/// opening of the site's file `file` (the first reads it for the undo file,
/// the second writes it) failing as `fault` (`error=EIO`, `signal=KILL`);
/// `None` where strace is missing.
fn build_with_fault(content: &Path, out: &Path, file: &str, fault: &str) -> Option<Output> {
    let probe = Command::new("strace").arg("-V").output().ok()?;
    if !probe.status.success() {
        return None;
    }
    let out = Command::new("strace")
        .args(["-f", "-qq", "-o", "/dev/null", "-P"])
        .arg(out.join(file))
        .args(["-e", "trace=open,openat", "-e"])
        .arg(format!("inject=open,openat:{fault}:when=2"))
        .arg(env!("CARGO_BIN_EXE_kinerja"))
        .args(["build", "--content", s(content), "--out", s(out)])
        .env("KINERJA_LANG", "en")
        .env("NO_COLOR", "1")
        .output()
        .ok()?;
    Some(out)
}

#[test]
fn a_commit_in_place_that_fails_or_is_killed_leaves_the_previous_site_byte_for_byte() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    let out = tmp.path().join("public");
    assert_eq!(build(&content, &out, &[]).status.code(), Some(0));
    let before = read_tree(&out);
    // Every page changes: the new site is committed in place, file by file.
    rename_institution(&content, "Pemerintah Kabupaten Kedua");
    for file in ["index.html", "unit/index.html", "metodologi/index.html"] {
        // A file that cannot be written: every step is undone.
        let Some(r) = build_with_fault(&content, &out, file, "error=EIO") else {
            eprintln!("skipped: strace is missing");
            return;
        };
        let text = transcript(&r);
        assert_ne!(r.status.code(), Some(0), "{text}");
        assert!(text.contains("Input/output error"), "{text}");
        assert!(
            read_tree(&out) == before,
            "the site changed after a failed commit"
        );
        assert!(leftovers(&out).is_empty(), "{:?}", leftovers(&out));
        // Killed in the middle: the journal is left, and the next build
        // puts the previous site back before anything else.
        let r = build_with_fault(&content, &out, file, "signal=KILL").expect("strace");
        assert_ne!(r.status.code(), Some(0), "{}", transcript(&r));
        let journal = kinerja::output::state_dir(&out)
            .expect("state")
            .join(kinerja::output::JOURNAL);
        assert!(journal.is_file(), "no journal after a kill writing {file}");
        rename_institution(&content, "Pemerintah Kabupaten Uji");
        let r = build(&content, &out, &[]);
        let text = transcript(&r);
        assert_eq!(r.status.code(), Some(0), "{text}");
        assert!(text.contains("put the previous site back"), "{text}");
        assert!(!journal.exists());
        assert!(
            read_tree(&out) == before,
            "not the previous site after recovery"
        );
        rename_institution(&content, "Pemerintah Kabupaten Kedua");
    }
}

#[test]
fn what_an_interrupted_swap_left_is_recovered_and_said() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    let out = tmp.path().join("public");
    assert_eq!(build(&content, &out, &[]).status.code(), Some(0));
    let before = read_tree(&out);
    // Killed between moving the old site aside and moving the new one in,
    // on a system without an atomic exchange.
    std::fs::rename(&out, tmp.path().join(".public.kinerja-old")).expect("aside");
    std::fs::create_dir_all(tmp.path().join(".public.kinerja-new/unit")).expect("partial");
    std::fs::write(tmp.path().join(".public.kinerja-new/unit/x.html"), "half").expect("w");
    let r = build(&content, &out, &[]);
    let text = transcript(&r);
    assert_eq!(r.status.code(), Some(0), "{text}");
    assert!(text.contains("restored the previous site"), "{text}");
    assert!(text.contains("removed"), "{text}");
    assert_eq!(
        read_tree(&out),
        before,
        "the previous site came back as it was"
    );
    assert!(leftovers(&out).is_empty(), "{:?}", leftovers(&out));
}

/// Runs `kinerja` as an unprivileged user when the tests run as root, so
/// that permissions mean what they mean for a clerk.
fn as_clerk(dir: &Path, args: &[&str]) -> Option<Output> {
    let bin = env!("CARGO_BIN_EXE_kinerja");
    let root_user = std::fs::read_to_string("/proc/self/status")
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .is_some_and(|u| u.split_whitespace().next() == Some("0"));
    let mut c = if root_user {
        if !Path::new("/usr/bin/setpriv").exists() {
            return None;
        }
        let _ = Command::new("chown")
            .args(["-R", "65534:65534", s(dir)])
            .status();
        let mut c = Command::new("/usr/bin/setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", bin]);
        c
    } else {
        Command::new(bin)
    };
    c.args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("KINERJA_LANG", "en");
    Some(c.output().expect("run"))
}

#[test]
fn a_read_only_site_is_replaced_and_every_message_after_a_failure_is_true() {
    let tmp = tempfile::tempdir().expect("tempdir");
    // The binary must be reachable by the unprivileged user.
    let work = tmp.path().join("work");
    std::fs::create_dir_all(&work).expect("mkdir");
    let _ = Command::new("chmod").args(["755", s(tmp.path())]).status();
    copy_tree(&root().join("tests/fixtures/base"), &work.join("content"));
    let Some(r) = as_clerk(&work, &["build", "-q"]) else {
        eprintln!("skipped: cannot run as an unprivileged user");
        return;
    };
    if String::from_utf8_lossy(&r.stderr).contains("Permission denied") && !r.status.success() {
        eprintln!("skipped: the binary is not reachable by an unprivileged user");
        return;
    }
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    let out = work.join("public");
    // The clerk copies the site read-only (or a tool did).
    let _ = Command::new("chmod").args(["-R", "a-w", s(&out)]).status();
    rename_institution(&work.join("content"), "Pemerintah Kabupaten Kedua");
    for _ in 0..2 {
        let r = as_clerk(&work, &["build", "-q"]).expect("run");
        assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
        built_with(&out, &["Pemerintah Kabupaten Kedua"]);
        assert!(leftovers(&out).is_empty(), "{:?}", leftovers(&out));
    }
    // A folder the site cannot be written beside: the build fails, says the
    // previous site was left, and it was.
    let before = read_tree(&out);
    let _ = Command::new("chmod").args(["a-w", s(&work)]).status();
    rename_institution(&work.join("content"), "Pemerintah Kabupaten Ketiga");
    let r = as_clerk(&work, &["build", "-q"]).expect("run");
    let _ = Command::new("chmod").args(["u+w", s(&work)]).status();
    let text = transcript(&r);
    assert_eq!(r.status.code(), Some(1), "{text}");
    assert!(text.contains("was left as it was"), "{text}");
    assert_eq!(read_tree(&out), before, "{text}");
}

#[test]
fn an_output_that_is_a_link_is_followed_and_the_link_kept() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    let web_root = tmp.path().join("var/www/sakip");
    std::fs::create_dir_all(&web_root).expect("mkdir");
    let link = tmp.path().join("public");
    std::os::unix::fs::symlink(&web_root, &link).expect("link");
    for name in ["Pemerintah Kabupaten Satu", "Pemerintah Kabupaten Dua"] {
        rename_institution(&content, name);
        let r = build(&content, &link, &[]);
        assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
        assert!(
            std::fs::symlink_metadata(&link)
                .expect("meta")
                .file_type()
                .is_symlink(),
            "the link was replaced by a folder"
        );
        assert_eq!(
            built_with(&web_root, &[name]),
            name,
            "the web root is updated"
        );
    }
    // A link to a folder that does not exist yet: the site is made there.
    let later = tmp.path().join("srv/later");
    let link2 = tmp.path().join("public2");
    std::os::unix::fs::symlink(&later, &link2).expect("link");
    let r = build(&content, &link2, &[]);
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    assert!(later.join("index.html").is_file());
}

#[test]
fn dot_dot_after_a_link_is_resolved_as_the_system_resolves_it() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    let before = read_tree(&content);
    // `deep/inner/lnk/..` is `content/`, not `deep/inner/`.
    std::fs::create_dir_all(tmp.path().join("deep/inner")).expect("mkdir");
    std::os::unix::fs::symlink(
        content.join("agreements"),
        tmp.path().join("deep/inner/lnk"),
    )
    .expect("link");
    let out = tmp.path().join("deep/inner/lnk/../x");
    let r = build(&content, &out, &[]);
    let text = transcript(&r);
    assert_eq!(r.status.code(), Some(1), "{text}");
    assert!(text.contains("overlaps the content folder"), "{text}");
    assert_eq!(
        read_tree(&content),
        before,
        "nothing was written in the content"
    );
    assert!(!tmp.path().join("deep/inner/x").exists());
    // The same shape pointing elsewhere lands where the system puts it.
    std::fs::create_dir_all(tmp.path().join("elsewhere/sub")).expect("mkdir");
    std::os::unix::fs::symlink(tmp.path().join("elsewhere/sub"), tmp.path().join("l2"))
        .expect("link");
    let r = build(&content, &tmp.path().join("l2/../site"), &[]);
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    assert!(tmp.path().join("elsewhere/site/index.html").is_file());
}

#[test]
fn paths_that_collide_on_windows_or_macos_disks_are_refused_by_check() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    // An objective spelt in another case in another year.
    let text = std::fs::read_to_string(content.join("agreements/2026/dinkes.yaml")).expect("read");
    assert!(
        text.contains("year: 2026") && text.contains("id: S1"),
        "fixture"
    );
    std::fs::create_dir_all(content.join("agreements/2025")).expect("mkdir");
    std::fs::write(
        content.join("agreements/2025/dinkes.yaml"),
        text.replace("year: 2026", "year: 2025")
            .replace("2026-", "2025-")
            .replacen("id: S1", "id: s1", 1),
    )
    .expect("write");
    // A unit id Windows keeps for a device.
    let units = content.join("units.yaml");
    let text = std::fs::read_to_string(&units).expect("read");
    std::fs::write(
        &units,
        text.replace("  - id: dinkes-kesmas\n", "  - id: con\n"),
    )
    .expect("w");
    // Static files colliding by case, with kinerja's own paths, or unportable.
    let st = content.join("static");
    std::fs::create_dir_all(st.join("unduh")).expect("mkdir");
    std::fs::write(st.join("unduh/Laporan.pdf"), "a").expect("w");
    std::fs::write(st.join("unduh/laporan.pdf"), "b").expect("w");
    std::fs::write(st.join("Sitemap.xml"), "c").expect("w");
    std::fs::write(st.join("aux.pdf"), "d").expect("w");
    std::fs::write(st.join("catatan."), "e").expect("w");
    let (code, out) = check(&content);
    assert_eq!(code, 1, "{out}");
    for expected in [
        "objective id `S1` differs only in case from `s1`",
        "unit id `con` cannot be used in file names",
        "a name Windows keeps for a device",
        "`static/unduh/laporan.pdf` differs only in case from `static/unduh/Laporan.pdf`",
        "`Sitemap.xml` is a path kinerja writes itself",
        "static/aux.pdf: error: this file cannot be published under its name: Windows reserves the name",
        "ends with a dot or a space",
    ] {
        assert!(out.contains(expected), "missing `{expected}` in\n{out}");
    }
}

#[test]
fn every_top_level_path_of_a_site_is_one_check_guards() {
    // `check` refuses static files at paths kinerja writes: the list it
    // keeps must name everything a real build writes at the top.
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    let out = tmp.path().join("public");
    assert_eq!(build(&content, &out, &[]).status.code(), Some(0));
    let st = content.join("static");
    for entry in std::fs::read_dir(&out).expect("read") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name.starts_with('.') {
            continue;
        }
        let _ = std::fs::remove_dir_all(&st);
        let target = if out.join(&name).is_dir() {
            st.join(&name).join("x.txt")
        } else {
            st.join(&name)
        };
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        std::fs::write(&target, "x").expect("write");
        let (code, text) = check(&content);
        assert_eq!(code, 1, "`{name}` is not guarded:\n{text}");
        assert!(text.contains("is a path kinerja writes itself"), "{text}");
    }
}

#[test]
fn a_file_name_with_a_line_break_cannot_forge_the_changes_list() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    std::fs::create_dir_all(content.join("static")).expect("mkdir");
    std::fs::write(content.join("static/a\tb\nD\tindex.html"), "x").expect("write");
    let (code, out) = check(&content);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("control character"), "{out}");
    assert!(
        !out.contains("a\tb\nD"),
        "the name is shown escaped, not as it is:\n{out}"
    );
}

// ---------------------------------------------------------------------------
// Files that are not what they seem

#[test]
fn pipes_devices_and_sparse_files_are_refused_without_hanging_or_filling_memory() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    let fifo = |p: &Path| {
        let ok = Command::new("mkfifo")
            .arg(p)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "mkfifo");
    };
    fifo(&content.join("agreements/2026/pipa.yaml"));
    std::fs::create_dir_all(content.join("static/unduh")).expect("mkdir");
    fifo(&content.join("static/unduh/pipa.pdf"));
    let sparse = std::fs::File::create(content.join("static/unduh/besar.pdf")).expect("create");
    sparse.set_len(4 * 1024 * 1024 * 1024).expect("sparse");
    // A link to a device is refused, and so is a device node itself (made
    // only where the tests may: as root).
    std::os::unix::fs::symlink("/dev/zero", content.join("pages/nol.md")).expect("link");
    let device = Command::new("mknod")
        .arg(content.join("agreements/2026/nol.yaml"))
        .args(["c", "1", "5"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let args = ["check", "--content", s(&content)];
    let (out, kib) = run_measured(&args);
    let text = transcript(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("agreements/2026/pipa.yaml: error: this is a named pipe"),
        "{text}"
    );
    assert!(
        text.contains("static/unduh/pipa.pdf: error: this is a named pipe"),
        "{text}"
    );
    assert!(
        text.contains("static/unduh/besar.pdf: error: the file is too large (4096 MiB"),
        "{text}"
    );
    assert!(
        text.contains("pages/nol.md: error: symbolic link leads outside"),
        "{text}"
    );
    if device {
        assert!(
            text.contains("agreements/2026/nol.yaml: error: this is a device"),
            "{text}"
        );
    }
    assert!(kib < 200 * 1024, "peak memory {kib} KiB");
}

#[test]
fn a_theme_cannot_publish_what_its_links_point_at() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    let secret = tmp.path().join("rahasia.txt");
    std::fs::write(&secret, "kata sandi").expect("write");
    // A hidden theme folder named in site.yaml, with a link out of it.
    let theme = content.join(".tema");
    std::fs::create_dir_all(theme.join("assets")).expect("mkdir");
    std::os::unix::fs::symlink(&secret, theme.join("assets/gaya.css")).expect("link");
    let site = content.join("site.yaml");
    let text = std::fs::read_to_string(&site).expect("read");
    std::fs::write(&site, format!("{text}theme: .tema\n")).expect("write");
    let out = tmp.path().join("public");
    let r = build(&content, &out, &[]);
    let text = transcript(&r);
    assert_eq!(r.status.code(), Some(1), "{text}");
    assert!(
        text.contains("symbolic link leads outside the theme folder"),
        "{text}"
    );
    assert!(!out.exists(), "nothing was published");
    // The same with `--theme`, and a pipe.
    std::fs::write(
        &site,
        std::fs::read_to_string(&site)
            .expect("r")
            .replace("theme: .tema\n", ""),
    )
    .expect("write");
    let other = tmp.path().join("tema2");
    std::fs::create_dir_all(other.join("assets")).expect("mkdir");
    let ok = Command::new("mkfifo")
        .arg(other.join("assets/pipa.css"))
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok);
    let mut c = Command::new(env!("CARGO_BIN_EXE_kinerja"));
    c.env("KINERJA_LANG", "en");
    c.args([
        "build",
        "--content",
        s(&content),
        "--out",
        s(&out),
        "--theme",
        s(&other),
    ]);
    let r = run_bounded(c, Duration::from_secs(60));
    let text = transcript(&r);
    assert_eq!(r.status.code(), Some(1), "{text}");
    assert!(text.contains("named pipe"), "{text}");
}

// ---------------------------------------------------------------------------
// Inputs that blow up

/// An XLSX file with `sheet` as the XML of its only sheet.
fn xlsx(path: &Path, sheet: &[u8]) {
    use std::io::Write as _;
    let file = std::fs::File::create(path).expect("create");
    let mut z = zip::ZipWriter::new(file);
    let o = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    let parts: [(&str, &[u8]); 4] = [
        ("[Content_Types].xml", br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#),
        ("_rels/.rels", br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
        ("xl/workbook.xml", br#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
        ("xl/_rels/workbook.xml.rels", br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
    ];
    for (name, bytes) in parts {
        z.start_file(name, o).expect("part");
        z.write_all(bytes).expect("write");
    }
    z.start_file("xl/worksheets/sheet1.xml", o).expect("sheet");
    z.write_all(sheet).expect("write");
    z.finish().expect("finish");
}

const SHEET_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>unit</t></is></c></row>"#;

#[test]
fn spreadsheets_that_inflate_are_refused_with_memory_bounded() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    // 1 GiB of sheet that zips to about a megabyte.
    let mut bomb = SHEET_HEAD.as_bytes().to_vec();
    bomb.resize(bomb.len() + 1024 * 1024 * 1024, b' ');
    bomb.extend_from_slice(b"</sheetData></worksheet>");
    let bomb_file = tmp.path().join("bom.xlsx");
    xlsx(&bomb_file, &bomb);
    drop(bomb);
    // Two cells, one in the last row and column Excel allows.
    let sparse_file = tmp.path().join("jarang.xlsx");
    xlsx(
        &sparse_file,
        format!("{SHEET_HEAD}<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row></sheetData></worksheet>").as_bytes(),
    );
    for (file, expected) in [
        (&bomb_file, "unpacks to more than"),
        (&sparse_file, "the sheet is too large"),
    ] {
        let args = [
            "import",
            "--content",
            s(&content),
            "--year",
            "2026",
            "--quarter",
            "2",
            "--reported",
            "2026-07-15",
            s(file),
        ];
        let (out, kib) = run_measured(&args);
        let text = transcript(&out);
        assert_eq!(out.status.code(), Some(1), "{text}");
        assert!(text.contains(expected), "{text}");
        assert!(
            kib < 200 * 1024,
            "{}: peak memory {kib} KiB",
            file.display()
        );
    }
}

#[test]
fn markdown_nested_tens_of_thousands_deep_is_refused_at_once() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    for (name, body) in [
        ("kutipan", ">".repeat(100_000)),
        ("daftar", "- ".repeat(50_000)),
        ("campur", "* > 1. ".repeat(15_000)),
    ] {
        std::fs::write(
            content.join(format!("pages/{name}.md")),
            format!("---\ntitle: Dalam\n---\n{body} x\n"),
        )
        .expect("write");
    }
    let mut c = Command::new(env!("CARGO_BIN_EXE_kinerja"));
    c.env("KINERJA_LANG", "en");
    c.args(["check", "--content", s(&content)])
        .current_dir(root());
    let started = Instant::now();
    let out = run_bounded(c, Duration::from_secs(60));
    let text = transcript(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert_eq!(text.matches("levels deep").count(), 3, "{text}");
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn money_beyond_any_budget_is_refused_and_no_output_holds_inf() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    let file = content.join("agreements/2026/dinkes.yaml");
    let text = std::fs::read_to_string(&file).expect("read");
    assert!(text.contains("ceiling:"), "fixture has a budget");
    // Two ceilings that would wrap an i64 when added.
    let mut n = 0;
    let huge: String = text
        .lines()
        .map(|l| {
            if l.trim_start().starts_with("ceiling:") && n < 2 {
                n += 1;
                let indent = &l[..l.len() - l.trim_start().len()];
                format!("{indent}ceiling: 5000000000000000000")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&file, format!("{huge}\n")).expect("write");
    let (code, out) = check(&content);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("larger than any budget line"), "{out}");

    // A realisation of 1e308.
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    let q = content.join("realisations/2026/q1/dinkes.yaml");
    let text = std::fs::read_to_string(&q).expect("read");
    let first_value = text
        .lines()
        .find(|l| l.trim_start().starts_with("value:") && !l.contains("null"))
        .expect("a value")
        .to_string();
    let indent = &first_value[..first_value.len() - first_value.trim_start().len()];
    std::fs::write(
        &q,
        text.replacen(&first_value, &format!("{indent}value: 1e308"), 1),
    )
    .expect("w");
    let (code, out) = check(&content);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("too large to be a measured value"), "{out}");

    // And no output of a real build carries a non-finite number.
    let content = base(tmp.path().join("again").as_path());
    let site = tmp.path().join("public");
    assert_eq!(build(&content, &site, &[]).status.code(), Some(0));
    for (path, (bytes, _)) in read_tree(&site) {
        if path.ends_with(".csv") || path.ends_with(".json") {
            let text = String::from_utf8_lossy(&bytes).to_lowercase();
            for bad in ["inf", "nan"] {
                let found = text
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| w == bad || w == "-inf");
                assert!(!found, "{path} holds `{bad}`");
            }
        }
    }
}

#[test]
fn names_that_could_bend_a_page_a_feed_or_a_terminal_are_refused_or_escaped() {
    // `<!--<script>` in a unit name: the inline search index stays inert.
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    let units = content.join("units.yaml");
    let text = std::fs::read_to_string(&units).expect("read");
    let name_line = text
        .lines()
        .find(|l| l.trim_start().starts_with("name:"))
        .expect("name")
        .to_string();
    let indent = &name_line[..name_line.len() - name_line.trim_start().len()];
    std::fs::write(
        &units,
        text.replacen(
            &name_line,
            &format!("{indent}name: \"Dinas <!--<script> & </script>\""),
            1,
        ),
    )
    .expect("write");
    let out = tmp.path().join("public");
    let r = build(&content, &out, &[]);
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    let search = std::fs::read_to_string(out.join("cari/index.html")).expect("search page");
    let start = search.find("id=\"indeks-cari\">").expect("index") + 17;
    let end = start + search[start..].find("</script>").expect("end");
    assert!(!search[start..end].contains('<'), "{}", &search[start..end]);
    assert!(search.trim_end().ends_with("</html>"));

    // Control characters and noncharacters, typed or escaped, are refused.
    for (field, value) in [
        ("name", "\"Dinas\\u001b[31m\""),
        ("name", "\"Dinas \\uFFFE\""),
        ("name", "Dinas \u{FFFF}"),
        ("name", "\"Dinas\\0\""),
    ] {
        let tmp = tempfile::tempdir().expect("tempdir");
        let content = base(tmp.path());
        let units = content.join("units.yaml");
        let text = std::fs::read_to_string(&units).expect("read");
        std::fs::write(
            &units,
            text.replacen(&name_line, &format!("{indent}{field}: {value}"), 1),
        )
        .expect("write");
        let (code, out) = check(&content);
        assert_eq!(code, 1, "{value}: {out}");
        assert!(out.contains("invisible character"), "{value}: {out}");
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{FFFF}'),
            "{out:?}"
        );
    }

    // A NUL in the site's address.
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    let site = content.join("site.yaml");
    let text = std::fs::read_to_string(&site).expect("read");
    let line = text
        .lines()
        .find(|l| l.starts_with("base_url:"))
        .expect("base_url")
        .to_string();
    std::fs::write(
        &site,
        text.replace(&line, "base_url: \"https://sakip.example/\\0x\""),
    )
    .expect("w");
    let (code, out) = check(&content);
    assert_eq!(code, 1, "{out}");
    assert!(!out.contains('\0'), "{out:?}");
}

#[test]
fn an_imported_sheet_named_to_inject_yaml_writes_only_its_data() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    let sheet = tmp.path().join("realisasi\nyear: 1999\nunit: bupati\n.csv");
    std::fs::write(&sheet, "unit;indikator;realisasi\ndinkes;S1/IK1;50\n").expect("write");
    let r = kinerja(
        &root(),
        &[
            "import",
            "--content",
            s(&content),
            "--year",
            "2026",
            "--quarter",
            "3",
            "--reported",
            "2026-10-10",
            s(&sheet),
        ],
    );
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
    let written =
        std::fs::read_to_string(content.join("realisations/2026/q3/dinkes.yaml")).expect("file");
    assert!(!written.contains("\nyear: 1999"), "{written}");
    assert!(!written.contains("\nunit: bupati"), "{written}");
    let (code, out) = check(&content);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn diagnostics_never_pass_terminal_escapes_through() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    let units = content.join("units.yaml");
    let text = std::fs::read_to_string(&units).expect("read");
    std::fs::write(
        &units,
        text.replace(
            "  - id: dinkes-kesmas\n",
            "  - id: \"\u{1b}]0;pwned\u{7}\u{1b}[2J\"\n",
        ),
    )
    .expect("write");
    let r = kinerja(&root(), &["check", "--content", s(&content)]);
    assert_eq!(r.status.code(), Some(1), "{}", transcript(&r));
    for stream in [&r.stdout, &r.stderr] {
        assert!(
            !stream.iter().any(|&b| b == 0x1b || b == 0x07),
            "{}",
            String::from_utf8_lossy(stream)
        );
    }
    assert!(String::from_utf8_lossy(&r.stderr).contains("\\u{1b}"));
}

#[test]
fn the_list_of_changes_is_never_written_into_the_content_or_the_site() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = base(tmp.path());
    let out = tmp.path().join("public");
    let before = read_tree(&content);
    for changes in [content.join("perubahan.txt"), out.join("perubahan.txt")] {
        let r = build(&content, &out, &["--changes", s(&changes)]);
        let text = transcript(&r);
        assert_eq!(r.status.code(), Some(1), "{text}");
        assert!(
            text.contains("inside the content or the output folder"),
            "{text}"
        );
    }
    assert_eq!(read_tree(&content), before);
    let r = build(
        &content,
        &out,
        &["--changes", s(&tmp.path().join("perubahan.txt"))],
    );
    assert_eq!(r.status.code(), Some(0), "{}", transcript(&r));
}
