#!/usr/bin/env bash
# Builds the browser package into pkg/: brisk.js (ES module, `--target web`)
# and brisk_bg.wasm, size-optimised by npm binaryen's wasm-opt.
# Run scripts/setup-wasm.sh first (scripts/test.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

# The `wasm-release` cargo profile (Cargo.toml): opt-level "s", fat LTO, one
# codegen unit, panic=abort, stripped; the native binary keeps `release`.
wasm-pack build --target web --out-dir pkg --out-name brisk --profile wasm-release --no-pack

# Stripping removed rustc's target-features section, so wasm-opt is told
# the features rustc enabled (see /work/shared/TOOLCHAIN.md).
wasm="pkg/brisk_bg.wasm"
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"

raw=$(wc -c < "$wasm")
gz=$(gzip -9 < "$wasm" | wc -c)
printf 'pkg/brisk_bg.wasm: %d bytes, %d gzipped\n' "$raw" "$gz"
