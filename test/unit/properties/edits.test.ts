/**
 * Random edit sequences on every example and fixture: after each edit the invariants hold
 * (test/support/invariants.ts), the incremental result equals a fresh analysis, and every fix
 * offered on the edited text is safe.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IncrementalAnalyzer } from '../../../server/src/core/incremental/analyzer';
import { DEFAULT_RULE_OPTIONS } from '../../../server/src/core/rules/options';
import { analyzeChecked, featuresAt, fixesAreSafe, visibleSummary } from '../../support/invariants';
import { flinkCorpus, nonFlinkCorpus } from '../../support/corpus-files';
import { applyEdit, budget, edit } from '../../support/fuzz';

const flink = flinkCorpus();
const others = nonFlinkCorpus();

test('random edits on the Flink corpus keep every invariant', () => {
  assert.ok(flink.length >= 30, `${flink.length} files`);
  fc.assert(
    fc.property(fc.constantFrom(...flink), fc.array(edit, { minLength: 1, maxLength: 6 }), (file, edits) => {
      const live = new IncrementalAnalyzer();
      let text = file.text;
      analyzeChecked(text, live);
      for (const e of edits) {
        text = applyEdit(text, e);
        const result = analyzeChecked(text, live);
        featuresAt(text, result, Math.floor(e.at * text.length));
      }
      const final = analyzeChecked(text, live);
      assert.deepEqual(visibleSummary(final), visibleSummary(new IncrementalAnalyzer().analyze(text, DEFAULT_RULE_OPTIONS)));
      fixesAreSafe(text, final, 12);
    }),
    budget(120),
  );
});

test('random edits on YAML that is not ours never make it ours by accident of parsing', () => {
  fc.assert(
    fc.property(fc.constantFrom(...others), fc.array(edit, { minLength: 1, maxLength: 4 }), (file, edits) => {
      let text = file.text;
      for (const e of edits) text = applyEdit(text, e);
      const result = analyzeChecked(text);
      if (!/flink\.apache\.org/.test(text)) assert.deepEqual(result.findings.map((f) => f.rule), []);
    }),
    budget(80),
  );
});
