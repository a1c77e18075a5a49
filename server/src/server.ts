/**
 * The language server, built by a factory so that tests can drive it over in-memory streams.
 * All state lives in the Session created here; nothing is kept at module level.
 */

import { Connection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, InitializeParams, TextDocumentSyncKind } from 'vscode-languageserver';
import { Session } from './session';
import { registerDiagnostics } from './features/diagnostics';
import { registerInlayHints } from './features/inlay-hints';
import { registerCodeActions } from './features/code-actions';
import { registerNavigation } from './features/navigation';
import { registerProjection } from './features/projection';
import { registerEffectiveConfig } from './features/effective-config';
import { WorkspaceIndex } from './workspace-index';
import { validatorFor } from './core/schema/schemas';
import { guard } from './features/guard';

export const SERVER_NAME = 'flink-k8s-language-server';
export const VERSION = '0.1.0';

/** What a caller may replace. Only tests do (a session whose analysis fails); the shipped entry passes nothing. */
export interface ServerDeps {
  readonly session?: (connection: Connection) => Session;
}

export function startServer(connection: Connection, deps: ServerDeps = {}): Session {
  const session = deps.session?.(connection) ?? new Session(connection);
  let pullDiagnostics = false;
  let dynamicWatchers = false;
  let folders: string[] = [];
  connection.onInitialize((params: InitializeParams) => {
    const caps = params.capabilities;
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    session.supportsConfiguration = !!caps.workspace?.configuration;
    dynamicWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    folders = (params.workspaceFolders ?? []).map((f) => WorkspaceIndex.toPath(f.uri)).filter((p): p is string => !!p);
    if (!folders.length && params.rootUri) folders = [WorkspaceIndex.toPath(params.rootUri)].filter((p): p is string => !!p);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        diagnosticProvider: pullDiagnostics ? { interFileDependencies: true, workspaceDiagnostics: false } : undefined,
        inlayHintProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite'] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '.'] },
        documentSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: SERVER_NAME, version: VERSION },
      // The client knows the process it started only through private fields; this lets it report (and its tests kill) the server.
      processId: process.pid,
    };
  });
  const republish = registerDiagnostics(connection, session, () => pullDiagnostics);
  const refreshAll = () => {
    session.invalidate(false);
    republish();
    void connection.languages.inlayHint.refresh().catch(() => undefined);
    void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  };
  connection.onInitialized(guard(connection, 'initialized', undefined, async () => {
    // Compile the FlinkDeployment validator while the editor is still starting up, not on the first keystroke.
    setImmediate(guard(connection, 'validator warm-up', undefined, () => void validatorFor('FlinkDeployment')));
    if (session.supportsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'flinkK8s' }).catch(() => undefined);
    if (dynamicWatchers) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }] }).catch(() => undefined);
    await scanWorkspace(connection, session, folders);
    refreshAll();
  }));
  connection.onDidChangeConfiguration(guard(connection, 'workspace/didChangeConfiguration', undefined, () => {
    session.invalidate(true);
    refreshAll();
  }));
  connection.onDidChangeWatchedFiles(guard(connection, 'workspace/didChangeWatchedFiles', undefined, (params) => {
    // Only a change to a file that holds (or held) Flink resources can change what open files see;
    // saving an open file or editing other YAML refreshes nothing.
    let changed = false;
    for (const change of params.changes) {
      const file = WorkspaceIndex.toPath(change.uri);
      if (change.type === FileChangeType.Deleted || !file) changed = session.index.remove(change.uri) || changed;
      else if (!session.documents.get(change.uri)) changed = session.index.indexFile(file) || changed;
    }
    if (changed) refreshAll();
  }));
  let linkTimer: NodeJS.Timeout | undefined;
  session.onLinksChanged = () => {
    if (linkTimer) clearTimeout(linkTimer);
    linkTimer = setTimeout(guard(connection, 'refresh after a link change', undefined, () => (session.documents.all().length > 1 ? refreshAll() : undefined)), 300);
  };
  session.documents.onDidClose(guard(connection, 'textDocument/didClose', undefined, (e) => session.forget(e.document.uri)));
  registerInlayHints(connection, session);
  registerCodeActions(connection, session);
  registerNavigation(connection, session);
  registerProjection(connection, session);
  registerEffectiveConfig(connection, session);
  session.documents.listen(connection);
  connection.listen();
  return session;
}

async function scanWorkspace(connection: Connection, session: Session, folders: readonly string[]): Promise<void> {
  if (!folders.length) return;
  const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
  const files = WorkspaceIndex.listFiles(folders);
  progress?.begin('Flink: indexing resources', 0, `${files.length} YAML files`, false);
  files.forEach((file, i) => {
    session.index.indexFile(file);
    if (i % 50 === 0) progress?.report(Math.round((i / Math.max(1, files.length)) * 100));
  });
  progress?.done();
  connection.console.info(`indexed ${session.index.size} files with Flink resources out of ${files.length} YAML files`);
}
