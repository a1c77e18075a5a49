#!/usr/bin/env bash
# Runs the stdio language server under Debian's Neovim (installed by scripts/install-vscode.sh):
# check.lua as a plain client, settings.lua as one that pushes its settings instead of answering
# workspace/configuration.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v nvim >/dev/null || bash scripts/install-vscode.sh
for script in check settings; do
  SERVER_BIN="$PWD/bin/flink-k8s-language-server.js" timeout 120 nvim --headless --clean +"luafile test/nvim/$script.lua" test/e2e/workspace/conflict.yaml
done
