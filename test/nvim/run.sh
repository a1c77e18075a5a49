#!/usr/bin/env bash
# Runs the stdio language server under Debian's Neovim (installed by scripts/install-vscode.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v nvim >/dev/null || bash scripts/install-vscode.sh
SERVER_BIN="$PWD/bin/flink-k8s-language-server.js" timeout 120 nvim --headless --clean +"luafile test/nvim/check.lua" test/e2e/workspace/conflict.yaml
