/**
 * The rule framework: one rule per file, each with a stable kebab-case id (the diagnostic code),
 * a default severity, a documentation block and a check that returns findings with their fixes.
 * Fixes are computed with the finding from the YAML itself, never from the message text.
 */

import { Span } from '../text/span';
import { TextEdit } from '../edits/text-edit';
import { FlinkKind, FlinkResource } from '../model/types';
import { Projection } from '../projection/types';
import { ResourceAnalysis } from '../analysis';
import { ParsedYaml, YamlDocument } from '../yaml/parse';
import { SizeLimit } from '../size-limit';
import type { MapView } from '../yaml/map-view';
import type { Scaler } from './scalers';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix an editor should offer first (and apply for "fix all"). */
  readonly preferred?: boolean;
}

export interface Related {
  readonly span: Span;
  readonly message: string;
  /** Another file than the finding's (a chart's values file, an overlay's base); absent: the same file. */
  readonly file?: string;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly related?: readonly Related[];
  readonly fixes?: readonly Fix[];
}

/** What a rule's check returns; the framework adds the rule id and applies severity settings. */
export interface Report {
  readonly message: string;
  readonly span: Span;
  /** Overrides the rule's default severity (e.g. info when a duplicate setting is merely redundant). */
  readonly severity?: Severity;
  readonly related?: readonly Related[];
  readonly fixes?: readonly Fix[];
  /**
   * The field (key and value) whose value this finding calls invalid: other rules' findings on
   * it are dropped (precedence.ts). Set only when the value cannot stand as written.
   */
  readonly invalidates?: Span;
  /** Paths (`spec.job.parallelism`, `spec.flinkConfiguration.<key>`) whose absence this finding is about. */
  readonly absent?: readonly string[];
  /** The path this finding says is meant (a misspelt or misplaced key): findings about its absence are dropped. */
  readonly supplies?: string;
}

export interface RuleDoc {
  /** One sentence: what the rule reports. */
  readonly summary: string;
  /** Why it matters, with the reference section. */
  readonly why: string;
  readonly before: string;
  readonly after: string;
}

export interface RuleOptions extends SizeLimit {
  /** Target operator release, e.g. "1.15". */
  readonly operatorVersion: string;
  /** flinkConfiguration the user's operator installation applies to every resource. */
  readonly operatorDefaults: Readonly<Record<string, string>>;
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  readonly thresholds: Thresholds;
}

export interface Thresholds {
  /** Slots per CPU outside [min, max] is reported (1 = CPU-bound, 2 = I/O-bound). */
  readonly slotsPerCpuMin: number;
  readonly slotsPerCpuMax: number;
  /** Minimum TaskManager process memory per slot, in bytes. */
  readonly memoryPerSlotMin: number;
  /** Network memory per slot below this (bytes) is reported for TaskManagers with many slots. */
  readonly networkPerSlotMin: number;
  /** TaskManagers with at most this many slots count as small. */
  readonly smallTaskManagerSlots: number;
  /** This many small TaskManagers or more are reported. */
  readonly manyTaskManagers: number;
}

/** Everything a resource rule may read. Rules read the typed model, never raw YAML nodes. */
export interface ResourceContext {
  readonly text: string;
  /** The parsed text: templates and template conditions, for rules that must skip them. */
  readonly parsed: ParsedYaml;
  readonly resource: FlinkResource;
  readonly projection?: Projection;
  /** Every resource of the analysed set (same file, or the workspace), for cross-resource rules. */
  readonly all: readonly ResourceAnalysis[];
  /** The YAML documents of this text that are not Flink resources (HPA, KEDA, look-alikes). */
  readonly others: readonly OtherDocument[];
  /** Scalers that target FlinkDeployments: this file's and, in a workspace, other files'. */
  readonly scalers: readonly Scaler[];
  readonly options: RuleOptions;
}

export interface OtherDocument {
  readonly document: YamlDocument;
  /** The document's top-level mapping. */
  readonly root: MapView;
  readonly apiVersion?: string;
  readonly kind?: string;
}

export interface ResourceRule {
  readonly id: string;
  readonly severity: Severity;
  readonly doc: RuleDoc;
  /** Kinds the rule looks at; by default every kind that runs a job (not FlinkStateSnapshot). */
  readonly kinds?: readonly FlinkKind[];
  /**
   * Also runs on kustomize patches (model/dialect.ts): the rule judges only values the patch
   * writes, never what it leaves to its base nor what follows from the whole resource.
   */
  readonly patches?: boolean;
  /** Its fixes stay offered while the YAML has a syntax error (they are about that error). */
  readonly keepsFixesOnSyntaxError?: boolean;
  /**
   * Runs while the document has a syntax error. Other rules wait: the tree is the parser's guess,
   * so a field may look missing, unknown or misplaced only because of the error.
   */
  readonly runsOnSyntaxError?: boolean;
  check(ctx: ResourceContext): Report[];
}

/** Rules about YAML documents that are not (yet) Flink resources, e.g. look-alike kinds. */
export interface DocumentRule {
  readonly id: string;
  readonly severity: Severity;
  readonly doc: RuleDoc;
  readonly scope: 'document';
  checkDocument(text: string, other: OtherDocument, ctx: { all: readonly ResourceAnalysis[]; options: RuleOptions }): Report[];
}

export type Rule = ResourceRule | DocumentRule;
