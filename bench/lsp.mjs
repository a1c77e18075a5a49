// A minimal stdio LSP client for the benchmark: initialize, open, change, and wait for the
// diagnostics pushed for a given document version.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export async function lspSession(command, rootUri, settings) {
  if (command.length === 0) throw new Error('no server command');
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', process.env.TRACE ? 'inherit' : 'ignore'] });
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map();
  const waiters = [];
  const send = (message) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const request = (method, params) => new Promise((ok) => { const id = nextId++; pending.set(id, ok); send({ id, method, params }); });
  const onMessage = (m) => {
    if (m.id !== undefined && m.method === undefined) return pending.get(m.id)?.(m.result);
    if (m.id !== undefined && m.method) {
      const result = m.method === 'workspace/configuration' ? m.params.items.map((i) => (i.section ? i.section.split('.').reduce((o, k) => o?.[k], settings) ?? null : settings)) : null;
      return send({ id: m.id, result });
    }
    if (m.method === 'textDocument/publishDiagnostics') for (const w of waiters.splice(0)) if (!w(m.params)) waiters.push(w);
  };
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const header = buffer.indexOf('\r\n\r\n');
      if (header < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())?.[1]);
      if (buffer.length < header + 4 + length) return;
      onMessage(JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString()));
      buffer = buffer.subarray(header + 4 + length);
    }
  });
  await request('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], capabilities: { workspace: { configuration: true } }, initializationOptions: {} });
  const startupMs = performance.now() - started;
  send({ method: 'initialized', params: {} });
  send({ method: 'workspace/didChangeConfiguration', params: { settings } });
  const diagnosticsFor = (uri, version) => new Promise((ok) => waiters.push((p) => (p.uri === uri && (version === undefined || p.version === undefined || p.version === version) ? (ok(p), true) : false)));
  return {
    startupMs,
    async open(uri, text) {
      const done = diagnosticsFor(uri);
      send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });
      await done;
    },
    async change(uri, text, version) {
      const done = diagnosticsFor(uri, version);
      send({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ text }] } });
      await done;
    },
    rssMiB() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    },
    async close() {
      await request('shutdown', null);
      send({ method: 'exit' });
      // Let it exit on its own (a profiler writes its file then), but never wait long.
      await new Promise((ok) => { child.on('exit', ok); setTimeout(() => { child.kill(); ok(); }, 2000); });
    },
  };
}
