/**
 * The projection and report views trust their pages with nothing but a format to save and the
 * index of a row they were sent; the pages draw only messages of the shape they know.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromView } from '../../client/src/views/from-view';
import { viewMessage } from '../../client/src/webview/views/guard';
import type { ViewMessage } from '../../client/src/webview/views/messages';
import { rowsOf } from '../support/fixture';
import { valid } from '../support/heads';

const rows = rowsOf(valid()).map((r) => ({ ...r, findings: [] }));
const report: ViewMessage = { type: 'report', scope: 'workspace', resources: rows };
const projection: ViewMessage = { type: 'projection', fileName: 'job.yaml', resources: rows, selected: null };

test('the extension takes a save only from the report, and opens only rows it sent', () => {
  assert.deepEqual(fromView({ type: 'save', format: 'csv' }, report), { type: 'save', format: 'csv' });
  assert.equal(fromView({ type: 'save', format: 'csv' }, projection), undefined);
  assert.equal(fromView({ type: 'save', format: 'html' }, report), undefined);
  assert.deepEqual(fromView({ type: 'save', format: 'csv', target: '/etc/passwd' }, report), { type: 'save', format: 'csv' }, 'the page cannot choose where');
  assert.deepEqual(fromView({ type: 'open', index: 0 }, report), { type: 'open', index: 0 });
  for (const index of [1, -1, 0.5, '0', null]) assert.equal(fromView({ type: 'open', index }, report), undefined, String(index));
  assert.equal(fromView({ type: 'open', index: 0 }, undefined), undefined);
  for (const junk of [null, 'ready', 1, [], { type: 'eval' }, { type: 'rendered', view: 'report' }]) assert.equal(fromView(junk, report), undefined, JSON.stringify(junk));
  assert.deepEqual(fromView({ type: 'rendered', view: 'report', items: 1, width: 900, fits: true, text: 't' }, report), { type: 'rendered', view: 'report', items: 1, width: 900, fits: true, text: 't' });
});

test('the pages draw the messages they know and ignore the rest', () => {
  assert.equal(viewMessage(report), report);
  assert.equal(viewMessage(projection), projection);
  assert.deepEqual(viewMessage({ type: 'empty', message: 'm' }), { type: 'empty', message: 'm' });
  const broken = [null, {}, { type: 'report', scope: 1, resources: [] }, { type: 'report', scope: 's', resources: [{ ...rows[0], reasons: { a: 1 } }] }, { type: 'projection', fileName: 'f', resources: rows, selected: rows.length + 0.5 }, { type: 'layout' }];
  for (const m of broken) assert.equal(viewMessage(m), undefined, JSON.stringify(m).slice(0, 80));
});
