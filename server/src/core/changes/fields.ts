/**
 * The operator's diffs turned into field changes for people: one per leaf path, placed where it
 * is written, with what it does and how loudly to say it.
 */

import { Span } from '../text/span';
import { Action } from './action-types';
import { OperatorDiff } from './classify';
import { JobKind } from './facts';
import { ignoreEffect } from './ignore-effects';
import { Tristate } from '../rules/flink-keys';
import { Path, pathKey, Spans } from './tree';
import { ChangeClass, FieldChange, Json, Opaque } from './types';

export interface FieldContext {
  readonly changeClass: ChangeClass;
  readonly action: Action;
  readonly jobKind: JobKind;
  /** The autoscaler is on for the reconcile that sees the change (autoscaler-on.ts). */
  readonly autoscaler: Tristate;
  /** The running job's state is thrown away by this change. */
  readonly losesState: boolean;
  readonly rejection?: string;
  readonly spans: Spans;
  readonly baseSpans: Spans;
  readonly offset: number;
  readonly baseOffset: number;
  /** Where to point when nothing of the path is written any more (the resource's kind). */
  readonly fallback?: Span;
  readonly baseFallback?: Span;
}

const TYPE_WORDS = { scale: 'a rescale', upgrade: 'an upgrade', 'savepoint-redeploy': 'a savepoint redeploy' } as const;

export function fieldChanges(diffs: readonly OperatorDiff[], ctx: FieldContext): FieldChange[] {
  return diffs.flatMap((diff) => diff.leaves.map((leaf) => {
    const { effect, severity } = describe(diff, ctx);
    return {
      path: displayPath(leaf.path),
      diffField: diff.field,
      type: diff.type,
      before: leaf.before,
      after: leaf.after,
      span: shift(locate(ctx.spans, leaf.path) ?? ctx.fallback, ctx.offset),
      baseSpan: shift(locate(ctx.baseSpans, leaf.path) ?? ctx.baseFallback, ctx.baseOffset),
      effect,
      severity,
    };
  }));
}

function describe(diff: OperatorDiff, ctx: FieldContext): { effect: string; severity: 'warning' | 'info' } {
  if (ctx.rejection) return { effect: `the operator rejects the change: ${ctx.rejection}`, severity: 'warning' };
  if (diff.type === 'ignore') {
    const restart = ctx.changeClass === 'savepoint-redeploy' ? 'redeploy' : ctx.action.state === 'kept' || ctx.action.state === 'none' ? 'none' : 'restart';
    const e = ignoreEffect(diff, ctx, restart);
    return { effect: e.text, severity: e.nothing ? 'warning' : 'info' };
  }
  return { effect: `${TYPE_WORDS[diff.type]}: the operator ${ctx.action.action}`, severity: ctx.losesState ? 'warning' : 'info' };
}

/** The value's span, or the key of the nearest ancestor still written there. */
function locate(spans: Spans, path: Path): Span | undefined {
  for (let n = path.length; n > 0; n--) {
    const at = spans.get(pathKey(path.slice(0, n)));
    if (at) return n === path.length ? at.value : at.key ?? at.value;
  }
  return undefined;
}

function shift(span: Span | undefined, offset: number): Span | undefined {
  return span && { start: span.start + offset, end: span.end + offset };
}

export function displayPath(path: Path): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[');
}

/** "spec.image changed from a to b: an upgrade: …" */
export function fieldMessage(f: FieldChange): string {
  const change = f.before === undefined ? `added (${show(f.after)})` : f.after === undefined ? `removed (was ${show(f.before)})` : `changed from ${show(f.before)} to ${show(f.after)}`;
  return `${f.path} ${change}: ${f.effect}.`;
}

export function show(v: Json | undefined): string {
  if (v === undefined || v === null) return 'null';
  if (v instanceof Opaque) return v.text || '(template)';
  const text = typeof v === 'object' ? JSON.stringify(v, (_k, x) => (x instanceof Opaque ? x.text : x)) : String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
