/** The custom request that gives a document's projection as report rows (preview, reports). */

import { Connection } from 'vscode-languageserver';
import { Session } from '../session';
import { resourceRow } from '../core/report/row';
import { ProjectionRequest, ProjectionResult } from '../protocol/requests';
import { guard } from './guard';

export function registerProjection(connection: Connection, session: Session): void {
  connection.onRequest(ProjectionRequest.type, guard(connection, 'projection', { resources: [] } as ProjectionResult, async (params): Promise<ProjectionResult> => {
    const state = await session.state(params.textDocument.uri);
    if (!state) return { resources: [] };
    const { analysis } = state;
    return { resources: analysis.resources.flatMap(({ resource, projection }) => (projection ? [resourceRow(params.textDocument.uri, analysis.lines, resource, projection)] : [])) };
  }));
}
