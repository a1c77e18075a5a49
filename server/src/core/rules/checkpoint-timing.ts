/**
 * checkpoint-timing: checkpoint settings that Flink rejects (interval or timeout below 10 ms,
 * max-concurrent below 1) or that do not make sense together (§8.2). A negative pause (also
 * rejected) cannot be written: Flink's duration syntax has no sign, and config-value-type reports it.
 */

import { parseDuration } from '../units/duration';
import { clusterUnknown, jobOf, ownEntry, validatorConfig, valueOf } from './helpers';
import { EffectiveConfig } from '../projection/effective-config';
import { Span } from '../text/span';
import { Tristate } from './flink-keys';
import { Report, ResourceContext, ResourceRule } from './types';

const K = 'execution.checkpointing.';

export const checkpointTiming: ResourceRule = {
  id: 'checkpoint-timing',
  severity: 'warning',
  doc: {
    summary: 'Checkpoint interval, timeout, pause or concurrency settings that fail or work against each other.',
    why: 'Flink rejects intervals and timeouts below 10 ms and fewer than one concurrent checkpoint; a timeout shorter than the interval or a savepoint upgrade mode without checkpointing are usually mistakes.',
    before: 'execution.checkpointing.interval: 10 min\nexecution.checkpointing.timeout: 1 min',
    after: 'execution.checkpointing.interval: 10 min\nexecution.checkpointing.timeout: 10 min',
  },
  check(ctx: ResourceContext): Report[] {
    if (!jobOf(ctx.resource.spec) || clusterUnknown(ctx)) return [];
    const config = validatorConfig(ctx);
    const interval = duration(config, `${K}interval`);
    const timeout = duration(config, `${K}timeout`);
    const pause = duration(config, `${K}min-pause`);
    const reports: Report[] = [];
    if (interval?.span && interval.ms < 10) reports.push({ message: `The checkpoint interval must be at least 10 ms; Flink rejects ${interval.text}.`, span: interval.span, severity: 'error' });
    if (timeout?.span && timeout.ms < 10) reports.push({ message: `The checkpoint timeout must be at least 10 ms; Flink rejects ${timeout.text}.`, span: timeout.span, severity: 'error' });
    const concurrent = config.get(`${K}max-concurrent-checkpoints`);
    const entry = ctx.resource.spec?.flinkConfiguration.entries.get(`${K}max-concurrent-checkpoints`);
    if (concurrent.kind === 'set' && entry && Number(concurrent.value) < 1) reports.push({ message: 'max-concurrent-checkpoints must be at least 1.', span: entry.valueSpan, severity: 'error' });
    if (interval && timeout?.span && timeout.ms >= 10 && timeout.ms < interval.ms) {
      reports.push({ message: `The checkpoint timeout (${timeout.text}) is shorter than the interval (${interval.text}): a slow checkpoint is aborted long before the next one starts.`, span: timeout.span });
    }
    if (interval && pause?.span && pause.ms >= interval.ms) reports.push({ message: `The minimum pause (${pause.text}) is not shorter than the interval (${interval.text}), so checkpoints run less often than the interval says.`, span: pause.span, severity: 'info' });
    const mode = valueOf(jobOf(ctx.resource.spec)?.upgradeMode);
    if (mode?.value === 'savepoint' && !interval && config.get(`${K}interval`).kind === 'unset') {
      reports.push({ message: 'upgradeMode savepoint gets no default checkpoint interval (only last-state does), so checkpointing stays off; set execution.checkpointing.interval.', span: mode.span, severity: 'info' });
    }
    reports.push(...stuckLastStateUpgrade(ctx, config, interval));
    return reports;
  },
};

const MAX_AGE = 'kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age';

/**
 * FLINK-41283 (open operator bug, §0.1): last-state upgrades with checkpointing turned off
 * (an interval of 0; without one the operator defaults it to 5 min) and a max checkpoint age set
 * get stuck instead of falling back to a savepoint.
 */
function stuckLastStateUpgrade(ctx: ResourceContext, config: EffectiveConfig, interval: ReturnType<typeof duration>): Report[] {
  const mode = valueOf(jobOf(ctx.resource.spec)?.upgradeMode);
  if (mode?.value !== 'last-state' || !interval || intervalOn(interval)) return [];
  const maxAge = config.get(MAX_AGE);
  if (maxAge.kind !== 'set') return [];
  return [{
    message: `With upgradeMode last-state and checkpointing turned off (execution.checkpointing.interval ${interval.text}), ${MAX_AGE} makes upgrades hang: the operator waits for a recent checkpoint that never comes (open operator bug FLINK-41283). Turn checkpointing on or remove the key.`,
    span: ownEntry(ctx, MAX_AGE)?.keySpan ?? maxAge.span ?? interval.span ?? mode.span,
    related: interval.span && maxAge.span ? [{ span: interval.span, message: 'checkpointing is turned off here' }] : undefined,
  }];
}

/** An interval of 0 (or less) turns checkpointing off; any other parsed interval turns it on. */
const intervalOn = (interval: { ms: number }) => interval.ms > 0;

/**
 * Whether the configured execution.checkpointing.interval turns checkpointing on: false when
 * unset or 0, undefined when a template decides or the value does not parse. (Without an
 * interval, last-state gets the operator's default one; callers account for that.)
 */
export function checkpointIntervalOn(config: EffectiveConfig): Tristate {
  const s = config.get(`${K}interval`);
  if (s.kind === 'unknown') return undefined;
  if (s.kind === 'unset' || s.value.trim() === '') return false;
  const interval = duration(config, `${K}interval`);
  return interval ? intervalOn(interval) : undefined;
}

function duration(config: EffectiveConfig, key: string): { ms: number; text: string; span?: Span } | undefined {
  const s = config.get(key);
  if (s.kind !== 'set') return undefined;
  const ms = parseDuration(s.value);
  return typeof ms === 'number' ? { ms, text: s.value.trim(), span: s.span } : undefined;
}
