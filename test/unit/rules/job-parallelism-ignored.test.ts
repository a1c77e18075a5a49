import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, checkRule, yaml } from '../../support/rules';
import { analyze } from '../../../server/src/core/analysis';
import { inlayHints } from '../../../server/src/core/ide/inlay-hints';

const RULE = 'job-parallelism-ignored';

const conflicting = yaml`
  apiVersion: flink.apache.org/v1beta1
  kind: FlinkDeployment
  metadata:
    name: demo
  spec:
    flinkVersion: v1_20
    flinkConfiguration:
      taskmanager.numberOfTaskSlots: "2"
    taskManager:
      replicas: 2 # two pods
      resource: { memory: 2g, cpu: 1 }
    job:
      jarURI: local:///opt/app.jar
      parallelism: 10 # what the user wants
  #                ^^ 💡 warning job-parallelism-ignored: job.parallelism 10 is ignored: taskManager.replicas is set, so the job runs at replicas × slots = 4.
`;

test('fires when replicas and job.parallelism disagree', () => {
  checkRule(RULE, conflicting);
});

test('is info when they agree (redundant)', () => {
  checkRule(RULE, yaml`
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata: { name: demo }
    spec:
      flinkVersion: v1_20
      taskManager:
        replicas: 3
      job:
        parallelism: 3
    #                ^ 💡 info job-parallelism-ignored: job.parallelism 3 is redundant
  `);
});

test('is quiet without replicas, with parallelism 0, and for session clusters', () => {
  checkRule(RULE, yaml`
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata: { name: a }
    spec:
      job:
        parallelism: 3
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata: { name: b }
    spec:
      taskManager: { replicas: 2 }
      job: { parallelism: 0 }
    ---
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    metadata: { name: c }
    spec:
      taskManager: { replicas: 2 }
  `);
});

test('fix: remove job.parallelism keeps every comment', () => {
  checkFix(RULE, conflicting, 'Remove job.parallelism', conflicting.replace('    parallelism: 10 # what the user wants\n', '    # what the user wants\n'));
});

test('fix: set replicas to ceil(parallelism / slots)', () => {
  const after = conflicting.replace('replicas: 2 # two pods', 'replicas: 5 # two pods').replace('    parallelism: 10 # what the user wants\n', '    # what the user wants\n');
  checkFix(RULE, conflicting, 'Set taskManager.replicas to 5', after);
});

test('fix: remove replicas in native mode so job.parallelism decides', () => {
  checkFix(RULE, conflicting, 'Remove taskManager.replicas', conflicting.replace('    replicas: 2 # two pods\n', '    # two pods\n'));
});

const overridden = (mode: string, parallelism: number) => yaml`
  apiVersion: flink.apache.org/v1beta1
  kind: FlinkDeployment
  metadata: { name: demo }
  spec:
    ${mode}
    flinkVersion: v1_20
    flinkConfiguration:
      taskmanager.numberOfTaskSlots: "2"
      pipeline.jobvertex-parallelism-overrides: "a1b2:20,c3d4:4"
    taskManager:
      resource: { memory: 2g, cpu: 1 }
    job:
      jarURI: local:///opt/app.jar
      parallelism: ${String(parallelism)}
`;

test('standalone without replicas: the largest vertex override replaces job.parallelism, and the TaskManagers follow it', () => {
  const text = overridden('mode: standalone', 10);
  checkRule(RULE, text.replace('parallelism: 10\n', 'parallelism: 10\n#                ^^ 💡 warning job-parallelism-ignored: job.parallelism 10 is ignored: in standalone mode the operator uses the largest pipeline.jobvertex-parallelism-overrides value (20) as the job\'s parallelism and starts 10 TaskManagers of 2 slots for it.\n'));
  checkFix(RULE, text, 'Remove job.parallelism', text.replace('    parallelism: 10\n', ''));
  checkRule(RULE, overridden('mode: standalone', 20).replace('parallelism: 20\n', 'parallelism: 20\n#                ^^ 💡 info job-parallelism-ignored: job.parallelism 20 is redundant\n'));
});

test('native mode: the overrides leave job.parallelism alone from operator 1.14, and replace it before', () => {
  checkRule(RULE, overridden('mode: native', 10));
  checkRule(RULE, overridden('mode: native', 10).replace('parallelism: 10\n', 'parallelism: 10\n#                ^^ 💡 warning job-parallelism-ignored: job.parallelism 10 is ignored: the operator uses the largest pipeline.jobvertex-parallelism-overrides value (20) as the job\'s parallelism (operator 1.13, in every mode).\n'), { operatorVersion: '1.13' });
});

test('the editor says it too: job.parallelism gets an "ignored" hint naming the overrides', () => {
  const text = overridden('mode: standalone', 10);
  const analysis = analyze(text);
  const end = text.indexOf('parallelism: 10') + 'parallelism: 10'.length;
  const hint = inlayHints(analysis).find((h) => h.offset === end);
  assert.deepEqual([hint?.label, hint?.tooltip], [' ignored → 20', 'the operator uses the largest pipeline.jobvertex-parallelism-overrides value']);
  assert.equal(analysis.resources[0]?.projection?.overriddenJobParallelism?.value, 10);
});

test('standalone with replicas: removing replicas lets job.parallelism decide, unless vertex overrides would', () => {
  const standalone = conflicting.replace('  flinkVersion: v1_20\n', '  mode: standalone\n  flinkVersion: v1_20\n');
  checkFix(RULE, standalone, 'Remove taskManager.replicas', standalone.replace('    replicas: 2 # two pods\n', '    # two pods\n'));
  const withOverrides = standalone.replace('    taskmanager.numberOfTaskSlots: "2"\n', '    taskmanager.numberOfTaskSlots: "2"\n    pipeline.jobvertex-parallelism-overrides: "a1b2:20"\n');
  assert.ok(standalone.includes('  mode: standalone\n') && withOverrides.includes('a1b2:20'));
  const titles = checkRule(RULE, withOverrides).flatMap((f) => (f.fixes ?? []).map((x) => x.title));
  assert.ok(!titles.some((t) => t.startsWith('Remove taskManager.replicas')), titles.join(' | '));
});
