// Real stdio LSP sessions, ours and yaml-language-server's taking turns: start-up (spawn ->
// initialize answered), open -> first diagnostics, edit -> diagnostics, and memory after the edits.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lspSession } from './lsp.mjs';
import { editAt, median } from './measure.mjs';

const root = new URL('..', import.meta.url).pathname;
const schemaUri = pathToFileURL(join(root, 'schemas/flinkdeployment.schema.json')).toString();

const SERVERS = {
  ours: { command: [join(root, 'bin/flink-k8s-language-server.js'), '--stdio'], settings: {} },
  yls: { command: [join(root, 'bench/node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'], settings: { yaml: { validate: true, schemas: { [schemaUri]: '*.yaml' } } } },
};

/** One session in a fresh folder holding just the file, as an editor opening it would start one. */
async function session(which, text) {
  const dir = mkdtempSync(join(tmpdir(), 'flink-bench-'));
  const file = join(dir, 'flink.yaml');
  writeFileSync(file, text);
  const { command, settings } = SERVERS[which];
  const lsp = await lspSession([process.execPath, ...command], pathToFileURL(dir).toString(), settings);
  const uri = pathToFileURL(file).toString();
  const started = performance.now();
  await lsp.open(uri, text);
  const open = performance.now() - started;
  const latencies = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    await lsp.change(uri, editAt(text, i), i + 2);
    latencies.push(performance.now() - t);
  }
  const rss = lsp.rssMiB();
  await lsp.close();
  return { open, latency: median(latencies), rss, startup: lsp.startupMs };
}

/** `sessions` sessions of each server, alternating; the median of each figure. */
export async function overLsp(text, sessions) {
  const runs = { ours: [], yls: [] };
  for (let i = 0; i < sessions; i++) for (const which of ['ours', 'yls']) runs[which].push(await session(which, text));
  const summary = (xs) => Object.fromEntries(['open', 'latency', 'rss', 'startup'].map((k) => [k, median(xs.map((x) => x[k]))]));
  return { ours: summary(runs.ours), theirs: summary(runs.yls) };
}
