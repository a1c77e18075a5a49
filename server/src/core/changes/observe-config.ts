/**
 * The configuration the operator stops, cancels and rescales the running job with
 * (FlinkConfigManager#getObserveConfig, operator 1.11 to 1.16): the deployed spec's, with the new
 * spec's `kubernetes.operator.*` and `job.autoscaler.*` keys and its savepoint directory written
 * over it (applyConfigsFromCurrentSpec). A key the edit removes keeps its deployed value. A
 * session job's (getSessionJobConfig) is its cluster's plus all of its own new keys, which the
 * current side's configuration already is.
 */

import { EffectiveConfig, Setting } from '../projection/effective-config';
import { SAVEPOINT_DIR } from '../rules/flink-keys';
import { Facts } from './facts';
import { SpecJson } from './spec-json';
import { Opaque } from './types';

const PREFIXES = ['kubernetes.operator.', 'job.autoscaler.'];

/** The running side's facts as the operator observes them when it reconciles the change. */
export function observeFacts(base: Facts, current: Facts, after: SpecJson): Facts {
  return { ...base, config: current.jobKind === 'session-job' ? current.config : new ObserveConfig(base.config, after) };
}

class ObserveConfig extends EffectiveConfig {
  constructor(private readonly deployed: EffectiveConfig, private readonly after: SpecJson) {
    super(deployed.layers.defaults, deployed.layers.resourceConfigs);
  }

  override get(key: string, ...deprecatedKeys: string[]): Setting {
    for (const candidate of [key, ...deprecatedKeys]) {
      const setting = this.fromNewSpec(candidate) ?? this.deployed.get(candidate);
      if (setting.kind !== 'unset') return setting;
    }
    return { kind: 'unset' };
  }

  /** The new spec's value of a key it writes over the deployed one; undefined when it leaves the key alone. */
  private fromNewSpec(key: string): Setting | undefined {
    // The savepoint directory is read with its fallback key and written as the primary one.
    const keys = SAVEPOINT_DIR.includes(key) ? SAVEPOINT_DIR : PREFIXES.some((p) => key.startsWith(p)) ? [key] : [];
    for (const k of keys) {
      const own = this.after.config.get(k);
      if (own instanceof Opaque) return { kind: 'unknown', key, reason: `the new spec's "${k}" is set by a template` };
      if (own !== undefined) return { kind: 'set', key, value: own, source: `the new spec's flinkConfiguration "${k}"` };
    }
    if (keys.some((k) => this.after.configOpen.some((prefix) => k.startsWith(prefix)))) return { kind: 'unknown', key, reason: `"${key}" may be set by a template in the new spec` };
    return undefined;
  }
}
