// npm run bench: our analysis against a bare YAML parse and yaml-language-server 2.0 (installed
// into bench/node_modules by npm run bench, from bench/package.json; with the
// operator CRD as JSON Schema), in process and over real stdio LSP sessions, on files of 200, 20
// and 1 resources built from examples/. Prints medians and the ratios the issue sets as targets.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpus } from './corpus.mjs';
import { lspSession } from './lsp.mjs';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const { parseAllDocuments } = require('yaml');
const { IncrementalAnalyzer } = require(join(root, 'out/server/src/core/incremental/analyzer.js'));
const { DEFAULT_RULE_OPTIONS } = require(join(root, 'out/server/src/core/rules/options.js'));
const { validatorFor } = require(join(root, 'out/server/src/core/schema/schemas.js'));
const { BaseTexts } = require(join(root, 'out/server/src/document-changes.js'));
// Like the shipped server: the validators precompiled by the build, not compiled at run time.
require(join(root, 'out/server/src/precompiled.js')).installPrecompiledValidators(join(root, 'server/out'));
const { getLanguageService } = await import('yaml-language-server');
const { TextDocument } = require('vscode-languageserver-textdocument');
const schemaPath = join(root, 'schemas/flinkdeployment.schema.json');
const schemaUri = pathToFileURL(schemaPath).toString();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = async (runs, f) => { const xs = []; for (let i = 0; i < runs; i++) { const t = performance.now(); await f(i); xs.push(performance.now() - t); } return median(xs); };
const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

/** One-character edit of a value inside a resource near the middle of the file. */
function editAt(text, i) {
  const at = text.indexOf('parallelism: ', Math.floor(text.length / 2)) + 'parallelism: '.length;
  return text.slice(0, at) + String((i % 7) + 2) + text.slice(text.indexOf('\n', at));
}

async function inProcess(text) {
  const cold = (() => { const t = performance.now(); validatorFor('FlinkDeployment'); new IncrementalAnalyzer().analyze(text, DEFAULT_RULE_OPTIONS); return performance.now() - t; })();
  const full = await time(9, () => new IncrementalAnalyzer().analyze(text, DEFAULT_RULE_OPTIONS));
  const live = new IncrementalAnalyzer();
  live.analyze(text, DEFAULT_RULE_OPTIONS);
  const keystroke = await time(41, (i) => live.analyze(editAt(text, i), DEFAULT_RULE_OPTIONS));
  const parse = await time(9, () => parseAllDocuments(text));
  // Change impact: the same keystrokes with the original text as the document's git base.
  const bases = new BaseTexts();
  bases.set('file:///bench/flink.yaml', text, 'HEAD');
  const withBase = new IncrementalAnalyzer();
  bases.changesFor('file:///bench/flink.yaml', withBase.analyze(text, DEFAULT_RULE_OPTIONS), [], DEFAULT_RULE_OPTIONS, [], () => undefined);
  const edited = Array.from({ length: 41 }, (_, i) => withBase.analyze(editAt(text, i), DEFAULT_RULE_OPTIONS));
  const changes = await time(41, (i) => bases.changesFor('file:///bench/flink.yaml', edited[i], edited[i].findings, DEFAULT_RULE_OPTIONS, [], () => undefined));
  const yls = getLanguageService({ schemaRequestService: async () => readFileSync(schemaPath, 'utf8'), workspaceContext: { resolveRelativePath: (p) => p } });
  yls.configure({ validate: true, schemas: [{ uri: schemaUri, fileMatch: ['*.yaml'] }] });
  const doc = (t, v) => TextDocument.create('file:///bench/flink.yaml', 'yaml', v, t);
  await yls.doValidation(doc(text, 0), false);
  const ylsValidation = await time(9, (i) => yls.doValidation(doc(editAt(text, i), i + 1), false));
  return { cold, full, keystroke, changes, parse, ylsValidation };
}

async function overLsp(text, which) {
  const dir = mkdtempSync(join(tmpdir(), 'flink-bench-'));
  const file = join(dir, 'flink.yaml');
  writeFileSync(file, text);
  const command = which === 'ours' ? [process.execPath, join(root, 'bin/flink-k8s-language-server.js'), '--stdio'] : [process.execPath, join(root, 'bench/node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'];
  const settings = which === 'ours' ? {} : { yaml: { validate: true, schemas: { [schemaUri]: '*.yaml' } } };
  const lsp = await lspSession(command, pathToFileURL(dir).toString(), settings);
  const uri = pathToFileURL(file).toString();
  const firstStart = performance.now();
  await lsp.open(uri, text);
  const open = performance.now() - firstStart;
  const latency = await time(15, async (i) => lsp.change(uri, editAt(text, i), i + 2));
  const rss = lsp.rssMiB();
  await lsp.close();
  return { open, latency, rss, startup: lsp.startupMs };
}

const results = [];
for (const count of [200, 20, 1]) {
  const text = corpus(count);
  const lines = text.split('\n').length;
  const p = await inProcess(text);
  const ours = await overLsp(text, 'ours');
  const theirs = await overLsp(text, 'yls');
  results.push({ count, lines, ...p, ours, theirs });
  console.log(`\n${count} resources, ${lines} lines`);
  console.log(`  bare yaml.parseAllDocuments        ${fmt(p.parse)} ms`);
  console.log(`  ours, full analysis (warm process) ${fmt(p.full)} ms   = ${(p.full / p.parse).toFixed(2)}x the bare parse`);
  console.log(`  ours, first analysis in a process  ${fmt(p.cold)} ms   (includes loading the precompiled validators)`);
  console.log(`  ours, re-analysis per keystroke    ${fmt(p.keystroke)} ms`);
  console.log(`  ours, change impact per keystroke  ${fmt(p.changes)} ms   (on top: the edit compared with the file's git base)`);
  console.log(`  yaml-language-server doValidation  ${fmt(p.ylsValidation)} ms   -> ours per keystroke is ${(p.ylsValidation / p.keystroke).toFixed(0)}x faster`);
  console.log(`  LSP edit -> diagnostics: ours ${fmt(ours.latency)} ms, yaml-language-server ${fmt(theirs.latency)} ms (includes its debounce)`);
  console.log(`  LSP open -> first diagnostics: ours ${fmt(ours.open)} ms, yaml-language-server ${fmt(theirs.open)} ms`);
  console.log(`  server start-up (spawn -> initialize answered): ours ${fmt(ours.startup)} ms, yaml-language-server ${fmt(theirs.startup)} ms`);
  console.log(`  server memory after the edits (RSS): ours ${ours.rss} MiB, yaml-language-server ${theirs.rss} MiB`);
}
writeFileSync(join(root, 'bench/last-run.json'), `${JSON.stringify(results, null, 2)}\n`);
