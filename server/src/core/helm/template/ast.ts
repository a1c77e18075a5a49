/** The parse tree of a Go template; every node keeps its source offsets in the template file. */

import { Span } from '../../text/span';

export type Operand =
  | { readonly k: 'field'; readonly chain: readonly string[]; readonly span: Span }
  | { readonly k: 'var'; readonly name: string; readonly chain: readonly string[]; readonly span: Span }
  | { readonly k: 'ident'; readonly name: string; readonly span: Span }
  | { readonly k: 'literal'; readonly value: string | bigint | number | boolean | null; readonly span: Span }
  | { readonly k: 'pipe'; readonly pipe: Pipeline; readonly chain: readonly string[]; readonly span: Span };

export interface Command {
  readonly args: readonly Operand[];
  readonly span: Span;
}

export interface Pipeline {
  /** `$a := ...` or `$a, $b := ...` (range), or `$a = ...` (assignment). */
  readonly vars: readonly string[];
  readonly assign: boolean;
  readonly cmds: readonly Command[];
  readonly span: Span;
}

export interface TextNode {
  readonly kind: 'text';
  readonly text: string;
  readonly start: number;
}

export interface ActionNode {
  readonly kind: 'action';
  readonly pipe: Pipeline;
  /** The whole `{{ ... }}`. */
  readonly span: Span;
  /** The action had a `{{-` marker. */
  readonly trimLeft: boolean;
}

export interface Branch {
  readonly pipe: Pipeline;
  readonly body: readonly Node[];
}

/** `if`/`with` with their `else if`/`else with` chain; `range` with its `else`. */
export interface ControlNode {
  readonly kind: 'if' | 'with' | 'range';
  readonly branches: readonly Branch[];
  readonly elseBody?: readonly Node[];
  /** From the opening `{{` to the closing `}}` of `end`. */
  readonly span: Span;
  readonly trimLeft: boolean;
}

export interface TemplateCallNode {
  readonly kind: 'template';
  readonly name: string;
  readonly pipe?: Pipeline;
  readonly span: Span;
  readonly trimLeft: boolean;
}

export interface LoopJumpNode {
  readonly kind: 'break' | 'continue';
  readonly span: Span;
}

export type Node = TextNode | ActionNode | ControlNode | TemplateCallNode | LoopJumpNode;

export interface Define {
  readonly name: string;
  readonly body: readonly Node[];
  readonly file: string;
}

export interface ParsedTemplate {
  readonly file: string;
  readonly source: string;
  readonly body: readonly Node[];
  readonly defines: readonly Define[];
}
