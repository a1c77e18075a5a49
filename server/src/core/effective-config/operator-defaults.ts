/**
 * The operator's default configuration for one resource (flink-semantics.md §2.1,
 * FlinkConfigManager.getDefaultConfig): the installation's defaults, then those under
 * `kubernetes.operator.default-configuration.namespace.<ns>.`, then those under
 * `...flink-version.<vX_Y>[+].` in ascending version order, so newer and exact versions win.
 */

const PREFIX = 'kubernetes.operator.default-configuration.';
const NAMESPACE = `${PREFIX}namespace.`;
const VERSION = `${PREFIX}flink-version.`;

export interface DefaultValue {
  readonly value: string;
  /** Which part of the operator's configuration set it, in our words. */
  readonly origin: string;
}

/** `defaults` with the namespace and Flink-version specific entries applied for this resource. */
export function operatorDefaultsFor(defaults: Readonly<Record<string, string>>, namespace: string | undefined, flinkVersion: number | null): Record<string, DefaultValue> {
  const out: Record<string, DefaultValue> = {};
  for (const [key, value] of Object.entries(defaults)) out[key] = { value, origin: `the operator's default configuration "${key}"` };
  const apply = (prefix: string, origin: string) => {
    for (const [key, value] of Object.entries(defaults)) if (key.startsWith(prefix) && key.length > prefix.length) out[key.slice(prefix.length)] = { value, origin: `${origin} "${key}"` };
  };
  if (namespace) apply(`${NAMESPACE}${namespace}.`, `the operator's default for namespace ${namespace}`);
  if (flinkVersion !== null) for (const prefix of versionPrefixes(defaults, flinkVersion)) apply(prefix, `the operator's default for Flink ${prefix.slice(VERSION.length, -1)}`);
  return out;
}

/** Flat values only, for lookups. */
export function flatDefaults(resolved: Record<string, DefaultValue>): Record<string, string> {
  return Object.fromEntries(Object.entries(resolved).map(([k, v]) => [k, v.value]));
}

/** `v1_18+.` applies to 1.18 and newer, `v1_18.` to 1.18 only; older first, exact last among equals. */
function versionPrefixes(defaults: Readonly<Record<string, string>>, flinkVersion: number): string[] {
  const found = new Map<string, { version: number; plus: boolean }>();
  for (const key of Object.keys(defaults)) {
    const m = /^v(\d+)_(\d+)(\+?)\./.exec(key.startsWith(VERSION) ? key.slice(VERSION.length) : '');
    if (!m) continue;
    const version = Number(m[1]) * 100 + Number(m[2]);
    const plus = m[3] === '+';
    if (version === flinkVersion || (plus && version < flinkVersion)) found.set(`${VERSION}v${m[1]}_${m[2]}${m[3]}.`, { version, plus });
  }
  return [...found.entries()].sort(([, a], [, b]) => a.version - b.version || Number(b.plus) - Number(a.plus)).map(([prefix]) => prefix);
}
