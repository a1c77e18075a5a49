/** Custom requests shared by the server and the VS Code client. */

import { RequestType } from 'vscode-languageserver-protocol';
import type { ResourceRow } from '../core/report/row';

export interface ProjectionParams {
  readonly textDocument: { readonly uri: string };
}

export interface ProjectionResult {
  readonly resources: ResourceRow[];
}

/** The projection of every Flink resource of an open document, as report rows. */
export namespace ProjectionRequest {
  export const method = 'flinkK8s/projection';
  export const type = new RequestType<ProjectionParams, ProjectionResult, void>(method);
}
