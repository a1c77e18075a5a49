/**
 * Executes a template tree into a traced output: text is copied with its source offsets, an
 * action's value is written with the action as its place and the values-file entry as its
 * origin. What cannot be evaluated is written as its own source text, marked unknown.
 */

import { ControlNode, Node, TemplateCallNode } from '../template/ast';
import { Span } from '../../text/span';
import { actionText, Frame, LIMITS, LoopJump, TemplateError } from './frame';
import { evalPipeline, } from './pipeline';
import { printValue } from './print';
import { rangeItems } from './range';
import { truth, Unknown, Val } from './values';
import { fillGaps } from './marks';

export function execNodes(frame: Frame, nodes: readonly Node[], dot: Val): void {
  for (const node of nodes) {
    if (++frame.engine.steps > LIMITS.steps) throw new TemplateError(`the chart takes more than ${LIMITS.steps} steps to render; not rendered`, frame.file, spanOf(node));
    if (frame.out.size > LIMITS.outputChars) throw new TemplateError('the rendered output is larger than 4 MiB; not rendered', frame.file, spanOf(node));
    switch (node.kind) {
      case 'text':
        frame.out.copy(node.text, frame.file, node.start);
        break;
      case 'action': {
        const val = evalPipeline(frame, node.pipe, dot);
        if (!node.pipe.vars.length) emit(frame, val, node.span, node.trimLeft);
        break;
      }
      case 'if':
      case 'with':
        execConditional(frame, node, dot);
        break;
      case 'range':
        execRange(frame, node, dot);
        break;
      case 'template':
        execTemplate(frame, node, dot);
        break;
      case 'break':
      case 'continue':
        throw new LoopJump(node.kind);
    }
  }
}

function spanOf(node: Node): Span {
  return node.kind === 'text' ? { start: node.start, end: node.start + node.text.length } : node.span;
}

/** Writes an action's value (Helm drops the `<no value>` of nil). */
export function emit(frame: Frame, val: Val, span: Span, trimLeft: boolean): void {
  if (val.v instanceof Unknown) return emitRaw(frame, span, trimLeft, val.v.reason);
  const at = { file: frame.file, span };
  if (typeof val.v === 'string' && (val.marks?.length || val.unknowns?.length)) {
    frame.out.append(val.v, fillGaps(val.v.length, val.marks ?? [], at, val.o), val.unknowns);
    return;
  }
  const text = printValue(val.v);
  frame.out.write(text === '<no value>' ? '' : text, at, val.o);
}

/**
 * The source of an action or block that is not evaluated, kept as it is so the YAML around it
 * still parses and the value reads as unknown. A `{{-` that trimmed the line break before it gets
 * its line back, at the column `nindent`/`indent` would have used.
 */
export function emitRaw(frame: Frame, span: Span, trimLeft: boolean, reason: string): void {
  const text = actionText(frame, span);
  if (trimLeft && currentLineHasText(frame)) {
    const indent = /\bn?indent\s+(\d+)/.exec(text);
    const source = frame.engine.sources.get(frame.file) ?? '';
    const column = indent ? Number(indent[1]) : span.start - (source.lastIndexOf('\n', span.start - 1) + 1);
    frame.out.plain(`\n${' '.repeat(column)}`);
  }
  frame.out.unknown(text, { file: frame.file, span }, reason);
}

function currentLineHasText(frame: Frame): boolean {
  const text = frame.out.text();
  const line = text.slice(text.lastIndexOf('\n') + 1);
  return line.trim() !== '';
}

function execConditional(frame: Frame, node: ControlNode, dot: Val): void {
  const mark = frame.vars.length;
  try {
    for (const branch of node.branches) {
      const val = evalPipeline(frame, branch.pipe, dot);
      if (val.v instanceof Unknown) return emitRaw(frame, node.span, node.trimLeft, val.v.reason);
      if (truth(val.v)) return execNodes(frame, branch.body, node.kind === 'with' ? val : dot);
    }
    if (node.elseBody) execNodes(frame, node.elseBody, dot);
  } finally {
    frame.vars.length = mark;
  }
}

function execRange(frame: Frame, node: ControlNode, dot: Val): void {
  const branch = node.branches[0];
  if (!branch) return;
  const mark = frame.vars.length;
  const val = evalPipeline(frame, branch.pipe, dot, false);
  if (val.v instanceof Unknown) return emitRaw(frame, node.span, node.trimLeft, val.v.reason);
  const items = rangeItems(frame, val, branch.pipe.span);
  if (!items.length) {
    if (node.elseBody) execNodes(frame, node.elseBody, dot);
    return;
  }
  const [first, second] = branch.pipe.vars;
  try {
    for (const [key, elem] of items) {
      frame.vars.length = mark;
      if (first !== undefined && second !== undefined) frame.vars.push({ name: first, val: key }, { name: second, val: elem });
      else if (first !== undefined) frame.vars.push({ name: first, val: elem });
      try {
        execNodes(frame, branch.body, elem);
      } catch (jump) {
        if (!(jump instanceof LoopJump)) throw jump;
        if (jump.kind === 'break') break;
      }
    }
  } finally {
    frame.vars.length = mark;
  }
}

function execTemplate(frame: Frame, node: TemplateCallNode, dot: Val): void {
  const define = frame.engine.defines.get(node.name);
  if (!define) throw new TemplateError(`no such template "${node.name}"`, frame.file, node.span);
  if (frame.depth >= LIMITS.depth) throw new TemplateError(`template "${node.name}" calls itself more than ${LIMITS.depth} times`, frame.file, node.span);
  const arg = node.pipe ? evalPipeline(frame, node.pipe, dot, false) : { v: null };
  if (arg.v instanceof Unknown) return emitRaw(frame, node.span, node.trimLeft, arg.v.reason);
  execNodes({ engine: frame.engine, file: define.file, vars: [{ name: '$', val: arg }], out: frame.out, depth: frame.depth + 1 }, define.body, arg);
}
