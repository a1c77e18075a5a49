/**
 * The configuration Flink will see, as layers (flink-semantics.md §2.1-2.2): the operator's
 * defaults (Helm chart: 1 slot, parallelism 1, plus what the user says their installation adds),
 * the resource's `flinkConfiguration`, and the keys the operator writes from the spec, which win.
 * Lookups follow Flink: the merged value of the main key first, then its deprecated keys.
 */

import { Span } from '../text/span';
import { configValue, FlinkConfig } from '../model/flink-config';

/** Defaults of the operator's Helm chart (`conf/flink-conf.yaml`). */
export const CHART_DEFAULTS: Readonly<Record<string, string>> = {
  'taskmanager.numberOfTaskSlots': '1',
  'parallelism.default': '1',
};

export type Setting =
  | { readonly kind: 'set'; readonly key: string; readonly value: string; readonly source: string; readonly span?: Span }
  | { readonly kind: 'unset' }
  | { readonly kind: 'unknown'; readonly key: string; readonly reason: string; readonly span?: Span };

export class EffectiveConfig {
  private readonly derivedKeys = new Map<string, Setting>();

  constructor(
    private readonly operatorDefaults: Readonly<Record<string, string>>,
    private readonly resourceConfigs: readonly FlinkConfig[],
    /** Where each operator default comes from (namespace or Flink-version specific), for reasons. */
    private readonly defaultOrigins: Readonly<Record<string, string>> = {},
  ) {}

  /** The layers, for views that list them (effective-config/). */
  get layers(): { readonly operatorDefaults: Readonly<Record<string, string>>; readonly defaultOrigins: Readonly<Record<string, string>>; readonly resourceConfigs: readonly FlinkConfig[]; readonly fromSpec: ReadonlyMap<string, Setting> } {
    return { operatorDefaults: this.operatorDefaults, defaultOrigins: this.defaultOrigins, resourceConfigs: this.resourceConfigs, fromSpec: this.derivedKeys };
  }

  /** A key the operator writes from the spec (memory, cpu, limit factors); it beats the others. */
  setFromSpec(key: string, value: string, source: string, span?: Span): void {
    this.derivedKeys.set(key, { kind: 'set', key, value, source, span });
  }

  /** The spec decides this key but its value cannot be known (template, parse error). */
  unknownFromSpec(key: string, reason: string, span?: Span): void {
    this.derivedKeys.set(key, { kind: 'unknown', key, reason, span });
  }

  get(key: string, ...deprecatedKeys: string[]): Setting {
    for (const candidate of [key, ...deprecatedKeys]) {
      const setting = this.lookup(candidate);
      if (setting.kind !== 'unset') return setting;
    }
    return { kind: 'unset' };
  }

  private lookup(key: string): Setting {
    const fromSpec = this.derivedKeys.get(key);
    if (fromSpec) return fromSpec;
    for (let i = this.resourceConfigs.length - 1; i >= 0; i--) {
      const config = this.resourceConfigs[i];
      if (!config) continue;
      const found = configValue(config, key);
      if (found.unknown) return { kind: 'unknown', key, reason: unknownReason(key, config), span: found.entry?.valueSpan ?? config.span };
      if (found.entry && found.value !== undefined) {
        return { kind: 'set', key, value: found.value, source: `flinkConfiguration "${key}"`, span: found.entry.valueSpan };
      }
    }
    const operatorValue = this.operatorDefaults[key] ?? CHART_DEFAULTS[key];
    if (operatorValue !== undefined) return { kind: 'set', key, value: operatorValue, source: this.defaultOrigins[key] ?? `the operator's default configuration "${key}"` };
    return { kind: 'unset' };
  }
}

/** Why a key under an open prefix is unknown: what a chart renderer could not evaluate, a patch's base, or a template. */
function unknownReason(key: string, config: FlinkConfig): string {
  if (config.renderReason) return `"${key}" may be set by ${config.renderReason}`;
  if (config.openReason) return `"${key}": ${config.openReason}`;
  return `"${key}" may be set by a template expression`;
}
