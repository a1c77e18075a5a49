/** The data-loss checker used on every fix must itself catch the ways a fix can go wrong. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixIsSafe } from '../support/fix-safety';

const text = 'a: 1 # keep me\nb:\n  c: 2\n  d: 3\n---\ne: 4\n';
const at = (s: string) => text.indexOf(s);
const fix = (start: number, end: number, newText: string) => ({ title: 't', edits: [{ span: { start, end }, newText }] });

test('accepts a change confined to the edited value', () => {
  assert.equal(assertFixIsSafe(text, fix(at('2'), at('2') + 1, '5')), text.replace('c: 2', 'c: 5'));
});

test('rejects a lost comment', () => {
  assert.throws(() => assertFixIsSafe(text, fix(at('1'), at('\nb'), '1')), /lost the comment # keep me/);
});

test('rejects a sibling re-parented by a bad indentation', () => {
  assert.throws(() => assertFixIsSafe(text, fix(at('  d'), at('  d'), '  x:\n  ')), /changed b\.d/);
});

test('rejects an edit that merges documents, accepts several edits that each touch their change', () => {
  const both = { title: 't', edits: [{ span: { start: at('2'), end: at('2') + 1 }, newText: '5' }, { span: { start: text.length, end: text.length }, newText: 'f: 5\n' }] };
  assert.doesNotThrow(() => assertFixIsSafe(text, both));
  assert.throws(() => assertFixIsSafe(text, fix(at('---'), at('---') + 4, '')), /number of documents/);
});

test('rejects a result that no longer parses', () => {
  assert.throws(() => assertFixIsSafe(text, fix(at('c:'), at('c:') + 2, 'c: [')), /invalid/);
});
