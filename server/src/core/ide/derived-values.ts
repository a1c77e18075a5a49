/** The projected value that belongs to a field or config key, for hover. */

import { ResourceAnalysis } from '../analysis';
import { size } from './summary';

export function derivedFor(ra: ResourceAnalysis, key: string): string | undefined {
  const p = ra.projection;
  // A document with a syntax error is the parser's guess: its numbers are not the projection's.
  if (!p || ra.resource.document.errors.length > 0) return undefined;
  const q = (v: number | null) => (v === null ? '?' : String(v));
  const tmMemory = p.taskManager.memory;
  const g = key.replace(/^spec\.template\.spec\./, 'spec.');
  if (g === 'spec.taskManager' || g === 'spec.taskManager.replicas' || key === 'taskmanager.numberOfTaskSlots') {
    return `parallelism ${q(p.parallelism.value)} (${p.parallelism.reason}); ${q(p.taskManager.count.value)} TaskManager pods × ${q(p.slotsPerTaskManager.value)} slots; ${q(p.slotsNeeded.value)} slots needed. ${p.taskManager.count.reason}.`;
  }
  if (g === 'spec.job.parallelism') return p.ignoredJobParallelism ? `ignored: the job runs at ${q(p.parallelism.value)} (${p.parallelism.reason})` : `parallelism ${q(p.parallelism.value)}, ${q(p.slotsNeeded.value)} slots needed`;
  if (/^spec\.taskManager\.resources?(\.|$)/.test(g) && /memory/.test(g) && tmMemory.status === 'ok') {
    const m = tmMemory.value;
    return `process ${size(Number(m.process))} = task heap ${size(Number(m.taskHeap))} + managed ${size(Number(m.managed))} + network ${size(Number(m.network))} + framework ${size(Number(m.frameworkHeap + m.frameworkOffHeap))} + metaspace ${size(Number(m.metaspace))} + overhead ${size(Number(m.overhead))}`;
  }
  if (/^spec\.jobManager\.resources?(\.|$)/.test(g) && /memory/.test(g) && p.jobManager.memory.status === 'ok') {
    const m = p.jobManager.memory.value;
    return `process ${size(Number(m.process))} = heap ${size(Number(m.heap))} + off-heap ${size(Number(m.offHeap))} + metaspace ${size(Number(m.metaspace))} + overhead ${size(Number(m.overhead))}`;
  }
  if (/memory/.test(g) && tmMemory.status === 'failed') return tmMemory.failure.message;
  if (/cpu/.test(g) && g.includes('taskManager')) return `${q(p.taskManager.cpu.value)} CPU per TaskManager (${p.taskManager.cpu.reason})`;
  if (/cpu/.test(g) && g.includes('jobManager')) return `${q(p.jobManager.cpu.value)} CPU per JobManager`;
  if (g === 'spec.jobManager.replicas') return `${q(p.jobManager.count.value)} JobManager pods`;
  if (key.startsWith('job.autoscaler') && p.autoscaler) return `parallelism ${q(p.autoscaler.minParallelism)}–${q(p.autoscaler.maxParallelism)}, ${q(p.autoscaler.taskManagers.min)}–${q(p.autoscaler.taskManagers.max)} TaskManagers`;
  return undefined;
}
