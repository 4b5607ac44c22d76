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
