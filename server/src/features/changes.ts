/**
 * Change impact in the editor: the base text from the client, a diagnostic per changed field
 * (and per change-only finding), a CodeLens per changed resource, the preview's change views.
 * Everything is computed with the document's analysis (session.ts, document-changes.ts).
 */

import { CodeLens, Connection, Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { DocumentState, Session } from '../session';
import { toRange } from '../convert';
import { fieldMessage, show } from '../core/changes/fields';
import { ResourceChange } from '../core/changes/types';
import { LineIndex } from '../core/text/line-index';
import { BasesChangedNotification, BaseTextRequest, ChangeView, RemovedView } from '../protocol/changes';
import { guard } from './guard';

export const CHANGE_CODE = 'change-impact';

/**
 * Asks a client that offers bases (initializationOptions.baseText) for each document's base when
 * it opens and whenever the client says bases changed; a new or cleared base refreshes the views.
 */
export function registerBaseText(connection: Connection, session: Session, offered: () => boolean, refresh: () => void): void {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = guard(connection, BaseTextRequest.method, undefined, async () => {
    const uris = [...pending];
    pending.clear();
    const answer = await connection.sendRequest(BaseTextRequest.type, { textDocuments: uris.map((uri) => ({ uri })) }).catch(() => null);
    const bases = Array.isArray(answer?.bases) ? answer.bases : [];
    let changed = false;
    for (const uri of uris) {
      const b = bases.find((x) => x?.uri === uri);
      if (!session.documents.get(uri) || !session.bases.set(uri, typeof b?.base === 'string' ? b.base : null, typeof b?.ref === 'string' ? b.ref : 'HEAD')) continue;
      session.invalidateDocument(uri);
      changed = true;
    }
    if (changed) refresh();
  });
  // Documents open in bursts (start-up, a restarted server): one request for all of them.
  const ask = (uris: Iterable<string>) => {
    if (!offered()) return;
    for (const uri of uris) pending.add(uri);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), 50);
  };
  session.documents.onDidOpen((e) => ask([e.document.uri]));
  connection.onNotification(BasesChangedNotification.type, guard(connection, BasesChangedNotification.method, undefined, (params) => {
    ask(Array.isArray(params?.uris) ? params.uris.filter((u): u is string => typeof u === 'string') : session.documents.keys());
  }));
}

const SEVERITY = { warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

export function changeDiagnostics(state: DocumentState): Diagnostic[] {
  const changes = state.changes;
  if (!changes) return [];
  const doc = state.document;
  return changes.changes.flatMap((c) => [
    ...c.fields.flatMap((f) => (f.span ? [{ range: toRange(doc, f.span), severity: SEVERITY[f.severity], code: CHANGE_CODE, source: 'flink-k8s', message: `Since ${changes.ref}: ${fieldMessage(f)}` }] : [])),
    ...c.findings.flatMap((f) => {
      const span = f.span ?? c.span;
      return span ? [{ range: toRange(doc, f.span ?? { start: span.start, end: span.start }), severity: SEVERITY[f.severity], code: CHANGE_CODE, source: 'flink-k8s', message: `Since ${changes.ref}: ${f.message}` }] : [];
    }),
  ]);
}

/** One lens per changed resource; removed resources get theirs on the first line. */
export function changeLenses(state: DocumentState, uri: string, indexOf: (start: number) => number | undefined): CodeLens[] {
  const changes = state.changes;
  if (!changes) return [];
  // An operator release outside the modelled ones: one lens says why nothing is predicted.
  if (changes.note) return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, command: { title: `Change impact since ${changes.ref}: ${changes.note}`, command: '' } }];
  return changes.changes.map((c) => {
    const at = state.document.positionAt(c.span?.start ?? 0);
    const title = c.span ? `This change: ${c.headline}` : `Removed since ${changes.ref}: ${c.kind} ${c.name || '(no name)'} (${c.headline})`;
    const index = c.span ? indexOf(c.span.start) : undefined;
    return { range: { start: at, end: at }, command: { title, tooltip: `The operator ${c.action}.`, command: 'flinkK8s.showPodLayout', arguments: [uri, index ?? 0] } };
  });
}

/** The change of the resource that starts at `start` (whole-text offset), for the preview. */
export function changeViewAt(state: DocumentState, start: number): ChangeView | undefined {
  const c = state.changes?.changes.find((x) => x.span?.start === start);
  return c && state.changes ? changeView(c, state.changes.ref, state.file.lines) : undefined;
}

export function removedViews(state: DocumentState): RemovedView[] {
  return (state.changes?.changes ?? []).filter((c) => !c.span).map((c) => ({ kind: c.kind, name: c.name, namespace: c.namespace, headline: c.headline, action: c.action }));
}

export function changeView(c: ResourceChange, ref: string, lines: LineIndex): ChangeView {
  const line = (s?: { start: number }) => (s ? lines.position(s.start).line + 1 : null);
  return {
    ref, class: c.class, headline: c.headline, action: c.action, conditions: c.conditions, state: c.state, losesState: c.losesState,
    fields: c.fields.map((f) => ({ path: f.path, class: f.type, before: f.before === undefined ? '' : show(f.before), after: f.after === undefined ? '' : show(f.after), line: line(f.span), effect: f.effect, severity: f.severity })),
    findings: c.findings.map((f) => ({ severity: f.severity, message: f.message, line: line(f.span) })),
    projection: c.projection,
  };
}
