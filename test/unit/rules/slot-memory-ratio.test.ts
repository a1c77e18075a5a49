import { test } from 'node:test';
import { checkFix, checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'slot-memory-ratio';
const sized = (slots: number, memory: string, note = '') => valid().replace('"2"', `"${slots}"`).replace('    resource: { memory: 4096m, cpu: 2 }\n', `    resource: { memory: ${memory}, cpu: ${slots / 2} }\n${note}`);

test('less than 1 GiB per slot, and too little network memory for many slots', () => {
  checkRule(RULE, sized(4, '2048m', '#                       ^^^^^ 💡 warning slot-memory-ratio: Each of the 4 slots gets 512 MiB of the 2 GiB TaskManager\n'));
  const capped = sized(4, '8192m', '#                       ^^^^^ 💡 warning slot-memory-ratio: 4 slots share 64 MiB of network memory (16 MiB per slot, below 32 MiB)\n');
  checkRule(RULE, capped.replace('    taskmanager.numberOfTaskSlots: "4"\n', '    taskmanager.numberOfTaskSlots: "4"\n    taskmanager.memory.network.max: 64m\n'));
  checkRule(RULE, sized(16, '16384m'));
  checkRule(RULE, sized(4, '4096m'));
});

test('fix: raise the network memory cap', () => {
  const before = sized(4, '8192m').replace('    taskmanager.numberOfTaskSlots: "4"\n', '    taskmanager.numberOfTaskSlots: "4"\n    taskmanager.memory.network.max: 64m\n');
  checkFix(RULE, before, 'Set taskmanager.memory.network.max to 128m', before.replace('max: 64m', 'max: 128m'));
});

test('fixes: memory for the slots (checked), or fewer slots', () => {
  checkFix(RULE, sized(4, '2048m'), 'Set TaskManager memory to 4096m', sized(4, '4096m'));
  checkFix(RULE, sized(4, '2048m'), 'Set taskmanager.numberOfTaskSlots to 2', sized(4, '2048m').replace('"4"', '"2"'));
});
