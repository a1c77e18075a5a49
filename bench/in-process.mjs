// In-process figures: our analysis against a bare parse of the same text (with the same `yaml`
// library our analysis uses) and against yaml-language-server's doValidation, side by side.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { editAt, sideBySide } from './measure.mjs';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(join(root, 'package.json'));
const { parseAllDocuments } = require('yaml');
const { IncrementalAnalyzer } = require(join(root, 'out/server/src/core/incremental/analyzer.js'));
const { DEFAULT_RULE_OPTIONS } = require(join(root, 'out/server/src/core/rules/options.js'));
const { validatorFor } = require(join(root, 'out/server/src/core/schema/schemas.js'));
const { BaseTexts } = require(join(root, 'out/server/src/document-changes.js'));
// Like the shipped server: the validators precompiled by the build, not compiled at run time.
require(join(root, 'out/server/src/precompiled.js')).installPrecompiledValidators(join(root, 'server/out'));
const { getLanguageService } = await import(pathToFileURL(join(root, 'bench/node_modules/yaml-language-server/out/src/index.js')).href);
const { TextDocument } = require('vscode-languageserver-textdocument');
const schemaPath = join(root, 'schemas/flinkdeployment.schema.json');
const schemaUri = pathToFileURL(schemaPath).toString();

/** Calls per turn by file size: enough for a stable median, bounded in time. */
const block = (count, big, small) => (count >= 200 ? big : count >= 20 ? big * 4 : small);

/** The first analysis of a process: loading the validators, cold caches and code. Only meaningful the first time. */
export function firstAnalysis(text) {
  const t = performance.now();
  validatorFor('FlinkDeployment');
  new IncrementalAnalyzer().analyze(text, DEFAULT_RULE_OPTIONS);
  return performance.now() - t;
}

export async function inProcess(text, count) {
  const full = await sideBySide(8, {
    parse: () => parseAllDocuments(text),
    full: () => new IncrementalAnalyzer().analyze(text, DEFAULT_RULE_OPTIONS),
  }, block(count, 3, 50));
  const live = new IncrementalAnalyzer();
  live.analyze(text, DEFAULT_RULE_OPTIONS);
  const yls = getLanguageService({ schemaRequestService: async () => readFileSync(schemaPath, 'utf8'), workspaceContext: { resolveRelativePath: (p) => p } });
  yls.configure({ validate: true, schemas: [{ uri: schemaUri, fileMatch: ['*.yaml'] }] });
  let version = 0;
  const doc = (t) => TextDocument.create('file:///bench/flink.yaml', 'yaml', version++, t);
  await yls.doValidation(doc(text), false);
  const keystroke = await sideBySide(8, {
    ours: (i) => live.analyze(editAt(text, i), DEFAULT_RULE_OPTIONS),
    yls: (i) => yls.doValidation(doc(editAt(text, i)), false),
  }, block(count, 3, 75));
  return { parse: full.parse, full: full.full, keystroke: keystroke.ours, ylsValidation: keystroke.yls, changes: await changeImpact(text, count) };
}

/** Change impact: the same keystrokes with the original text as the document's git base. */
async function changeImpact(text, count) {
  const uri = 'file:///bench/flink.yaml';
  const bases = new BaseTexts();
  bases.set(uri, text, 'HEAD');
  const withBase = new IncrementalAnalyzer();
  bases.changesFor(uri, withBase.analyze(text, DEFAULT_RULE_OPTIONS), [], DEFAULT_RULE_OPTIONS, [], () => undefined);
  const edited = Array.from({ length: 7 }, (_, i) => withBase.analyze(editAt(text, i), DEFAULT_RULE_OPTIONS));
  const { changes } = await sideBySide(8, { changes: (i) => bases.changesFor(uri, edited[i % 7], edited[i % 7].findings, DEFAULT_RULE_OPTIONS, [], () => undefined) }, block(count, 5, 25));
  return changes;
}
