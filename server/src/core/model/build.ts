/**
 * Finds the Flink resources of a YAML text and builds their typed view. Documents that are not
 * Flink resources (by apiVersion group and kind) are skipped without a word.
 */

import { isMap } from 'yaml';
import { ParsedYaml, YamlDocument } from '../yaml/parse';
import { MapView, ViewContext } from '../yaml/map-view';
import { partialConditionals } from '../yaml/templates';
import { isPartialPatch } from './dialect';
import { Field, isKnown, Scalar } from '../yaml/fields';
import { EMPTY_CONFIG, readFlinkConfig } from './flink-config';
import { findHint } from './hint';
import { readJob, readRole } from './roles';
import { FLINK_GROUP, FLINK_KINDS, FlinkKind, FlinkResource, ModelProblem, SpecView } from './types';

export function buildResources(parsed: ParsedYaml): FlinkResource[] {
  const resources: FlinkResource[] = [];
  for (const document of parsed.documents) {
    const resource = buildResource(parsed, document);
    if (resource) resources.push(resource);
  }
  return resources;
}

export const PATCH_REASON = 'this looks like a patch (it has no image, flinkVersion or serviceAccount), so the base it is merged into decides it';

function buildResource(parsed: ParsedYaml, document: YamlDocument): FlinkResource | undefined {
  const resource = buildWith(parsed, document);
  // A patch is read again with every map open: what it does not set is unknown, not a default.
  return resource && isPartialPatch(resource) ? { ...buildWith(parsed, document, PATCH_REASON), patch: true } as FlinkResource : resource;
}

function buildWith(parsed: ParsedYaml, document: YamlDocument, openReason?: string): FlinkResource | undefined {
  const { doc, region } = document;
  if (!isMap(doc.contents)) return undefined;
  const content = { start: doc.contents.range?.[0] ?? region.start, end: doc.contents.range?.[1] ?? region.end };
  const ctx: ViewContext = { doc, text: parsed.text, lines: parsed.lines, templates: parsed.templates, conditionals: partialConditionals(parsed.conditionals, content), openReason };
  const root = new MapView(ctx, doc.contents, region, -1);
  const apiVersion = root.scalar('apiVersion');
  const kind = root.scalar('kind');
  if (!isKnown(apiVersion) || !isKnown(kind)) return undefined;
  const group = String(apiVersion.value).split('/')[0];
  if (group !== FLINK_GROUP || !FLINK_KINDS.includes(kind.value as FlinkKind)) return undefined;
  const metadata = root.map('metadata');
  const meta = metadata instanceof MapView ? metadata : undefined;
  const hint = findHint(parsed.text, region);
  return {
    kind: kind.value as FlinkKind,
    apiVersion: String(apiVersion.value),
    document: doc,
    documentIndex: document.index,
    span: region,
    start: doc.contents.range?.[0] ?? region.start,
    kindSpan: kind.span,
    name: meta?.scalar('name') ?? unknownIfTemplated(metadata),
    namespace: meta?.scalar('namespace') ?? unknownIfTemplated(metadata),
    spec: readSpec(root, kind.value as FlinkKind),
    hint,
    canary: isCanary(meta),
    problems: [...syntaxProblems(document, parsed.text.length), ...hint.problems.map((p) => ({ code: 'job-graph-hint' as const, ...p }))],
  };
}

function isCanary(meta: MapView | undefined): boolean {
  const labels = meta?.map('labels');
  const label = labels instanceof MapView ? labels.scalar('flink.apache.org/canary') : undefined;
  return isKnown(label) && String(label.value) === 'true';
}

function unknownIfTemplated(view: MapView | Field<never> | undefined): Field<Scalar> | undefined {
  return view && !(view instanceof MapView) ? view : undefined;
}

function readSpec(root: MapView, kind: FlinkKind): SpecView | undefined {
  let spec = root.map('spec');
  if (kind === 'FlinkBlueGreenDeployment' && spec instanceof MapView) {
    const template = spec.map('template');
    spec = template instanceof MapView ? template.map('spec') : template;
  }
  if (!(spec instanceof MapView)) spec = new MapView(root.ctx, null, spec?.span ?? root.region, root.keyColumn);
  const view = spec;
  let scalars: Map<string, Field<Scalar>> | undefined;
  return {
    view: spec,
    span: spec.span,
    // Read on first use: one rule looks at it, and most spec entries are not scalars.
    get scalars() {
      return (scalars ??= entryScalars(view));
    },
    flinkVersion: spec.scalar('flinkVersion'),
    mode: spec.scalar('mode'),
    image: spec.scalar('image'),
    serviceAccount: spec.scalar('serviceAccount'),
    deploymentName: spec.scalar('deploymentName'),
    jobManager: readRole(spec, 'jobManager'),
    taskManager: readRole(spec, 'taskManager'),
    job: readJob(spec),
    podTemplate: spec.get('podTemplate')?.keySpan,
    flinkConfiguration: spec.node || spec.open ? readFlinkConfig(spec) : EMPTY_CONFIG,
  };
}

function entryScalars(view: MapView): Map<string, Field<Scalar>> {
  const scalars = new Map<string, Field<Scalar>>();
  for (const e of view.entries) scalars.set(e.key, view.entryScalar(e));
  return scalars;
}

/** The parser reports running out of stack on absurd nesting in the engine's words; say it in the user's. */
function readable(message: string): string {
  return /call stack/i.test(message) ? 'nesting too deep to read (thousands of levels, where a resource needs a few dozen at most)' : message;
}

/** The parser places an error at end of input one past the last character; spans stay inside the text. */
function syntaxProblems(document: YamlDocument, textLength: number): ModelProblem[] {
  return document.doc.errors.map((e) => {
    const start = Math.min(e.pos[0], textLength);
    return { code: 'yaml-syntax' as const, message: readable(e.message.split('\n')[0] ?? e.message), span: { start, end: Math.min(Math.max(start, e.pos[1]), textLength) } };
  });
}
