/**
 * Our option texts are our own: none copies the upstream description of its option (the team
 * reference, ../shared/reference/flink-config/options.json), nor any other option's.
 * Checks per text, after dropping key names, values and code (test/support/overlap.ts):
 * - no run of 6 or more consecutive words shared with any upstream description;
 * - no run of 5 or more consecutive content words (stop words removed) shared with its own;
 * - at most a quarter of its content-word trigrams found in its own upstream description (counted
 *   once three or more are shared: in a one-line text two shared technical terms say nothing).
 * The worst offenders are printed, so a failure says what to rewrite.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allOptionTexts } from '../../server/src/core/catalog/option-texts';
import { ngrams, overlap, words } from '../support/overlap';

const REFERENCE = join(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'flink-config', 'options.json');
const MAX_RUN = 6;
const MAX_CONTENT_RUN = 5;
const MAX_TRIGRAM_SHARE = 0.25;
const MIN_SHARED_TRIGRAMS = 3;

interface Upstream {
  readonly key: string;
  readonly description?: string;
}

function upstream(): ReadonlyMap<string, string> {
  assert.ok(existsSync(REFERENCE), `the shared reference is not at ${REFERENCE}`);
  const list = JSON.parse(readFileSync(REFERENCE, 'utf8')) as Upstream[];
  return new Map(list.map((o) => [o.key, o.description ?? '']));
}

/** Every run of MAX_RUN words in any upstream description, to find text borrowed from another option. */
function upstreamRuns(descriptions: Iterable<string>): Map<string, string> {
  const runs = new Map<string, string>();
  for (const d of descriptions) for (const run of ngrams(words(d), MAX_RUN)) runs.set(run, d);
  return runs;
}

test('no option text copies an upstream description', () => {
  const theirs = upstream();
  const anyRun = upstreamRuns(theirs.values());
  const problems: Array<{ key: string; score: number; why: string }> = [];
  const closest: Array<{ key: string; score: number; line: string }> = [];
  for (const [key, { summary, details }] of allOptionTexts()) {
    const ours = details ? `${summary} ${details}` : summary;
    const own = overlap(ours, theirs.get(key) ?? '');
    const borrowed = ngrams(words(ours), MAX_RUN).find((run) => anyRun.has(run));
    const score = own.run + own.contentRun + own.trigramShare * 10;
    closest.push({ key, score, line: `run ${own.run}, content run ${own.contentRun}, ${Math.round(own.trigramShare * 100)}% trigrams ("${own.phrase}")` });
    const why: string[] = [];
    if (own.run >= MAX_RUN || borrowed) why.push(`shares "${borrowed ?? own.phrase}"`);
    if (own.contentRun >= MAX_CONTENT_RUN) why.push(`${own.contentRun} content words in a row`);
    if (own.trigramShare > MAX_TRIGRAM_SHARE && own.sharedTrigrams >= MIN_SHARED_TRIGRAMS) why.push(`${Math.round(own.trigramShare * 100)}% of trigrams`);
    if (why.length) problems.push({ key, score, why: why.join('; ') });
  }
  closest.sort((a, b) => b.score - a.score);
  console.log(`closest to upstream wording:\n${closest.slice(0, 8).map((c) => `  ${c.key}: ${c.line}`).join('\n')}`);
  problems.sort((a, b) => b.score - a.score);
  if (problems.length) console.log(problems.slice(0, 40).map((p) => `${p.key}: ${p.why}`).join('\n'));
  assert.equal(problems.length, 0, `${problems.length} texts too close to upstream wording`);
});

test('the check sees the reference: most options have an upstream description to compare with', () => {
  const theirs = upstream();
  const compared = [...allOptionTexts().keys()].filter((k) => (theirs.get(k) ?? '').length > 0).length;
  assert.ok(compared > 1000, `${compared} texts compared`);
});
