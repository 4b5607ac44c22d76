#!/usr/bin/env bash
# Installs what the WebAssembly build and its browser tests need, skipping
# whatever is already present at the right version (safe to run every time):
#   - the wasm32-unknown-unknown Rust target
#   - wasm-pack, geckodriver, and wasm-bindgen-cli at exactly the version of
#     the wasm-bindgen crate in Cargo.lock (the two must match)
#   - Firefox (Debian's firefox-esr) when no `firefox` is on PATH
#   - npm's binaryen (wasm-opt; wasm-pack's own download does not work here)
set -euo pipefail
cd "$(dirname "$0")/.."

note() { printf '   %s\n' "$*"; }

# The wasm-bindgen version in Cargo.lock, e.g. 0.2.130.
bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

# `cargo install NAME` (not --locked: some locked versions are missing from the
# registry here) unless BIN --version already prints WANT (or, with
# WANT empty, unless BIN exists at all).
cargo_install() {
    local bin=$1 want=$2 spec=$3
    if command -v "$bin" >/dev/null 2>&1; then
        local have
        have=$("$bin" --version 2>/dev/null | head -n1 || true)
        if [ -z "$want" ] || [[ "$have" == *" $want"* ]]; then
            note "$bin present ($have)"
            return
        fi
        note "$bin is '$have', want $want"
    fi
    note "cargo install $spec"
    cargo install $spec
}

export PATH="$HOME/.cargo/bin:$PATH"

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    note "rust target wasm32-unknown-unknown present"
else
    rustup target add wasm32-unknown-unknown
fi

want=$(bindgen_version)
[ -n "$want" ] || { echo "no wasm-bindgen in Cargo.lock"; exit 1; }
cargo_install wasm-bindgen "$want" "wasm-bindgen-cli --version =$want"
cargo_install wasm-pack "" wasm-pack
cargo_install geckodriver "" geckodriver

if command -v firefox >/dev/null 2>&1; then
    note "firefox present ($(firefox --version 2>/dev/null || echo '?'))"
else
    note "apt-get install firefox-esr"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq firefox-esr >/dev/null
fi

if [ -x node_modules/.bin/wasm-opt ]; then
    note "wasm-opt present ($(node_modules/.bin/wasm-opt --version))"
else
    command -v npm >/dev/null || { echo "npm is required (Node.js) for binaryen's wasm-opt"; exit 1; }
    note "npm install (binaryen)"
    npm install --no-audit --no-fund --loglevel=error
fi
