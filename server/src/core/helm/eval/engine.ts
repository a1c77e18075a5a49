/**
 * Renders a set of template files the way Helm's engine does: every file is parsed, `define`s
 * are shared by all, and each file that is not a partial (`_*.tpl`) is executed with the
 * context whose .Template names it. A file that fails gives its error instead of output.
 */

import { TracedBuilder } from '../../sourcemap/builder';
import { Mark, UnknownSpan } from '../../sourcemap/types';
import { Span } from '../../text/span';
import { FUNCTIONS } from '../functions';
import { Define, Node, ParsedTemplate } from '../template/ast';
import { parseTemplate } from '../template/parse';
import { TemplateSyntaxError } from '../template/tokens';
import { Call, Engine, TemplateError } from './frame';
import { execNodes } from './exec';
import { GoMap, Val } from './values';

export interface TemplateSource {
  /** Helm's name for it: `<chart>/templates/<path>`. */
  readonly name: string;
  /** Its path in the SourceTree. */
  readonly file: string;
  readonly text: string;
}

export interface RenderError {
  readonly message: string;
  readonly file: string;
  readonly span: Span;
}

export interface RenderedTemplate {
  readonly source: TemplateSource;
  readonly text: string;
  readonly marks: readonly Mark[];
  readonly unknowns: readonly UnknownSpan[];
  readonly error?: RenderError;
}

export function renderTemplates(sources: readonly TemplateSource[], top: GoMap, isPartial: (s: TemplateSource) => boolean): RenderedTemplate[] {
  const parsed: Array<{ source: TemplateSource; tree?: ParsedTemplate; error?: RenderError }> = sources.map((source) => {
    try {
      return { source, tree: parseTemplate(source.file, source.text) };
    } catch (error) {
      if (error instanceof TemplateSyntaxError) return { source, error: { message: `parse error: ${error.message}`, file: source.file, span: { start: error.offset, end: error.offset + 2 } } };
      return { source, error: { message: `parse error: ${tooDeep(error)}`, file: source.file, span: { start: 0, end: 0 } } };
    }
  });
  const defines = new Map<string, Define>();
  // Each file is also a template named by its path, as `include (print $.Template.BasePath "/x.yaml")` expects.
  for (const p of parsed) if (p.tree) defines.set(p.source.name, { name: p.source.name, body: p.tree.body, file: p.source.file });
  // Helm parses files in its own order and the last define of a name wins, unless its body is empty.
  for (const p of [...parsed].sort((a, b) => helmParseOrder(a.source.name, b.source.name))) {
    for (const d of p.tree?.defines ?? []) if (!defines.has(d.name) || !isEmptyBody(d.body)) defines.set(d.name, d);
  }
  const engine = makeEngine(defines, new Map(sources.map((s) => [s.file, s.text])));
  return parsed.filter((p) => !isPartial(p.source)).map(({ source, tree, error }) => {
    if (!tree) return { source, text: '', marks: [], unknowns: [], error };
    const out = new TracedBuilder();
    const dot: Val = { v: withTemplate(top, source) };
    try {
      engine.steps = 0;
      execNodes({ engine, file: source.file, vars: [{ name: '$', val: dot }], out, depth: 0 }, tree.body, dot);
      return { source, text: out.text(), marks: out.marks, unknowns: out.unknowns };
    } catch (e) {
      if (e instanceof TemplateError) return { source, text: '', marks: [], unknowns: [], error: { message: e.message, file: e.file, span: e.span } };
      return { source, text: '', marks: [], unknowns: [], error: { message: tooDeep(e), file: source.file, span: { start: 0, end: 0 } } };
    }
  });
}

/** Helm's sortTemplates: deeper paths first, then names in reverse alphabetical order. */
function helmParseOrder(a: string, b: string): number {
  const depth = (name: string) => name.split('/').length;
  if (depth(a) !== depth(b)) return depth(b) - depth(a);
  return a < b ? 1 : a > b ? -1 : 0;
}

/** Go's text/template never replaces a template with one whose body is only blank text. */
function isEmptyBody(body: readonly Node[]): boolean {
  // Go's TrimSpace: Unicode White_Space (so U+0085 counts, U+FEFF does not); comments leave no node.
  return body.every((n) => n.kind === 'text' && /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/.test(n.text));
}

function withTemplate(top: GoMap, source: TemplateSource): GoMap {
  const dot: GoMap = new Map(top);
  const base = source.name.slice(0, source.name.indexOf('/templates/') + '/templates'.length);
  dot.set('Template', new Map([['Name', source.name], ['BasePath', base]]));
  return dot;
}

function makeEngine(defines: Map<string, Define>, sources: Map<string, string>): Engine {
  const engine: Engine = {
    defines,
    sources,
    funcs: FUNCTIONS,
    steps: 0,
    renderString(text: string, dot: Val, call: Call): Val {
      const file = `${call.frame.file}#tpl`;
      let tree: ParsedTemplate;
      try {
        tree = parseTemplate(file, text);
      } catch (error) {
        if (error instanceof TemplateSyntaxError) throw new TemplateError(`error calling tpl: parse error: ${error.message}`, call.frame.file, call.span);
        throw error;
      }
      const local = new Map(defines);
      for (const d of tree.defines) local.set(d.name, d);
      sources.set(file, text);
      const out = new TracedBuilder();
      // The step counter is shared, so a tpl loop cannot escape the chart's step limit.
      const inner: Engine = { ...engine, defines: local, get steps() { return engine.steps; }, set steps(n: number) { engine.steps = n; } };
      execNodes({ engine: inner, file, vars: [{ name: '$', val: dot }], out, depth: call.frame.depth + 1 }, tree.body, dot);
      // The template text lives in a values file: marks inside it cannot point anywhere useful.
      return { v: out.text(), unknowns: out.unknowns };
    },
  };
  return engine;
}

/** The engine runs out of stack only on absurd nesting; say so in the user's words, never crash. */
function tooDeep(error: unknown): string {
  if (error instanceof RangeError && /string length/i.test(error.message)) return 'the rendered output is too large to hold; not rendered';
  if (error instanceof RangeError) return 'the template nests too deeply to render (thousands of levels)';
  return `the template could not be rendered: ${error instanceof Error ? error.message : String(error)}`;
}
