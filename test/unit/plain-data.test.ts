/**
 * The schema rule validates a document as plain data. plainData builds it without the library's
 * bookkeeping, and must give exactly what `Document.toJS()` gives (prototypes and own properties
 * included), or leave the document to it.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { fastPlainData, plainData } from '../../server/src/core/yaml/plain';

const root = path.join(__dirname, '..', '..', '..');
const yamlIn = (dir: string) => fs.readdirSync(path.join(root, dir)).filter((f) => /\.ya?ml$/.test(f)).map((f) => fs.readFileSync(path.join(root, dir, f), 'utf8'));
const corpus = [...yamlIn('examples'), ...yamlIn('test/fixtures/flink-real'), ...yamlIn('test/fixtures/non-flink')];
const parse = (text: string) => parseAllDocuments(text, { strict: false, uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
const library = (doc: ReturnType<typeof parse>[number]) => doc.toJS({ maxAliasCount: 1000 }) as unknown;

const SPECIAL = [
  'a: 1\na: 2\nb: [1, 2, {c: d}]\n',
  '__proto__: {polluted: true}\nconstructor: 1\ntoString: x\nhasOwnProperty: y\n',
  'spec:\n  replicas: 0x1F\n  cpu: .5\n  on: yes\n  off: ~\n  empty:\n  list:\n    -\n    - ""\n',
  '"quoted key": 1\n\'single\': 2\n? complex\n: value\n',
  'text: |\n  line\n  line\nfolded: >-\n  a\n  b\n',
  'bin: !!binary aGVsbG8=\nstr: !!str 12\nint: !!int "7"\nunknown: !Ref thing\n',
  'a: [1, [2, [3, {b: [4]}]]]\n',
  'spec: {a: 1, b: {c: 2}, d: [x, y]}\n',
  '- a\n- b: 1\n- [c, d]\n',
  'plain scalar document\n',
  '',
  'a: 1\n  b: 2\n',
  'key: [unclosed\n',
];
const ASKS_LIBRARY = [
  'base: &b {cpu: 1}\nother: *b\n',
  'base: &b {cpu: 1}\nother:\n  <<: *b\n  memory: 2\n',
  '1: one\ntrue: yes\n',
  '~: null key\n',
  '[a, b]: flow key\n',
  'x: *missing\n',
  `${'['.repeat(300)}${']'.repeat(300)}\n`,
];

test('plain data equals the library\'s toJS on every corpus document and on special cases', () => {
  let fast = 0;
  for (const text of [...corpus, ...SPECIAL]) {
    for (const doc of parse(text)) {
      let expected: unknown;
      try {
        expected = library(doc);
      } catch {
        continue;
      }
      assert.deepStrictEqual(plainData(doc), expected, text.slice(0, 80));
      const quick = fastPlainData(doc);
      if (quick) {
        fast++;
        assert.deepStrictEqual(quick.value, expected, text.slice(0, 80));
      }
    }
  }
  assert.ok(fast > corpus.length, `most documents take the fast way (${fast})`);
});

test('aliases, merge keys, keys that are not strings and deep nesting are left to the library', () => {
  for (const text of ASKS_LIBRARY) {
    for (const doc of parse(text)) {
      assert.equal(fastPlainData(doc), undefined, text.slice(0, 40));
      let expected: unknown;
      try {
        expected = library(doc);
      } catch (error) {
        assert.throws(() => plainData(doc), String(error));
        continue;
      }
      assert.deepStrictEqual(plainData(doc), expected);
    }
  }
});

test('special keys become own properties, as the library makes them', () => {
  const [doc] = parse('__proto__: {polluted: true}\nconstructor: 1\n');
  const data = plainData(doc as NonNullable<typeof doc>) as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(data), Object.prototype);
  assert.ok(Object.hasOwn(data, '__proto__') && Object.hasOwn(data, 'constructor'));
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});
