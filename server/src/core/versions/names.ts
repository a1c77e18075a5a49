/**
 * Flink and operator versions as each place writes them, converted in one place: the spec's
 * `v1_20`, the projection's number 120 (major × 100 + minor), a release "1.20", an image tag
 * `flink:1.20.1`, and operator releases such as "1.16" or "1.13.1", compared part by part.
 */

/** Dotted versions compared numerically part by part ("1.9" < "1.10"; missing parts are 0). */
export function compareVersions(a: string, b: string): number {
  const x = partsOf(a);
  const y = partsOf(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * A version's numeric parts, split once per distinct string: rules and projections compare the
 * same few versions (the operator setting, release names) for every resource. The cache stays
 * small: past its bound, parts are computed without it.
 */
function partsOf(version: string): readonly number[] {
  let parts = PARTS.get(version);
  if (!parts) {
    parts = version.split('.').map(Number);
    if (PARTS.size < MAX_CACHED_VERSIONS) PARTS.set(version, parts);
  }
  return parts;
}

const PARTS = new Map<string, readonly number[]>();
const MAX_CACHED_VERSIONS = 1000;

/** Compares operator versions such as "1.15" or "1.13.1". */
export function operatorAtLeast(version: string, minimum: string): boolean {
  return compareVersions(version, minimum) >= 0;
}

/** `v1_20` → 120; anything else (`v1.20`, `1.20`) → undefined, as the CRD enum reads it. */
export function parseFlinkVersion(text: string): number | undefined {
  const m = /^v(\d+)_(\d+)$/.exec(text);
  return m ? Number(m[1]) * 100 + Number(m[2]) : undefined;
}

/** 120 → `v1_20`, the spec.flinkVersion value. */
export function flinkVersionName(version: number): string {
  return `v${Math.floor(version / 100)}_${version % 100}`;
}

/** 120 → "1.20", the release. */
export function flinkReleaseName(version: number): string {
  return `${Math.floor(version / 100)}.${version % 100}`;
}

/** `v1_19` → "1.19" (the release a flinkVersion value names). */
export function releaseOfVersionName(name: string): string {
  return name.replace(/^v(\d+)_(\d+)$/, '$1.$2');
}

/** `flink:1.19`, `flink:1.19.1-scala_2.12-java11`, `repo/flink:2.0` → v1_19 / v2_0. */
export function versionOfImage(image: unknown): string | undefined {
  if (typeof image !== 'string') return undefined;
  const m = /(?:^|\/)flink:(\d+)\.(\d+)(?:[.\-]|$)/.exec(image);
  return m ? `v${m[1]}_${m[2]}` : undefined;
}
