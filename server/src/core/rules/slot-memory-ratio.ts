/**
 * slot-memory-ratio: TaskManager process memory per slot below the configured minimum (default
 * 1 GiB; industry sizing is about 4 GB per slot), and network memory too small for the number of
 * slots a TaskManager runs (§5.4).
 */

import { MIB } from '../units/memory-size';
import { size } from '../format/numbers';
import { configPath, fixes, roleOf, setFix, specPath, slotsDefaulted } from './helpers';
import { memoryFields, sizeLike } from './memory-fields';
import { validated } from './validated-fix';
import { Report, ResourceContext, ResourceRule } from './types';

const M = Number(MIB);

export const slotMemoryRatio: ResourceRule = {
  id: 'slot-memory-ratio',
  severity: 'warning',
  doc: {
    summary: 'Too little TaskManager memory per slot, or too little network memory for many slots.',
    why: 'Every slot shares the TaskManager\'s heap, managed and network memory; below about 1 GiB per slot jobs run out of heap or buffers.',
    before: 'taskmanager.numberOfTaskSlots: "8"\ntaskManager:\n  resource: { memory: 2048m }',
    after: 'taskmanager.numberOfTaskSlots: "8"\ntaskManager:\n  resource: { memory: 8192m }',
  },
  check(ctx: ResourceContext): Report[] {
    const p = ctx.projection;
    const slots = p?.slotsPerTaskManager.value;
    const process = p?.taskManager.processBytes.value;
    const memory = p?.taskManager.memory;
    if (!p || !slots || !process || memory?.status !== 'ok' || ctx.resource.kind === 'FlinkSessionJob') return [];
    const { memoryPerSlotMin, networkPerSlotMin } = ctx.options.thresholds;
    const role = roleOf(ctx.resource.spec, 'taskManager');
    const spec = memoryFields(role)[0];
    const span = spec?.field.span ?? role?.keySpan ?? ctx.resource.kindSpan;
    const reports: Report[] = [];
    const perSlot = process / slots;
    if (perSlot < memoryPerSlotMin) {
      const needMiB = Math.ceil((slots * memoryPerSlotMin) / M / 1024) * 1024;
      const fewer = Math.max(1, Math.floor(process / memoryPerSlotMin));
      const target = spec ? sizeLike(spec.field.text, needMiB) : undefined;
      reports.push({
        absent: slotsDefaulted(ctx),
        message: `Each of the ${slots} slots gets ${size(perSlot)} of the ${size(process)} TaskManager (task heap ${size(Number(memory.value.taskHeap) / slots)} per slot); the minimum configured is ${size(memoryPerSlotMin)} per slot.`,
        span,
        fixes: fixes(
          spec && target ? validated(ctx, setFix(ctx, specPath(ctx, 'taskManager', ...spec.path), target, `Set TaskManager memory to ${target} (${size((needMiB * M) / slots)} per slot)`, true), (q) => q.taskManager.memory.status === 'ok') : undefined,
          fewer < slots ? setFix(ctx, configPath(ctx, 'taskmanager.numberOfTaskSlots'), String(fewer), `Set taskmanager.numberOfTaskSlots to ${fewer}`) : undefined,
        ),
      });
    }
    const network = Number(memory.value.network);
    if (slots > 1 && network / slots < networkPerSlotMin) {
      const min = `${Math.ceil((slots * networkPerSlotMin) / M)}m`;
      const capped = ctx.resource.spec?.flinkConfiguration.entries.has('taskmanager.memory.network.max');
      const key = capped ? 'taskmanager.memory.network.max' : 'taskmanager.memory.network.min';
      reports.push({
        absent: slotsDefaulted(ctx),
        message: `${slots} slots share ${size(network)} of network memory (${size(network / slots)} per slot, below ${size(networkPerSlotMin)}); jobs with many exchanges may fail with too few network buffers.`,
        span,
        fixes: fixes(validated(ctx, setFix(ctx, configPath(ctx, key), min, `Set ${key} to ${min}`), (q) => q.taskManager.memory.status === 'ok')),
      });
    }
    return reports;
  },
};
