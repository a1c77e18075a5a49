/**
 * A resource's spec the way the operator deserialises it before diffing: the CRD's fields as
 * JSON (tree.ts), flinkConfiguration flattened (model/flink-config.ts already flattens it like
 * ConfigObjectNode.asFlatMap) with each value as the operator reads it (stored-config.ts),
 * pod-template extras cleared and fields the target release's CRD lacks dropped.
 */

import type { Document } from 'yaml';
import { ConfigEntry, FlinkConfig } from '../model/flink-config';
import { FlinkResource } from '../model/types';
import { storedConfigText } from './stored-config';
import { schemaAt, schemaFor } from '../schema/schemas';
import { mapJson, newWalk, Path, Spans } from './tree';
import { Json, Opaque } from './types';
import { DiffRules } from './diff-rules';

export interface SpecJson {
  /** Path of the spec from the resource root (a Blue/Green deployment's is inside its template). */
  readonly specPath: Path;
  /** The spec's fields other than flinkConfiguration. */
  readonly fields: { readonly [key: string]: Json };
  /** Flattened flinkConfiguration: text values, Opaque where a template decides. */
  readonly config: ReadonlyMap<string, string | Opaque>;
  /** Key prefixes under which a template may add flinkConfiguration keys. */
  readonly configOpen: readonly string[];
  readonly spans: Spans;
}

export function specJson(resource: FlinkResource, rules: DiffRules): SpecJson {
  const specPath: Path = resource.kind === 'FlinkBlueGreenDeployment' ? ['spec', 'template', 'spec'] : ['spec'];
  const root = schemaFor(resource.kind);
  const walk = newWalk();
  const spec = resource.spec;
  const fields = spec?.view ? mapJson(spec.view, root ? { root, node: schemaAt(root, specPath) } : undefined, specPath, walk, SKIPPED) : {};
  clearForRelease(fields, rules);
  const config = new Map<string, string | Opaque>();
  for (const [key, entry] of spec?.flinkConfiguration.entries ?? []) {
    const value = spec && storedValue(spec.flinkConfiguration, entry, spec.view.ctx);
    if (value === undefined) continue;
    config.set(key, value);
    walk.spans.set(JSON.stringify([...specPath, 'flinkConfiguration', key]), { key: entry.keySpan, value: entry.valueSpan });
  }
  const configKey = spec?.flinkConfiguration.keySpan;
  if (configKey) walk.spans.set(JSON.stringify([...specPath, 'flinkConfiguration']), { key: configKey, value: spec.flinkConfiguration.span ?? configKey });
  return { specPath, fields, config, configOpen: spec?.flinkConfiguration.openPrefixes ?? [], spans: walk.spans };
}

/**
 * A key's value as the operator reads it (stored-config.ts); a template's text as Opaque;
 * undefined when no spelling of the key writes one (an empty list writes nothing, so an earlier
 * spelling of the same key, which the model counts as shadowed, is what remains).
 */
function storedValue(config: FlinkConfig, entry: ConfigEntry, ctx: { readonly text: string; readonly doc: Document.Parsed }): string | Opaque | undefined {
  const spellings = [entry, ...config.shadowed.filter((e) => e.key === entry.key).reverse()];
  for (const e of spellings) {
    if (e.value === undefined) return new Opaque(ctx.text.slice(e.valueSpan.start, e.valueSpan.end));
    const text = storedConfigText({ ...e, value: e.value }, ctx.doc);
    if (text !== null) return text;
  }
  return undefined;
}

/** flinkConfiguration is read flattened from the model instead. */
const SKIPPED = new Set(['flinkConfiguration']);
const POD_TEMPLATE_FIELDS = new Set(['metadata', 'spec']);

/** What the operator never sees: pod-template extras (since 1.8) and fields newer than the target. */
function clearForRelease(fields: { [key: string]: Json }, rules: DiffRules): void {
  const roles = ['jobManager', 'taskManager'].map((k) => fields[k]).filter(isObject);
  if (rules.clearsPodTemplateExtras) {
    for (const holder of [fields, ...roles]) {
      const template = holder.podTemplate;
      if (isObject(template)) holder.podTemplate = Object.fromEntries(Object.entries(template).filter(([k]) => POD_TEMPLATE_FIELDS.has(k)));
    }
  }
  if (!rules.resources) for (const role of roles) delete role.resources;
  const job = fields.job;
  if (isObject(job)) {
    const written = job as { [key: string]: Json };
    for (const key of Object.keys(written)) if (!(key in rules.jobFields)) delete written[key];
  }
}

export function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Opaque);
}
