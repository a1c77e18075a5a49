/** The client's restart policy for a crashed language server, on a fake clock. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CrashPolicy, MAX_CRASHES, WINDOW_MS } from '../../client/src/crash-policy';

function policy(): { p: CrashPolicy; advance: (ms: number) => void } {
  let now = 1_000_000;
  return { p: new CrashPolicy(() => now), advance: (ms) => void (now += ms) };
}

test('the first crashes restart the server with a short message', () => {
  const { p } = policy();
  for (let i = 1; i < MAX_CRASHES; i++) {
    const d = p.crashed();
    assert.equal(d.restart, true);
    assert.equal(d.message, 'The Flink language server stopped unexpectedly and was restarted.');
  }
  assert.equal(p.restarts, MAX_CRASHES - 1);
});

test('five crashes within three minutes stop the restarts and say so', () => {
  const { p, advance } = policy();
  for (let i = 1; i < MAX_CRASHES; i++) {
    p.crashed();
    advance(10_000);
  }
  const d = p.crashed();
  assert.equal(d.restart, false);
  assert.match(d.message, /stopped unexpectedly 5 times in 3 minutes and will not be restarted/);
  assert.equal(p.restarts, MAX_CRASHES - 1);
});

test('crashes older than the window do not count', () => {
  const { p, advance } = policy();
  for (let i = 0; i < 20; i++) {
    assert.equal(p.crashed().restart, true, `crash ${i + 1}`);
    advance(WINDOW_MS / (MAX_CRASHES - 1) + 1);
  }
});

test('a manual restart forgets earlier crashes', () => {
  const { p } = policy();
  for (let i = 1; i < MAX_CRASHES; i++) p.crashed();
  p.reset();
  assert.equal(p.crashed().restart, true);
});
