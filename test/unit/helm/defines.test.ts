/** When several files define one name, the winner is the one Helm's engine keeps. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from './render-support';

test('the same define in two files: Helm keeps the one from the alphabetically first file', () => {
  const out = render('{{ include "x" . }}', '', { 'templates/_a.tpl': '{{ define "x" }}a{{ end }}', 'templates/_b.tpl': '{{ define "x" }}b{{ end }}' });
  assert.equal(out, 'a');
});

test('the same define at two depths: the shallower file wins', () => {
  const out = render('{{ include "x" . }}', '', { 'templates/_x.tpl': '{{ define "x" }}top{{ end }}', 'templates/sub/_x.tpl': '{{ define "x" }}deep{{ end }}' });
  assert.equal(out, 'top');
});

test('an empty-bodied define never replaces one with a body', () => {
  const out = render('{{ include "x" . }}', '', { 'templates/_a.tpl': '{{ define "x" }}  {{ end }}', 'templates/_b.tpl': '{{ define "x" }}b{{ end }}' });
  assert.equal(out, 'b');
});

test('a define holding only a comment counts as empty', () => {
  const out = render('{{ include "x" . }}', '', { 'templates/_a.tpl': '{{ define "x" }} {{/* nothing */}} {{ end }}', 'templates/_b.tpl': '{{ define "x" }}b{{ end }}' });
  assert.equal(out, 'b');
});
