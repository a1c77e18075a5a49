/**
 * Findings on rendered texts, moved to the files a user edits. A finding on a value lands where
 * the template (or patch) wrote it, with the values-file entry (or base) as related location;
 * when the value is the user's own input (a --values file) it lands there instead. Each fix is
 * carried over to the file that holds the value, and only offered when rendering again with
 * that change gives exactly the fixed output.
 */

import { parseAllDocuments } from 'yaml';
import { applyEdits } from '../edits/text-edit';
import { Finding, Fix } from '../rules/types';
import { mapCovering, mapSpan } from '../sourcemap/map-back';
import { RenderedText, ValueOrigin } from '../sourcemap/types';
import { SourceTree } from '../sources/tree';
import { FileEdit, RenderedAnalysis, Rerender, SetFinding } from './types';
import { originLabel } from './labels';

export function mapFindings(outputs: readonly RenderedAnalysis[], tree: SourceTree, rerender: Rerender): SetFinding[] {
  const out: SetFinding[] = [];
  const seen = new Set<string>();
  for (const { rendered, findings } of outputs) {
    for (const f of findings) {
      const mapped = mapFinding(rendered, f, tree, rerender);
      if (!mapped) continue;
      const key = `${mapped.file}:${mapped.span.start}:${mapped.span.end}:${mapped.rule}:${mapped.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(mapped);
    }
  }
  return out;
}

function mapFinding(r: RenderedText, f: Finding, tree: SourceTree, rerender: Rerender): SetFinding | undefined {
  const m = mapSpan(r, f.span);
  if (!m) return undefined;
  const related: Array<SetFinding['related'][number]> = [];
  let { file, span } = m.at;
  if (m.value) {
    const valueSpan = m.value.keySpan ?? m.value.span;
    if (m.value.role === 'user-values') {
      related.push({ file, span, message: 'written here by the template' });
      ({ file, span } = { file: m.value.file, span: m.value.span });
    } else if (m.value.role !== 'set' && !(m.value.file === file && valueSpan.start === span.start)) {
      related.push({ file: m.value.file, span: valueSpan, message: originLabel(m.value, tree) });
    }
  }
  for (const rel of f.related ?? []) {
    const rm = mapSpan(r, rel.span);
    if (rm) related.push({ file: rm.at.file, span: rm.at.span, message: rel.message });
  }
  // Carrying a fix over renders again, so it is done only when someone asks for the fixes.
  let fixes: SetFinding['fixes'] | undefined;
  const carried = () => (fixes ??= (f.fixes ?? []).flatMap((fix) => {
    const edits = carryFix(r, fix, tree, rerender);
    return edits ? [{ title: fix.title, preferred: fix.preferred, edits }] : [];
  }));
  return { rule: f.rule, severity: f.severity, message: f.message, file, span, related, get fixes() { return carried(); } };
}

/** The fix's edits in source files, if rendering with them gives exactly the fixed output. */
function carryFix(r: RenderedText, fix: Fix, tree: SourceTree, rerender: Rerender): FileEdit[] | undefined {
  const options = fix.edits.map((e) => candidates(r, e.span, e.newText, tree));
  if (options.some((o) => o.length === 0)) return undefined;
  const expected = applyEdits(r.text, fix.edits);
  // Few edits with at most two ways each: try every combination.
  const combos = options.reduce<FileEdit[][]>((acc, o) => acc.flatMap((a) => o.map((x) => [...a, x])), [[]]).slice(0, 8);
  for (const edits of combos) {
    const overrides = applyToFiles(edits, tree);
    if (!overrides) continue;
    const again = rerender(overrides, r.name)?.find((o) => o.name === r.name);
    if (again && (again.text === expected || sameData(again.text, expected))) return edits;
  }
  return undefined;
}

function candidates(r: RenderedText, span: { start: number; end: number }, newText: string, tree: SourceTree): FileEdit[] {
  const m = mapSpan(r, span);
  if (!m) return [];
  const out: FileEdit[] = [];
  if (m.exact) out.push({ file: m.at.file, span: m.at.span, newText });
  if (m.value && m.value.role !== 'set') out.push(...valueEdits(m.value, newText, tree));
  const covering = m.exact ? undefined : mapCovering(r, span);
  if (covering) out.push({ file: covering.file, span: covering.span, newText });
  return out;
}

/** Replacing the value in its file: as written, or without the YAML quotes the fix added. */
function valueEdits(o: ValueOrigin, newText: string, tree: SourceTree): FileEdit[] {
  if (tree.read(o.file) === undefined) return [];
  const texts = [newText];
  const quoted = /^"((?:[^"\\]|\\.)*)"$|^'((?:[^']|'')*)'$/.exec(newText);
  if (quoted) texts.push(quoted[1] ?? (quoted[2] ?? '').replace(/''/g, "'"));
  return texts.map((t) => ({ file: o.file, span: o.span, newText: t }));
}

function applyToFiles(edits: readonly FileEdit[], tree: SourceTree): Map<string, string> | undefined {
  const byFile = new Map<string, FileEdit[]>();
  for (const e of edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  const out = new Map<string, string>();
  for (const [file, list] of byFile) {
    const text = tree.read(file);
    if (text === undefined) return undefined;
    out.set(file, applyEdits(text, list));
  }
  return out;
}

/** Both texts hold the same YAML data (a renamed key may render at another place in the order). */
function sameData(a: string, b: string): boolean {
  const data = (t: string) => {
    const docs = parseAllDocuments(t, { prettyErrors: false, logLevel: 'silent' });
    return docs.some((d) => d.errors.length) ? undefined : stable(docs.map((d) => d.toJS({ maxAliasCount: 100 }) as unknown));
  };
  const x = data(a);
  return x !== undefined && x === data(b);
}

function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}
