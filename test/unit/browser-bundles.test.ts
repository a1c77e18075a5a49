/**
 * The browser build (vscode.dev, github.dev) loads no Node built-in module: there is none in a
 * web extension host or a web worker, so one `require("fs")` would stop the extension there. Each
 * bundle is split into its modules (test/support/bundles.ts) so a hit names the module it is in.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { LOAD, modules, readBundle } from '../support/bundles';

/** The web extension (CommonJS, `vscode` external) and the language server's worker script. */
const BROWSER_BUNDLES = ['client/out/extension.browser.js', 'server/out/browser.js'];
const BUILTINS = new Set(builtinModules.map((m) => m.replace(/^node:/, '').split('/')[0]));

/** Every load of a Node built-in, as "bundle: module: name". */
function nodeBuiltins(bundle: string, text: string): string[] {
  const found: string[] = [];
  for (const m of modules(text)) {
    for (const load of m.text.matchAll(LOAD)) {
      const name = load[1] ?? load[2] ?? '';
      if (BUILTINS.has(name.split('/')[0] ?? '')) found.push(`${bundle}: ${m.owner}: loads "${name}"`);
    }
  }
  return found;
}

test('the browser bundles load no Node built-in module', () => {
  assert.deepEqual(BROWSER_BUNDLES.flatMap((b) => nodeBuiltins(b, readBundle(b))), []);
});

test('the browser bundles hold the shared code and the browser libraries, not the Node ones', () => {
  const client = modules(readBundle('client/out/extension.browser.js')).map((m) => m.owner);
  const server = modules(readBundle('server/out/browser.js')).map((m) => m.owner);
  if (client[0] === '(minified)') return; // a packaged build has no module comments; the load check above still ran
  assert.ok(client.includes('node_modules/vscode-languageclient/lib/browser/main.js') && !client.includes('node_modules/vscode-languageclient/lib/node/main.js'));
  assert.ok(client.includes('client/src/activate.ts') && client.includes('client/src/workspace-files.ts'));
  assert.ok(server.includes('node_modules/vscode-languageserver/lib/browser/main.js') && !server.includes('node_modules/vscode-languageserver/lib/node/main.js'));
  assert.ok(server.includes('server/src/server.ts') && !server.includes('server/src/host/disk-files.ts'));
  assert.ok(server.includes('server/out/validators.standalone.js'), 'the precompiled validators are bundled in');
});

test('the check finds a built-in, with or without node:, in the module that loads it', () => {
  const bundle = '// client/src/ok.ts\nconst x = 1;\n// client/src/bad.ts\nconst p = require("node:path"); const f = require("fs/promises"); import("worker_threads");\n';
  assert.deepEqual(nodeBuiltins('x.js', bundle), ['x.js: client/src/bad.ts: loads "path"', 'x.js: client/src/bad.ts: loads "fs/promises"', 'x.js: client/src/bad.ts: loads "worker_threads"']);
});
