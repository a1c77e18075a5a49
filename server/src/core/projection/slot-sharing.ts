/**
 * Slots a job needs (flink-semantics.md §3.1): the sum over slot sharing groups of the group's
 * largest parallelism. Without a job-graph hint there is one group running at P.
 */

import { GroupHint, JobGraphHint } from '../model/hint';
import { Derived, derived, notKnown } from './derived';
import { SlotSharingGroup } from './types';

/**
 * `override` is the largest `pipeline.jobvertex-parallelism-overrides` value outside standalone
 * mode: that vertex runs above P, so its group needs that many slots (§2.3). Without a hint
 * the job has one group; with a hint we cannot tell which group the vertex is in.
 */
export function slotsNeeded(hint: JobGraphHint, parallelism: Derived<number>, override?: Derived<number>): { groups: SlotSharingGroup[]; slotsNeeded: Derived<number> } {
  const p0 = parallelism.value;
  if (override && (override.value === null || (p0 !== null && override.value > p0))) {
    if (override.value === null || hint.groups) {
      const reason = override.value === null ? override.reason : `a vertex override of ${override.value} lies in one of the hinted slot sharing groups, which one is unknown`;
      return { groups: [], slotsNeeded: notKnown(reason, override.span) };
    }
    return { groups: [{ label: 'default', slots: override.value }], slotsNeeded: derived(override.value, `one slot sharing group; a vertex runs at ${override.reason} (${override.value})`, override.span) };
  }
  const hints: readonly GroupHint[] = hint.groups ?? [{ kind: 'default' }];
  const p = parallelism.value;
  const groups = hints.map((g) => ({ label: label(g), slots: groupSlots(g, p) }));
  if (groups.some((g) => g.slots === null)) return { groups, slotsNeeded: notKnown(`parallelism: ${parallelism.reason}`, parallelism.span) };
  const total = groups.reduce((sum, g) => sum + (g.slots ?? 0), 0);
  const reason = hint.groups
    ? `sum over the ${groups.length} slot sharing groups of the job-graph hint (${groups.map((g) => g.slots).join(' + ')})`
    : `one slot sharing group at parallelism ${p}`;
  return { groups, slotsNeeded: derived(total, reason, hint.span) };
}

function groupSlots(group: GroupHint, p: number | null): number | null {
  if (group.kind === 'exactly') return group.parallelism;
  if (p === null) return null;
  return group.kind === 'at-least' ? Math.max(group.parallelism, p) : p;
}

function label(group: GroupHint): string {
  if (group.kind === 'default') return 'default';
  return group.kind === 'exactly' ? `=${group.parallelism}` : `${group.parallelism}`;
}
