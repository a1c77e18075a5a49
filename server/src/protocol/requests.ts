/** Custom requests shared by the server and the VS Code client. */

import { RequestType } from 'vscode-languageserver-protocol';
import type { ResourceRow } from '../core/report/row';
import type { ChangeView, RemovedView } from './changes';

export interface ProjectionParams {
  readonly textDocument: { readonly uri: string };
}

export interface FindingSummary {
  readonly line: number;
  readonly severity: 'error' | 'warning' | 'info';
  readonly rule: string;
  readonly message: string;
}

/**
 * A report row with the findings that lie inside the resource. `waiting` is set while the
 * resource's YAML has a syntax error: it says which numbers are shown (the last version that
 * parsed, or the parser's guess when there was none). `change` is what the edit against the
 * base does (change impact).
 */
export type ResourceProjection = ResourceRow & { readonly findings: readonly FindingSummary[]; readonly waiting?: string; readonly change?: ChangeView };

export interface ProjectionResult {
  readonly resources: ResourceProjection[];
  /** Resources of the base text (git HEAD) that the document no longer has. */
  readonly removed?: RemovedView[];
}

/** The projection of every Flink resource of an open document, as report rows. */
export namespace ProjectionRequest {
  export const method = 'flinkK8s/projection';
  export const type = new RequestType<ProjectionParams, ProjectionResult, void>(method);
}

export interface WorkspaceReportResult {
  readonly files: number;
  readonly resources: ResourceProjection[];
}

/** Every Flink resource of the workspace (open and closed files); cancellable. */
export namespace WorkspaceReportRequest {
  export const method = 'flinkK8s/workspaceReport';
  export const type = new RequestType<Record<string, never>, WorkspaceReportResult, void>(method);
}

export interface EffectiveConfigResult {
  /** The effective configuration of every Flink resource of the document, as commented YAML. */
  readonly text: string;
  readonly resources: number;
}

/** What the operator hands to Flink for each resource of an open document (`flink-k8s config`). */
export namespace EffectiveConfigRequest {
  export const method = 'flinkK8s/effectiveConfig';
  export const type = new RequestType<ProjectionParams, EffectiveConfigResult, void>(method);
}
