/** Whitespace control and control flow, with expected output written from Helm's template guide. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from './render-support';

const values = 'favorite:\n  drink: coffee\n  food: pizza\n';

test('{{- trims the whitespace and newline before, -}} after', () => {
  assert.equal(render('a: 1\n{{- "x" }}\n', values), 'a: 1x\n');
  assert.equal(render('a: {{ "x" -}}\n   \n  b: 2\n', values), 'a: xb: 2\n');
  assert.equal(render('a: 1 {{- /* a comment */ -}} 2\n', values), 'a: 12\n');
  // `{{-3}}` is the number -3, not a trim marker.
  assert.equal(render('n: {{-3}}\n'), 'n: -3\n');
});

test('the guide\'s if example renders without blank lines', () => {
  const template = 'food: {{ .Values.favorite.food | upper | quote }}\n{{- if eq .Values.favorite.drink "coffee" }}\nmug: "true"\n{{- end }}\n';
  assert.equal(render(template, values), 'food: "PIZZA"\nmug: "true"\n');
});

test('without trimming, control actions leave their lines empty', () => {
  assert.equal(render('a\n{{ if true }}\nb\n{{ end }}\nc\n'), 'a\n\nb\n\nc\n');
});

test('if / else if / else, with / else, range / else', () => {
  const t = '{{ if .Values.a }}A{{ else if .Values.b }}B{{ else }}C{{ end }}|{{ with .Values.b }}{{ . }}{{ else }}none{{ end }}|{{ range .Values.l }}{{ . }},{{ else }}empty{{ end }}';
  assert.equal(render(t, 'a: false\nb: 2\nl: []\n'), 'B|2|empty');
  assert.equal(render(t, 'a: "x"\nl: [1, 2]\n'), 'A|none|1,2,');
});

test('range over a map goes in key order, with $key, $value and $ for the root', () => {
  const t = '{{- range $k, $v := .Values.m }}\n{{ $k }}: {{ $v }} of {{ $.Chart.Name }}\n{{- end }}';
  assert.equal(render(t, 'm:\n  zeta: 1\n  alpha: 2\n  Mid: 3\n'), '\nMid: 3 of demo\nalpha: 2 of demo\nzeta: 1 of demo');
});

test('range over a list gives the index and the element; break and continue', () => {
  const t = '{{ range $i, $x := .Values.l }}{{ if eq $x "skip" }}{{ continue }}{{ end }}{{ if eq $x "stop" }}{{ break }}{{ end }}{{ $i }}={{ $x }} {{ end }}';
  assert.equal(render(t, 'l: [a, skip, b, stop, c]\n'), '0=a 2=b ');
});

test('variables: declared in a block end with it; = assigns an outer one', () => {
  const t = '{{ $n := 0 }}{{ range .Values.l }}{{ $n = add $n 1 }}{{ end }}{{ $n }}{{ if true }}{{ $inner := "x" }}{{ end }}';
  assert.equal(render(t, 'l: [a, b, c]\n'), '3');
  assert.match(render('{{ if true }}{{ $inner := "x" }}{{ end }}{{ $inner }}'), /^ERROR: .*undefined variable: \$inner/);
});

test('and/or return the deciding argument and stop early', () => {
  assert.equal(render('{{ or .Values.a .Values.b "z" }}|{{ and 1 "x" }}|{{ and 0 .Values.missing.deep }}', 'b: bee\n'), 'bee|x|0');
});
