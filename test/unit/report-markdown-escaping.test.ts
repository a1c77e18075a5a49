/**
 * The Markdown report with hostile names, namespaces, scope and messages, rendered the way VS
 * Code's preview renders it (markdown-it with HTML and linkify on): every table keeps its cells,
 * no HTML, link or image appears, and the text reads as it was written.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { analyze } from '../../server/src/core/analysis';
import { resourceRow } from '../../server/src/core/report/row';
import { reportMarkdown, ReportRow } from '../../server/src/core/report/markdown';
import { markdownText } from '../../server/src/core/report/escape';

// markdown-it is a dev dependency because VS Code's Markdown preview renders with it.
const markdownIt = require('markdown-it') as (o: object) => { render(s: string): string };
const render = (s: string) => markdownIt({ html: true, linkify: true }).render(s);

const HOSTILE_MARKDOWN = [
  'a|b', 'x\n| injected | row |', 'line\r\n\r\nbreak', '`code` ```fence', '<script>alert(1)</script>', '[x](javascript:alert(1))',
  '![img](http://evil/x.png)', '<!-- comment -->', '# heading', '- item', '> quote', '1. ordered', '    indented', 'http://evil.example/x',
  'www.evil.example', 'evil.example', 'mail@evil.example', '<http://evil>', '&lt;b&gt; &#x3C;', '**bold** _em_ ~~strike~~', 'back\\|slash',
  'trailing\\', '[ref]: http://evil', '<img src=x onerror=alert(1)>', "=cmd|' /C calc'!A0", '| --- |', 'bidi\u202Eexe.txt', 'tab\there',
];

/** Rows through the real analysis: one FlinkDeployment per hostile value, as name and namespace. */
function hostileRows(): ReportRow[] {
  const docs = HOSTILE_MARKDOWN.map((v, i) => stringify({ apiVersion: 'flink.apache.org/v1beta1', kind: 'FlinkDeployment', metadata: { name: v, namespace: HOSTILE_MARKDOWN.at(-1 - i) }, spec: { flinkVersion: 'v1_20', jobManager: { resource: { memory: v, cpu: 1 } } } }));
  const a = analyze(docs.join('---\n'));
  return a.resources.flatMap(({ resource, projection }) => (projection ? [{ ...resourceRow('f.yaml', a.lines, resource, projection), findings: [] }] : []));
}

/** The text of every cell, per row, of every table in the rendered HTML. */
function tables(html: string): string[][][] {
  const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1] ?? '');
  return all(html, /<table>([\s\S]*?)<\/table>/g).map((t) => all(t, /<tr>([\s\S]*?)<\/tr>/g).map((r) => all(r, /<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g).map(text)));
}

/** What the reader should see for a value: one line, controls named. */
const visible = (v: string) => v.replace(/\s+/g, ' ').trim().replace('\u202E', '<U+202E>');

function text(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

test('hostile values keep every table row whole and render as plain text', () => {
  const rows = hostileRows();
  assert.equal(rows.length, HOSTILE_MARKDOWN.length, 'every value made it through the analysis');
  assert.ok(rows.every((r) => r.unknown.length > 0), 'the messages quote the values too');
  const markdown = reportMarkdown(rows, HOSTILE_MARKDOWN.join(' '));
  const html = render(markdown);
  const [main, totals, ...more] = tables(html);
  assert.deepEqual(more, []);
  assert.deepEqual(main?.map((r) => r.length), Array(rows.length + 1).fill(16), 'a header and one row per resource, 16 cells each');
  assert.deepEqual(main?.slice(1).map((r) => r.slice(0, 3)), rows.map((r) => [visible(r.namespace ?? ''), visible(r.name ?? ''), 'FlinkDeployment']), 'each value stays in its own cell');
  assert.deepEqual(totals?.map((r) => r.length), Array(new Set(rows.map((r) => r.namespace)).size + 2).fill(5), 'a header, one row per namespace and all');
  const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]));
  assert.deepEqual([...tags].sort(), ['h1', 'h2', 'li', 'p', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul'], 'no HTML, link, image, code or quote');
  const live = /<!--|<[a-z][^>]*\s(?:href|src)=/.exec(html);
  assert.equal(live, null, 'no comment, link or image source');
  assert.equal(html.match(/<li>/g)?.length, rows.reduce((s, r) => s + r.unknown.length, 0), 'one list item per unknown value');
  assert.deepEqual(html.match(/<h[1-6]>/g), ['<h1>', '<h2>', '<h2>'], 'the report\'s own headings only');
  const shown = text(html);
  for (const v of HOSTILE_MARKDOWN) assert.ok(shown.includes(visible(v)), `${JSON.stringify(v)} reads as written`);
});

test('in the source, every table line has the same number of cell borders', () => {
  const markdown = reportMarkdown(hostileRows(), 'scope | with | pipes');
  const borders = (line: string) => (line.match(/(?<!\\)(?:\\\\)*\|/g) ?? []).length;
  const blocks = markdown.split('\n\n').map((b) => b.split('\n').filter((l) => l.startsWith('|'))).filter((b) => b.length);
  assert.equal(blocks.length, 2);
  for (const block of blocks) assert.deepEqual(block.map(borders), Array(block.length).fill(borders(block[0] ?? '')));
});

test('markdownText: one line of escaped text, invisible controls made visible', () => {
  assert.equal(markdownText('a|b'), 'a\\|b');
  assert.equal(markdownText('  x\n\ty  '), 'x y');
  assert.equal(markdownText('http://e.x'), 'http\\:\\/\\/e\\.x');
  assert.equal(markdownText('a\u202Eb\u0000'), 'a\\<U\\+202E\\>b\\<U\\+0000\\>');
  assert.equal(markdownText('plain words 42 é'), 'plain words 42 é');
  for (let c = 0x21; c < 0x7f; c++) {
    const ch = String.fromCharCode(c);
    if (/[^a-zA-Z0-9]/.test(ch)) assert.equal(markdownText(ch), `\\${ch}`, `ASCII punctuation ${ch}`);
  }
});
