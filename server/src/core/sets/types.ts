/** Charts and overlays analysed as the resources they render to, with findings on their sources. */

import { Analysis } from '../analysis';
import { Finding, Severity } from '../rules/types';
import { RenderedText } from '../sourcemap/types';
import { Span } from '../text/span';

export interface FileEdit {
  readonly file: string;
  readonly span: Span;
  readonly newText: string;
}

export interface SetFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** The file and span to change. */
  readonly file: string;
  readonly span: Span;
  readonly related: ReadonlyArray<{ readonly file: string; readonly span: Span; readonly message: string }>;
  readonly fixes: ReadonlyArray<{ readonly title: string; readonly preferred?: boolean; readonly edits: readonly FileEdit[] }>;
}

export interface RenderedAnalysis {
  readonly rendered: RenderedText;
  readonly analysis: Analysis;
  /** Findings on the rendered text (rendered offsets). */
  readonly findings: readonly Finding[];
}

export interface SetAnalysis {
  readonly kind: 'chart' | 'overlay';
  /** The chart's or overlay's folder. */
  readonly root: string;
  readonly name: string;
  readonly outputs: readonly RenderedAnalysis[];
  /** Findings on the files a user edits. */
  readonly findings: readonly SetFinding[];
  /** Every file the render read. */
  readonly inputs: readonly string[];
  readonly notes: readonly string[];
}

/** Renders the set again with some files changed (to check that a carried-over fix does what it should). */
export type Rerender = (overrides: ReadonlyMap<string, string>, output: string) => readonly RenderedText[] | undefined;
