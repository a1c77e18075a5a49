/**
 * An in-memory LSP client for protocol tests: the server from startServer() on one end of two
 * streams, a JSON-RPC connection on the other. Answers the server's configuration, registration
 * and progress requests and records pushed diagnostics and log messages.
 */

import { Duplex } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { ServerDeps, startServer } from '../../server/src/server';
import { nodeFiles } from '../../server/src/host/disk-files';
import { ServerHost } from '../../server/src/host/files';

class Pipe extends Duplex {
  _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.emit('data', chunk);
    done();
  }
  _read(): void {}
}

export interface ClientOptions {
  readonly pull?: boolean;
  /** false: a client without workspace/configuration, which pushes settings instead. */
  readonly configuration?: boolean;
  readonly settings?: Record<string, unknown>;
  /** A folder path, or a URI (`vscode-vfs://...`) for a virtual workspace. */
  readonly workspaceFolder?: string;
  /** How the server reaches unopened files: the Node entry's by default (clientFiles: as in a browser). */
  readonly files?: ServerHost['files'];
  /** Replacements handed to startServer (e.g. a session whose analysis fails). */
  readonly server?: ServerDeps;
  /** Sent in initialize (e.g. { baseText: true } to offer change-impact bases). */
  readonly initializationOptions?: Record<string, unknown>;
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly pushed = new Map<string, unknown[]>();
  readonly refreshes: string[] = [];
  /** window/logMessage notifications (connection.console on the server). */
  readonly logs: Array<{ type: number; message: string }> = [];
  settings: Record<string, unknown>;
  private version = new Map<string, number>();

  constructor(private readonly options: ClientOptions = {}) {
    const up = new Pipe();
    const down = new Pipe();
    startServer(createConnection(new StreamMessageReader(up), new StreamMessageWriter(down)), { files: options.files ?? nodeFiles, processId: process.pid }, options.server);
    this.connection = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    this.settings = options.settings ?? {};
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    for (const m of ['workspace/diagnostic/refresh', 'workspace/inlayHint/refresh', 'workspace/codeLens/refresh']) this.connection.onRequest(m, () => void this.refreshes.push(m));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => this.pushed.set(p.uri, p.diagnostics));
    this.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => void this.logs.push(p));
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  async initialize(): Promise<{ capabilities: Record<string, unknown> }> {
    const folder = this.options.workspaceFolder;
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: null,
      rootUri: null,
      workspaceFolders: folder ? [{ uri: folder.includes('://') ? folder : `file://${folder}`, name: 'ws' }] : null,
      initializationOptions: this.options.initializationOptions,
      capabilities: {
        workspace: { configuration: this.options.configuration !== false, didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true }, inlayHint: { refreshSupport: true } },
        textDocument: this.options.pull === false ? {} : { diagnostic: { dynamicRegistration: false } },
        window: { workDoneProgress: true },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  async open(uri: string, text: string): Promise<void> {
    this.version.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  }

  async change(uri: string, text: string): Promise<void> {
    const v = (this.version.get(uri) ?? 1) + 1;
    this.version.set(uri, v);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  async diagnostics(uri: string): Promise<Array<{ code: string; message: string; severity: number; range: { start: { line: number; character: number } } }>> {
    const report = await this.request<{ items: [] }>('textDocument/diagnostic', { textDocument: { uri } });
    return report.items;
  }

  dispose(): void {
    this.connection.dispose();
  }
}

/** Polls until `probe` returns something, or fails after `ms`. */
export async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
