//! The `brisk` command line: run and disassemble Python files.

mod jit;

use std::io::{BufRead, Write};
use std::process::ExitCode;

use brisk::vm::{Host, VmOptions};

mod limits;

/// Every allocation is counted, so `--max-memory` can raise MemoryError.
#[global_allocator]
static ALLOCATOR: brisk::memory::CountingAlloc = brisk::memory::CountingAlloc;

/// Stdout is buffered (printing is the hot path of many programs) and
/// flushed before anything that must appear in order: stderr, input().
struct StdHost {
    out: std::io::BufWriter<std::io::Stdout>,
    /// The script's folder, where `import name` finds the user's own modules.
    script_dir: std::path::PathBuf,
    clock: std::time::Instant,
}

impl Host for StdHost {
    fn write_stdout(&mut self, s: &str) {
        let _ = self.out.write_all(s.as_bytes());
    }
    fn write_stderr(&mut self, s: &str) {
        let _ = self.out.flush();
        let _ = std::io::stderr().write_all(s.as_bytes());
    }
    fn read_line(&mut self, prompt: &str) -> Option<String> {
        let _ = self.out.write_all(prompt.as_bytes());
        let _ = self.out.flush();
        let mut line = String::new();
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line.trim_end_matches(['\n', '\r']).to_owned()),
        }
    }
    fn flush(&mut self) {
        let _ = self.out.flush();
    }
    fn module_source(&mut self, name: &str) -> Option<(String, String)> {
        let rel: std::path::PathBuf = name.split('.').collect();
        let candidates =
            [self.script_dir.join(&rel).with_extension("py"), self.script_dir.join(&rel).join("__init__.py")];
        candidates.into_iter().find_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            Some((p.to_string_lossy().into_owned(), text))
        })
    }
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, (i32, String)> {
        std::fs::read(path).map_err(os_error)
    }
    fn write_file(&mut self, path: &str, data: &[u8], append: bool) -> Result<(), (i32, String)> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .append(append)
            .truncate(!append)
            .open(path)
            .map_err(os_error)?;
        f.write_all(data).map_err(os_error)
    }
    fn remove_file(&mut self, path: &str) -> Result<(), (i32, String)> {
        std::fs::remove_file(path).map_err(os_error)
    }
    fn now_ms(&self) -> f64 {
        self.clock.elapsed().as_secs_f64() * 1000.0
    }
}

/// An I/O error as (errno, C strerror text) for Python's OSError.
fn os_error(e: std::io::Error) -> (i32, String) {
    let text = e.to_string();
    let text = match text.rfind(" (os error") {
        Some(i) => text[..i].to_owned(),
        None => text,
    };
    (e.raw_os_error().unwrap_or(5), text)
}

