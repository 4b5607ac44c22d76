// Loads Brisk's browser build (pkg/, from scripts/build-wasm.sh) in Node.js
// the way Node should: compile the bytes off the main thread, then
// instantiate synchronously. The generated async `init()` is for browsers:
// it probes the global `Response` (for instantiateStreaming), and in Node
// that first touch loads the whole fetch implementation (undici), about
// 20 ms of start-up that has nothing to do with Brisk. The \N{...} name
// table and the standard library's Python sources are read from pkg/ only
// when a program first needs them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/// The package's exports (`Session`, `opcodes`, ...), initialised.
export async function loadBrisk(pkg) {
  const bytes = readFileSync(join(pkg, "brisk_bg.wasm"));
  const brisk = await import(pathToFileURL(join(pkg, "brisk.js")).href);
  const module = await WebAssembly.compile(bytes);
  brisk.initSync({ module });
  brisk.setUnicodeNamesLoader(() => readFileSync(join(pkg, "brisk_names.bin")));
  brisk.setStdlibLoader(() => readFileSync(join(pkg, "brisk_stdlib.bin")));
  return brisk;
}
