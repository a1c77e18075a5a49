/** Custom requests: a document's projection, and the report over the whole workspace. */

import { CancellationToken, Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentState, Session } from '../session';
import { resourceRow } from '../core/report/row';
import { ProjectionRequest, ProjectionResult, ResourceProjection, WorkspaceReportRequest, WorkspaceReportResult } from '../protocol/requests';
import { guard } from './guard';
import { nextTurn } from '../host/timers';
import { changeViewAt, removedViews } from './changes';
import { shownResources, waitingNote } from '../last-valid';

export function registerProjection(connection: Connection, session: Session): void {
  connection.onRequest(ProjectionRequest.type, guard(connection, ProjectionRequest.method, { resources: [] } as ProjectionResult, async (params): Promise<ProjectionResult> => {
    const state = await session.state(params.textDocument.uri);
    return state ? { resources: rows(session, state), removed: removedViews(state) } : { resources: [] };
  }));
  connection.onRequest(WorkspaceReportRequest.type, guard(connection, WorkspaceReportRequest.method, { files: 0, resources: [] } as WorkspaceReportResult, async (_params, token: CancellationToken) => {
    const out: ResourceProjection[] = [];
    // Files opened from outside the workspace are the user's business, not the workspace's.
    const uris = session.index.uris().filter((uri) => session.inWorkspace(uri));
    for (const uri of uris) {
      if (token.isCancellationRequested) break;
      const open = session.state(uri);
      const state = open ? await open : await closedState(session, uri);
      // A resource of a chart or overlay is counted once, in the file where it starts.
      if (state) out.push(...rows(session, state, true));
      await nextTurn();
    }
    return { files: uris.length, resources: out };
  }));
}

async function closedState(session: Session, uri: string): Promise<DocumentState | undefined> {
  try {
    const text = await session.files.readFile(uri);
    return text === undefined ? undefined : await session.analyseText(TextDocument.create(uri, 'yaml', 0, text));
  } catch {
    return undefined;
  }
}

function rows(session: Session, state: DocumentState, ownOnly = false): ResourceProjection[] {
  const { lines } = state.file;
  if (state.set) {
    const findings = state.findings.map((f) => ({ line: lines.position(f.span.start).line + 1, severity: f.severity, rule: f.rule, message: f.message }));
    return state.set.resources.filter((r) => !ownOnly || r.own).map((r) => ({ ...resourceRow(state.document.uri, r.analysis.lines, r.resource.resource, r.resource.projection as NonNullable<typeof r.resource.projection>), line: lines.position(r.offset).line + 1, findings }));
  }
  return shownResources(session.lastValid, state.document.uri, state.file).flatMap(({ chunk, resource: { resource, projection }, waiting }) => {
    if (!projection) return [];
    // While the YAML is broken, the shown resource may be the last valid one: its findings are the chunk's (the syntax error).
    const findings = chunk.findings
      .filter((f) => waiting || (f.span.start >= resource.span.start && f.span.start <= resource.span.end))
      .map((f) => ({ line: lines.position(f.span.start + chunk.start).line + 1, severity: f.severity, rule: f.rule, message: f.message }));
    const change = changeViewAt(state, resource.start + chunk.start);
    const row = { ...resourceRow(state.document.uri, lines, resource, projection, chunk.start), findings, ...(change ? { change } : {}) };
    return [waiting ? { ...row, waiting: waitingNote(waiting) } : row];
  });
}
