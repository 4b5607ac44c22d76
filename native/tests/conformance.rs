//! Differential conformance: every program in `tests/conformance/` must
//! produce exactly CPython's stdout and exit status under `brisk run`,
//! with quickening on and off, and with the native tier on (`--jit=on`)
//! and forced (`--jit=always`: every loop compiled at its first back-edge).
//!
//! `BRISK_TEST_RUNNER` (e.g. `qemu-aarch64 -L /usr/aarch64-linux-gnu`), when
//! set, runs the `brisk` binary through an emulator: `scripts/test.sh` uses
//! it for the aarch64 build.
//!
//! CPython's results are recorded next to each program (`NAME.expected`:
//! a first line `exit=N`, then stdout) so that the browser tests can use
//! them too; this test re-runs `python3` and fails when a recording is stale.
//! Regenerate with `tests/record-expected`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);

struct RunResult {
    status: i32,
    stdout: String,
}

fn run_with_timeout(mut cmd: Command) -> Result<RunResult, String> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start: {e}"))?;
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut s);
        s
    });
    let mut stderr = child.stderr.take().expect("stderr");
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().map_err(|e| e.to_string())? {
            break st;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            return Err(format!("timed out after {}s", TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = reader.join().unwrap_or_default();
    let err = err_reader.join().unwrap_or_default();
    let err = String::from_utf8_lossy(&err);
    if err.contains("SystemError: internal error") || err.contains("panicked") {
        return Err(format!("internal error: {err}"));
    }
    Ok(RunResult { status: status.code().unwrap_or(-1), stdout: String::from_utf8_lossy(&out).into_owned() })
}

fn conformance_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance")
}

fn programs() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(conformance_dir())
        .expect("tests/conformance exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    v.sort();
    v
}

fn parse_expected(text: &str) -> Option<RunResult> {
    let (first, rest) = text.split_once('\n')?;
    let status = first.strip_prefix("exit=")?.trim().parse().ok()?;
    Some(RunResult { status, stdout: rest.to_owned() })
}

/// The first differing line, with a little context.
fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let n = e.len().max(a.len());
    for i in 0..n {
        if e.get(i) != a.get(i) {
            let mut out = format!("    first difference at line {}:\n", i + 1);
            for j in i.saturating_sub(2)..(i + 3).min(n) {
                let mark = if j == i { ">" } else { " " };
                out.push_str(&format!("    {mark} expected: {:?}\n", e.get(j).copied().unwrap_or("<end>")));
                out.push_str(&format!("    {mark} actual:   {:?}\n", a.get(j).copied().unwrap_or("<end>")));
            }
            return out;
        }
    }
    "    (outputs differ only in trailing newline)\n".to_owned()
}

/// `brisk`, through `BRISK_TEST_RUNNER` when that is set.
fn brisk_command() -> Command {
    let runner = std::env::var("BRISK_TEST_RUNNER").unwrap_or_default();
    let mut words = runner.split_whitespace();
    match words.next() {
        Some(emulator) => {
            let mut cmd = Command::new(emulator);
            cmd.args(words).arg(env!("CARGO_BIN_EXE_brisk"));
            cmd
        }
        None => Command::new(env!("CARGO_BIN_EXE_brisk")),
    }
}

fn check_program(path: &Path) -> Result<(), String> {
    let name = path.file_name().unwrap_or_default().to_string_lossy().to_string();
    let expected_path = path.with_extension("expected");
    let recorded = std::fs::read_to_string(&expected_path)
        .ok()
        .and_then(|t| parse_expected(&t))
        .ok_or_else(|| format!("{name}: no recorded output (run tests/record-expected)"))?;
    let mut errors = String::new();
    let mut py = Command::new("python3");
    py.arg(path).env("PYTHONHASHSEED", "0").env("PYTHONIOENCODING", "utf-8");
    match run_with_timeout(py) {
        Ok(r) if r.status == recorded.status && r.stdout == recorded.stdout => {}
        Ok(_) => errors.push_str(&format!("{name}: recorded CPython output is stale (run tests/record-expected)\n")),
        Err(e) => errors.push_str(&format!("{name}: python3 failed: {e}\n")),
    }
    let modes: [(&str, &[&str]); 4] = [
        ("quicken", &["--jit=off"]),
        ("no-quicken", &["--no-quicken", "--jit=off"]),
        ("jit=on", &["--jit=on"]),
        ("jit=always", &["--jit=always"]),
    ];
    // BRISK_CONFORMANCE_MODES (comma-separated labels) narrows the modes:
    // under qemu, the test script runs only the ones the target changes.
    let wanted = std::env::var("BRISK_CONFORMANCE_MODES").ok();
    let selected = |label: &str| wanted.as_deref().is_none_or(|w| w.split(',').any(|m| m.trim() == label));
    for (label, mode) in modes.into_iter().filter(|(l, _)| selected(l)) {
        let mut cmd = brisk_command();
        cmd.arg("run").args(mode).arg(path);
        match run_with_timeout(cmd) {
            Ok(r) => {
                if r.stdout != recorded.stdout {
                    errors
                        .push_str(&format!("{name} [{label}]: stdout differs\n{}", diff(&recorded.stdout, &r.stdout)));
                } else if r.status != recorded.status {
                    errors.push_str(&format!(
                        "{name} [{label}]: exit status {} (CPython: {})\n",
                        r.status, recorded.status
                    ));
                }
            }
            Err(e) => errors.push_str(&format!("{name} [{label}]: {e}\n")),
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

#[test]
fn conformance() {
    let progs = programs();
    assert!(progs.len() >= 10, "expected conformance programs, found {}", progs.len());
    let queue = Arc::new(Mutex::new(progs.clone()));
    let failures = Arc::new(Mutex::new(Vec::<String>::new()));
    let workers: Vec<_> = (0..std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).max(2))
        .map(|_| {
            let queue = queue.clone();
            let failures = failures.clone();
            std::thread::spawn(move || loop {
                let Some(p) = queue.lock().expect("queue").pop() else { break };
                if let Err(e) = check_program(&p) {
                    failures.lock().expect("failures").push(e);
                }
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker");
    }
    let mut failures = failures.lock().expect("failures").clone();
    failures.sort();
    for f in &failures {
        eprint!("{f}");
    }
    let failed = failures.len();
    println!("conformance: {} passed, {} failed", progs.len() - failed, failed);
    assert_eq!(failed, 0, "{failed} conformance programs failed");
}
