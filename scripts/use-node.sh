# Sourced by .ci/run and scripts/demo.sh. Code Red Advisor supports the Node.js 24 LTS line
# (Node 20 reached its end of life in April 2026). Where the machine's Node is older, the
# official Node 24 binary comes from the npm registry (the `node` package, pinned in
# .ci/node/package.json) and goes first on PATH for everything that follows.
SUPPORTED_NODE_MAJOR=24

use_supported_node() {
  local root dir current
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  dir="$root/.ci/node"
  if ! command -v npm >/dev/null 2>&1; then
    echo "npm was not found. Install Node.js $SUPPORTED_NODE_MAJOR (it comes with npm), then run this again." >&2
    return 1
  fi
  current=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  if [ "$current" -lt "$SUPPORTED_NODE_MAJOR" ]; then
    if [ ! -x "$dir/node_modules/.bin/node" ]; then
      echo "Node $(node --version 2>/dev/null || echo '(none)') is older than the supported $SUPPORTED_NODE_MAJOR LTS line; installing Node $SUPPORTED_NODE_MAJOR from the npm registry into .ci/node"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || {
        echo "Could not install Node $SUPPORTED_NODE_MAJOR from the npm registry." >&2
        return 1
      }
    fi
    export PATH="$dir/node_modules/.bin:$PATH"
  fi
  echo "Using Node $(node --version), npm $(npm --version)"
}
