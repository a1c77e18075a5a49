/**
 * Renders a chart folder (one with Chart.yaml) as `helm template` does by default: the chart's
 * values.yaml, then the user's values files and `--set` values, the default built-in objects,
 * every file under templates/. Everything is read through the SourceTree.
 */

import { parseDocument } from 'yaml';
import { SourceTree } from '../../sources/tree';
import { joinPath, relativePath } from '../../sources/paths';
import { RenderedText } from '../../sourcemap/types';
import { renderTemplates, RenderError, TemplateSource } from '../eval/engine';
import { GoMap } from '../eval/values';
import { readValues } from '../values/read-values';
import { coalesce, mergeMaps } from '../values/merge';
import { applySet, SetFlagError } from '../values/set-flag';
import { convert } from '../values/read-values';
import { capabilitiesObject, chartObject, filesObject, releaseObject } from './builtins';

export interface ChartOptions {
  /** The user's values files (paths in the tree), in order. */
  readonly valueFiles?: readonly string[];
  /** `--set` arguments, in order. */
  readonly set?: readonly string[];
  /** Render only this output (Helm's name for it), to check one change quickly. */
  readonly only?: string;
}

export interface RenderedChart {
  readonly root: string;
  readonly name: string;
  /** One per rendered manifest template (partials and NOTES.txt excluded). */
  readonly outputs: readonly RenderedText[];
  /** Why Helm would stop: a values file or template that does not parse, `required`, `fail`... */
  readonly errors: readonly RenderError[];
  /** What we left out, said plainly (e.g. packaged subcharts). */
  readonly notes: readonly string[];
  /** Every file the render read, so a change to any of them renders again. */
  readonly inputs: readonly string[];
}

export function renderChart(tree: SourceTree, root: string, options: ChartOptions = {}): RenderedChart {
  const chartFile = joinPath(root, 'Chart.yaml');
  const meta = readChartYaml(tree.read(chartFile) ?? '', chartFile);
  const name = typeof meta.get('name') === 'string' ? (meta.get('name') as string) : root.slice(root.lastIndexOf('/') + 1);
  const errors: RenderError[] = [];
  const inputs = [chartFile];
  const valuesFile = joinPath(root, 'values.yaml');
  const defaults = readValuesFile(tree, valuesFile, 'values', errors, inputs);
  let user: GoMap = new Map();
  for (const f of options.valueFiles ?? []) user = mergeMaps(user, readValuesFile(tree, f, 'user-values', errors, inputs));
  for (const s of options.set ?? []) {
    try {
      applySet(user, s, '--set');
    } catch (error) {
      if (error instanceof SetFlagError) errors.push({ message: `--set ${s}: ${error.message}`, file: chartFile, span: { start: 0, end: 0 } });
      else throw error;
    }
  }
  const all = listFiles(tree, root);
  const templates = all.filter((f) => f.startsWith('templates/'));
  const sources: TemplateSource[] = templates.map((rel) => ({ name: `${name}/${rel}`, file: joinPath(root, rel), text: tree.read(joinPath(root, rel)) ?? '' }));
  inputs.push(...sources.map((s) => s.file));
  const top: GoMap = new Map<string, unknown>([
    ['Values', coalesce(user, defaults)],
    ['Release', releaseObject()],
    ['Chart', chartObject(meta)],
    ['Capabilities', capabilitiesObject()],
    ['Files', filesObject(all.filter((f) => !f.startsWith('templates/') && !f.startsWith('charts/') && f !== 'Chart.yaml' && f !== 'values.yaml'), (f) => tree.read(joinPath(root, f)))],
  ]);
  const rendered = errors.length ? [] : renderTemplates(sources, top, (s) => isPartial(s.file) || (options.only !== undefined && s.name !== options.only));
  const outputs: RenderedText[] = [];
  for (const r of rendered) {
    if (r.error) errors.push(r.error);
    else if (/\.ya?ml$/i.test(r.source.file) && r.text.trim()) outputs.push({ name: r.source.name, text: r.text, marks: r.marks, unknowns: r.unknowns });
  }
  return { root, name, outputs, errors, notes: subchartNotes(all), inputs };
}

function isPartial(file: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return base.startsWith('_') || base === 'NOTES.txt';
}

function readChartYaml(text: string, file: string): GoMap {
  const doc = parseDocument(text, { prettyErrors: false, logLevel: 'error', uniqueKeys: false });
  const v = doc.errors.length ? null : convert(doc, doc.contents as never, file, 'values', 0);
  return v instanceof Map ? v : new Map();
}

function readValuesFile(tree: SourceTree, file: string, role: 'values' | 'user-values', errors: RenderError[], inputs: string[]): GoMap {
  inputs.push(file);
  const text = tree.read(file);
  if (text === undefined) {
    if (role === 'user-values') errors.push({ message: `values file ${file} not found`, file, span: { start: 0, end: 0 } });
    return new Map();
  }
  const { values, error } = readValues(text, file, role);
  if (error) errors.push({ message: `cannot read values: ${error.message}`, file, span: { start: error.offset, end: error.offset + 1 } });
  return values;
}

/** Every file below the chart root, relative to it, sorted. */
function listFiles(tree: SourceTree, root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    for (const e of tree.list(dir) ?? []) {
      const full = joinPath(dir, e.name);
      if (e.dir && depth < 20) walk(full, depth + 1);
      else if (!e.dir) out.push(relativePath(root, full));
    }
  };
  walk(root, 0);
  return out.sort();
}

function subchartNotes(files: readonly string[]): string[] {
  const subcharts = new Set(files.filter((f) => f.startsWith('charts/')).map((f) => f.split('/')[1] ?? ''));
  return [...subcharts].filter(Boolean).map((s) => `subchart charts/${s} is not rendered (subcharts are not supported yet)`);
}
