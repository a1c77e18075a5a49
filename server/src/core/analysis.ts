/**
 * The core's entry point: text in, Flink resources and their projections out. Pure (no editor,
 * protocol or Node imports), offsets rather than lines, and it never throws on user input.
 */

import { parseYaml, ParsedYaml } from './yaml/parse';
import { buildResources } from './model/build';
import { FlinkResource } from './model/types';
import { projectAll } from './projection/links';
import { ProjectionOptions } from './projection/project';
import { Projection } from './projection/types';
import { LineIndex } from './text/line-index';
import { DEFAULT_OPERATOR_VERSION } from './versions/operator-support';
import { isOversized, SizeLimit } from './size-limit';
import { ReasonSpan } from './yaml/templates';

export type AnalysisOptions = ProjectionOptions & SizeLimit;

export const DEFAULT_OPTIONS: AnalysisOptions = { operatorVersion: DEFAULT_OPERATOR_VERSION, operatorDefaults: {} };

export interface ResourceAnalysis {
  readonly resource: FlinkResource;
  /** Undefined for resources without pods (FlinkStateSnapshot, the operator's canaries). */
  readonly projection?: Projection;
}

export interface Analysis {
  readonly text: string;
  readonly parsed?: ParsedYaml;
  readonly lines: LineIndex;
  readonly resources: readonly ResourceAnalysis[];
  /** Set when the analysis itself failed; the message is for a log, not for the user's YAML. */
  readonly internalError?: string;
}

/** Parses a text and builds its Flink resources without projecting them; past `maxLength`, neither. */
export function readResources(text: string, reasons?: readonly ReasonSpan[], maxLength?: number): { parsed: ParsedYaml; resources: FlinkResource[] } {
  if (isOversized(text, maxLength)) return { parsed: { text, lines: new LineIndex(text), documents: [], templates: [], conditionals: [], tooLarge: true }, resources: [] };
  const parsed = parseYaml(text, reasons);
  return { parsed, resources: buildResources(parsed) };
}

export function analyze(text: string, options: AnalysisOptions = DEFAULT_OPTIONS): Analysis {
  try {
    const { parsed, resources } = readResources(text, undefined, options.maxLength);
    const projections = projectAll(resources, options);
    return { text, parsed, lines: parsed.lines, resources: resources.map((resource, i) => ({ resource, projection: projections[i] })) };
  } catch (error) {
    return { text, lines: new LineIndex(text), resources: [], internalError: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
}
