#!/usr/bin/env node
// bench/run peer "brisk-wasm": Brisk's browser build (pkg/, from
// scripts/build-wasm.sh) in Node.js. Usage: node brisk_wasm.mjs PROG.py
// Prints exactly the program's stdout; errors go to stderr, exit status as `brisk run`.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadBrisk } from "./load_brisk.mjs";

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), "../../pkg");
const { Session } = await loadBrisk(pkg);

const file = process.argv[2];
const session = new Session({ quicken: !process.argv.includes("--no-quicken") });
const result = session.run(readFileSync(file, "utf8"), {
  filename: file,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  input: () => null,
});
process.exitCode = result.exit_code;
