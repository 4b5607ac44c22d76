#!/usr/bin/env node
// bench/run peer "micropython": MicroPython's WebAssembly port (npm
// `@micropython/micropython-webassembly-pyscript`, installed by `npm install`
// in bench/), in Node.js. Usage: node micropython.mjs PROG.py
// Prints exactly the program's stdout; an uncaught exception gives exit status 1.
import { readFileSync } from "node:fs";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

// The default heap (1 MiB) and Python stack are too small for the benchmarks.
const mp = await loadMicroPython({
  heapsize: 256 * 1024 * 1024,
  pystack: 256 * 1024,
  linebuffer: true,
  stdout: (line) => process.stdout.write(line + "\n"),
  stderr: (line) => process.stderr.write(line + "\n"),
});
try {
  mp.runPython(readFileSync(process.argv[2], "utf8"));
} catch (error) {
  process.stderr.write(String(error.message ?? error) + "\n");
  process.exitCode = 1;
}
