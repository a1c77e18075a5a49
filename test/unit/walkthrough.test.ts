/**
 * The walkthrough's steps complete on events VS Code knows (its `contributes.walkthroughs`
 * completion events; anything else is logged as "Unknown completionEvent" and never fires), and
 * every context key a step waits for is one the extension sets. test/e2e/quickstart.mjs checks
 * in the running workbench that the steps tick.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { walkthroughs: Array<{ steps: Array<{ id: string; completionEvents?: string[] }> }> } };
const steps = manifest.contributes.walkthroughs.flatMap((w) => w.steps);
const SUPPORTED = ['onCommand', 'onContext', 'onView', 'onSettingChanged', 'onStepSelected', 'onLink', 'extensionInstalled', 'onExtensionInstalled', 'stepSelected', 'onEvent'];

test('every completion event of the walkthrough is one VS Code supports', () => {
  const events = steps.flatMap((s) => (s.completionEvents ?? []).map((e) => [s.id, e] as const));
  assert.ok(events.length >= 5);
  assert.deepEqual(events.filter(([, e]) => !SUPPORTED.includes(e.split(':')[0] ?? '')), []);
});

test('the steps that follow what the user does wait for context keys the extension sets', () => {
  const client = fs.readFileSync(path.join(root, 'client', 'src', 'walkthrough-progress.ts'), 'utf8');
  const keys = steps.flatMap((s) => (s.completionEvents ?? []).filter((e) => e.startsWith('onContext:')).map((e) => e.slice('onContext:'.length)));
  assert.deepEqual(keys.sort(), ['flinkK8s.flinkFileOpened', 'flinkK8s.podLayoutShown']);
  for (const key of keys) assert.ok(client.includes(`'${key}'`), key);
  const byStep = Object.fromEntries(steps.map((s) => [s.id, s.completionEvents]));
  assert.ok(byStep.open?.includes('onContext:flinkK8s.flinkFileOpened'));
  assert.ok(byStep.preview?.includes('onContext:flinkK8s.podLayoutShown'), 'the CodeLens runs the preview through a delegating command that onCommand does not see');
});
