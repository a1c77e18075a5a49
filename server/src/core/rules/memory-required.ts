/**
 * memory-required: JobManager and TaskManager memory must be given in the spec or be derivable
 * from flinkConfiguration (§4.1 V-16, V-21; §5.3).
 */

import { fixes, ownEntry, setFix, specPath } from './helpers';
import { Report, ResourceContext, ResourceRule } from './types';

const LEGACY_TM_KEYS = ['taskmanager.heap.size', 'taskmanager.heap.mb'];

export const memoryRequired: ResourceRule = {
  id: 'memory-required',
  severity: 'error',
  doc: {
    summary: 'JobManager or TaskManager memory is not given anywhere.',
    why: 'Without spec memory the operator runs Flink\'s memory model on flinkConfiguration and rejects the resource unless it works out.',
    before: 'taskManager:\n  replicas: 2',
    after: 'taskManager:\n  replicas: 2\n  resource:\n    memory: 4096m',
  },
  check(ctx: ResourceContext): Report[] {
    if (ctx.resource.kind !== 'FlinkDeployment' && ctx.resource.kind !== 'FlinkBlueGreenDeployment') return [];
    const spec = ctx.resource.spec;
    const p = ctx.projection;
    if (!spec || spec.view.open || !p) return [];
    return (['jobManager', 'taskManager'] as const).flatMap((name) => {
      const memory = p[name].memory;
      if (memory.status !== 'failed' || memory.failure.stage !== 'validator') return [];
      const role = spec[name];
      const path = role && !('kind' in role) && role.resources && !('kind' in role.resources) ? ['resources', 'requests', 'memory'] : ['resource', 'memory'];
      const fix = fixes(setFix(ctx, specPath(ctx, name, ...path), '2048m', `Set ${name} memory to 2048m`, true));
      const span = role?.keySpan ?? spec.view.get('flinkVersion')?.keySpan ?? ctx.resource.kindSpan;
      const legacy = name === 'taskManager' ? LEGACY_TM_KEYS.map((k) => ownEntry(ctx, k)).find((e) => e !== undefined) : undefined;
      if (legacy) {
        return [{ message: `${legacy.key} does not size the TaskManager for the operator: its validator only reads spec memory and the memory options of Flink 1.10 and later, so it rejects the resource ("${memory.failure.flinkMessage}"). Set spec.${name}.${path.join('.')} instead.`, span: legacy.keySpan, fixes: fix }];
      }
      if (/^No memory size is given/.test(memory.failure.message)) {
        // A misspelt or misplaced role or resource key (reported by another rule) is what is "absent" here.
        const absent = [specPath(ctx, name).join('.'), specPath(ctx, name, 'resource').join('.'), specPath(ctx, name, 'resources').join('.'), specPath(ctx, name, ...path).join('.')];
        return [{ message: `${name} memory is not defined: set spec.${name}.${path.join('.')} (the pod's total process memory) or a Flink memory size in flinkConfiguration.`, span, absent, fixes: fix }];
      }
      return [{ message: `${name} memory is not in the spec and the memory options in flinkConfiguration do not work out, so the operator rejects the resource ("${memory.failure.flinkMessage}"): ${memory.failure.message}`, span, fixes: fix }];
    });
  },
};
