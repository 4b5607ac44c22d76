#!/usr/bin/env bash
# Builds the browser package into pkg/: brisk.js (ES module, `--target web`)
# and brisk_bg.wasm, stripped by npm binaryen's wasm-opt, plus the two
# files the wasm loads on first use (src/wasm.rs): brisk_names.bin, the
# Unicode name table (`setUnicodeNamesLoader`), and brisk_stdlib.bin, the
# standard-library modules written in Python (`setStdlibLoader`).
# Run scripts/setup-wasm.sh first (scripts/test.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

# The `wasm-release` cargo profile (Cargo.toml): opt-level "z" ("s" for the
# interpreter crate), fat LTO, one codegen unit, panic=abort; the native
# binary keeps `release`.
wasm-pack build --target web --out-dir pkg --out-name brisk --profile wasm-release --no-pack

# A copy with the name section, for `twiggy top -n 20 target/brisk-names.wasm`.
wasm="pkg/brisk_bg.wasm"
cp "$wasm" target/brisk-names.wasm
# wasm-opt only strips the name and producers sections. Its optimisation
# passes (-Oz, -Os, -O2 and -O3 alike) gave a module 16 KB larger gzipped
# that ran bench/fib.py in 3.4 s in Node where the stripped one takes 1.4 s
# (with the eval loop's re-entries, vm/eval.rs; docs/ARCHITECTURE.md). The features rustc enables for
# wasm32 are named explicitly, so wasm-opt accepts the module whether or not
# its target-features section survived.
node_modules/.bin/wasm-opt --strip-debug --strip-producers \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"

cp crates/unicode-names/names.txt pkg/brisk_names.bin
# build.rs writes the blob beside its index; the newest is this build's (the
# wasm checks the length and hash of what it is given).
stdlib=$(ls -t target/wasm32-unknown-unknown/wasm-release/build/brisk-*/out/brisk_stdlib.bin | head -n 1)
cp "$stdlib" pkg/brisk_stdlib.bin

raw=$(wc -c < "$wasm")
gz=$(gzip -9 < "$wasm" | wc -c)
printf 'pkg/brisk_bg.wasm: %d bytes, %d gzipped\n' "$raw" "$gz"
printf 'pkg/brisk_names.bin: %d bytes, %d gzipped (fetched on the first \\N{...} escape)\n' \
    "$(wc -c < pkg/brisk_names.bin)" "$(gzip -9 < pkg/brisk_names.bin | wc -c)"
printf 'pkg/brisk_stdlib.bin: %d bytes, %d gzipped (fetched on the first import of a module written in Python)\n' \
    "$(wc -c < pkg/brisk_stdlib.bin)" "$(gzip -9 < pkg/brisk_stdlib.bin | wc -c)"
