/**
 * Completion of the custom resource's own fields from the CRD schema (with snippets for whole
 * blocks) and of their values: enums and booleans from the schema, the flinkVersion values the
 * target operator accepts (deprecated ones last), the pull policies the operator accepts, and
 * memory sizes in the units the operator reads the same way as Kubernetes.
 */

import { deref, SchemaNode, schemaAt, schemaFor } from '../../schema/schemas';
import { releaseOfVersionName } from '../../versions/names';
import { deprecatedFlinkVersion, supportedFlinkVersions } from '../../versions/operator-support';
import { fieldDoc, valueDoc } from '../field-docs';
import { BLOCK_SNIPPETS } from './snippets';
import { Entry } from './types';

type Path = ReadonlyArray<string | number>;

export function specKeys(kind: string, path: Path, siblings: ReadonlySet<string>): Entry[] {
  const schema = schemaFor(kind);
  const parent = schema && schemaAt(schema, path);
  if (!schema || !parent) return [];
  return Object.entries(parent.properties ?? {})
    .filter(([name]) => !siblings.has(name))
    .map(([name, node]) => field(name, deref(schema, node) ?? node, [...path, name]));
}

function field(name: string, node: SchemaNode, path: Path): Entry {
  const block = BLOCK_SNIPPETS[name];
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  const scalar = type !== 'object' && type !== 'array';
  const insertText = block ?? (type === 'object' ? `${name}:\n  $0` : type === 'array' ? `${name}:\n  - $0` : `${name}: $0`);
  return {
    label: name,
    kind: 'field',
    detail: node.enum ? node.enum.map(String).join(' | ') : type,
    documentation: fieldDoc(path),
    insertText,
    snippet: true,
    thenSuggestValues: (!block && scalar && listedValues(path, node) !== undefined) || undefined,
  };
}

export interface SpecValueContext {
  readonly operatorVersion: string;
  /** The image's Flink version (`v1_20`), preselected among flinkVersion values. */
  readonly imageVersion?: string;
}

export function specValues(kind: string, path: Path, ctx: SpecValueContext): Entry[] {
  const schema = schemaFor(kind);
  const listed = listedValues(path, schema ? schemaAt(schema, path) : undefined);
  if (listed === 'flink-version') return flinkVersions(ctx);
  return values(path, listed ?? []);
}

/** A field's fixed values; `flink-version` when they depend on the target operator; undefined for free text. */
function listedValues(path: Path, node: SchemaNode | undefined): readonly string[] | 'flink-version' | undefined {
  const keys = path.filter((p): p is string => typeof p === 'string');
  const dotted = keys.join('.').replace(/^spec\.template\.spec\./, 'spec.');
  const last = keys[keys.length - 1] ?? '';
  if (dotted === 'spec.flinkVersion') return 'flink-version';
  if (last === 'imagePullPolicy') return ['Always', 'IfNotPresent', 'Never'];
  if (dotted === 'kind') return ['FlinkDeployment', 'FlinkSessionJob', 'FlinkStateSnapshot', 'FlinkBlueGreenDeployment'];
  if (dotted === 'apiVersion') return ['flink.apache.org/v1beta1'];
  if (/^spec\.(jobManager|taskManager)\.resource\.memory$/.test(dotted)) return ['1024m', '2048m', '4096m', '8192m'];
  if (/^spec\.(jobManager|taskManager)\.resources\.(requests|limits)\.memory$/.test(dotted)) return ['1Gi', '2Gi', '4Gi', '8Gi'];
  if (node?.enum) return node.enum.map(String);
  return node?.type === 'boolean' ? ['true', 'false'] : undefined;
}

function values(path: Path, list: readonly string[]): Entry[] {
  return list.map((v) => ({ label: v, kind: 'value' as const, insertText: v, documentation: valueDoc(path, v) }));
}

/** What the target operator accepts, newest first; deprecated versions last and struck through. */
function flinkVersions(ctx: SpecValueContext): Entry[] {
  const accepted = supportedFlinkVersions(ctx.operatorVersion).reverse();
  const deprecated = (v: string) => deprecatedFlinkVersion(v, ctx.operatorVersion);
  return [...accepted.filter((v) => !deprecated(v)), ...accepted.filter(deprecated)].map((v) => ({
    label: v,
    kind: 'value' as const,
    insertText: v,
    detail: deprecated(v) ? `Flink ${releaseOfVersionName(v)} · deprecated by operator ${ctx.operatorVersion}` : `Flink ${releaseOfVersionName(v)}`,
    deprecated: deprecated(v) || undefined,
    preselect: v === ctx.imageVersion || undefined,
  }));
}
