/** A ResourceChange from what was decided, with spans in each side's whole text. */

import { nameOf, namespaceOf } from '../projection/links';
import { Action } from './action-types';
import { SideResource } from './facts';
import { summarise } from './projection-delta';
import { ChangeClass, ChangeFinding, ResourceChange } from './types';

export function shifted(span: { start: number; end: number }, offset: number) {
  return { start: span.start + offset, end: span.end + offset };
}

export function result(before: SideResource | undefined, after: SideResource | undefined, changeClass: ChangeClass, action: Action, fields: ResourceChange['fields'], findings: ChangeFinding[], losesState: boolean): ResourceChange {
  const r = (after ?? before) as SideResource;
  return {
    kind: r.resource.kind, namespace: namespaceOf(r.resource), name: nameOf(r.resource),
    class: changeClass, headline: action.headline, action: action.action, conditions: action.conditions, state: action.state, losesState,
    fields, findings,
    projection: { before: summarise(before?.projection), after: summarise(after?.projection) },
    span: after && shifted({ start: after.resource.start, end: after.resource.span.end }, after.offset),
    baseSpan: before && shifted({ start: before.resource.start, end: before.resource.span.end }, before.offset),
    file: after?.file, baseFile: before?.file,
  };
}
