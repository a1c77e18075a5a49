/** Every rendered character knows where it was written and, for values, where the value came from. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chart, CHART } from './render-support';
import { mapOffset, mapSpan } from '../../../server/src/core/sourcemap/map-back';

const values = 'tm:\n  memory: 4096m\n  slots: 4\nconf:\n  state.backend.type: rocksdb\n';
const template = 'spec:\n  memory: {{ .Values.tm.memory }}\n  slots: {{ .Values.tm.slots | quote }}\n  conf:\n    {{- toYaml .Values.conf | nindent 4 }}\n';

function rendered() {
  const r = chart({ 'values.yaml': values, 'templates/t.yaml': template });
  const out = r.outputs[0];
  assert.ok(out);
  return out;
}

const at = (text: string, needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });

test('literal template text maps back exactly', () => {
  const out = rendered();
  const m = mapSpan(out, at(out.text, 'memory:'));
  assert.equal(m?.at.file, `${CHART}/templates/t.yaml`);
  assert.equal(template.slice(m?.at.span.start, m?.at.span.end), 'memory:');
  assert.equal(m?.exact, true);
});

test('a value from values.yaml is written by its action, and comes from its key', () => {
  const out = rendered();
  const m = mapSpan(out, at(out.text, '4096m'));
  assert.equal(template.slice(m?.at.span.start, m?.at.span.end), '{{ .Values.tm.memory }}');
  assert.equal(m?.value?.file, `${CHART}/values.yaml`);
  assert.equal(values.slice(m?.value?.span.start, m?.value?.span.end), '4096m');
  assert.equal(values.slice(m?.value?.keySpan?.start, m?.value?.keySpan?.end), 'memory');
  const quoted = mapSpan(out, at(out.text, '"4"'));
  assert.equal(values.slice(quoted?.value?.span.start, quoted?.value?.span.end), '4');
});

test('each key and value toYaml writes maps to its own entry in values.yaml', () => {
  const out = rendered();
  const key = mapSpan(out, at(out.text, 'state.backend.type'));
  assert.equal(values.slice(key?.value?.span.start, key?.value?.span.end), 'state.backend.type');
  const value = mapSpan(out, at(out.text, 'rocksdb'));
  assert.equal(values.slice(value?.value?.span.start, value?.value?.span.end), 'rocksdb');
  assert.equal(template.slice(value?.at.span.start, value?.at.span.end), '{{- toYaml .Values.conf | nindent 4 }}');
});

test('a point inside literal text maps exactly; after an action, to the action\'s end', () => {
  const out = rendered();
  const p = mapOffset(out, out.text.indexOf('slots:'));
  assert.equal(template.slice(p?.span.start, (p?.span.start ?? 0) + 6), 'slots:');
  const end = mapOffset(out, out.text.indexOf('4096m') + 5);
  assert.equal(end?.span.start, template.indexOf('{{ .Values.tm.memory }}') + '{{ .Values.tm.memory }}'.length);
});

test('what cannot be evaluated stays as written, with the reason naming it', () => {
  const r = chart({ 'values.yaml': 'x: 1\n', 'templates/t.yaml': 'a: {{ .Values.x | foo }}\nb: {{ randAlphaNum 5 }}\n' });
  const out = r.outputs[0];
  assert.equal(out?.text, 'a: {{ .Values.x | foo }}\nb: {{ randAlphaNum 5 }}\n');
  assert.deepEqual(out?.unknowns.map((u) => u.reason), ['{{ .Values.x | foo }}: function foo not supported', '{{ randAlphaNum 5 }}: it is random, so its value is not known before it runs']);
});

test('an if on an unknown condition is kept whole, on its own line', () => {
  const r = chart({ 'values.yaml': '', 'templates/t.yaml': 'spec:\n  {{- if foo }}\n  a: 1\n  {{- end }}\n  b: 2\n' });
  assert.equal(r.outputs[0]?.text, 'spec:\n  {{- if foo }}\n  a: 1\n  {{- end }}\n  b: 2\n');
});

test('a user values file overrides the chart and is the origin of what it sets; a null removes a default', () => {
  const r = chart({ 'values.yaml': 'a: 1\nb: 2\nc: 3\n', 'templates/t.yaml': 'a={{ .Values.a }} b={{ .Values.b }} c={{ .Values.c }}', '/prod.yaml': 'a: 10\nc: null\n' }, { valueFiles: ['/prod.yaml'] });
  const out = r.outputs[0];
  assert.equal(out?.text, 'a=10 b=2 c=');
  assert.equal(mapSpan(out!, { start: 2, end: 4 })?.value?.file, '/prod.yaml');
  assert.equal(mapSpan(out!, { start: 2, end: 4 })?.value?.role, 'user-values');
});
