/** Execution state: the engine shared by one chart render, and the frame of one template execution. */

import { Span } from '../../text/span';
import { TracedBuilder } from '../../sourcemap/builder';
import { Define } from '../template/ast';
import { Val } from './values';

/** Bounds that keep a hostile or looping chart from hanging the editor. */
export const LIMITS = { steps: 300_000, depth: 100, outputChars: 4 * 1024 * 1024 } as const;

export interface Call {
  readonly frame: Frame;
  /** The action being evaluated (for messages and marks). */
  readonly span: Span;
  /** Evaluated arguments (the piped value last). */
  readonly args: readonly Val[];
}

export type PlainFn = (...args: unknown[]) => unknown;
export interface TracedFn {
  readonly traced: (call: Call) => Val;
}
export type TemplateFn = PlainFn | TracedFn;

export interface Engine {
  readonly defines: Map<string, Define>;
  /** Source text of every parsed template file, for raw (unevaluated) output. */
  readonly sources: ReadonlyMap<string, string>;
  readonly funcs: ReadonlyMap<string, TemplateFn>;
  steps: number;
  /** Renders a string as a template (`tpl`) with the chart's defines. */
  renderString(text: string, dot: Val, call: Call): Val;
}

export interface Frame {
  readonly engine: Engine;
  /** The template file being executed. */
  readonly file: string;
  readonly vars: Array<{ name: string; val: Val }>;
  readonly out: TracedBuilder;
  readonly depth: number;
}

/** A failed render: Helm stops and prints this; we report it at the action. */
export class TemplateError extends Error {
  constructor(message: string, readonly file: string, readonly span: Span) {
    super(message);
  }
}

/** `break`/`continue` inside range. */
export class LoopJump {
  constructor(readonly kind: 'break' | 'continue') {}
}

export function actionText(frame: Frame, span: Span): string {
  return frame.engine.sources.get(frame.file)?.slice(span.start, span.end) ?? '';
}
