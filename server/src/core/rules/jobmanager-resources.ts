/** jobmanager-resources: a JobManager below 1 CPU or 2 GiB, which struggles with checkpoints and the REST API. */

import { cpu as formatCpu, size } from '../format/numbers';
import { roleOf } from './helpers';
import { memoryFields } from './memory-fields';
import { Report, ResourceContext, ResourceRule } from './types';

const GIB = 2 ** 30;

export const jobmanagerResources: ResourceRule = {
  id: 'jobmanager-resources',
  severity: 'info',
  doc: {
    summary: 'A JobManager with less than 1 CPU or 2 GiB of memory.',
    why: 'The JobManager coordinates checkpoints, the scheduler and the REST API; small JobManagers slow or time out under load.',
    before: 'jobManager:\n  resource: { cpu: 0.5, memory: 1024m }',
    after: 'jobManager:\n  resource: { cpu: 1, memory: 2048m }',
  },
  check(ctx: ResourceContext): Report[] {
    const p = ctx.projection;
    if (!p || ctx.resource.kind === 'FlinkSessionJob' || !p.jobManager.count.value) return [];
    const cpu = p.jobManager.cpu.value;
    const memory = p.jobManager.memoryRequestBytes.value;
    const low = [cpu !== null && cpu < 1 ? formatCpu(cpu) : undefined, memory !== null && memory < 2 * GIB ? size(memory) : undefined].filter(Boolean);
    if (low.length === 0) return [];
    const role = roleOf(ctx.resource.spec, 'jobManager');
    const span = memoryFields(role)[0]?.field.span ?? role?.keySpan ?? ctx.resource.kindSpan;
    return [{ message: `The JobManager has ${low.join(' and ')}; 1 CPU and 2 GiB are a sensible minimum for production jobs.`, span }];
  },
};
