/**
 * Server state, built by startServer: open documents, their settings, the workspace index and
 * one cached analysis per document version that every feature reads.
 */

import { Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Finding, RuleOptions } from './core/rules/types';
import { FileResult, IncrementalAnalyzer } from './core/incremental/analyzer';
import { LineIndex } from './core/text/line-index';
import { normalizeSettings, Settings, DEFAULT_SETTINGS } from './protocol/settings';
import { WorkspaceIndex } from './workspace-index';
import { clientFiles, FileSystemHost } from './host/files';
import { WorkspaceSets } from './sets/workspace-sets';
import { SetDocumentView } from './sets/document-view';
import { BaseTexts, DocumentChanges } from './document-changes';
import { LastValid } from './last-valid';

export interface DocumentState {
  readonly version: number;
  readonly document: TextDocument;
  /** The document's YAML documents, each analysed on its own text (chunk-relative spans). */
  readonly file: FileResult;
  /** Findings at whole-text offsets. */
  readonly findings: readonly Finding[];
  readonly settings: Settings;
  /**
   * What the text changes against its base (git HEAD by default), when the client sent one. Not
   * for a file of a chart or overlay: its own text is not the resource that is applied.
   */
  readonly changes?: DocumentChanges;
  /** Set when the document belongs to a Helm chart or kustomize overlay: what it shows comes from the rendered resources. */
  readonly set?: SetDocumentView;
}

export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly index = new WorkspaceIndex();
  readonly bases = new BaseTexts();
  /** Each open document's last version that parsed, for the projection while the YAML is broken. */
  readonly lastValid = new LastValid();
  /** The workspace folders' URIs (the workspace report lists the files inside them). */
  workspaceFolders: readonly string[] = [];
  /** The Helm charts and kustomize overlays the documents belong to. */
  readonly sets: WorkspaceSets;
  private readonly cache = new Map<string, Promise<DocumentState>>();
  private readonly settings = new Map<string, Promise<Settings>>();
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();
  supportsConfiguration = false;
  /** The last settings pushed with workspace/didChangeConfiguration, for clients without workspace/configuration. */
  pushedSettings: Settings = DEFAULT_SETTINGS;
  /** Called when a document's names or links change, so the others can be refreshed. */
  onLinksChanged?: (uri: string) => void;

  /** `files` lists and reads the workspace files nobody has opened (disk in Node, the client in a browser). */
  constructor(readonly connection: Connection, readonly files: FileSystemHost = clientFiles(connection)) {
    this.sets = new WorkspaceSets(files, () => this.workspaceFolders, () => this.documents.all());
  }

  /**
   * Reads a file into the index; true when the index had or now has it. An open document is read
   * from its text, and only while its own analysis has not entered it yet (that analysis keeps the
   * entry current and starts from these reads): a document the editor opened but never asked
   * about (pull diagnostics) is still in the index, and no text is parsed twice.
   */
  async indexFile(uri: string): Promise<boolean> {
    if (!this.documents.get(uri)) {
      const text = await this.files.readFile(uri);
      if (!this.documents.get(uri)) return this.index.updateFile(uri, text);
    }
    const open = this.documents.get(uri);
    if (!open || this.index.has(uri)) return this.index.has(uri);
    return this.index.updateFile(uri, open.getText());
  }

  /** The analysis of the document's current version, computed once. */
  state(uri: string): Promise<DocumentState> | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const key = `${uri}@${document.version}`;
    let state = this.cache.get(key);
    if (!state) {
      for (const k of this.cache.keys()) if (k.startsWith(`${uri}@`)) this.cache.delete(k);
      state = this.analyseText(document);
      this.cache.set(key, state);
    }
    return state;
  }

  /** Analyses any document (open or read from disk) against the workspace, and as part of its chart or overlay. */
  async analyseText(document: TextDocument): Promise<DocumentState> {
    const settings = await this.settingsFor(document.uri);
    const state = this.analyse(document, settings);
    const set = settings.enable ? await this.setView(document.uri, settings) : undefined;
    return set ? { ...state, findings: set.findings, set, changes: undefined } : state;
  }

  private analyse(document: TextDocument, settings: Settings): DocumentState {
    const text = document.getText();
    const options = ruleOptions(settings);
    if (!settings.enable) return { version: document.version, document, settings, file: { text, lines: new LineIndex(text), chunks: [], findings: [], ruleErrors: [], scalers: [] }, findings: [] };
    // Open documents keep their analyzer between versions; a closed file (the workspace report) is read once.
    let analyzer = this.analyzers.get(document.uri);
    if (!analyzer) {
      analyzer = new IncrementalAnalyzer();
      analyzer.reuse(this.index.chunksOf(document.uri) ?? []);
      if (this.documents.get(document.uri)) this.analyzers.set(document.uri, analyzer);
    }
    const file = analyzer.analyze(text, options, { resources: this.index.resourcesExcept(document.uri), scalers: this.index.scalersExcept(document.uri) });
    for (const e of file.ruleErrors) this.connection.console.error(`rule failed: ${e}`);
    const resources = file.chunks.flatMap((c) => c.analysis.resources.map((r) => r.resource));
    // Other files see these scalers as living in this document (so their spans are not mistaken for their own).
    const scalers = file.scalers.map((x) => ({ ...x, uri: document.uri }));
    if (this.index.setAnalysed(document.uri, resources, scalers)) this.onLinksChanged?.(document.uri);
    const changes = this.bases.changesFor(document.uri, file, file.findings, options, this.index.resourcesExcept(document.uri), (m) => this.connection.console.error(m));
    if (this.documents.get(document.uri)) this.lastValid.record(document.uri, file);
    return { version: document.version, document, settings, file, findings: file.findings, changes };
  }

  /** The chart or overlay view of a document, when it belongs to one; a failure is logged, never thrown. */
  private async setView(uri: string, settings: Settings): Promise<SetDocumentView | undefined> {
    try {
      return await this.sets.view(uri, settings, ruleOptions(settings));
    } catch (error) {
      this.connection.console.error(`chart/overlay analysis failed for ${uri}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return undefined;
    }
  }

  /** Forgets a closed document's incremental state. */
  forget(uri: string): void {
    this.analyzers.delete(uri);
    this.bases.forget(uri);
    this.lastValid.forget(uri);
    for (const k of this.cache.keys()) if (k.startsWith(`${uri}@`)) this.cache.delete(k);
  }

  settingsFor(uri: string): Promise<Settings> {
    if (!this.supportsConfiguration) return Promise.resolve(this.pushedSettings);
    let s = this.settings.get(uri);
    if (!s) {
      s = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'flinkK8s' }).then(normalizeSettings, () => DEFAULT_SETTINGS);
      this.settings.set(uri, s);
    }
    return s;
  }

  /** One document's analysis is stale (its base text changed). */
  invalidateDocument(uri: string): void {
    for (const k of this.cache.keys()) if (k.startsWith(`${uri}@`)) this.cache.delete(k);
  }

  /** Settings or other files changed: every cached analysis is stale. */
  invalidate(settingsToo: boolean): void {
    this.cache.clear();
    if (settingsToo) this.settings.clear();
  }

  /** Whether a URI lies in a workspace folder (every URI does when the client named none). */
  inWorkspace(uri: string): boolean {
    return !this.workspaceFolders.length || this.workspaceFolders.some((f) => uri.startsWith(f.endsWith('/') ? f : `${f}/`));
  }
}

function ruleOptions(settings: Settings): RuleOptions {
  return { operatorVersion: settings.operatorVersion, operatorDefaults: settings.operatorDefaults, severities: settings.rules, thresholds: settings.thresholds };
}
