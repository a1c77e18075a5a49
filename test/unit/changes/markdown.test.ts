/**
 * The pull-request Markdown of `flink-k8s changes`, rendered with markdown-it (html and linkify
 * on, as GitHub-like renderers and VS Code's preview): its tables keep their cells, and names
 * and values from the YAML stay plain text however hostile.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { application, changes, yamlOf, Obj } from '../../support/changes';
import { changeEntries } from '../../../server/src/core/changes/report';
import { changesMarkdown } from '../../../server/src/core/changes/markdown';
import { HOSTILE } from '../../support/hostile-markup';

const markdownIt = require('markdown-it') as (o: object) => { render(s: string): string };
const render = (s: string) => markdownIt({ html: true, linkify: true }).render(s);

function markdownOf(before: string, after: string): string {
  return changesMarkdown(changeEntries(changes(before, after), () => 3));
}

test('a resize renders a summary table, the fields and the projection delta', () => {
  const before = application((s) => ((s.job as Obj).parallelism = 4));
  const after = application((s) => { (s.job as Obj).parallelism = 8; (s.job as Obj).upgradeMode = 'savepoint'; });
  const html = render(markdownOf(yamlOf(before), yamlOf(after)));
  assert.match(html, /<h2>Flink change impact<\/h2>/);
  assert.match(html, /<td>flink-operator-test\/test-cluster<\/td>\s*<td>FlinkDeployment<\/td>\s*<td>upgrade<\/td>\s*<td>restarts from a savepoint<\/td>\s*<td>savepoint<\/td>/);
  assert.match(html, /<td>spec\.job\.parallelism<\/td>\s*<td>upgrade<\/td>\s*<td>4<\/td>\s*<td>8<\/td>/);
  assert.match(html, /<td>TaskManagers<\/td>\s*<td style="text-align:right">2<\/td>\s*<td style="text-align:right">4<\/td>/);
  assert.match(html, /<td>memory<\/td>\s*<td style="text-align:right">6 GiB<\/td>\s*<td style="text-align:right">10 GiB<\/td>/);
});

test('no change says so', () => {
  assert.equal(render(changesMarkdown([])), '<h2>Flink change impact</h2>\n<p>No Flink resource changes.</p>\n');
});

test('hostile names, namespaces and values stay plain text in their own cells', () => {
  const values = Object.values(HOSTILE);
  const docs = (image: (i: number) => string) => values.map((v, i) => ({ ...application((s) => (s.image = image(i))), metadata: { name: v, namespace: values[values.length - 1 - i] } }));
  const html = render(markdownOf(yamlOf(...docs(() => 'flink:1')), yamlOf(...docs((i) => values[i] as string))));
  const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]));
  const allowed = new Set(['blockquote', 'em', 'h2', 'h3', 'li', 'p', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul']);
  for (const t of tags) assert.ok(allowed.has(t ?? ''), `unexpected <${t}>`);
  assert.equal(/<[a-z][^>]*\s(?:on\w+|href|src)=/.exec(html), null, 'no handler, link or image source');
  const summaryRows = [...(html.split('</table>')[0] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...(m[1] ?? '').matchAll(/<t[hd]>/g)].length);
  assert.deepEqual(summaryRows, Array(values.length + 1).fill(5), 'a header and one row per resource, five cells each');
  assert.match(html, /&lt;U\+202E&gt;/, 'bidi controls are named');
});
