/**
 * Server state, built by startServer: open documents, their settings, the workspace index and
 * one cached analysis per document version that every feature reads.
 */

import { Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, ResourceAnalysis, readResources } from './core/analysis';
import { projectAll } from './core/projection/links';
import { lint } from './core/rules/run';
import { Finding, RuleOptions } from './core/rules/types';
import { normalizeSettings, Settings, DEFAULT_SETTINGS } from './protocol/settings';
import { WorkspaceIndex } from './workspace-index';

export interface DocumentState {
  readonly version: number;
  readonly document: TextDocument;
  readonly analysis: Analysis;
  readonly findings: readonly Finding[];
  readonly settings: Settings;
}

export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly index = new WorkspaceIndex();
  private readonly cache = new Map<string, Promise<DocumentState>>();
  private readonly settings = new Map<string, Promise<Settings>>();
  supportsConfiguration = false;

  constructor(readonly connection: Connection) {}

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

  /** Analyses any document (open or read from disk) against the workspace. */
  async analyseText(document: TextDocument): Promise<DocumentState> {
    return this.analyse(document, await this.settingsFor(document.uri));
  }

  private analyse(document: TextDocument, settings: Settings): DocumentState {
    const text = document.getText();
    const options: RuleOptions = { operatorVersion: settings.operatorVersion, operatorDefaults: settings.operatorDefaults, severities: settings.rules, thresholds: settings.thresholds };
    if (!settings.enable) return { version: document.version, document, settings, analysis: { text, lines: readResources('').parsed.lines, resources: [] }, findings: [] };
    const { parsed, resources } = readResources(text);
    const others = this.index.resourcesExcept(document.uri);
    const projections = projectAll([...resources, ...others], options);
    const own: ResourceAnalysis[] = resources.map((resource, i) => ({ resource, projection: projections[i] }));
    const all = [...own, ...others.map((resource, i) => ({ resource, projection: projections[resources.length + i] }))];
    const analysis: Analysis = { text, parsed, lines: parsed.lines, resources: own };
    const result = lint(analysis, options, { all, scalers: this.index.scalersExcept(document.uri) });
    for (const e of result.ruleErrors) this.connection.console.error(`rule failed: ${e}`);
    return { version: document.version, document, settings, analysis, findings: result.findings };
  }

  settingsFor(uri: string): Promise<Settings> {
    if (!this.supportsConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
    let s = this.settings.get(uri);
    if (!s) {
      s = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'flinkK8s' }).then(normalizeSettings, () => DEFAULT_SETTINGS);
      this.settings.set(uri, s);
    }
    return s;
  }

  /** Settings or other files changed: every cached analysis is stale. */
  invalidate(settingsToo: boolean): void {
    this.cache.clear();
    if (settingsToo) this.settings.clear();
  }
}
