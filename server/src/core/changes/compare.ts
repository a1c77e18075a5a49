/**
 * The entry point: two sides (the base, e.g. git HEAD, and the current text), each a list of
 * analysed resources, in; one ResourceChange per resource that changed or exists on one side
 * only out. Pure and offset-based like the rest of the core.
 */

import { Action, action as makeAction } from './action-types';
import { specDiff } from './classify';
import { autoscalerOn } from './autoscaler-on';
import { observeFacts } from './observe-config';
import { changeCoverage, LAST_MODELLED } from './coverage';
import { decide } from './decide';
import { Facts, factsOf, SideResource } from './facts';
import { changeFindings } from './findings';
import { fieldChanges } from './fields';
import { matchResources } from './match';
import { oneSided } from './one-sided';
import { result } from './result';
import { specChangeRejection } from './rejections';
import { specJson, SpecJson } from './spec-json';
import { ChangeClass, ChangeOptions, maxDiff, ResourceChange } from './types';
import { FlinkResource } from '../model/types';
import { diffRules, DiffRules, Mode } from './diff-rules';

export interface Sides {
  readonly before: readonly SideResource[];
  readonly after: readonly SideResource[];
  /** A validator error the current text already has for this resource (from the rules), if any. */
  readonly currentError?: (r: SideResource) => string | undefined;
  /** Resources of other files (an editor's workspace) where a session job may find its cluster. */
  readonly context?: readonly SideResource[];
  /** Specs already read, kept by a caller that compares the same resources again (an editor's base). */
  readonly specs?: WeakMap<FlinkResource, SpecJson>;
}

export function compareSides(sides: Sides, options: ChangeOptions): ResourceChange[] {
  const coverage = changeCoverage(options.operatorVersion);
  if (coverage.kind === 'unmodelled') return [];
  const rules = diffRules(coverage.kind === 'newer' ? LAST_MODELLED : options.operatorVersion);
  const specs = sides.specs ?? new WeakMap<FlinkResource, SpecJson>();
  const spec = (r: SideResource) => specs.get(r.resource) ?? specs.set(r.resource, specJson(r.resource, rules)).get(r.resource) as SpecJson;
  const sameSpec = (a: SideResource, b: SideResource) => sameSource(a, b) || specDiff({ kind: a.resource.kind, before: spec(a), after: spec(b), mode: 'native', rules }).length === 0;
  const out: ResourceChange[] = [];
  for (const pair of matchResources(sides.before, sides.after, sameSpec)) {
    if (pair.before && pair.after && sameSource(pair.before, pair.after)) continue;
    const change = pair.before && pair.after ? compared(pair.before, pair.after, sides, spec, rules, options) : oneSided(pair, [...(pair.after ? sides.after : sides.before), ...(sides.context ?? [])], spec, options);
    if (change && change.class !== 'none') out.push(coverage.kind === 'newer' ? { ...change, conditions: [coverage.note, ...change.conditions] } : change);
  }
  return out;
}

function compared(before: SideResource, after: SideResource, sides: Sides, spec: (r: SideResource) => SpecJson, rules: DiffRules, options: ChangeOptions): ResourceChange {
  const base = factsOf(before, [...sides.before, ...(sides.context ?? [])], options);
  const current = factsOf(after, [...sides.after, ...(sides.context ?? [])], options);
  const mode: Mode = current.mode ?? 'native';
  const [a, b] = [spec(before), spec(after)];
  const diffs = specDiff({ kind: after.resource.kind, before: a, after: b, mode, rules });
  const type = maxDiff(diffs.map((d) => d.type));
  const rejection = diffs.length ? rejectionOf(after, a, b, base, current, sides, rules, options) : undefined;
  const sessionJobs = after.projection?.sessionJobs?.map((j) => j.name) ?? [];
  // The operator stops, cancels and rescales the running job with its observe configuration.
  const observed = observeFacts(base, current, b);
  const autoscaler = autoscalerOn(observed, current);
  const decided = rejection ? rejected(rejection) : decide({ before: a, after: b, base: observed, current, diffs, type, rules, sessionJobs, autoscaler });
  const changeClass: ChangeClass = diffs.length === 0 ? 'none' : rejection ? 'rejected' : type;
  const action = withModeNote(decided, current, after);
  const losesState = !rejection && action.losesState;
  const fields = fieldChanges(diffs, {
    changeClass, action, jobKind: current.jobKind, autoscaler, losesState, rejection,
    spans: b.spans, baseSpans: a.spans, offset: after.offset, baseOffset: before.offset, fallback: after.resource.kindSpan, baseFallback: before.resource.kindSpan,
  });
  const findings = rejection ? [] : changeFindings({ diffs, base: observed, current, action, after: b, autoscaler, beforeProjection: before.projection, afterProjection: after.projection, offset: after.offset });
  return result(before, after, changeClass, action, fields, findings, losesState);
}

/** The same YAML text on both sides cannot differ in what the operator reads (the cheap common case). */
function sameSource(a: SideResource, b: SideResource): boolean {
  if (a.text === undefined || b.text === undefined) return false;
  const { span: x } = a.resource;
  const { span: y } = b.resource;
  return x.end - x.start === y.end - y.start && a.text.slice(x.start, x.end) === b.text.slice(y.start, y.end);
}

function rejectionOf(after: SideResource, a: SpecJson, b: SpecJson, base: Facts, current: Facts, sides: Sides, rules: DiffRules, options: ChangeOptions): string | undefined {
  const specChange = specChangeRejection(after.resource.kind, a, b, base, current, rules, options.operatorVersion);
  if (specChange?.field === 'flinkVersion') return specChange.message;
  return sides.currentError?.(after) ?? specChange?.message;
}

function rejected(message: string): Action {
  return makeAction('rejected by the operator', `rejects the change ("${message}"); the running job keeps its last accepted spec`, 'kept');
}

/** A session job whose cluster is not among the inputs: the mode decides scale vs upgrade. */
function withModeNote(a: Action, current: Facts, after: SideResource): Action {
  if (current.mode !== undefined) return a;
  const why = after.resource.kind === 'FlinkSessionJob' && !current.clusterFound ? `session cluster ${current.sessionCluster || '(unnamed)'} is not among the files` : 'spec.mode is set by a template';
  return { ...a, conditions: [...a.conditions, `assumes native mode: ${why}`] };
}
