/**
 * A role's memory written as a bare number below 1 MiB (`memory: "100"`). The operator reads it
 * with Flink's syntax first, where no unit means bytes (flink-semantics.md §5.1): the validator
 * accepts it, and Flink's memory derivation then fails at deploy time (§4.5). So the finding is
 * an error whenever the projection fails, and the fix offered is one the projection accepts:
 * the MiB reading the user probably meant, or, when even that is too small, the smallest
 * working size.
 */

import { replaceScalar } from '../edits/yaml-edit';
import { Projection } from '../projection/types';
import { Span } from '../text/span';
import { CONSEQUENCE, smallestWorkingMemory } from './memory-config-invalid';
import { MemoryField } from './memory-fields';
import { validated } from './validated-fix';
import { Fix, Report, ResourceContext } from './types';

type Role = 'jobManager' | 'taskManager';

export function bareBytes(ctx: ResourceContext, role: Role, { field, path }: MemoryField, invalidates: Span): Report {
  const text = field.text.trim();
  // The deprecated resource.memory is a string in the CRD: a bare number is also rejected on apply.
  const rejected = typeof field.value === 'number' && path[0] === 'resource';
  const memory = ctx.projection?.[role].memory;
  const fails = memory?.status === 'failed' && memory.failure.stage !== 'validator' ? memory.failure.stage : undefined;
  const accepted = (p: Projection) => p[role].memory.status === 'ok';
  const mib = `${text}Mi`;
  const change = (to: string): Fix => ({ title: `Change to ${to}`, edits: [replaceScalar(ctx.text, field.span, to)], preferred: true });
  // Without a projection (a template decides something) the fix cannot be checked; offer the MiB reading.
  const meant = memory === undefined || memory.status === 'unknown' ? change(mib) : validated(ctx, change(mib), accepted);
  const enough = meant ? undefined : smallestWorkingMemory(ctx, role, mib, path);
  const advice = meant ? `Did you mean ${mib}?` : enough ? `Even ${mib} would fail; ${enough.size} works.` : `Write a size with a unit, such as ${mib}.`;
  const who = role === 'jobManager' ? 'JobManager' : 'TaskManager';
  const message = rejected
    ? `${text} is a number, which the API server rejects here, and as text it would mean ${text} bytes. ${advice}`
    : fails
      ? `"${text}" is ${text} bytes (a number without a unit counts bytes), far too little for the ${who}, so ${CONSEQUENCE[fails][0]}. ${advice}`
      : `"${text}" is ${text} bytes: a number without a unit counts bytes. ${advice}`;
  const fix = meant ?? (enough ? { ...enough.fix, preferred: true } : undefined);
  return { message, span: field.span, severity: rejected || fails ? 'error' : undefined, invalidates, fixes: fix ? [fix] : [] };
}

