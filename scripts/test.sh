#!/usr/bin/env bash
# Sets up what is missing (idempotently) and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "toolchain"
command -v cargo >/dev/null || { echo "cargo is required (rustup)"; exit 1; }
command -v python3 >/dev/null || { echo "python3 is required (the conformance suite compares against CPython)"; exit 1; }
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
cargo --version
python3 --version

step "format and lint"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings

step "unit and conformance tests"
cargo test --workspace -- --nocapture

step "WebAssembly: toolchain (installs what is missing)"
bash scripts/setup-wasm.sh
export PATH="$HOME/.cargo/bin:$PATH"

step "WebAssembly: lint the wasm32 build"
cargo clippy --target wasm32-unknown-unknown --lib --tests --features test-hooks -- -D warnings

step "WebAssembly: browser tests in headless Firefox"
# The log is parsed: a run in which Firefox executed no test is a failure.
log=$(mktemp)
set +e
# The runner gives the whole in-page run 20 s by default; the suite takes
# ~9 s on an idle 2-core machine and timed out once on a loaded one. A hung
# test still fails, after 5 minutes.
WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-300} \
    wasm-pack test --headless --firefox -- --features test-hooks --test browser 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
summary=$(grep -E 'test result: .* [0-9]+ passed; [0-9]+ failed' "$log" | tail -n1 || true)
rm -f "$log"
passed=$(sed -nE 's/.* ([0-9]+) passed;.*/\1/p' <<<"$summary")
failed=$(sed -nE 's/.* ([0-9]+) failed;.*/\1/p' <<<"$summary")
if [ "$status" -ne 0 ] || [ -z "$passed" ] || [ "$passed" -eq 0 ] || [ "${failed:-1}" -ne 0 ]; then
    echo "browser tests FAILED (exit $status; summary: ${summary:-none})"
    exit 1
fi
echo "browser: $passed passed, $failed failed"

step "WebAssembly: release build and budgets"
bash scripts/build-wasm.sh
# Start-up time is reported, not enforced (timings are not tests); the
# size is deterministic and is.
budgets=$(node bench/wasm-startup.mjs --samples 5)
echo "$budgets"
grep -q 'gzipped (-9) \[budget [0-9]*: within budget\]' <<<"$budgets" \
    || { echo "the release .wasm is over its size budget"; exit 1; }

step "playground page: format, lint, build, end-to-end tests in Chromium"
BRISK_WASM_BUILT=1 bash scripts/test-page.sh

step "aarch64: the native tier cross-compiled and tested under qemu-user"
# Idempotent: installs only what is missing (CI starts from a bare machine).
rustup target list --installed | grep -qx aarch64-unknown-linux-gnu || rustup target add aarch64-unknown-linux-gnu
missing=()
for pkg in gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
fi
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_RUNNER="qemu-aarch64 -L /usr/aarch64-linux-gnu"
# The conformance test starts `brisk` itself: through the emulator too.
export BRISK_TEST_RUNNER="$CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_RUNNER"
# Under emulation each run is ~20x slower: the conformance suite runs in the
# two modes whose machine code differs by target (the interpreter with
# quickening, and every loop compiled); x86-64 above ran all four.
export BRISK_CONFORMANCE_MODES="quicken,jit=always"
started=$(date +%s)
cargo test -p brisk-native --target aarch64-unknown-linux-gnu -- --nocapture
echo "aarch64 build and tests under qemu: $(( $(date +%s) - started ))s"
