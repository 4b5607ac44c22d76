#!/usr/bin/env bash
# Installs what the playground page needs, skipping what is present (safe
# to run every time):
#   - the npm packages in package-lock.json (only when node_modules is
#     missing or older than the lock file)
#   - with --browser: Debian's chromium for the end-to-end tests (only when
#     no chromium is on PATH)
set -euo pipefail
cd "$(dirname "$0")/.."

note() { printf '   %s\n' "$*"; }

command -v node >/dev/null || { echo "Node.js (with npm) is required for the page"; exit 1; }

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    note "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
else
    note "npm packages present"
fi

if [ "${1:-}" = "--browser" ]; then
    if command -v chromium >/dev/null 2>&1; then
        note "chromium present ($(chromium --version 2>/dev/null | head -n1))"
    else
        note "apt-get install chromium"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq chromium >/dev/null
    fi
fi
