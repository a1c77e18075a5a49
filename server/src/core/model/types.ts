/**
 * The typed view of a Flink resource that rules and the projection read. Every field keeps its
 * source span; absent fields are `undefined`, templated or ill-typed ones are `Unknown`.
 */

import type { Document } from 'yaml';
import { Span } from '../text/span';
import type { MapView } from '../yaml/map-view';
import { Field, Scalar } from '../yaml/fields';
import { FlinkConfig } from './flink-config';
import { JobGraphHint } from './hint';

export const FLINK_GROUP = 'flink.apache.org';
export const FLINK_KINDS = ['FlinkDeployment', 'FlinkSessionJob', 'FlinkStateSnapshot', 'FlinkBlueGreenDeployment'] as const;
export type FlinkKind = (typeof FLINK_KINDS)[number];

export interface ResourceRequirementsView {
  readonly span: Span;
  readonly requests: ReadonlyMap<string, Field<Scalar>>;
  readonly limits: ReadonlyMap<string, Field<Scalar>>;
  /** A templated requests/limits block: its entries cannot be listed. */
  readonly unknown?: string;
}

export interface DeprecatedResourceView {
  readonly span: Span;
  readonly cpu?: Field<Scalar>;
  readonly memory?: Field<Scalar>;
  readonly ephemeralStorage?: Field<Scalar>;
}

export interface RoleView {
  /** The raw mapping, for rules that read fields the typed view does not name. */
  readonly view: MapView;
  readonly span: Span;
  readonly keySpan: Span;
  readonly replicas?: Field<Scalar>;
  readonly resource?: DeprecatedResourceView | Field<never>;
  readonly resources?: ResourceRequirementsView | Field<never>;
  readonly podTemplate?: Span;
}

export interface JobView {
  readonly view: MapView;
  readonly span: Span;
  readonly keySpan: Span;
  readonly fields: ReadonlyMap<string, Field<Scalar>>;
  readonly jarURI?: Field<Scalar>;
  readonly parallelism?: Field<Scalar>;
  readonly upgradeMode?: Field<Scalar>;
  readonly state?: Field<Scalar>;
  readonly entryClass?: Field<Scalar>;
  readonly args?: Field<readonly string[]>;
}

export interface SpecView {
  readonly view: MapView;
  readonly span: Span;
  readonly scalars: ReadonlyMap<string, Field<Scalar>>;
  readonly flinkVersion?: Field<Scalar>;
  readonly mode?: Field<Scalar>;
  readonly image?: Field<Scalar>;
  readonly serviceAccount?: Field<Scalar>;
  readonly deploymentName?: Field<Scalar>;
  readonly jobManager?: RoleView | Field<never>;
  readonly taskManager?: RoleView | Field<never>;
  readonly job?: JobView | Field<never>;
  readonly podTemplate?: Span;
  readonly flinkConfiguration: FlinkConfig;
}

export interface FlinkResource {
  readonly kind: FlinkKind;
  readonly apiVersion: string;
  /** The parsed YAML document, for quick fixes that edit by path. */
  readonly document: Document.Parsed;
  /** Index of the YAML document in the file, and the document's region. */
  readonly documentIndex: number;
  readonly span: Span;
  /** Start of the resource's top-level mapping (its first key). */
  readonly start: number;
  readonly kindSpan: Span;
  readonly name?: Field<Scalar>;
  readonly namespace?: Field<Scalar>;
  /** FlinkDeployment spec, or the embedded template spec of a FlinkBlueGreenDeployment. */
  readonly spec?: SpecView;
  readonly hint: JobGraphHint;
  /** Labelled `flink.apache.org/canary: "true"`: the operator's health probe, it deploys nothing. */
  readonly canary: boolean;
  /** An overlay patch (model/dialect.ts isPartialPatch): what it does not set, its base decides. */
  readonly patch?: boolean;
  readonly problems: readonly ModelProblem[];
}

export interface ModelProblem {
  readonly code: 'yaml-syntax' | 'job-graph-hint' | 'internal';
  readonly message: string;
  readonly span: Span;
}
