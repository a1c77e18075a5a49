/**
 * The flinkVersion values each operator release accepts (flink-semantics.md §1.11, §0.1): its CRD
 * enum, from which the API server rejects a newer value; the versions the operator itself no
 * longer supports (v1_13 and v1_14 from 1.7); and those it deprecates (from 1.13). The
 * flink-version rule, flinkVersion value completion and the resource snippets all read them here.
 */

import { operatorAtLeast } from './names';

/** The newest operator release modelled: the target wherever none is given (settings, CLI, analysis). */
export const DEFAULT_OPERATOR_VERSION = '1.16';

/** The operator release that added each flinkVersion value to the CRD enum, oldest value first. */
export const ADDED_IN: Readonly<Record<string, string>> = {
  v1_13: '1.0', v1_14: '1.0', v1_15: '1.0', v1_16: '1.3', v1_17: '1.4', v1_18: '1.6', v1_19: '1.7', v1_20: '1.10',
  v2_0: '1.11', v2_1: '1.13', v2_2: '1.13', v2_3: '1.16', v2_4: '1.16',
};

const DEPRECATED = ['v1_15', 'v1_16', 'v1_17', 'v1_18'];

/** The values in the operator's CRD enum, oldest first. */
export function crdFlinkVersions(operatorVersion: string): string[] {
  return Object.keys(ADDED_IN).filter((v) => operatorAtLeast(operatorVersion, ADDED_IN[v] ?? '99'));
}

/** Values the CRD has but the operator refuses to run (§4.1 V-3). */
export function unsupportedByOperator(version: string, operatorVersion: string): boolean {
  return operatorAtLeast(operatorVersion, '1.7') && (version === 'v1_13' || version === 'v1_14');
}

/** The values the operator accepts and runs, oldest first. */
export function supportedFlinkVersions(operatorVersion: string): string[] {
  return crdFlinkVersions(operatorVersion).filter((v) => !unsupportedByOperator(v, operatorVersion));
}

/** Accepted, but deprecated by the operator (it logs so and will drop them). */
export function deprecatedFlinkVersion(version: string, operatorVersion: string): boolean {
  return DEPRECATED.includes(version) && operatorAtLeast(operatorVersion, '1.13');
}

/** What we propose when nothing says otherwise: 1.20, the long-term release, else the newest accepted. */
export function proposedFlinkVersion(operatorVersion: string): string {
  const known = supportedFlinkVersions(operatorVersion);
  return known.includes('v1_20') ? 'v1_20' : known[known.length - 1] ?? 'v1_20';
}
