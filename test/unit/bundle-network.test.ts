/**
 * What ships (the bundles `npm run build` writes) talks to no network and starts no programs of
 * its own: no HTTP, TLS, UDP or DNS modules, no fetch, XMLHttpRequest, WebSocket or beacons.
 * `net` and `child_process` are allowed only inside the libraries listed below, for the reason
 * given. Each bundle is split into its modules by esbuild's `// path` comments, so a match is
 * reported with the module it is in.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOAD, modules, readBundle as read } from '../support/bundles';

const BUNDLES = ['server/out/main.js', 'server/out/cli.js', 'server/out/validators.js', 'client/out/extension.js', 'client/media/dist/pod-layout.js', 'client/out/extension.browser.js', 'server/out/browser.js'];

const NETWORK_MODULES = ['http', 'https', 'http2', 'dgram', 'tls', 'dns', 'undici'];
const NETWORK_CALLS = [/\bfetch\s*\(/, /\b(?:globalThis|window|self|global)\s*\.\s*fetch\b/, /\bXMLHttpRequest\b/, /\bWebSocket\b/, /\bsendBeacon\b/, /\bEventSource\b/, /\bRTCPeerConnection\b/, /\bimportScripts\s*\(/];

/** Modules that could reach out, allowed only where listed. */
const RESTRICTED = ['net', 'child_process'];
const ALLOWED: Array<{ bundle: string; module: string; owner: string; why: string }> = [
  // JSON-RPC over pipes or a socket on 127.0.0.1 when a client starts the server with --pipe or --socket; stdio needs neither.
  { bundle: 'server/out/main.js', module: 'net', owner: 'node_modules/vscode-jsonrpc/lib/node/main.js', why: 'local IPC transports' },
  // Files.resolveGlobalNodePath runs `npm config get prefix`; the server never calls it, it comes with the library.
  { bundle: 'server/out/main.js', module: 'child_process', owner: 'node_modules/vscode-languageserver/lib/node/files.js', why: 'unused library helper' },
  // The client's side of the same local transports (the extension uses node IPC).
  { bundle: 'client/out/extension.js', module: 'net', owner: 'node_modules/vscode-jsonrpc/lib/node/main.js', why: 'local IPC transports' },
  // The language client forks the bundled server/out/main.js with VS Code's own Node.
  { bundle: 'client/out/extension.js', module: 'child_process', owner: 'node_modules/vscode-languageclient/lib/node/main.js', why: 'starts our language server' },
  // ...and ends it if it does not exit (taskkill on Windows, a kill script elsewhere).
  { bundle: 'client/out/extension.js', module: 'child_process', owner: 'node_modules/vscode-languageclient/lib/node/processes.js', why: 'stops our language server' },
  // `flink-k8s changes --base <ref>` reads the files at that ref with the user's git (the editor asks VS Code's git extension instead).
  { bundle: 'server/out/cli.js', module: 'child_process', owner: 'server/src/cli/git-base.ts', why: 'changes --base runs git' },
];

/** Every network module load and network call, as "bundle: module: match". */
function networkUse(bundle: string, text: string): string[] {
  const found: string[] = [];
  for (const m of modules(text)) {
    for (const load of m.text.matchAll(LOAD)) {
      const name = load[1] ?? load[2] ?? '';
      if (NETWORK_MODULES.includes(name.split('/')[0] ?? '')) found.push(`${bundle}: ${m.owner}: loads "${name}"`);
    }
    for (const call of NETWORK_CALLS) for (const hit of m.text.matchAll(new RegExp(call, 'g'))) found.push(`${bundle}: ${m.owner}: ${hit[0]} in "${around(m.text, hit.index ?? 0)}"`);
  }
  return found;
}

/** Loads of net or child_process outside the allowed libraries (counted, when minified). */
function restrictedUse(bundle: string, text: string): string[] {
  const allowed = ALLOWED.filter((a) => a.bundle === bundle);
  const found: string[] = [];
  const loads = modules(text).flatMap((m) => [...m.text.matchAll(LOAD)].map((l) => ({ owner: m.owner, name: l[1] ?? l[2] ?? '' }))).filter((l) => RESTRICTED.includes(l.name));
  for (const module of RESTRICTED) {
    const mine = loads.filter((l) => l.name === module);
    const ok = (owner: string) => allowed.some((a) => a.module === module && (a.owner === owner || owner === '(minified)'));
    for (const l of mine) if (!ok(l.owner)) found.push(`${bundle}: ${l.owner}: loads "${module}", which is not in the allowed list`);
    const expected = allowed.filter((a) => a.module === module).length;
    if (mine.length > expected) found.push(`${bundle}: loads "${module}" ${mine.length} times, ${expected} allowed`);
  }
  return found;
}

function around(text: string, at: number): string {
  return text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ');
}

test('no shipped bundle uses the network', () => {
  assert.deepEqual(BUNDLES.flatMap((b) => networkUse(b, read(b))), []);
});

test('net and child_process only in the libraries allowed for them, each still there', () => {
  assert.deepEqual(BUNDLES.flatMap((b) => restrictedUse(b, read(b))), []);
  // Minified bundles (npm run package) have no module comments; there only the counts are checked.
  const named = ALLOWED.filter((a) => modules(read(a.bundle))[0]?.owner !== '(minified)');
  for (const a of named) assert.ok(read(a.bundle).includes(`// ${a.owner}\n`), `${a.bundle} no longer has ${a.owner}: drop it from the allowed list`);
});

test('the checks catch what they look for', () => {
  const bundle = '// server/src/evil.ts\nconst h = require("node:https"); fetch("http://x"); const c = require("child_process");\n';
  assert.equal(networkUse('x.js', bundle).length, 2);
  assert.deepEqual(restrictedUse('x.js', bundle), ['x.js: server/src/evil.ts: loads "child_process", which is not in the allowed list', 'x.js: loads "child_process" 1 times, 0 allowed']);
});
