/**
 * The operator releases whose change handling is modelled (spec-changes.md §6): 1.1, which
 * compares whole specs (any change is an upgrade), and 1.2 to 1.16, which classify each field.
 * A newer target gets 1.16's answer, saying so on every change; an older or unreadable one gets
 * no prediction at all, since a wrong "no restart" is worse than none.
 */

import { DEFAULT_OPERATOR_VERSION } from '../versions/operator-support';
import { compareVersions } from '../versions/names';

export const FIRST_MODELLED = '1.1';
export const LAST_MODELLED = DEFAULT_OPERATOR_VERSION;

export type Coverage =
  | { readonly kind: 'modelled' }
  /** Predicted as LAST_MODELLED; `note` goes first in every change's conditions. */
  | { readonly kind: 'newer'; readonly note: string }
  /** Not predicted: `note` says why. */
  | { readonly kind: 'unmodelled'; readonly note: string };

const RANGE = `change impact is modelled for operator ${FIRST_MODELLED} to ${LAST_MODELLED}`;

export function changeCoverage(operatorVersion: string): Coverage {
  const release = /^(\d+)\.(\d+)(?:\.\d+)?$/.exec(operatorVersion);
  if (!release) return { kind: 'unmodelled', note: `${RANGE}; "${operatorVersion}" is not an operator release such as ${LAST_MODELLED}` };
  const line = `${Number(release[1])}.${Number(release[2])}`;
  if (compareVersions(line, FIRST_MODELLED) < 0) return { kind: 'unmodelled', note: `${RANGE}; operator ${operatorVersion} is older` };
  if (compareVersions(line, LAST_MODELLED) > 0) return { kind: 'newer', note: `operator ${operatorVersion} is newer than ${LAST_MODELLED}, the newest release modelled: this is what ${LAST_MODELLED} does, and ${operatorVersion} may differ` };
  return { kind: 'modelled' };
}
