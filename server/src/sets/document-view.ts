/**
 * What one open file of a chart or overlay shows: the set's findings that land in it, and the
 * hints and CodeLens of the rendered resources, placed where their text is written in this file.
 */

import { TextDocument } from 'vscode-languageserver-textdocument';
import { HintKind, inlayHints } from '../core/ide/inlay-hints';
import { Finding } from '../core/rules/types';
import { mapOffset } from '../core/sourcemap/map-back';
import { SetAnalysis, SetFinding } from '../core/sets/types';
import { ResourceAnalysis, Analysis } from '../core/analysis';
import { RenderedText } from '../core/sourcemap/types';
import { OtherDocuments } from '../convert';
import { SessionTree } from './session-tree';
import { splitUri } from './uri-path';
import { splitDocuments } from '../core/incremental/split';

export interface SetHint {
  readonly offset: number;
  readonly label: string;
  readonly tooltip?: string;
  readonly kind: ReturnType<typeof inlayHints>[number]['kind'];
}

export interface SetResource {
  /** Where the resource shows in this file (its first line, or the first line this file sets). */
  readonly offset: number;
  readonly resource: ResourceAnalysis;
  readonly analysis: Analysis;
  readonly rendered: RenderedText;
  /** The resource starts in this file (not only touched by it, as a patch touches its base's resource). */
  readonly own: boolean;
  /** The overlay it comes from, when the file belongs to several (sets/merge-views.ts). */
  readonly set?: string;
}

export interface SetDocumentView {
  readonly findings: Finding[];
  readonly hints: SetHint[];
  readonly resources: SetResource[];
  readonly others: OtherDocuments;
}

/** `showHint`: the hint kinds the user's settings allow, filtered before hints are fitted to their line. */
export function documentView(analysis: SetAnalysis, file: string, tree: SessionTree, showHint: (kind: HintKind) => boolean = () => true): SetDocumentView {
  const others: OtherDocuments = (uri) => {
    const at = splitUri(uri);
    const text = at?.origin === tree.origin ? tree.read(at.path) : undefined;
    return text === undefined ? undefined : TextDocument.create(uri, 'yaml', 0, text);
  };
  const uriOf = (x: string) => (x === file ? undefined : tree.uriOf(x));
  return { findings: analysis.findings.filter((f) => f.file === file).map((f) => asFinding(f, uriOf)), hints: hints(analysis, file, showHint), resources: resources(analysis, file, tree), others };
}

/** A finding on this file; `uriOf` names the other files it points into (undefined for this one). */
function asFinding(f: SetFinding, uriOf: (file: string) => string | undefined): Finding {
  return {
    rule: f.rule, severity: f.severity, message: f.message, span: f.span,
    related: f.related.map((r) => ({ span: r.span, message: r.message, file: uriOf(r.file) })),
    // Read only when code actions ask (carrying a fix renders the chart again).
    get fixes() {
      return f.fixes.map((x) => ({ title: x.title, preferred: x.preferred, edits: x.edits.map((e) => ({ span: e.span, newText: e.newText, file: uriOf(e.file) })) }));
    },
  };
}

function hints(analysis: SetAnalysis, file: string, showHint: (kind: HintKind) => boolean): SetHint[] {
  const seen = new Set<string>();
  const out: SetHint[] = [];
  for (const o of analysis.outputs) {
    for (const h of inlayHints(o.analysis, showHint)) {
      const at = mapOffset(o.rendered, h.offset);
      if (!at || at.file !== file) continue;
      const key = `${at.span.start}:${h.label}`;
      if (seen.has(key) || out.some((x) => x.offset === at.span.start)) continue;
      seen.add(key);
      out.push({ offset: at.span.start, label: h.label, tooltip: h.tooltip, kind: h.kind });
    }
  }
  return out;
}

function resources(analysis: SetAnalysis, file: string, tree: SessionTree): SetResource[] {
  return analysis.outputs.flatMap((o) => o.analysis.resources.flatMap((ra) => {
    if (!ra.projection) return [];
    const start = mapOffset(o.rendered, ra.resource.start);
    const own = start?.file === file;
    const mark = own ? start.span.start : firstMarkIn(o.rendered, ra.resource.span, file);
    const inFile = mark === undefined || own ? mark : patchStart(tree.read(file) ?? '', mark);
    return inFile === undefined ? [] : [{ offset: inFile, resource: ra, analysis: o.analysis, rendered: o.rendered, own }];
  }));
}

/**
 * A patch that is itself a resource (a strategic merge patch) shows on its first line, like any
 * resource, not where its first value happens to be; an inline patch in a kustomization stays
 * at the value it sets.
 */
function patchStart(text: string, mark: number): number {
  const chunk = splitDocuments(text).find((c) => mark >= c.start && mark < c.start + Math.max(c.text.length, 1));
  if (!chunk || !/^apiVersion:[ \t]*["']?flink\.apache\.org\//m.test(chunk.text)) return mark;
  const first = /^(?![ \t\r]*(?:#|$)|---|\.\.\.|%)/m.exec(chunk.text);
  return first ? chunk.start + first.index : mark;
}

function firstMarkIn(r: RenderedText, span: { start: number; end: number }, file: string): number | undefined {
  return r.marks.find((m) => m.start >= span.start && m.start < span.end && m.at.file === file)?.at.span.start;
}
