/** §0.1: Flink 2.3's persistent volume claim keys are offered where flinkConfiguration keys are completed. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analysis';
import { completeAt } from '../../server/src/core/ide/completion';
import { valid } from '../support/heads';

test('completion offers kubernetes.persistent-volume-claims and its read-only flag on v2_3', () => {
  const text = valid().replace('flinkVersion: v1_20', 'flinkVersion: v2_3').replace('image: flink:1.20', 'image: flink:2.3').replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    kubernetes.persis\n');
  const offset = text.indexOf('kubernetes.persis') + 'kubernetes.persis'.length;
  const labels = completeAt(text, analyze(text), offset).map((e) => e.label);
  assert.ok(labels.includes('kubernetes.persistent-volume-claims'), labels.slice(0, 20).join(', '));
  assert.ok(labels.includes('kubernetes.persistent-volume-claim-read-only'));
});
