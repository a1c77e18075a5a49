/**
 * The hover texts of the resources' fields and values are our own words: none repeats a run of
 * seven words from the operator's documentation (../shared/reference/operator-docs, whose
 * reference page holds the upstream description of every field) or from a description in its
 * CRDs (../shared/reference/crds; the current ones carry none).
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import flinkFields from '../../server/src/core/ide/field-docs/flink-fields.json';
import kubernetesFields from '../../server/src/core/ide/field-docs/kubernetes-fields.json';
import values from '../../server/src/core/ide/field-docs/values.json';

const reference = join(__dirname, '..', '..', '..', '..', 'shared', 'reference');
const RUN = 7;

function descriptions(node: unknown, out: string[]): string[] {
  if (Array.isArray(node)) node.forEach((n) => descriptions(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) (k === 'description' && typeof v === 'string' ? out.push(v) : descriptions(v, out));
  }
  return out;
}

const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);

function runs(text: string): string[] {
  const w = words(text);
  return w.length < RUN ? [] : w.slice(0, w.length - RUN + 1).map((_, i) => w.slice(i, i + RUN).join(' '));
}

function upstreamRuns(): Set<string> {
  const upstream = new Set<string>();
  const crds = join(reference, 'crds');
  for (const file of readdirSync(crds).filter((f) => f.endsWith('.yml'))) {
    for (const doc of parseAllDocuments(readFileSync(join(crds, file), 'utf8'))) for (const d of descriptions(doc.toJS(), [])) for (const r of runs(d)) upstream.add(r);
  }
  const docs = join(reference, 'operator-docs');
  for (const file of readdirSync(docs).filter((f) => f.endsWith('.md'))) for (const line of readFileSync(join(docs, file), 'utf8').split('|')) for (const r of runs(line)) upstream.add(r);
  return upstream;
}

test('no field or value text repeats seven words of the operator\'s documentation', () => {
  assert.ok(existsSync(reference), `the team reference is expected at ${reference}`);
  const upstream = upstreamRuns();
  assert.ok(upstream.size > 10000, 'the reference pages were read');
  const ours: Array<[string, string]> = [...Object.entries(flinkFields), ...Object.entries(kubernetesFields), ...Object.entries(values).flatMap(([field, v]) => Object.entries(v).map(([value, text]) => [`${field}=${value}`, text] as [string, string]))];
  const copied = ours.filter(([, text]) => runs(text).some((r) => upstream.has(r))).map(([key, text]) => `${key}: ${text}`);
  assert.deepEqual(copied, []);
});
