/**
 * The `flinkK8s.*` settings as the server uses them, with defaults. `normalizeSettings` accepts
 * anything (a client may send partial or wrong values) and never throws.
 */

import type { HintKind } from '../core/ide/inlay-hints';
import type { SeveritySetting, Thresholds } from '../core/rules/types';
import { DEFAULT_THRESHOLDS } from '../core/rules/options';
import { DEFAULT_OPERATOR_VERSION } from '../core/versions/operator-support';

export interface Settings {
  readonly enable: boolean;
  readonly operatorVersion: string;
  readonly operatorDefaults: Readonly<Record<string, string>>;
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly thresholds: Thresholds;
  readonly inlayHints: Readonly<Record<HintKind, boolean>>;
  readonly codeLens: boolean;
  /** Helm: the user's values files (relative to the chart folder) and `--set` values, for charts in the workspace. */
  readonly helm: { readonly valueFiles: readonly string[]; readonly set: readonly string[] };
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  operatorVersion: DEFAULT_OPERATOR_VERSION,
  operatorDefaults: {},
  rules: {},
  thresholds: DEFAULT_THRESHOLDS,
  inlayHints: { taskManagers: true, parallelism: true, ignoredParallelism: true, memory: true, cpu: true, autoscaler: true },
  codeLens: true,
  helm: { valueFiles: [], set: [] },
};

const SEVERITIES = ['off', 'info', 'warning', 'error'];
const MIB = 2 ** 20;

export function normalizeSettings(raw: unknown): Settings {
  const s = isObject(raw) ? raw : {};
  const hints = isObject(s.inlayHints) ? s.inlayHints : {};
  const t = isObject(s.thresholds) ? s.thresholds : {};
  const d = DEFAULT_SETTINGS;
  return {
    enable: typeof s.enable === 'boolean' ? s.enable : d.enable,
    operatorVersion: typeof s.operatorVersion === 'string' && /^\d+\.\d+(\.\d+)?$/.test(s.operatorVersion) ? s.operatorVersion : d.operatorVersion,
    operatorDefaults: stringMap(s.operatorDefaults),
    rules: Object.fromEntries(Object.entries(isObject(s.rules) ? s.rules : {}).filter(([, v]) => typeof v === 'string' && SEVERITIES.includes(v))) as Record<string, SeveritySetting>,
    thresholds: {
      slotsPerCpuMin: num(t.slotsPerCpuMin, d.thresholds.slotsPerCpuMin),
      slotsPerCpuMax: num(t.slotsPerCpuMax, d.thresholds.slotsPerCpuMax),
      memoryPerSlotMin: num(t.memoryPerSlotMinMiB, d.thresholds.memoryPerSlotMin / MIB) * MIB,
      networkPerSlotMin: num(t.networkPerSlotMinMiB, d.thresholds.networkPerSlotMin / MIB) * MIB,
      smallTaskManagerSlots: num(t.smallTaskManagerSlots, d.thresholds.smallTaskManagerSlots),
      manyTaskManagers: num(t.manyTaskManagers, d.thresholds.manyTaskManagers),
    },
    inlayHints: Object.fromEntries(Object.entries(d.inlayHints).map(([k, v]) => [k, typeof hints[k] === 'boolean' ? hints[k] : v])) as Record<HintKind, boolean>,
    codeLens: typeof s.codeLens === 'boolean' ? s.codeLens : isObject(s.codeLens) && typeof s.codeLens.enable === 'boolean' ? s.codeLens.enable : d.codeLens,
    helm: { valueFiles: strings(isObject(s.helm) ? s.helm.valueFiles : undefined), set: strings(isObject(s.helm) ? s.helm.set : undefined) },
  };
}

/**
 * The `flinkK8s` section of a workspace/didChangeConfiguration payload, for clients that push
 * settings instead of answering workspace/configuration (Neovim without it, Helix, Zed): either
 * `{ flinkK8s: { ... } }` or flat keys (`"flinkK8s.inlayHints.memory": false`). Undefined when
 * the payload has neither, so earlier pushed settings stay.
 */
export function pushedSection(settings: unknown): Record<string, unknown> | undefined {
  if (!isObject(settings)) return undefined;
  if (isObject(settings.flinkK8s)) return settings.flinkK8s;
  const flat = Object.entries(settings).filter(([k]) => k.startsWith('flinkK8s.'));
  if (!flat.length) return undefined;
  const section: Record<string, unknown> = {};
  for (const [key, value] of flat) {
    const path = key.split('.').slice(1);
    let node = section;
    for (const part of path.slice(0, -1)) node = (isObject(node[part]) ? node[part] : (node[part] = {})) as Record<string, unknown>;
    node[path[path.length - 1] as string] = value;
  }
  return section;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback;
}

function stringMap(v: unknown): Record<string, string> {
  if (!isObject(v)) return {};
  return Object.fromEntries(Object.entries(v).filter(([, x]) => ['string', 'number', 'boolean'].includes(typeof x)).map(([k, x]) => [k, String(x)]));
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
}
