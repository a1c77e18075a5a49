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

const UNSET: Setting = { kind: 'unset' };

export class EffectiveConfig {
  private readonly derivedKeys = new Map<string, Setting>();

  constructor(
    private readonly operatorDefaults: Readonly<Record<string, string>>,
    private readonly resourceConfigs: readonly FlinkConfig[],
  ) {}

  /** Settings already looked up: projections and rules ask for the same keys many times. */
  private readonly looked = new Map<string, Setting>();

  /** A key the operator writes from the spec (memory, cpu, limit factors); it beats the others. */
  setFromSpec(key: string, value: string, source: string, span?: Span): void {
    this.derivedKeys.set(key, { kind: 'set', key, value, source, span });
    this.looked.clear();
  }

  /** The spec decides this key but its value cannot be known (template, parse error). */
  unknownFromSpec(key: string, reason: string, span?: Span): void {
    this.derivedKeys.set(key, { kind: 'unknown', key, reason, span });
    this.looked.clear();
  }

  get(key: string, ...deprecatedKeys: string[]): Setting {
    for (let i = -1; i < deprecatedKeys.length; i++) {
      const candidate = i < 0 ? key : (deprecatedKeys[i] as string);
      let setting = this.looked.get(candidate);
      if (!setting) this.looked.set(candidate, (setting = this.lookup(candidate)));
      if (setting.kind !== 'unset') return setting;
    }
    return UNSET;
  }

  private lookup(key: string): Setting {
    const fromSpec = this.derivedKeys.get(key);
    if (fromSpec) return fromSpec;
    for (let i = this.resourceConfigs.length - 1; i >= 0; i--) {
      const config = this.resourceConfigs[i];
      if (!config) continue;
      const found = configValue(config, key);
      if (found.unknown) return { kind: 'unknown', key, reason: `"${key}" may be set by a template expression`, span: found.entry?.valueSpan ?? config.span };
      if (found.entry && found.value !== undefined) {
        return { kind: 'set', key, value: found.value, source: `flinkConfiguration "${key}"`, span: found.entry.valueSpan };
      }
    }
    const operatorValue = this.operatorDefaults[key] ?? CHART_DEFAULTS[key];
    if (operatorValue !== undefined) return { kind: 'set', key, value: operatorValue, source: `the operator's default configuration "${key}"` };
    return { kind: 'unset' };
  }
}
