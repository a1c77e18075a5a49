// The language server's keystroke time in a web worker (Chromium) against the Node server (a
// child process over stdio), with the same raw LSP client on both: open a file, then per edit a
// didChange and the diagnostics pull that follows it in an editor, timed to the answer. Printed
// for the performance notes (issue 17), never asserted: the machines are shared and noisy.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EDITS = 101;

/**
 * Runs in Node and, as its source text, in the browser page: no outside names. `transport` is
 * { send(message), onMessage(callback) } carrying JSON-RPC objects.
 */
export async function measureKeystrokes(transport, text, edits) {
  let nextId = 1;
  const pending = new Map();
  transport.onMessage((m) => {
    if (m.id !== undefined && m.method === undefined) return pending.get(m.id)?.(m.result);
    if (m.id !== undefined) transport.send({ jsonrpc: '2.0', id: m.id, result: m.method === 'workspace/configuration' ? m.params.items.map(() => ({})) : null });
  });
  const request = (method, params) => new Promise((ok) => { const id = nextId++; pending.set(id, ok); transport.send({ jsonrpc: '2.0', id, method, params }); });
  const notify = (method, params) => transport.send({ jsonrpc: '2.0', method, params });
  await request('initialize', { processId: null, rootUri: null, workspaceFolders: null, capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } } });
  notify('initialized', {});
  const uri = 'file:///keystroke/flink.yaml';
  const at = text.indexOf('parallelism: ', Math.floor(text.length / 2)) + 'parallelism: '.length;
  const edited = (i) => text.slice(0, at) + String((i % 7) + 2) + text.slice(text.indexOf('\n', at));
  let started = performance.now();
  notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  await request('textDocument/diagnostic', { textDocument: { uri } });
  const firstMs = performance.now() - started;
  const times = [];
  for (let i = 0; i < edits; i++) {
    started = performance.now();
    notify('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: edited(i) }] });
    await request('textDocument/diagnostic', { textDocument: { uri } });
    times.push(performance.now() - started);
  }
  await request('shutdown', null);
  times.sort((a, b) => a - b);
  return { firstMs, medianMs: times[Math.floor(times.length / 2)] };
}

/** The Node server, as VS Code desktop and other editors run it. */
export async function inNode(root, text) {
  const child = spawn(process.execPath, [join(root, 'server/out/main.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  let buffer = Buffer.alloc(0);
  let listener = () => undefined;
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const header = buffer.indexOf('\r\n\r\n');
      if (header < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())?.[1]);
      if (buffer.length < header + 4 + length) return;
      listener(JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString()));
      buffer = buffer.subarray(header + 4 + length);
    }
  });
  const transport = {
    send: (m) => { const body = JSON.stringify(m); child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`); },
    onMessage: (cb) => { listener = cb; },
  };
  try {
    return await measureKeystrokes(transport, text, EDITS);
  } finally {
    child.kill();
  }
}

/** The worker script the browser extension starts, in a page of the test server's origin. */
async function inWorker(context, origin, text) {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/static/devextensions/package.json`);
    return await page.evaluate(async ({ source, script, text, edits }) => {
      const measure = (0, eval)(`(${source})`);
      const worker = new Worker(script);
      try {
        return await measure({ send: (m) => worker.postMessage(m), onMessage: (cb) => { worker.onmessage = (e) => cb(e.data); } }, text, edits);
      } finally {
        worker.terminate();
      }
    }, { source: measureKeystrokes.toString(), script: `${origin}/static/devextensions/server/out/browser.js`, text, edits: EDITS });
  } finally {
    await page.close();
  }
}

/** A file of `count` copies of orders.yaml, each with its own name. */
function resources(root, count) {
  const one = readFileSync(join(root, 'test/e2e/workspace/orders.yaml'), 'utf8');
  return Array.from({ length: count }, (_, i) => one.replace('name: orders-enrichment', `name: orders-${i}`)).join('---\n');
}

export async function compareServers({ context, origin, root, inExtension }) {
  const ms = (v) => `${v.toFixed(1)} ms`;
  for (const count of [1, 20]) {
    const text = resources(root, count);
    const worker = await inWorker(context, origin, text);
    const node = await inNode(root, text);
    console.log(`keystroke, ${count} resource${count > 1 ? 's' : ''} (didChange → diagnostics, median of ${EDITS}): web worker ${ms(worker.medianMs)}, Node server ${ms(node.medianMs)} (first analysis: ${ms(worker.firstMs)} / ${ms(node.firstMs)})`);
  }
  if (inExtension) console.log(`through the extension's client in VS Code for the web: ${inExtension.replace(/^KEYSTROKE webworker: /, '')}`);
}
