/**
 * A resource on one side only: created or deleted, and a note when a deleted and a created one
 * look like a rename (Kubernetes sees no rename: the old job stops, the new one starts fresh).
 */

import { nameOf } from '../projection/links';
import { factsOf, SideResource } from './facts';
import { created, deleted } from './lifecycle';
import { Pair } from './match';
import { result, shifted } from './result';
import { SpecJson } from './spec-json';
import { ChangeFinding, ChangeOptions, ResourceChange } from './types';

/** `all`: the side's resources (and the workspace's), where a session job finds its cluster. */
export function oneSided(pair: Pair, all: readonly SideResource[], spec: (r: SideResource) => SpecJson, options: ChangeOptions): ResourceChange | undefined {
  const side = pair.after ?? pair.before;
  if (!side) return undefined;
  const isNew = !!pair.after;
  const facts = factsOf(side, all, options);
  const action = isNew ? created(facts, spec(side)) : deleted(facts);
  const findings: ChangeFinding[] = [];
  if (pair.renamed) {
    const other = `${pair.renamed.resource.kind} ${nameOf(pair.renamed.resource) || '(unnamed)'}`;
    const message = isNew
      ? `This looks like a rename of ${other}: Kubernetes sees a new resource, so ${other} is deleted (its job stops) and this one starts without its state.`
      : `This looks renamed to ${other}: Kubernetes deletes this resource (its job stops) and creates ${other} without its state.`;
    findings.push({ severity: 'warning', message, span: isNew ? shifted(side.resource.name?.span ?? side.resource.kindSpan, side.offset) : undefined });
  }
  return isNew ? result(undefined, side, 'create', action, [], findings, false) : result(side, undefined, 'delete', action, [], findings, action.losesState);
}
