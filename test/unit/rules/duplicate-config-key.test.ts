import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from '../../support/rules';
import { valid } from '../../support/heads';
import { analyze } from '../../../server/src/core/analysis';
import { configValue } from '../../../server/src/core/model/flink-config';

const RULE = 'duplicate-config-key';
const config = (lines: string) => valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', `    taskmanager.numberOfTaskSlots: "2"\n${lines}`);

const flatFirst = config(`    execution.checkpointing.interval: 10s
    execution:
      checkpointing:
        interval: 30s
#       ^^^^^^^^ warning duplicate-config-key: execution.checkpointing.interval is set twice: the operator keeps the flat spelling ("10s"), so "30s" here never reaches Flink. Keep one of them.
`);
const nestedFirst = config(`    execution:
      checkpointing:
        interval: 30s
#       ^^^^^^^^ warning duplicate-config-key: execution.checkpointing.interval is set twice: the operator keeps the flat spelling ("10s"), so "30s" here never reaches Flink. Keep one of them.
    execution.checkpointing.interval: 10s
`);

test('flat and nested spellings of one key: reported once, at the nested one, wherever each stands', () => {
  checkRule(RULE, flatFirst);
  checkRule(RULE, nestedFirst);
});

test('the value the finding says is kept is the one the projection and config read', () => {
  for (const text of [flatFirst, nestedFirst]) {
    const spec = analyze(text).resources[0]?.resource.spec;
    assert.equal(spec && configValue(spec.flinkConfiguration, 'execution.checkpointing.interval').value, '10s');
  }
});

test('partly nested spellings: the flatter wins; the same value twice is info', () => {
  checkRule(RULE, config(`    execution:
      checkpointing.interval: 10s
      checkpointing:
        interval: 30s
#       ^^^^^^^^ warning duplicate-config-key: execution.checkpointing.interval is set twice: the operator keeps the less nested spelling ("10s"), so "30s" here never reaches Flink.
`));
  checkRule(RULE, config(`    state.backend.type: rocksdb
    state:
      backend.type: rocksdb
#     ^^^^^^^^^^^^ info duplicate-config-key: state.backend.type is set twice to "rocksdb", here and in its flat spelling; the operator reads only the flat one, so remove this one.
`));
});

test('one spelling per key, or an operator that rejects nested keys anyway: nothing', () => {
  checkRule(RULE, config('    execution:\n      checkpointing:\n        interval: 30s\n    execution.checkpointing.timeout: 10 min\n'));
  checkRule(RULE, config('    execution.checkpointing.interval: 10s\n    execution:\n      checkpointing:\n        interval: 30s\n'), { operatorVersion: '1.12' });
});
