#!/usr/bin/env bash
# `make run`: installs what is missing, builds the wasm interpreter and the
# page, and serves the production build on localhost with the headers for
# cross-origin isolation (so Stop and input() work in place).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-5173}
printf '== setup\n'
bash scripts/setup-wasm.sh
bash scripts/setup-page.sh
printf '\n== build the interpreter (wasm) and the page\n'
bash scripts/build-wasm.sh
npm run --silent build
printf '\n== Brisk playground: http://localhost:%s/  (Ctrl+C stops the server)\n\n' "$PORT"
exec node_modules/.bin/vite preview --port "$PORT" --strictPort
