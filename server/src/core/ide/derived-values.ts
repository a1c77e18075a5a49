/** The projected value that belongs to a field or config key, for hover. */

import { ResourceAnalysis } from '../analysis';
import { cpu, num, plural, size } from '../format/numbers';

export function derivedFor(ra: ResourceAnalysis, key: string): string | undefined {
  const p = ra.projection;
  // A document with a syntax error is the parser's guess: its numbers are not the projection's.
  if (!p || ra.resource.document.errors.length > 0) return undefined;
  const q = num;
  const tmMemory = p.taskManager.memory;
  const g = key.replace(/^spec\.template\.spec\./, 'spec.');
  if (g === 'spec.taskManager' || g === 'spec.taskManager.replicas' || key === 'taskmanager.numberOfTaskSlots') {
    return `parallelism ${q(p.parallelism.value)} (${p.parallelism.reason}); ${plural(p.taskManager.count.value, 'TaskManager pod')} × ${plural(p.slotsPerTaskManager.value, 'slot')}; ${plural(p.slotsNeeded.value, 'slot')} needed. ${p.taskManager.count.reason}.`;
  }
  if (g === 'spec.job.parallelism') return p.ignoredJobParallelism ?? p.overriddenJobParallelism ? `ignored: the job runs at ${q(p.parallelism.value)} (${p.parallelism.reason})` : `parallelism ${q(p.parallelism.value)}, ${plural(p.slotsNeeded.value, 'slot')} needed`;
  if (/^spec\.taskManager\.resources?(\.|$)/.test(g) && /memory/.test(g) && tmMemory.status === 'ok') {
    const m = tmMemory.value;
    return `process ${size(m.process)} = task heap ${size(m.taskHeap)} + managed ${size(m.managed)} + network ${size(m.network)} + framework ${size(m.frameworkHeap + m.frameworkOffHeap)} + metaspace ${size(m.metaspace)} + overhead ${size(m.overhead)}`;
  }
  if (/^spec\.jobManager\.resources?(\.|$)/.test(g) && /memory/.test(g) && p.jobManager.memory.status === 'ok') {
    const m = p.jobManager.memory.value;
    return `process ${size(m.process)} = heap ${size(m.heap)} + off-heap ${size(m.offHeap)} + metaspace ${size(m.metaspace)} + overhead ${size(m.overhead)}`;
  }
  if (/memory/.test(g) && tmMemory.status === 'failed') return tmMemory.failure.message;
  if (/cpu/.test(g) && g.includes('taskManager')) return `${cpu(p.taskManager.cpu.value)} per TaskManager (${p.taskManager.cpu.reason})`;
  if (/cpu/.test(g) && g.includes('jobManager')) return `${cpu(p.jobManager.cpu.value)} per JobManager`;
  if (g === 'spec.jobManager.replicas') return plural(p.jobManager.count.value, 'JobManager pod');
  if (key.startsWith('job.autoscaler') && p.autoscaler) return `parallelism ${q(p.autoscaler.minParallelism)}–${q(p.autoscaler.maxParallelism)}, ${q(p.autoscaler.taskManagers.min)}–${q(p.autoscaler.taskManagers.max)} TaskManagers`;
  return undefined;
}
