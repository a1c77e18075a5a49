/**
 * The job-graph hint: `# flink-k8s: slot-sharing-groups=G1,G2,...` in a comment of the resource.
 * The YAML cannot say how many slot sharing groups the program has or which operators call
 * setParallelism, yet that decides the slot count (flink-semantics.md §3.1). Each group is
 * `default` (runs at the default parallelism P), `N` (one operator at N, so max(N, P) slots) or
 * `=N` (every operator at exactly N).
 */

import { Span } from '../text/span';

export type GroupHint =
  | { readonly kind: 'default' }
  | { readonly kind: 'at-least'; readonly parallelism: number }
  | { readonly kind: 'exactly'; readonly parallelism: number };

export interface JobGraphHint {
  /** Undefined when there is no valid hint: one group running at P. */
  readonly groups?: readonly GroupHint[];
  readonly span?: Span;
  readonly problems: ReadonlyArray<{ message: string; span: Span }>;
}

const HINT = /(^|[ \t])#[ \t]*flink-k8s:[ \t]*([^\r\n]*)/gm;
const MAX_GROUPS = 1000;

export function findHint(text: string, region: Span): JobGraphHint {
  // Every hint names `flink-k8s:`; most resources have none, and need no slice nor regex.
  const first = text.indexOf('flink-k8s:', region.start);
  if (first < 0 || first >= region.end) return { problems: [] };
  const slice = text.slice(region.start, region.end);
  const problems: Array<{ message: string; span: Span }> = [];
  let result: { groups: GroupHint[]; span: Span } | undefined;
  for (const match of slice.matchAll(HINT)) {
    const start = region.start + (match.index ?? 0) + (match[1]?.length ?? 0);
    const span = { start, end: region.start + (match.index ?? 0) + match[0].length };
    const parsed = parseHint((match[2] ?? '').trim());
    if (typeof parsed === 'string') problems.push({ message: `Job-graph hint ignored: ${parsed}`, span });
    else if (result) problems.push({ message: 'Only the first job-graph hint of a resource is used; this one is ignored.', span });
    else result = { groups: parsed, span };
  }
  return result ? { ...result, problems } : { problems };
}

/** Returns the groups, or a message saying what is wrong. */
export function parseHint(body: string): GroupHint[] | string {
  const m = /^slot-sharing-groups[ \t]*=[ \t]*(.*)$/.exec(body);
  if (!m) return `expected "slot-sharing-groups=G1,G2,..." but found "${body}"`;
  const items = (m[1] ?? '').split(',').map((s) => s.trim());
  if (items.length > MAX_GROUPS) return `more than ${MAX_GROUPS} slot sharing groups`;
  const groups: GroupHint[] = [];
  for (const item of items) {
    const group = parseGroup(item);
    if (typeof group === 'string') return group;
    groups.push(group);
  }
  return groups;
}

function parseGroup(item: string): GroupHint | string {
  if (item === 'default') return { kind: 'default' };
  const m = /^(=?)[ \t]*(\d{1,6})$/.exec(item);
  const n = m ? Number(m[2]) : NaN;
  if (!m || n < 1) {
    return `"${item}" is not a group; use "default", a parallelism such as 4, or "=4" for a group that runs entirely at 4`;
  }
  return m[1] === '=' ? { kind: 'exactly', parallelism: n } : { kind: 'at-least', parallelism: n };
}
