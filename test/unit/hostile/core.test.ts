/**
 * Hostile inputs to the core: each one finishes in bounded time (analyzeChecked asserts it and
 * every other invariant) and, where the user needs to know, gets a clear finding at its place.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeChecked, fixesAreSafe } from '../../support/invariants';
import { findingsOf } from '../../support/rules';
import { aliasBomb, deepBlock, deepFlow, HEAD, hugeResource, VALID } from '../../support/hostile-texts';
import { MAX_ANALYSED_LENGTH } from '../../../server/src/core/size-limit';

const messages = (text: string, rule?: string) => analyzeChecked(text).findings.filter((f) => !rule || f.rule === rule).map((f) => f.message);

test('an alias bomb is named, not expanded', () => {
  const before = process.memoryUsage().heapUsed;
  assert.deepEqual(messages(aliasBomb(10), 'yaml-syntax'), ['YAML: aliases in this document expand to more than 4,000,000 nodes; the Kubernetes YAML decoder refuses it ("excessive aliasing") and it is not checked further.']);
  assert.ok(process.memoryUsage().heapUsed - before < 200 * 2 ** 20, 'memory stays bounded');
  assert.deepEqual(messages(aliasBomb(3), 'yaml-syntax'), [], 'a few aliases are fine');
});

test('an alias without its anchor is an error at the alias', () => {
  const text = VALID.replace('image: flink:1.20', 'image: *image');
  const [finding] = analyzeChecked(text).findings.filter((f) => f.rule === 'yaml-syntax');
  assert.match(finding?.message ?? '', /alias \*image has no anchor &image before it/);
  assert.equal(text.slice(finding!.span.start, finding!.span.end), '*image');
});

test('very deep nesting is reported in words, flow or block', () => {
  assert.ok(messages(deepFlow(20000), 'yaml-syntax').some((m) => /nesting too deep/.test(m)));
  analyzeChecked(deepBlock(2000));
});

test(`a file over ${MAX_ANALYSED_LENGTH / 2 ** 20} MiB is not parsed and says so once; other big YAML stays silent`, () => {
  const huge = hugeResource(10);
  const result = analyzeChecked(huge);
  assert.deepEqual(result.findings.map((f) => [f.rule, f.severity, f.span.start]), [['file-too-large', 'info', 0]]);
  assert.match(result.findings[0]!.message, /^This file is 10(\.\d+)? MiB; Flink analysis stops at 2 MiB/);
  assert.deepEqual(analyzeChecked(huge.replace(/flink\.apache\.org\//g, 'example.com/')).findings, []);
  assert.equal(analyzeChecked(hugeResource(1.5)).findings.some((f) => f.rule === 'file-too-large'), false, 'under the limit it is analysed');
});

test('very long lines', () => {
  assert.deepEqual(messages(VALID.replace('flink:1.20', `flink:${'1'.repeat(1_000_000)}`), 'yaml-syntax'), []);
  analyzeChecked(`${HEAD}  image: "${'x'.repeat(1_500_000)}`);
});

test('binary content, NUL bytes and invalid UTF-8 (decoded as the editor does) are not ours', () => {
  const bytes = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919 + (i >> 3)) % 256));
  assert.deepEqual(analyzeChecked(bytes.toString('latin1')).findings, []);
  assert.deepEqual(analyzeChecked(new TextDecoder().decode(bytes)).findings, []);
  analyzeChecked(`${VALID}\0\0\ufffd\ufffe`);
  analyzeChecked(VALID.replace('hostile', 'host\0ile\ud800'));
});

test('CRLF, a BOM and both: the same findings as LF, and fixes write CRLF', () => {
  const expected = messages(VALID);
  assert.ok(expected.some((m) => /job\.parallelism 8 is ignored/.test(m)));
  for (const text of [VALID.replace(/\n/g, '\r\n'), `\ufeff${VALID}`, `\ufeff${VALID.replace(/\n/g, '\r\n')}`]) {
    assert.deepEqual(messages(text), expected);
    const result = analyzeChecked(text);
    assert.ok(fixesAreSafe(text, result) > 0);
    for (const fix of result.findings.flatMap((f) => f.fixes ?? [])) for (const e of fix.edits) if (text.includes('\r\n')) assert.doesNotMatch(e.newText, /(^|[^\r])\n/, `${fix.title} writes LF into a CRLF file`);
  }
});

test('tabs used for indentation are a syntax error at the tab', () => {
  const text = VALID.replace('    replicas: 2', '\treplicas: 2');
  const finding = analyzeChecked(text).findings.find((f) => f.rule === 'yaml-syntax');
  assert.match(finding?.message ?? '', /tab/i);
  assert.equal(text.slice(0, finding!.span.start).split('\n').length, text.slice(0, text.indexOf('\treplicas')).split('\n').length);
});

test('merge keys: values merged from an anchor count as written', () => {
  const text = VALID.replace('spec:\n', 'x-sizes: &sizes\n  memory: 4096m\n  cpu: 2\nspec:\n').replace('    resource: { memory: 2048m, cpu: 1 }\n  job', '    resource:\n      <<: *sizes\n  job');
  const result = analyzeChecked(text);
  const projection = result.chunks[0]?.analysis.resources[0]?.projection;
  assert.equal(projection?.taskManager.processBytes.value, 4096 * 2 ** 20);
  fixesAreSafe(text, result);
});

test('custom and explicit tags: no crash; unknown ones are named', () => {
  const text = VALID.replace('image: flink:1.20', 'image: !Ref FlinkImage').replace('replicas: 2', 'replicas: !!int "2"');
  const infos = analyzeChecked(text).findings.filter((f) => f.rule === 'yaml-syntax');
  assert.deepEqual(infos.map((f) => [f.severity, text.slice(f.span.start, f.span.end)]), [['info', '!Ref']]);
  analyzeChecked(`${HEAD}  flinkConfiguration: !!map\n    a: !!binary aGVsbG8=\n  job: !include job.yaml\n  image: !!python/object:os.system echo\n`);
});

test('a stray {{ in a value does not swallow the documents after it (whole-file analysis, as in the CLI)', () => {
  const text = `${VALID.replace('image: flink:1.20', 'image: "flink{{!"')}---\n${VALID.replace('name: hostile', 'name: second').replace('parallelism: 8 # wanted', 'parallelism: 8 # }}')}`;
  assert.equal(findingsOf(text).filter((f) => f.rule === 'job-parallelism-ignored').length, 2, 'both documents are still read');
});
