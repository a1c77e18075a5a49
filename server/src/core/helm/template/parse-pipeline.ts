/** Pipelines inside an action: `$x := cmd arg | cmd`, operands, parenthesised pipelines, field chains. */

import { Span } from '../../text/span';
import { Command, Operand, Pipeline } from './ast';
import { TemplateSyntaxError, Token } from './tokens';

export function parsePipeline(tokens: readonly Token[], span: Span, range: boolean): Pipeline {
  let vars: string[] = [];
  let assign = false;
  let i = 0;
  const declEnd = tokens.findIndex((t) => t.kind === 'declare' || t.kind === 'assign');
  if (declEnd > 0 && tokens.slice(0, declEnd).every((t) => t.kind === 'var' || t.kind === 'comma')) {
    vars = tokens.slice(0, declEnd).filter((t) => t.kind === 'var').map((t) => t.text);
    assign = tokens[declEnd]?.kind === 'assign';
    if (vars.length > (range ? 2 : 1)) throw new TemplateSyntaxError('too many declarations', tokens[0]?.start ?? span.start);
    i = declEnd + 1;
  }
  const { cmds, next } = commands(tokens, i, span);
  if (next !== tokens.length) throw new TemplateSyntaxError(`unexpected "${tokens[next]?.text}" in operand`, tokens[next]?.start ?? span.start);
  if (!cmds.length) throw new TemplateSyntaxError('missing value for command', span.start);
  return { vars, assign, cmds, span };
}

function commands(tokens: readonly Token[], from: number, span: Span): { cmds: Command[]; next: number } {
  const cmds: Command[] = [];
  let i = from;
  for (;;) {
    const args: Operand[] = [];
    while (i < tokens.length && tokens[i]?.kind !== 'pipe' && tokens[i]?.kind !== 'rparen') {
      const { operand, next } = readOperand(tokens, i, span);
      args.push(operand);
      i = next;
    }
    if (!args.length) {
      if (cmds.length || tokens[i]?.kind === 'pipe') throw new TemplateSyntaxError('missing command in pipeline', tokens[i]?.start ?? span.start);
      return { cmds, next: i };
    }
    cmds.push({ args, span: { start: args[0]?.span.start ?? span.start, end: args[args.length - 1]?.span.end ?? span.end } });
    if (tokens[i]?.kind !== 'pipe') return { cmds, next: i };
    i++;
  }
}

function readOperand(tokens: readonly Token[], i: number, span: Span): { operand: Operand; next: number } {
  const t = tokens[i] as Token;
  const at = { start: t.start, end: t.end };
  switch (t.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return { operand: { k: 'literal', value: t.value ?? null, span: at }, next: i + 1 };
    case 'nil':
      return { operand: { k: 'literal', value: null, span: at }, next: i + 1 };
    case 'ident':
      return { operand: { k: 'ident', name: t.text, span: at }, next: i + 1 };
    case 'dot':
      return chained({ k: 'field', chain: [], span: at }, tokens, i + 1);
    case 'field':
      return chained({ k: 'field', chain: [t.text.slice(1)], span: at }, tokens, i + 1);
    case 'var':
      return chained({ k: 'var', name: t.text, chain: [], span: at }, tokens, i + 1);
    case 'lparen': {
      const inner = commands(tokens, i + 1, span);
      const close = tokens[inner.next];
      if (close?.kind !== 'rparen') throw new TemplateSyntaxError('unclosed left paren', t.start);
      const pipe: Pipeline = { vars: [], assign: false, cmds: inner.cmds, span: { start: t.start, end: close.end } };
      return chained({ k: 'pipe', pipe, chain: [], span: pipe.span }, tokens, inner.next + 1);
    }
    default:
      throw new TemplateSyntaxError(`unexpected "${t.text}" in operand`, t.start);
  }
}

/** `.a.b`, `$x.a.b`, `(pipe).a.b`: field tokens glued to the operand. */
function chained(operand: Operand, tokens: readonly Token[], i: number): { operand: Operand; next: number } {
  const chain = 'chain' in operand ? [...operand.chain] : [];
  let end = operand.span.end;
  let j = i;
  while (tokens[j]?.kind === 'field' && tokens[j]?.start === end) {
    chain.push((tokens[j] as Token).text.slice(1));
    end = (tokens[j] as Token).end;
    j++;
  }
  return { operand: { ...operand, chain, span: { start: operand.span.start, end } } as Operand, next: j };
}
