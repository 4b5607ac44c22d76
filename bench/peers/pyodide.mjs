#!/usr/bin/env node
// bench/run peer "pyodide": CPython compiled to WebAssembly (npm `pyodide`,
// installed by `npm install` in bench/), in Node.js. Usage: node pyodide.mjs PROG.py
// Prints exactly the program's stdout; a traceback goes to stderr with exit status 1.
import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const pyodide = await loadPyodide();
const write = (stream) => ({ write: (bytes) => { stream.write(bytes); return bytes.length; } });
pyodide.setStdout(write(process.stdout));
pyodide.setStderr(write(process.stderr));
try {
  pyodide.runPython(readFileSync(process.argv[2], "utf8"), { filename: process.argv[2] });
} catch (error) {
  process.stderr.write(String(error.message ?? error) + "\n");
  process.exitCode = 1;
}
