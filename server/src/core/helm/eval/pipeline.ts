/** Evaluates pipelines, commands and operands; functions come from the engine's table. */

import { Command, Operand, Pipeline } from '../template/ast';
import { Span } from '../../text/span';
import { actionText, Call, Frame, TemplateError, TemplateFn } from './frame';
import { fieldChain } from './fields';
import { firstUnknown, truth, Unknown, Val } from './values';
import { EvalError } from './compare';

/** The pipeline's value; `$x := ...` declares and `$x = ...` assigns (range handles its own). */
export function evalPipeline(frame: Frame, pipe: Pipeline, dot: Val, declare = true): Val {
  let value: Val | undefined;
  for (const cmd of pipe.cmds) value = evalCommand(frame, cmd, dot, value, pipe.span);
  const result = value ?? { v: null };
  if (declare && pipe.vars.length) {
    const name = pipe.vars[0] as string;
    if (pipe.assign) assignVar(frame, name, result, pipe.span);
    else frame.vars.push({ name, val: result });
  }
  return result;
}

function assignVar(frame: Frame, name: string, val: Val, span: Span): void {
  for (let i = frame.vars.length - 1; i >= 0; i--) {
    const v = frame.vars[i];
    if (v && v.name === name) {
      frame.vars[i] = { name, val };
      return;
    }
  }
  throw new TemplateError(`undefined variable: ${name}`, frame.file, span);
}

export function lookupVar(frame: Frame, name: string, span: Span): Val {
  for (let i = frame.vars.length - 1; i >= 0; i--) {
    const v = frame.vars[i];
    if (v && v.name === name) return v.val;
  }
  throw new TemplateError(`undefined variable: ${name}`, frame.file, span);
}

function evalCommand(frame: Frame, cmd: Command, dot: Val, piped: Val | undefined, action: Span): Val {
  const [head, ...rest] = cmd.args;
  if (!head) return { v: null };
  if (head.k === 'ident') return callFunction(frame, head.name, rest, dot, piped, action);
  const args = rest.length || piped ? [...rest.map((a) => evalOperand(frame, a, dot)), ...(piped ? [piped] : [])] : undefined;
  if (args && (head.k === 'literal' || head.chain.length === 0)) throw new TemplateError(`can't give argument to non-function ${actionText(frame, head.span)}`, frame.file, head.span);
  return operandValue(frame, head, dot, args);
}

/** An operand as an argument: a bare function name is a call without arguments. */
function evalOperand(frame: Frame, op: Operand, dot: Val): Val {
  if (op.k === 'ident') return callFunction(frame, op.name, [], dot, undefined, op.span);
  return operandValue(frame, op, dot, undefined);
}

function operandValue(frame: Frame, op: Operand, dot: Val, args: readonly Val[] | undefined): Val {
  switch (op.k) {
    case 'literal':
      return { v: op.value };
    case 'field':
      return fieldChain(frame, dot, op.chain, args, op.span);
    case 'var':
      return fieldChain(frame, lookupVar(frame, op.name, op.span), op.chain, args, op.span);
    case 'pipe':
      return fieldChain(frame, evalPipeline(frame, op.pipe, dot, false), op.chain, args, op.span);
    default:
      return { v: null };
  }
}

function callFunction(frame: Frame, name: string, argOps: readonly Operand[], dot: Val, piped: Val | undefined, span: Span): Val {
  if (name === 'and' || name === 'or') return shortCircuit(frame, name, argOps, dot, piped);
  const fn: TemplateFn | undefined = frame.engine.funcs.get(name);
  const args = [...argOps.map((a) => evalOperand(frame, a, dot)), ...(piped ? [piped] : [])];
  if (!fn) return { v: new Unknown(`${actionText(frame, span).trim() || name}: function ${name} not supported`) };
  const call: Call = { frame, span, args };
  try {
    if ('traced' in fn) return fn.traced(call);
    const unknown = firstUnknown(args.map((a) => a.v));
    if (unknown) return { v: unknown };
    return { v: fn(...args.map((a) => a.v)), o: singleOrigin(args) };
  } catch (error) {
    if (error instanceof EvalError) throw new TemplateError(`error calling ${name}: ${error.message}`, frame.file, span);
    throw error;
  }
}

/** Where a derived value came from: the one argument that had an origin (quote .Values.x). */
function singleOrigin(args: readonly Val[]): Val['o'] {
  const withOrigin = args.filter((a) => a.o);
  return withOrigin.length === 1 ? withOrigin[0]?.o : undefined;
}

/** `and`/`or` stop at the first argument that decides (Go 1.18+), returning that argument. */
function shortCircuit(frame: Frame, name: 'and' | 'or', argOps: readonly Operand[], dot: Val, piped: Val | undefined): Val {
  const thunks: Array<() => Val> = [...argOps.map((a) => () => evalOperand(frame, a, dot)), ...(piped ? [() => piped] : [])];
  if (thunks.length < 1) throw new TemplateError(`wrong number of args for ${name}: want at least 1 got 0`, frame.file, argOps[0]?.span ?? { start: 0, end: 0 });
  let last: Val = { v: null };
  for (const thunk of thunks) {
    last = thunk();
    if (last.v instanceof Unknown) return last;
    if (name === 'and' ? !truth(last.v) : truth(last.v)) return last;
  }
  return last;
}