const USAGE: &str =
    "usage: brisk run [--no-quicken] [--jit=off|on|always] [--stats] [--stats-json PATH] [--max-memory SIZE] FILE.py
       (SIZE in bytes, or with a K, M or G suffix; default: half the machine's memory)
       brisk dis [--adaptive] [--no-quicken] FILE.py";

/// `brisk run` without `--jit=`: see docs/ARCHITECTURE.md (Native tier).
const DEFAULT_JIT: jit::Mode = jit::Mode::On;

struct Cli {
    command: String,
    file: String,
    /// The program's own arguments, after the file.
    args: Vec<String>,
    quicken: bool,
    adaptive: bool,
    stats: bool,
    stats_json: Option<String>,
    max_memory: usize,
    jit: jit::Mode,
}

fn parse_args() -> Result<Cli, String> {
    let mut args = std::env::args().skip(1);
    let command = args.next().ok_or(USAGE)?;
    if command != "run" && command != "dis" {
        return Err(USAGE.to_owned());
    }
    let mut cli = Cli {
        command,
        file: String::new(),
        args: Vec::new(),
        quicken: true,
        adaptive: false,
        stats: false,
        stats_json: None,
        max_memory: limits::default_max_memory(),
        jit: DEFAULT_JIT,
    };
    while let Some(a) = args.next() {
        match a.as_str() {
            "--no-quicken" => cli.quicken = false,
            "--adaptive" => cli.adaptive = true,
            "--stats" => cli.stats = true,
            "--stats-json" => cli.stats_json = Some(args.next().ok_or(USAGE)?),
            "--max-memory" => {
                let size = args.next().ok_or(USAGE)?;
                cli.max_memory = limits::parse_size(&size).ok_or(format!("invalid --max-memory {size}\n{USAGE}"))?;
            }
            s if s.starts_with("--jit=") => {
                cli.jit = jit::Mode::parse(&s["--jit=".len()..]).ok_or(format!("unknown --jit mode in {s}\n{USAGE}"))?
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => {
                cli.file = a;
                cli.args = args.collect();
                break;
            }
        }
    }
    if cli.file.is_empty() {
        return Err(USAGE.to_owned());
    }
    Ok(cli)
}

fn run(cli: Cli) -> u8 {
    brisk::memory::set_limit(cli.max_memory);
    let source = match std::fs::read_to_string(&cli.file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("brisk: can't open file '{}': {e}", cli.file);
            return 2;
        }
    };
    let script = std::fs::canonicalize(&cli.file).unwrap_or_else(|_| cli.file.clone().into());
    let script_dir = script.parent().map(|p| p.to_path_buf()).unwrap_or_default();
    let host = Box::new(StdHost {
        out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
        script_dir,
        clock: std::time::Instant::now(),
    });
    let argv = std::iter::once(cli.file.clone()).chain(cli.args.iter().cloned()).collect();
    let options = VmOptions { quicken: cli.quicken, argv, ..VmOptions::default() };
    if cli.command == "dis" {
        let code = match brisk::compile::compile(&source, &cli.file) {
            Ok(c) => c,
            Err(e) => {
                eprint!("{}", brisk::format_compile_error(&e));
                return 1;
            }
        };
        if cli.adaptive {
            let mut vm = brisk::vm::Vm::new(host, options);
            let _ = brisk::run_code(&mut vm, code.clone());
            vm.host.flush();
            print!("{}", brisk::bytecode::dis::disassemble(&code, &brisk::bytecode::dis::adaptive_column));
        } else {
            print!("{}", brisk::bytecode::dis::disassemble(&code, &|_, _| String::new()));
        }
        return 0;
    }
    let mut vm = brisk::vm::Vm::new(host, options);
    if cli.jit != jit::Mode::Off {
        match jit::Jit::new(cli.jit) {
            Ok(tier) => vm.tier = Some(Box::new(tier.with_builtins(vm.builtins.clone()))),
            Err(e) => eprintln!("brisk: native tier unavailable ({e}); interpreting"),
        }
    }
    let outcome = brisk::run_in(&mut vm, &source, &cli.file);
    vm.host.flush();
    if cli.stats {
        eprint!("{}", brisk::stats_text(&vm));
        if let Some(tier) = &vm.tier {
            eprint!("{}", tier.report());
        }
    }
    if let Some(path) = &cli.stats_json {
        if let Err(e) = std::fs::write(path, brisk::stats_json(&vm)) {
            eprintln!("brisk: can't write '{path}': {e}");
            return 2;
        }
    }
    match outcome {
        brisk::Outcome::Ok => 0,
        brisk::Outcome::Error(_) => 1,
        brisk::Outcome::Exit(n) => n as u8,
    }
}

fn main() -> ExitCode {
    let cli = match parse_args() {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    if std::env::var_os("BRISK_DEBUG").is_none() {
        // Panics are reported as SystemError below, without Rust's noise.
        std::panic::set_hook(Box::new(|_| {}));
    }
    // The interpreter runs on a thread with a large stack: Python calls do
    // not recurse on it, but callbacks from builtins (sort keys, __repr__,
    // __eq__ in dicts) do, up to the recursion limit.
    let worker = std::thread::Builder::new().stack_size(512 << 20).spawn(move || {
        std::panic::catch_unwind(move || run(cli)).unwrap_or_else(|p| {
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            eprintln!("SystemError: internal error in Brisk: {msg}");
            1
        })
    });
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => ExitCode::from(1),
    }
}
