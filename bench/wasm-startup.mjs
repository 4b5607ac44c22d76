#!/usr/bin/env node
// The browser build's budgets, measured in Node.js:
//   - size: pkg/brisk_bg.wasm raw and gzipped (gzip -9); budget 1.0 MB gzipped;
//     also pkg/brisk_names.bin, the \N{...} name table fetched on first use,
//     and pkg/brisk_stdlib.bin, the standard library's Python sources
//   - start-up: from loading the module (reading brisk_bg.wasm, importing
//     brisk.js, compiling and instantiating) to the output of print("hi");
//     budget 50 ms. Each sample is a fresh Node process; the median is kept.
// Usage: node bench/wasm-startup.mjs [--samples N] [--pkg DIR] [--json]
// Exits 1 when the package is missing or print("hi") does not print "hi";
// the budgets are reported, not enforced here (scripts/test.sh checks size).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { loadBrisk } from "./peers/load_brisk.mjs";

const SIZE_BUDGET = 1_000_000;
const STARTUP_BUDGET_MS = 50;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = resolve(option("--pkg", join(root, "pkg")));

/// One measurement in this process: milliseconds to the first stdout text.
async function sample() {
  const t0 = performance.now();
  const { Session } = await loadBrisk(pkg);
  let firstOutput = null;
  let out = "";
  const session = new Session({});
  const result = session.run('print("hi")', {
    stdout: (text) => {
      firstOutput ??= performance.now();
      out += text;
    },
  });
  if (!result.ok || out !== "hi\n") {
    throw new Error(`print("hi") gave ${JSON.stringify(out)} (${result.error})`);
  }
  const ms = firstOutput - t0;
  // Outside the timing: the name table arrives through the loader.
  out = "";
  const named = session.run('print("\\N{SNOWMAN}")', { stdout: (text) => (out += text) });
  if (!named.ok || out !== "\u2603\n") {
    throw new Error(`\\N{SNOWMAN} gave ${JSON.stringify(out)} (${named.error})`);
  }
  return ms;
}

/// `gzip -9 | wc -c` where gzip exists (the budget's definition), else zlib's level 9.
function gzipSize(path, bytes) {
  try {
    return execFileSync("gzip", ["-9", "-c", path], { maxBuffer: 1 << 28 }).length;
  } catch {
    return gzipSync(bytes, { level: 9 }).length;
  }
}

if (args.includes("--sample")) {
  console.log(JSON.stringify({ ms: await sample() }));
  process.exit(0);
}

const samples = Number(option("--samples", "7"));
const wasm = readFileSync(join(pkg, "brisk_bg.wasm"));
const gzipped = gzipSize(join(pkg, "brisk_bg.wasm"), wasm);
const names = readFileSync(join(pkg, "brisk_names.bin"));
const namesGzipped = gzipSize(join(pkg, "brisk_names.bin"), names);
const stdlib = readFileSync(join(pkg, "brisk_stdlib.bin"));
const stdlibGzipped = gzipSize(join(pkg, "brisk_stdlib.bin"), stdlib);
const times = [];
for (let i = 0; i < samples; i++) {
  const text = execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--sample", "--pkg", pkg], { encoding: "utf8" });
  times.push(JSON.parse(text).ms);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const report = {
  wasm_bytes: wasm.length,
  wasm_gzip_bytes: gzipped,
  size_budget_gzip_bytes: SIZE_BUDGET,
  names_bytes: names.length,
  names_gzip_bytes: namesGzipped,
  stdlib_bytes: stdlib.length,
  stdlib_gzip_bytes: stdlibGzipped,
  startup_ms_median: Number(median.toFixed(1)),
  startup_ms_min: Number(times[0].toFixed(1)),
  startup_budget_ms: STARTUP_BUDGET_MS,
  samples,
  node: process.version,
};
if (args.includes("--json")) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const verdict = (ok) => (ok ? "within budget" : "OVER BUDGET");
  console.log(`wasm size: ${wasm.length} bytes raw, ${gzipped} bytes gzipped (-9) ` +
    `[budget ${SIZE_BUDGET}: ${verdict(gzipped <= SIZE_BUDGET)}]`);
  console.log(`name table (fetched on the first \\N{...} escape): ${names.length} bytes raw, ` +
    `${namesGzipped} bytes gzipped; with the wasm ${gzipped + namesGzipped} bytes gzipped`);
  console.log(`standard library in Python (prefetched by the page): ${stdlib.length} bytes raw, ` +
    `${stdlibGzipped} bytes gzipped; with the wasm ${gzipped + stdlibGzipped} bytes gzipped`);
  console.log(`start-up to print("hi"): median ${report.startup_ms_median} ms, min ${report.startup_ms_min} ms ` +
    `over ${samples} fresh Node ${process.version} processes [budget ${STARTUP_BUDGET_MS} ms: ` +
    `${verdict(median <= STARTUP_BUDGET_MS)}]`);
}
