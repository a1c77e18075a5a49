/**
 * The configuration Flink will see, as layers (flink-semantics.md §2.1-2.2): the operator's
 * defaults (what the user says their installation adds, over the Helm chart's 1 slot and
 * parallelism 1 before operator 1.16),
 * the resource's `flinkConfiguration`, and the keys the operator writes from the spec, which win.
 * Lookups follow Flink: the merged value of the main key first, then its deprecated keys.
 */

import { Span } from '../text/span';
import { configValue, FlinkConfig } from '../model/flink-config';
import { operatorAtLeast } from '../versions/names';

/** Defaults of the operator's Helm chart (`conf/flink-conf.yaml`) before 1.16. */
const CHART_DEFAULTS: Readonly<Record<string, string>> = {
  'taskmanager.numberOfTaskSlots': '1',
  'parallelism.default': '1',
};

/** The operator's defaults for one resource (cluster-context.ts resolvedDefaults). */
export interface OperatorDefaults {
  /** The installation's defaults, namespace and Flink-version entries applied. */
  readonly values: Readonly<Record<string, string>>;
  /** Where each of them comes from, for reasons. */
  readonly origins: Readonly<Record<string, string>>;
  /** What the operator's Helm chart sets below them. */
  readonly chart: Readonly<Record<string, string>>;
}

/**
 * The chart lists slots and parallelism until operator 1.15; 1.16's config.yaml no longer does
 * (flink-semantics.md §0.1), so there they are Flink's own defaults (also 1).
 */
export function chartDefaults(operatorVersion: string): Readonly<Record<string, string>> {
  return operatorAtLeast(operatorVersion, '1.16') ? {} : CHART_DEFAULTS;
}

export function chartOrigin(key: string): string {
  return `the operator Helm chart's default "${key}"`;
}

export type Setting =
  | { readonly kind: 'set'; readonly key: string; readonly value: string; readonly source: string; readonly span?: Span }
  | { readonly kind: 'unset' }
  | { readonly kind: 'unknown'; readonly key: string; readonly reason: string; readonly span?: Span };

const UNSET: Setting = { kind: 'unset' };

export class EffectiveConfig {
  private readonly derivedKeys = new Map<string, Setting>();

  constructor(
    private readonly defaults: OperatorDefaults,
    private readonly resourceConfigs: readonly FlinkConfig[],
  ) {}

  /** Settings already looked up: projections and rules ask for the same keys many times. */
  private readonly looked = new Map<string, Setting>();

  /** The layers, for views that list them (effective-config/). */
  get layers(): { readonly defaults: OperatorDefaults; readonly resourceConfigs: readonly FlinkConfig[]; readonly fromSpec: ReadonlyMap<string, Setting> } {
    return { defaults: this.defaults, resourceConfigs: this.resourceConfigs, fromSpec: this.derivedKeys };
  }

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
      if (found.unknown) return { kind: 'unknown', key, reason: unknownReason(key, config), span: found.entry?.valueSpan ?? config.span };
      if (found.entry && found.value !== undefined) {
        return { kind: 'set', key, value: found.value, source: `flinkConfiguration "${key}"`, span: found.entry.valueSpan };
      }
    }
    const { values, origins, chart } = this.defaults;
    const operatorValue = values[key];
    if (operatorValue !== undefined) return { kind: 'set', key, value: operatorValue, source: origins[key] ?? `the operator's default configuration "${key}"` };
    const chartValue = chart[key];
    if (chartValue !== undefined) return { kind: 'set', key, value: chartValue, source: chartOrigin(key) };
    return { kind: 'unset' };
  }
}

/** Why a key under an open prefix is unknown: what a chart renderer could not evaluate, a patch's base, or a template. */
function unknownReason(key: string, config: FlinkConfig): string {
  if (config.renderReason) return `"${key}" may be set by ${config.renderReason}`;
  if (config.openReason) return `"${key}": ${config.openReason}`;
  return `"${key}" may be set by a template expression`;
}
