/**
 * Our own explanation of every field of the custom resources, for hover and completion (facts
 * from the team reference, flink-semantics.md §1; the words are ours, never the CRD's).
 *
 * - flink-fields.json: the operator's fields, by dotted path below the resource root, where `*`
 *   stands for jobManager or taskManager and a blue/green deployment's `spec.template.spec` for
 *   `spec`.
 * - kubernetes-fields.json: the Kubernetes fields inside a pod template, by `parent.field` when a
 *   name means different things under different parents, else by field name; a path below the
 *   pod template (`spec.containers.name`) wins over both.
 * - values.json: what each value of an enum field does.
 */

import flinkFields from './flink-fields.json';
import kubernetesFields from './kubernetes-fields.json';
import valueDocs from './values.json';

const FLINK: Readonly<Record<string, string>> = flinkFields;
const KUBERNETES: Readonly<Record<string, string>> = kubernetesFields;
const VALUES: Readonly<Record<string, Readonly<Record<string, string>>>> = valueDocs;

type Path = ReadonlyArray<string | number>;

export function fieldDoc(path: Path): string | undefined {
  const keys = path.filter((p): p is string => typeof p === 'string');
  const pod = keys.lastIndexOf('podTemplate');
  if (pod >= 0 && pod < keys.length - 1) return kubernetesDoc(keys.slice(pod + 1));
  const generic = genericPath(keys);
  return FLINK[keys.join('.')] ?? FLINK[generic];
}

export function valueDoc(path: Path, value: string): string | undefined {
  return VALUES[genericPath(path.filter((p): p is string => typeof p === 'string'))]?.[value];
}

/** `spec.taskManager.replicas` → `spec.*.replicas`; a blue/green template's spec reads as spec. */
export function genericPath(keys: readonly string[]): string {
  const dotted = keys.join('.').replace(/^spec\.template\.spec(\.|$)/, 'spec$1');
  return dotted.split('.').map((k, i) => (i === 1 && (k === 'jobManager' || k === 'taskManager') ? '*' : k)).join('.');
}

function kubernetesDoc(keys: readonly string[]): string | undefined {
  const name = keys[keys.length - 1] ?? '';
  const parent = keys[keys.length - 2];
  return KUBERNETES[`pod:${keys.join('.')}`] ?? (parent ? KUBERNETES[`${parent}.${name}`] : undefined) ?? KUBERNETES[name];
}
