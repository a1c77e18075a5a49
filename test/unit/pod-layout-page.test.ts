/**
 * The pod layout panel's page and options (client/src/pod-layout-page.ts) with the shipped
 * template: a strict CSP with a fresh nonce per page, only the media folder readable, and only
 * the messages the panel expects accepted from the page.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fromWebview, layoutMessage, newNonce, pageHtml, panelOptions } from '../../client/src/pod-layout-page';

const root = path.join(__dirname, '..', '..', '..');
const template = fs.readFileSync(path.join(root, 'client', 'media', 'pod-layout.html'), 'utf8');
const uris = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', styleUri: 'https://x.vscode-cdn.net/media/pod-layout.css', scriptUri: 'https://x.vscode-cdn.net/media/dist/pod-layout.js' };

function csp(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
  assert.ok(content, 'the page has a CSP meta tag');
  return new Map(content.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k ?? '', v]));
}

test('the CSP denies everything but the nonce script and the webview origin', () => {
  const html = pageHtml(template, uris, 'bm9uY2Ugb2YgdGhlIHRlc3Q=');
  const policy = csp(html);
  assert.deepEqual(policy.get('default-src'), ["'none'"]);
  assert.deepEqual(policy.get('script-src'), ["'nonce-bm9uY2Ugb2YgdGhlIHRlc3Q='"]);
  for (const d of ['style-src', 'img-src', 'font-src']) assert.deepEqual(policy.get(d), [uris.cspSource], d);
  assert.deepEqual([...policy.keys()].sort(), ['default-src', 'font-src', 'img-src', 'script-src', 'style-src'], 'connect-src, frame-src and the rest fall back to none');
  assert.doesNotMatch(html, /unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic/);
  assert.doesNotMatch(html, /\{\{|\}\}/, 'every placeholder is filled');
});

test('the only scripts are the bundle, carrying the nonce; no inline script, style or handler', () => {
  const html = pageHtml(template, uris, 'abc');
  assert.deepEqual([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]), [`<script nonce="abc" src="${uris.scriptUri}">`]);
  assert.match(html, /<script [^>]*><\/script>/, 'the script tag is empty');
  assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=|javascript:/i);
  assert.deepEqual([...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]), [uris.styleUri, uris.scriptUri]);
});

test('a fresh, unguessable nonce for every page', () => {
  const nonces = new Set(Array.from({ length: 200 }, () => newNonce()));
  assert.equal(nonces.size, 200);
  for (const n of nonces) {
    assert.match(n, /^[A-Za-z0-9+/]+=*$/, 'base64, valid in a CSP nonce source');
    assert.equal(Buffer.from(n, 'base64').length, 16, '128 bits');
  }
  const [a, b] = [pageHtml(template, uris), pageHtml(template, uris)];
  assert.notDeepEqual(csp(a).get('script-src'), csp(b).get('script-src'));
});

test('values are escaped into the attributes they fill', () => {
  const html = pageHtml(template, { ...uris, styleUri: '"><script>alert(1)</script>', cspSource: 'x"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">' });
  assert.equal((html.match(/<script/g) ?? []).length, 1, 'no script tag added');
  assert.equal((html.match(/<meta/g) ?? []).length, (template.match(/<meta/g) ?? []).length, 'no meta tag added');
  assert.match(html, /href="&#34;&#62;&#60;script&#62;alert\(1\)&#60;\/script&#62;"/);
  assert.doesNotMatch(pageHtml('{{constructor}}{{__proto__}}{{toString}}', uris), /function|object/i, 'only our own keys are filled');
});

test('the webview reads only client/media, runs no command links and submits no forms', () => {
  const join = (base: string, ...segments: string[]) => [base, ...segments].join('/');
  assert.deepEqual(panelOptions('/ext', join), { enableScripts: true, enableCommandUris: false, enableForms: false, retainContextWhenHidden: false, localResourceRoots: ['/ext/client/media'] });
});

test('the layout message keeps the selection inside the list', () => {
  const r = [{}, {}] as Parameters<typeof layoutMessage>[2];
  assert.equal(layoutMessage('file:///a.yaml', 'a.yaml', r, 5).selected, 1);
  assert.equal(layoutMessage('file:///a.yaml', 'a.yaml', r, -3).selected, 0);
  assert.equal(layoutMessage('file:///a.yaml', 'a.yaml', [], 2).selected, 0);
});

test('the panel accepts only expected messages from the page, and reveals only the shown file', () => {
  const shown = 'file:///ws/a.yaml';
  assert.deepEqual(fromWebview({ type: 'ready' }, shown), { type: 'ready' });
  assert.deepEqual(fromWebview({ type: 'select', index: 2, extra: '<b>' }, shown), { type: 'select', index: 2 });
  assert.deepEqual(fromWebview({ type: 'reveal', uri: shown, line: 3 }, shown), { type: 'reveal', uri: shown, line: 3 });
  const rejected = [
    null, 'ready', [], {}, { type: 'run' }, { type: 'select', index: -1 }, { type: 'select', index: 1.5 }, { type: 'select', index: '1' },
    { type: 'reveal', uri: 'file:///etc/passwd', line: 1 }, { type: 'reveal', uri: shown, line: 0 }, { type: 'reveal', uri: shown, line: Number.MAX_VALUE },
  ];
  for (const m of rejected) assert.equal(fromWebview(m, shown), undefined, JSON.stringify(m));
  assert.equal(fromWebview({ type: 'reveal', uri: shown, line: 1 }, undefined), undefined, 'nothing to reveal when no file is shown');
});
