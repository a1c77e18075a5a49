/**
 * Helm/Go templates (`{{ ... }}`) inside YAML, and `${NAME}` placeholders that envsubst, Flux's
 * post-build substitution or Terraform fill in before the YAML is applied. Before parsing,
 * every template is masked with characters of the same length so offsets stay true: a template
 * on a line of its own becomes a comment, one inside a value becomes a placeholder scalar. The
 * spans are kept so that any value touching a template is reported as unknown instead of being
 * guessed.
 */

import { Span } from '../text/span';

/** A span a renderer left unevaluated, with its reason. */
export interface ReasonSpan extends Span {
  readonly reason: string;
}

export interface TemplateSpan extends Span {
  /** The template stands alone on its line(s). */
  readonly wholeLine: boolean;
  /** Emits YAML (toYaml, include, a value) rather than steering control flow (if, end, range). */
  readonly emits: boolean;
  /** Column the emitted YAML lands at: `nindent N`/`indent N`, else the template's own column. */
  readonly column: number;
  /** Why a rendered chart left it unevaluated (e.g. "function foo not supported"). */
  readonly reason?: string;
}

const TEMPLATE_REASON = 'set by a template expression';

/** Why a value in `s` is unknown: the reason a renderer gave for a template there, else the general one. */
export function templateReason(templates: readonly TemplateSpan[], s: Span): string {
  return renderReason(templates, s) ?? TEMPLATE_REASON;
}

/** The reason a chart renderer gave for leaving a template in `s` unevaluated, if it gave one. */
export function renderReason(templates: readonly TemplateSpan[], s: Span): string | undefined {
  for (const t of templates) if (t.reason && t.start < s.end && s.start < t.end) return t.reason;
  return undefined;
}

/** An action may span lines, but never a `---` document separator: a stray `{{` stays in its document. */
const TEMPLATE = /\{\{(?:(?!\n---)[^]){0,4000}?\}\}/g;
/** `{{name}}` and `{{namespace}}` are the operator's own ingress placeholders (§9.3), not templates. */
const OPERATOR_PLACEHOLDER = /^\{\{(name|namespace)\}\}$/i;
const CONTROL = /^\{\{-?\s*(?:if|else|end|with|range|define|block|\/\*|\$[\w]*\s*:?=|-?\s*\}\})/;

/**
 * A shell-style `${NAME}` (or `${NAME:-default}`). Neither the API server nor the operator
 * expands it, so in a manifest it is a placeholder for a tool that renders the file first; at
 * worst (a value a shell expands at run time) a value we do not judge.
 */
const PLACEHOLDER = /\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=?+][^}\r\n]*)?\}/g;

export function maskTemplates(text: string, reasons: readonly ReasonSpan[] = []): { masked: string; templates: TemplateSpan[]; conditionals: Span[] } {
  if (!text.includes('{{') && !text.includes('${')) return { masked: text, templates: [], conditionals: [] };
  const chars = text.split('');
  const templates: TemplateSpan[] = [];
  const helm = [...text.matchAll(TEMPLATE)].filter((m) => !OPERATOR_PLACEHOLDER.test(m[0]));
  const insideHelm = (at: number) => helm.some((m) => at >= (m.index ?? 0) && at < (m.index ?? 0) + m[0].length);
  const placeholders = [...text.matchAll(PLACEHOLDER)].filter((m) => !insideHelm(m.index ?? 0));
  for (const match of [...helm, ...placeholders].sort((a, b) => (a.index ?? 0) - (b.index ?? 0))) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEndRaw = text.indexOf('\n', end);
    const lineEnd = lineEndRaw < 0 ? text.length : lineEndRaw;
    const before = text.slice(lineStart, start);
    const wholeLine = before.trim() === '' && isTemplateTail(text.slice(end, lineEnd));
    const indent = /\bn?indent\s+(\d+)/.exec(match[0]);
    const column = indent ? Number(indent[1]) : start - lineStart;
    const reason = reasons.find((r) => r.start <= start && end <= r.end)?.reason;
    templates.push({ start, end, wholeLine, emits: !CONTROL.test(match[0]), column, ...(reason ? { reason } : {}) });
    if (wholeLine) maskAsComment(chars, start, end);
    else for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = '_';
  }
  return { masked: chars.join(''), templates, conditionals: conditionalRegions(text, templates) };
}

const OPENS = /^\{\{-?\s*(if|with|range)\b/;
const ENDS = /^\{\{-?\s*end\b/;

/**
 * Regions between `{{ if/with/range }}` and their `{{ end }}`: YAML inside may or may not be
 * rendered (and an else branch may replace it), so what it sets is unknown.
 */
function conditionalRegions(text: string, templates: readonly TemplateSpan[]): Span[] {
  const regions: Span[] = [];
  const open: number[] = [];
  for (const t of templates) {
    const source = text.slice(t.start, t.end);
    if (OPENS.test(source)) open.push(t.start);
    else if (ENDS.test(source) && open.length > 0) regions.push({ start: open.pop() ?? 0, end: t.end });
  }
  for (const start of open) regions.push({ start, end: text.length });
  return regions;
}

/**
 * The conditional blocks that guard part of a document. A block around the whole document (a
 * chart's `{{- if .Values.enabled }}` ... `{{- end }}` guard) renders all of it or nothing: what
 * it renders is known, so it does not make the document's values unknown.
 */
export function partialConditionals(conditionals: readonly Span[], content: Span): Span[] {
  return conditionals.filter((c) => !(c.start <= content.start && c.end >= content.end));
}

export function insideConditional(conditionals: readonly Span[], offset: number): boolean {
  for (const c of conditionals) if (offset > c.start && offset < c.end) return true;
  return false;
}

/** After a whole-line template only spaces or more templates may follow on that line. */
function isTemplateTail(rest: string): boolean {
  return rest.replace(/\{\{[^]*?\}\}/g, '').trim() === '';
}

function maskAsComment(chars: string[], start: number, end: number): void {
  let lineHasHash = false;
  for (let i = start; i < end; i++) {
    if (chars[i] === '\n' || chars[i] === '\r') {
      lineHasHash = false;
      continue;
    }
    chars[i] = lineHasHash ? ' ' : '#';
    lineHasHash = true;
  }
}

export function touchesTemplate(templates: readonly TemplateSpan[], s: Span): boolean {
  for (const t of templates) if (t.start < s.end && s.start < t.end) return true;
  return false;
}
