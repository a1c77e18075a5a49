import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'slot-cpu-ratio';
const sized = (slots: number, cpu: string, note = '') => valid().replace('"2"', `"${slots}"`).replace('    resource: { memory: 4096m, cpu: 2 }\n', `    resource: { memory: 8192m, cpu: ${cpu} }\n${note}`);

test('outside 1-2 slots per CPU; no cpu means one per slot', () => {
  checkRule(RULE, sized(8, '1', '#                                   ^ 💡 warning slot-cpu-ratio: 8 slots share 1 CPU per TaskManager (8 slots per CPU, more than 2)\n'));
  checkRule(RULE, sized(1, '4', '#                                   ^ 💡 warning slot-cpu-ratio: 1 slot for 4 CPU per TaskManager (0.25 slots per CPU, fewer than 1)\n'));
  checkRule(RULE, sized(4, '2'));
  checkRule(RULE, valid().replace('"2"', '"6"').replace('memory: 4096m, cpu: 2', 'memory: 8192m'));
});

test('thresholds are configurable', () => {
  checkRule(RULE, sized(4, '1'), { thresholds: { slotsPerCpuMin: 1, slotsPerCpuMax: 4, memoryPerSlotMin: 0, networkPerSlotMin: 0, smallTaskManagerSlots: 2, manyTaskManagers: 16 } });
});

test('fixes: CPU to match the slots, or slots to match the CPU', () => {
  checkFix(RULE, sized(8, '1'), 'Set TaskManager cpu to 4', sized(8, '4'));
  checkFix(RULE, sized(8, '1'), 'Set taskmanager.numberOfTaskSlots to 2', sized(2, '1'));
});
