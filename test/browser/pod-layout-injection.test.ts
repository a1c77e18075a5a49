/**
 * Hostile values through the real pipeline: YAML full of markup, script, javascript: URLs,
 * template syntax and bidi overrides goes to the language server, its projection becomes the
 * panel's message (layoutMessage) and the page draws it under the panel's own HTML and CSP.
 * Nothing may run, no element or attribute may be injected, and the text must show as written
 * (bidi controls named, so they cannot reorder it).
 */

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { layoutMessage } from '../../client/src/pod-layout-page';
import { visible } from '../../client/src/webview/dom';
import type { ProjectionResult, ResourceProjection } from '../../server/src/protocol/requests';
import { HOSTILE, hostileYaml } from '../support/hostile-markup';
import { TestClient } from '../support/lsp';
import { WebviewHarness } from '../support/webview-page';

const harness = new WebviewHarness();
const FILE = `${HOSTILE.img}.yaml`;
const URI = `file:///ws/${encodeURIComponent(FILE)}`;
let resources: ResourceProjection[] = [];

before(async () => {
  const client = new TestClient();
  await client.initialize();
  await client.open(URI, hostileYaml());
  resources = (await client.request<ProjectionResult>('flinkK8s/projection', { textDocument: { uri: URI } })).resources;
  client.dispose();
  // Helm-style {{ }} is masked by the analysis, so that payload never gets here on its own.
  const all = Object.values(HOSTILE).join(' ');
  resources[0] = { ...resources[0]!, findings: [...resources[0]!.findings, { line: 1, severity: 'error', rule: 'x', message: all }] };
  await harness.start();
});

after(() => harness.stop());

/** Elements and attributes the page itself creates; anything else was injected. */
const TAGS = 'DIV HEADER H1 H2 SPAN P SECTION UL LI BUTTON STRONG SELECT OPTION LABEL TABLE TBODY TR TH TD'.split(' ');
const ATTRIBUTES = ['class', 'tabindex', 'aria-label', 'role', 'title', 'type', 'value', 'style'];

async function dom(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { pwned?: unknown; violations: string[] };
    const all = Array.from(document.querySelectorAll('#app *'));
    return {
      tags: [...new Set(all.map((e) => e.tagName))],
      attributes: [...new Set(all.flatMap((e) => e.getAttributeNames()))],
      scripts: document.scripts.length,
      pwned: w.pwned,
      violations: w.violations,
      text: document.getElementById('app')?.textContent ?? '',
    };
  });
}

test('every hostile value from the YAML stays literal text; nothing is injected or runs', async () => {
  const { page, dialogs, errors } = await harness.open();
  const shown: string[] = [];
  for (let i = 0; i < resources.length; i++) {
    const message = layoutMessage(URI, FILE, resources, i);
    await harness.post(page, message);
    const r = resources[i]!;
    assert.equal(await page.locator('h1').textContent(), visible(`${r.namespace ? `${r.namespace}/` : ''}${r.name ?? '(no name)'}`));
    assert.match((await page.locator('.subtitle').textContent()) ?? '', new RegExp(`· ${literal(FILE)}:${r.line}$`));
    const errorsShown = await page.locator('.banner button').allTextContents();
    assert.deepEqual(errorsShown, r.findings.filter((f) => f.severity === 'error').map((f) => visible(`Line ${f.line}: ${f.message}`)));
    assert.deepEqual(await page.locator('option').allTextContents(), resources.map((x) => visible(`${x.kind} ${x.name ?? '(no name)'}`)));
    const failure = r.taskManager.memoryError?.message;
    if (failure) assert.ok((await page.locator('.error').allTextContents()).some((t) => t.endsWith(visible(failure))));
    for (const button of await page.locator('.banner button').all()) await button.hover();
    const d = await dom(page);
    assert.deepEqual(d.tags.filter((t) => !TAGS.includes(t)), [], 'no injected element');
    assert.deepEqual(d.attributes.filter((a) => !ATTRIBUTES.includes(a)), [], 'no injected attribute');
    assert.equal(d.scripts, 2, 'only the stub and the bundle');
    shown.push(d.text);
    await page.screenshot({ path: path.join(__dirname, '..', '..', '..', 'test', 'artifacts', `pod-layout-hostile-${i}.png`), fullPage: true });
  }
  for (const [name, value] of Object.entries(HOSTILE)) assert.ok(shown.some((t) => t.includes(visible(value))), `${name} is shown as written`);
  assert.ok(shown.every((t) => !/[\u202a-\u202e\u2066-\u2069]/.test(t)) && shown.some((t) => t.includes('job<U+202E>gnp.exe')), 'bidi controls are named, not applied');
  await page.locator('.banner button').first().click();
  await page.waitForTimeout(300);
  const d = await dom(page);
  assert.equal(d.pwned, undefined, 'no injected script ran');
  assert.deepEqual(d.violations, [], 'nothing even tried to run (the CSP had nothing to block)');
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  const sent = await page.evaluate(() => (window as unknown as { sent: unknown[] }).sent.at(-1));
  const last = resources.at(-1)!.findings.find((f) => f.severity === 'error');
  assert.deepEqual(sent, { type: 'reveal', uri: URI, line: last?.line }, 'a click asks to reveal the line in this file, nothing else');
  await page.close();
});

test('the page has the panel\'s CSP, and it stops what escaping would have to miss', async () => {
  const { page, dialogs } = await harness.open();
  await harness.post(page, layoutMessage(URI, FILE, resources, 0));
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
  assert.ok(csp, 'the page has a CSP');
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives.get('default-src'), ["'none'"]);
  assert.deepEqual(directives.get('script-src'), [`'nonce-${harness.nonce}'`]);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|unsafe-hashes|\*|data:/);
  assert.equal(await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[src$="dist/pod-layout.js"]')?.nonce), harness.nonce);
  // Bypass the page's escaping on purpose: the CSP alone must keep these from running.
  const blocked = await page.evaluate(async (base) => {
    document.getElementById('app')?.insertAdjacentHTML('beforeend', '<img src="x" onerror="window.pwned=1;alert(1)"><a href="javascript:window.pwned=2">x</a>');
    const inline = document.createElement('script');
    inline.textContent = 'window.pwned = 3; alert(3);';
    document.body.append(inline);
    document.querySelector<HTMLAnchorElement>('#app a')?.click();
    const sent = await fetch(`${base}/pod-layout.css`).then(() => 'fetched', () => 'blocked');
    await new Promise((r) => setTimeout(r, 300));
    return { pwned: (window as unknown as { pwned?: unknown }).pwned, sent, violations: (window as unknown as { violations: string[] }).violations };
  }, harness.base);
  assert.equal(blocked.pwned, undefined);
  assert.equal(blocked.sent, 'blocked', 'connect-src falls back to none: the page cannot send anything');
  assert.deepEqual(dialogs, []);
  for (const directive of ['script-src-attr', 'script-src-elem', 'connect-src']) assert.ok(blocked.violations.some((v) => v.startsWith(directive)), `${directive} violation in ${blocked.violations.join(', ')}`);
  await page.close();
});

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
