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
import { registerCompletion } from './features/completion';
import { registerProjection } from './features/projection';
import { registerEffectiveConfig } from './features/effective-config';
import { validatorFor } from './core/schema/schemas';
import { guard } from './features/guard';
import { FileSystemHost, ServerHost } from './host/files';
import { soon } from './host/timers';
import { namePattern, WATCHED_GLOBS, YAML_FILES } from './protocol/files';
import { registerBaseText } from './features/changes';
import { VERSION } from './version';
import { normalizeSettings, pushedSection } from './protocol/settings';

export const SERVER_NAME = 'flink-k8s-language-server';
export { VERSION };

/** What a caller may replace. Only tests do (a session whose analysis fails); the shipped entries pass nothing. */
export interface ServerDeps {
  readonly session?: (connection: Connection, files: FileSystemHost) => Session;
}

/** The same server in Node (main.ts) and in a web worker (main.browser.ts); `host` is what differs. */
export function startServer(connection: Connection, host: ServerHost, deps: ServerDeps = {}): Session {
  const files = host.files(connection);
  const session = deps.session?.(connection, files) ?? new Session(connection, files);
  let pullDiagnostics = false;
  let dynamicWatchers = false;
  let folders: string[] = [];
  let baseTexts = false;
  connection.onInitialize((params: InitializeParams) => {
    const caps = params.capabilities;
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    session.supportsConfiguration = !!caps.workspace?.configuration;
    dynamicWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    baseTexts = (params.initializationOptions as { baseText?: unknown } | undefined)?.baseText === true;
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!folders.length && params.rootUri) folders = [params.rootUri];
    session.workspaceFolders = folders;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        diagnosticProvider: pullDiagnostics ? { interFileDependencies: true, workspaceDiagnostics: false } : undefined,
        inlayHintProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite'] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '.'], resolveProvider: true },
        documentSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: SERVER_NAME, version: VERSION },
      // The client knows the process it started only through private fields; this lets it report (and its tests kill) the server.
      processId: host.processId,
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
    soon(guard(connection, 'validator warm-up', undefined, () => void validatorFor('FlinkDeployment')));
    if (session.supportsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'flinkK8s' }).catch(() => undefined);
    if (dynamicWatchers) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) }).catch(() => undefined);
    await scanWorkspace(connection, session, folders);
    refreshAll();
  }));
  connection.onDidChangeConfiguration(guard(connection, 'workspace/didChangeConfiguration', undefined, (params) => {
    // A client that cannot be asked for settings sends them here; one that can is asked again.
    const pushed = session.supportsConfiguration ? undefined : pushedSection(params.settings);
    if (pushed) session.pushedSettings = normalizeSettings(pushed);
    session.invalidate(true);
    refreshAll();
  }));
  connection.onDidChangeWatchedFiles(guard(connection, 'workspace/didChangeWatchedFiles', undefined, async (params) => {
    // Only a change to a file that holds (or held) Flink resources, or that a chart or overlay
    // reads, can change what open files see; saving an open file or editing other YAML refreshes
    // nothing. An open file's own analysis keeps the index current, also when it opens while the
    // file is being read. Helpers and `Kustomization` files are watched for the charts and overlays only.
    let changed = session.sets.filesChanged(params.changes);
    for (const change of params.changes) {
      if (!isYaml(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) changed = session.index.remove(change.uri) || changed;
      else if (!session.documents.get(change.uri)) {
        const text = await files.readFile(change.uri);
        if (!session.documents.get(change.uri)) changed = session.index.updateFile(change.uri, text) || changed;
      }
    }
    if (changed) refreshAll();
  }));
  let linkTimer: NodeJS.Timeout | undefined;
  session.onLinksChanged = () => {
    if (linkTimer) clearTimeout(linkTimer);
    linkTimer = setTimeout(guard(connection, 'refresh after a link change', undefined, () => (session.documents.all().length > 1 ? refreshAll() : undefined)), 300);
  };
  // Editing values.yaml, a helper or a patch changes what the other open files of its chart or
  // overlay show; so does closing it unsaved (the set reads the file again).
  let setTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshSetOf = (uri: string) => {
    if (!session.sets.dependents(uri).length) return;
    if (setTimer) clearTimeout(setTimer);
    setTimer = setTimeout(guard(connection, 'refresh a chart or overlay', undefined, refreshAll), 150);
  };
  session.documents.onDidClose(guard(connection, 'textDocument/didClose', undefined, (e) => {
    session.forget(e.document.uri);
    session.sets.documentClosed(e.document.uri);
    refreshSetOf(e.document.uri);
  }));
  session.documents.onDidChangeContent(guard(connection, 'chart/overlay change', undefined, (e) => {
    session.sets.documentChanged(e.document.uri);
    refreshSetOf(e.document.uri);
  }));
  registerInlayHints(connection, session);
  registerCodeActions(connection, session);
  registerNavigation(connection, session);
  registerCompletion(connection, session);
  registerProjection(connection, session);
  registerBaseText(connection, session, () => baseTexts, () => {
    republish();
    void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  });
  registerEffectiveConfig(connection, session);
  session.documents.listen(connection);
  connection.listen();
  return session;
}

async function scanWorkspace(connection: Connection, session: Session, folders: readonly string[]): Promise<void> {
  if (!folders.length) return;
  const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
  const files = await session.files.listFiles(folders);
  progress?.begin('Flink: indexing resources', 0, `${files.length} YAML files`, false);
  for (const [i, uri] of files.entries()) {
    await session.indexFile(uri);
    if (i % 50 === 0) progress?.report(Math.round((i / Math.max(1, files.length)) * 100));
  }
  progress?.done();
  connection.console.info(`indexed ${session.index.size} files with Flink resources out of ${files.length} YAML files`);
}

const YAML_NAME = namePattern(YAML_FILES);

function isYaml(uri: string): boolean {
  return YAML_NAME.test(uri.slice(uri.lastIndexOf('/') + 1));
}
