/**
 * state-directories: `last-state` and `savepoint` upgrades need a checkpoint directory; savepoint
 * upgrades, manual savepoints, periodic savepoints and the max checkpoint age need a savepoint
 * directory (§4.1 V-9..V-13; session jobs see the session cluster's configuration, §4.2 S-12).
 */

import { Span } from '../text/span';
import { atLeast, clusterUnknown, jobOf, ownEntry, validatorConfig, valueOf } from './helpers';
import { CHECKPOINT_DIR, isSet, preferredKey, SAVEPOINT_DIR } from './flink-keys';
import { Report, ResourceContext, ResourceRule } from './types';

export const stateDirectories: ResourceRule = {
  id: 'state-directories',
  severity: 'error',
  doc: {
    summary: 'A stateful upgrade mode or savepoint feature without its checkpoint or savepoint directory.',
    why: 'The operator rejects last-state/savepoint modes without a checkpoint directory and savepoint features without a savepoint directory.',
    before: 'job:\n  upgradeMode: savepoint',
    after: 'flinkConfiguration:\n  execution.checkpointing.dir: s3://bucket/checkpoints\n  execution.checkpointing.savepoint-dir: s3://bucket/savepoints\njob:\n  upgradeMode: savepoint',
  },
  check(ctx: ResourceContext): Report[] {
    const job = jobOf(ctx.resource.spec);
    if (!job || clusterUnknown(ctx)) return [];
    const config = validatorConfig(ctx);
    const mode = valueOf(job.upgradeMode);
    const upgradeMode = mode ? String(mode.value) : 'stateless';
    const reports: Report[] = [];
    const checkpointKey = preferredKey(ctx, CHECKPOINT_DIR);
    const savepointKey = preferredKey(ctx, SAVEPOINT_DIR);
    if (mode && upgradeMode !== 'stateless' && isSet(config, CHECKPOINT_DIR) === false) {
      reports.push({ message: `upgradeMode ${upgradeMode} needs a checkpoint directory: set ${checkpointKey} in flinkConfiguration.`, span: mode.span, absent: configPaths(CHECKPOINT_DIR) });
    }
    if (isSet(config, SAVEPOINT_DIR) !== false) return reports;
    const needSavepoints = (span: Span | undefined, what: string) => span && reports.push({ message: `${what} needs a savepoint directory: set ${savepointKey} in flinkConfiguration.`, span, absent: configPaths(SAVEPOINT_DIR) });
    if (upgradeMode === 'savepoint') needSavepoints(mode?.span, 'upgradeMode savepoint');
    const nonce = valueOf(job.fields.get('savepointTriggerNonce'));
    if (nonce) needSavepoints(nonce.span, 'A manual savepoint (savepointTriggerNonce)');
    const periodic = ownEntry(ctx, 'kubernetes.operator.periodic.savepoint.interval');
    if (periodic) needSavepoints(periodic.keySpan, 'Periodic savepoints');
    const maxAge = ownEntry(ctx, 'kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age');
    if (maxAge && atLeast(ctx, '1.5')) needSavepoints(maxAge.keySpan, 'The maximum checkpoint age');
    return reports;
  },
};

/** The keys as paths below the resource, as a finding about their absence names them. */
function configPaths(keys: readonly string[]): string[] {
  return keys.map((k) => `spec.flinkConfiguration.${k}`);
}
