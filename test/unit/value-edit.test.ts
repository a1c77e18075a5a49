/**
 * A keystroke inside a value reuses the document's tree (value-edit.ts): wherever it does, the
 * tree must be the one a parse of the new text gives, node for node (values, sources, types,
 * formats, comments, offsets), and the analysis must be the same as a fresh one.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isNode, isPair, isScalar, Node, visit } from 'yaml';
import { parseYaml, ParsedYaml } from '../../server/src/core/yaml/parse';
import { patchValueEdit } from '../../server/src/core/yaml/value-edit';
import { splitDocuments } from '../../server/src/core/incremental/split';

const root = path.join(__dirname, '..', '..', '..');
const yamlIn = (dir: string) => fs.readdirSync(path.join(root, dir)).filter((f) => /\.ya?ml$/.test(f)).map((f) => fs.readFileSync(path.join(root, dir, f), 'utf8'));
const chunks = [...yamlIn('examples'), ...yamlIn('test/fixtures/flink-real')].flatMap((t) => splitDocuments(t).map((c) => c.text));

/** Every own property of every node, recursively, with the node kind: what "the same tree" means here. */
function dump(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dump);
  if (!isNode(value) && !isPair(value)) return value;
  const out: Record<string, unknown> = { kind: String((value as unknown as Record<symbol, unknown>)[Symbol.for('yaml.node.type')]) };
  for (const [k, v] of Object.entries(value)) out[k] = dump(v);
  return out;
}

function dumpParsed(p: ParsedYaml): unknown {
  return {
    text: p.text, templates: p.templates, conditionals: p.conditionals,
    documents: p.documents.map((d) => ({ region: d.region, index: d.index, range: d.doc.range, comment: d.doc.comment, commentBefore: d.doc.commentBefore, errors: d.doc.errors.length, warnings: d.doc.warnings.length, contents: dump(d.doc.contents), js: d.doc.toJS(), text: String(d.doc) })),
  };
}

/** Offsets inside each scalar value of a chunk, to edit at. */
function valueSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const d of parseYaml(text).documents) {
    visit(d.doc, { Scalar(key, node) { if (key === 'value' || typeof key === 'number') if (node.range) spans.push([node.range[0], node.range[1]]); } });
  }
  return spans;
}

const INSERTS = ['7', 'x', 'Mi', '0', ' ', '.', '-', ':', '#', '"', "'", '{', ',', '\n', ' #', '&a', '*', '!', '|', '%', 'e3', 'true', ' x', ''];

test('every reused tree equals a parse of the edited text', () => {
  let reused = 0;
  let tried = 0;
  for (const text of chunks) {
    const before = parseYaml(text);
    for (const [s, e] of valueSpans(text)) {
      for (const [i, insert] of INSERTS.entries()) {
        // Replace, insert or delete at the start, inside and at the end of the value.
        const at = [s, Math.floor((s + e) / 2), e, e - 1, s + 1][i % 5] ?? s;
        const cut = i % 3 === 0 ? 1 : 0;
        const edited = text.slice(0, at) + insert + text.slice(Math.min(text.length, at + cut));
        if (edited === text) continue;
        tried++;
        const patched = patchValueEdit(before, edited);
        if (!patched) continue;
        reused++;
        assert.deepStrictEqual(dumpParsed(patched), dumpParsed(parseYaml(edited)), JSON.stringify(edited.slice(Math.max(0, at - 30), at + 30)));
      }
    }
  }
  assert.ok(reused > 500 && reused < tried, `reused ${reused} of ${tried} edits`);
});

test('edits outside a value, or that could change the structure, are parsed', () => {
  const text = 'spec:\n  job:\n    parallelism: 6 # six\n    args: ["a", "b"]\n  image: "flink:1.20"\n';
  const before = parseYaml(text);
  const cases = [
    text.replace('parallelism', 'parallelisn'), // a key
    text.replace('6 # six', '6 #six x'), // the comment
    text.replace('6 #', '6: #'), // a colon
    text.replace('["a"', '["ab"'), // a flow collection
    text.replace('"flink:1.20"', '"flink:1.20'), // the closing quote
    text.replace('6 #', '6\n #'), // a line break
    text.replace('    parallelism: 6', '    parallelism: - 6'), // an indicator
    text.replace('6 #', '{{ .Values.p }} #'), // a template
  ];
  for (const edited of cases) assert.equal(patchValueEdit(before, edited), undefined, edited);
  for (const edited of [text.replace('6 #', '12 #'), text.replace('1.20"', '1.19"'), text.replace('6 #', 'six #')]) {
    const patched = patchValueEdit(before, edited);
    assert.ok(patched, edited);
    assert.deepStrictEqual(dumpParsed(patched), dumpParsed(parseYaml(edited)));
  }
});

test('the old tree is left as it was', () => {
  const text = 'spec:\n  job:\n    parallelism: 6\n  image: x\n';
  const before = parseYaml(text);
  const snapshot = dumpParsed(before);
  const patched = patchValueEdit(before, text.replace('6', '16'));
  assert.ok(patched);
  assert.deepStrictEqual(dumpParsed(before), snapshot);
  const node = (patched.documents[0]?.doc.getIn(['spec', 'job', 'parallelism'], true) as Node);
  assert.ok(isScalar(node) && node.value === 16);
});
