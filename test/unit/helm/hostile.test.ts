/** Hostile charts end with an error at their place, in bounded time, never a crash or a hang. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from './render-support';

test('thousands of nested ifs or parentheses are refused, not a crash', () => {
  assert.match(render(`${'{{ if true }}'.repeat(20000)}x${'{{ end }}'.repeat(20000)}`), /^ERROR: |^x$/);
  assert.match(render(`{{ ${'('.repeat(20000)}1${')'.repeat(20000)} }}`), /^ERROR: /);
});

test('a template that includes itself stops at the nesting limit', () => {
  assert.match(render('{{ include "loop" . }}', '', { 'templates/_h.tpl': '{{ define "loop" }}{{ include "loop" . }}{{ end }}' }), /^ERROR: .*nested reference/);
});

test('loops and output are bounded', () => {
  assert.match(render('{{ range until 100000 }}{{ range until 100000 }}x{{ end }}{{ end }}'), /^ERROR: .*(steps|larger than 4 MiB)/);
  assert.match(render('{{ repeat 100000 "0123456789" | repeat 100000 }}'), /^ERROR: |^$/);
});

test('unclosed actions and bad syntax are parse errors at their place', () => {
  assert.match(render('a: {{ .Values.x'), /^ERROR: parse error: unclosed action/);
  assert.match(render('{{ if }}x{{ end }}'), /^ERROR: parse error: missing value for command/);
  assert.match(render('{{ end }}'), /^ERROR: parse error: unexpected \{\{end\}\}/);
});

test('steps taken inside tpl count toward the chart step limit', () => {
  assert.match(render('{{ range until 5 }}{{ tpl "{{ range until 100000 }}x{{ end }}" $ }}{{ end }}'), /^ERROR: .*more than 300000 steps/);
});
