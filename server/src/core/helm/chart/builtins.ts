/**
 * The objects `helm template` gives every template by default: .Release (release-name in
 * default, a first install), .Chart (from Chart.yaml), .Capabilities (a recent Kubernetes with
 * the Flink operator's CRDs installed), .Files (the chart's other files) and .Template.
 */

import { GoMap, GoMethod, GoStruct } from '../eval/values';
import { toYamlVal } from '../functions/to-yaml';
import { base64 } from '../functions/encoding';

/** What `helm template` reports without --kube-version (Helm 3.16, built with Kubernetes 1.31). */
export const KUBE_VERSION = { major: '1', minor: '31' } as const;

const BUILTIN_API_VERSIONS = [
  'v1', 'apps/v1', 'batch/v1', 'policy/v1', 'autoscaling/v1', 'autoscaling/v2', 'networking.k8s.io/v1', 'rbac.authorization.k8s.io/v1',
  'storage.k8s.io/v1', 'apiextensions.k8s.io/v1', 'admissionregistration.k8s.io/v1', 'coordination.k8s.io/v1', 'discovery.k8s.io/v1',
  'events.k8s.io/v1', 'scheduling.k8s.io/v1', 'node.k8s.io/v1', 'certificates.k8s.io/v1', 'apiregistration.k8s.io/v1', 'flowcontrol.apiserver.k8s.io/v1',
];
const FLINK_KINDS = ['FlinkDeployment', 'FlinkSessionJob', 'FlinkStateSnapshot', 'FlinkBlueGreenDeployment'];

function struct(goType: string, fields: Record<string, unknown>): GoStruct {
  return { goType, field: (name) => (name in fields ? fields[name] : undefined) };
}

export function releaseObject(): GoMap {
  return new Map<string, unknown>([['Name', 'release-name'], ['Namespace', 'default'], ['IsUpgrade', false], ['IsInstall', true], ['Revision', 1n], ['Service', 'Helm']]);
}

export function capabilitiesObject(): GoStruct {
  const versions = new Set([...BUILTIN_API_VERSIONS, 'flink.apache.org/v1beta1', ...FLINK_KINDS.map((k) => `flink.apache.org/v1beta1/${k}`)]);
  const version = `v${KUBE_VERSION.major}.${KUBE_VERSION.minor}.0`;
  return struct('*chartutil.Capabilities', {
    KubeVersion: struct('chartutil.KubeVersion', { Version: version, GitVersion: version, Major: KUBE_VERSION.major, Minor: KUBE_VERSION.minor, String: new GoMethod('String', () => version) }),
    APIVersions: struct('chartutil.VersionSet', { Has: new GoMethod('Has', ([v]) => versions.has(String(v))) }),
    HelmVersion: struct('version.BuildInfo', { Version: 'v3.16.0', GitCommit: '', GitTreeState: 'clean', GoVersion: 'go1.22' }),
  });
}

const CHART_FIELDS: Record<string, string> = {
  Name: 'name', Home: 'home', Sources: 'sources', Version: 'version', Description: 'description', Keywords: 'keywords', Maintainers: 'maintainers',
  Icon: 'icon', APIVersion: 'apiVersion', Condition: 'condition', Tags: 'tags', AppVersion: 'appVersion', Deprecated: 'deprecated',
  Annotations: 'annotations', KubeVersion: 'kubeVersion', Dependencies: 'dependencies', Type: 'type',
};

/** `.Chart`: Chart.yaml's fields under Go's names (`.Chart.AppVersion`), missing ones empty. */
export function chartObject(meta: GoMap): GoStruct {
  const fields: Record<string, unknown> = {};
  for (const [goName, yamlName] of Object.entries(CHART_FIELDS)) {
    const v = meta.get(yamlName);
    fields[goName] = v ?? (['Sources', 'Keywords', 'Maintainers', 'Dependencies'].includes(goName) ? null : goName === 'Deprecated' ? false : goName === 'Annotations' ? null : '');
    if (typeof v === 'number') fields[goName] = String(v);
  }
  return struct('*chart.Metadata', fields);
}

/** `.Files`: the chart's files outside templates/, read on demand. */
export function filesObject(paths: readonly string[], read: (path: string) => string | undefined): GoStruct {
  const get = (name: unknown) => read(String(name)) ?? '';
  const subset = (list: readonly string[]): GoStruct => filesObject(list, read);
  return struct('files.Files', {
    Get: new GoMethod('Get', ([n]) => get(n)),
    GetBytes: new GoMethod('GetBytes', ([n]) => get(n)),
    Lines: new GoMethod('Lines', ([n]) => { const t = get(n); return t ? t.split('\n') : []; }),
    Glob: new GoMethod('Glob', ([p]) => subset(paths.filter((f) => globMatch(String(p), f)))),
    AsConfig: new GoMethod('AsConfig', () => asMap(paths, (f) => read(f) ?? '')),
    AsSecrets: new GoMethod('AsSecrets', () => asMap(paths, (f) => base64(new TextEncoder().encode(read(f) ?? '')))),
  });
}

function asMap(paths: readonly string[], value: (f: string) => string): string {
  const m: GoMap = new Map(paths.map((f) => [f.slice(f.lastIndexOf('/') + 1), value(f)]));
  return m.size ? (toYamlVal({ v: m }, { file: '', span: { start: 0, end: 0 } }).v as string) : '';
}

/** Glob patterns as Helm's .Files.Glob reads them: `*` within a segment, `**` across, `?`, `{a,b}`. */
export function globMatch(pattern: string, path: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',' && re.includes('(?:')) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${re}$`).test(path);
  } catch {
    return false;
  }
}
