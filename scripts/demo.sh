#!/usr/bin/env bash
# The product's main job on a fresh machine: install, build, start a demo server
# that behaves like an exposed IIS 5.0, and open Chromium with the extension.
set -euo pipefail
cd "$(dirname "$0")/.."

find_chromium() {
  for candidate in "${CHROMIUM_PATH:-}" "$(command -v chromium 2>/dev/null || true)" "$(command -v chromium-browser 2>/dev/null || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! CHROMIUM_PATH=$(find_chromium); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "No Chromium found; installing Debian's chromium package (a minute or so)."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    CHROMIUM_PATH=$(find_chromium)
  else
    cat >&2 <<'MSG'
No Chromium found. The demo needs Chromium (not branded Google Chrome: since
version 137 it ignores --load-extension). Install it, for example
  sudo apt-get install chromium
or point CHROMIUM_PATH at a Chromium binary, then run this again.
MSG
    exit 1
  fi
fi
export CHROMIUM_PATH

# shellcheck source=use-node.sh
source scripts/use-node.sh
use_supported_node

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

echo "Building the extension"
npx wxt build >/dev/null

exec npx tsx scripts/demo.ts "$@"
