/**
 * The language server, built by a factory so that tests can drive it over in-memory streams.
 * This first version keeps documents in sync and answers the projection request; diagnostics,
 * hints, hover and completion arrive with the rules and editor features.
 */

import { Connection, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, DEFAULT_OPTIONS } from './core/analysis';
import { resourceRow } from './core/report/row';
import { ProjectionRequest, ProjectionResult } from './protocol/requests';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  connection.onInitialize(() => ({
    capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
    serverInfo: { name: 'flink-k8s-language-server', version: '0.1.0' },
  }));
  connection.onRequest(ProjectionRequest.type, (params): ProjectionResult => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { resources: [] };
    try {
      const analysis = analyze(document.getText(), DEFAULT_OPTIONS);
      return {
        resources: analysis.resources.flatMap(({ resource, projection }) => (projection ? [resourceRow(document.uri, analysis.lines, resource, projection)] : [])),
      };
    } catch (error) {
      connection.console.error(`projection failed: ${error instanceof Error ? error.stack : String(error)}`);
      return { resources: [] };
    }
  });
  documents.listen(connection);
  connection.listen();
}
