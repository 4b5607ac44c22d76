#!/usr/bin/env bash
# The playground page's checks: format, lint, production build, then the
# end-to-end tests in real Chromium against that build (real Python through
# the real wasm build in pkg/, which scripts/build-wasm.sh makes).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "page: tools"
bash scripts/setup-page.sh --browser

step "page: format and lint"
npm run --silent format:check
npm run --silent lint

# scripts/test.sh has just built pkg/ (its WebAssembly step) and says so.
if [ "${BRISK_WASM_BUILT:-}" != 1 ] || [ ! -f pkg/brisk_bg.wasm ]; then
    step "page: wasm build"
    bash scripts/setup-wasm.sh
    bash scripts/build-wasm.sh
fi

step "page: production build (dist/)"
npm run --silent build

step "page: end-to-end tests in Chromium (screenshots in test-results/page/)"
started=$(date +%s)
node --test --test-concurrency=1 --test-timeout=600000 tests/page/*.test.js
echo "page tests took $(( $(date +%s) - started )) s; screenshots: $PWD/test-results/page/"
