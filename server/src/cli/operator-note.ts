/**
 * report, check and config model operator releases 1.13 to the newest one; a target outside that
 * range is still answered, with a note on stderr: a CI user who typed 1.71 for 1.17, or pinned an old
 * release, must not be told nothing.
 */

import { compareVersions } from '../core/versions/names';
import { DEFAULT_OPERATOR_VERSION } from '../core/versions/operator-support';

export const OLDEST_MODELLED_OPERATOR = '1.13';

export function operatorVersionNote(version: string): string | undefined {
  if (compareVersions(version, DEFAULT_OPERATOR_VERSION) > 0 && !version.startsWith(`${DEFAULT_OPERATOR_VERSION}.`)) {
    return `operator ${version} is newer than the releases modelled (${OLDEST_MODELLED_OPERATOR} to ${DEFAULT_OPERATOR_VERSION}); the findings are what ${DEFAULT_OPERATOR_VERSION} does, and ${version} may differ`;
  }
  if (compareVersions(version, OLDEST_MODELLED_OPERATOR) < 0) {
    return `operator ${version} is older than the releases modelled (${OLDEST_MODELLED_OPERATOR} to ${DEFAULT_OPERATOR_VERSION}); findings may miss or misjudge what it does differently`;
  }
  return undefined;
}
