// The open target alone (a developer tool; `npm run bench` gives the figures of record): stdio
// sessions of our server and yaml-language-server, alternating, each in a fresh folder holding
// the 200-resource file; start-up (spawn -> initialize answered) and open -> first diagnostics.
// Needs bench/node_modules (`npm ci --prefix bench`). `node bench/first-open.mjs [sessions]`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lspSession } from './lsp.mjs';
import { corpus } from './corpus.mjs';
import { median } from './measure.mjs';

const root = new URL('..', import.meta.url).pathname;
const schemaUri = pathToFileURL(join(root, 'schemas/flinkdeployment.schema.json')).toString();
const SERVERS = {
  ours: { command: [join(root, 'bin/flink-k8s-language-server.js'), '--stdio'], settings: {} },
  yls: { command: [join(root, 'bench/node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'], settings: { yaml: { validate: true, schemas: { [schemaUri]: '*.yaml' } } } },
};
const text = corpus(200);
const runs = { ours: [], yls: [] };
for (let i = 0; i < Number(process.argv[2] ?? 7); i++) {
  for (const [which, { command, settings }] of Object.entries(SERVERS)) {
    const dir = mkdtempSync(join(tmpdir(), 'flink-bench-'));
    const file = join(dir, 'flink.yaml');
    writeFileSync(file, text);
    const lsp = await lspSession([process.execPath, ...command], pathToFileURL(dir).toString(), settings);
    const started = performance.now();
    await lsp.open(pathToFileURL(file).toString(), text);
    runs[which].push({ open: performance.now() - started, startup: lsp.startupMs });
    await lsp.close();
  }
}
const of = (which, key) => median(runs[which].map((r) => r[key]));
for (const which of Object.keys(SERVERS)) console.log(which.padEnd(5), `start-up ${of(which, 'startup').toFixed(0)} ms`, `open ${of(which, 'open').toFixed(0)} ms`);
console.log(`open: ours / yaml-language-server = ${(of('ours', 'open') / of('yls', 'open')).toFixed(2)}x (target <= 0.5x)`);
