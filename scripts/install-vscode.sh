#!/usr/bin/env bash
# Installs a real VS Code for the integration tests and the in-browser demo, offline:
# code-server from npm (it bundles the VS Code server and web workbench) and Debian's Chromium as
# the window, plus Neovim for the second LSP client test. Sources: the npm registry and Debian only.
# Idempotent: does nothing when everything is already there.
set -euo pipefail
CS_VERSION=4.100.3   # VS Code 1.100.3, the last code-server that runs on Node 20
DEST=${1:-.vscode-test/code-server}
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
command -v make >/dev/null 2>&1 || need_apt+=(build-essential)
command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
if [ ${#need_apt[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
if [ -x "$DEST/node_modules/.bin/code-server" ]; then exit 0; fi
# @vscode/ripgrep's postinstall downloads rg from GitHub; seed its cache with Debian's rg instead.
RGC="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RGC/stage" && cp "$(command -v rg)" "$RGC/stage/rg"
tar czf "$RGC/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$RGC/stage" rg
mkdir -p "$DEST"
NODEDIR=$(dirname "$(dirname "$(command -v node)")")
npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir="$NODEDIR" \
  npm install --prefix "$DEST" --no-save --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION"
"$DEST/node_modules/.bin/code-server" --version >/dev/null
