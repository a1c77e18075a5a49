/**
 * Parses a template file into its tree and its `define`d templates (Go's text/template grammar:
 * actions, pipelines, variables, if/else if/else, with/else with/else, range/else, break,
 * continue, define, template, block).
 */

import { ActionItem, Item, lexTemplate } from './lex';
import { Branch, Define, Node, ParsedTemplate, Pipeline } from './ast';
import { parsePipeline } from './parse-pipeline';
import { TemplateSyntaxError, Token } from './tokens';

interface Stop {
  readonly keyword: 'end' | 'else';
  readonly item: ActionItem;
  /** Tokens after `else` (an `else if ...` chain). */
  readonly rest: readonly Token[];
}

class Parser {
  private i = 0;
  readonly defines: Define[] = [];

  constructor(private readonly items: readonly Item[], private readonly file: string) {}

  /** Nodes up to an `end` or `else` (returned), or to the end of the file. */
  list(depth: number): { nodes: Node[]; stop?: Stop } {
    const nodes: Node[] = [];
    while (this.i < this.items.length) {
      const item = this.items[this.i++] as Item;
      if (item.kind === 'text') {
        nodes.push({ kind: 'text', text: item.text, start: item.start });
        continue;
      }
      const [first, ...rest] = item.tokens;
      if (!first) throw new TemplateSyntaxError('missing value for command', item.start);
      if (first.kind === 'keyword' && (first.text === 'end' || first.text === 'else')) {
        if (depth === 0) throw new TemplateSyntaxError(`unexpected {{${first.text}}}`, item.start);
        return { nodes, stop: { keyword: first.text, item, rest } };
      }
      const node = this.keyword(item, first, rest, depth);
      if (node) nodes.push(node);
    }
    return { nodes };
  }

  private keyword(item: ActionItem, first: Token, rest: readonly Token[], depth: number): Node | undefined {
    const span = { start: item.start, end: item.end };
    if (first.kind !== 'keyword') return { kind: 'action', pipe: parsePipeline(item.tokens, span, false), span, trimLeft: item.trimLeft };
    switch (first.text) {
      case 'if':
      case 'with':
      case 'range':
        return this.control(first.text, item, rest, depth);
      case 'break':
      case 'continue':
        return { kind: first.text, span };
      case 'template':
        return this.templateCall(item, rest);
      case 'define':
      case 'block': {
        const name = nameOf(rest, item);
        const { nodes, stop } = this.list(depth + 1);
        if (!stop || stop.keyword !== 'end') throw new TemplateSyntaxError(`unexpected EOF in ${first.text}`, item.start);
        this.defines.push({ name, body: nodes, file: this.file });
        if (first.text === 'define') return undefined;
        return { kind: 'template', name, pipe: rest.length > 1 ? parsePipeline(rest.slice(1), span, false) : undefined, span: { start: item.start, end: stop.item.end }, trimLeft: item.trimLeft };
      }
      default:
        throw new TemplateSyntaxError(`unexpected keyword ${first.text}`, first.start);
    }
  }

  private control(kind: 'if' | 'with' | 'range', item: ActionItem, tokens: readonly Token[], depth: number): Node {
    const branches: Branch[] = [];
    let pipeTokens = tokens;
    let at = item;
    for (;;) {
      const pipe: Pipeline = parsePipeline(pipeTokens, { start: at.start, end: at.end }, kind === 'range');
      const { nodes, stop } = this.list(depth + 1);
      branches.push({ pipe, body: nodes });
      if (!stop) throw new TemplateSyntaxError(`unexpected EOF in ${kind}`, item.start);
      if (stop.keyword === 'end') return { kind, branches, span: { start: item.start, end: stop.item.end }, trimLeft: item.trimLeft };
      const chained = stop.rest[0];
      if (kind !== 'range' && chained?.kind === 'keyword' && chained.text === kind) {
        pipeTokens = stop.rest.slice(1);
        at = stop.item;
        continue;
      }
      if (stop.rest.length) throw new TemplateSyntaxError('unexpected tokens after else', stop.item.start);
      const tail = this.list(depth + 1);
      if (!tail.stop || tail.stop.keyword !== 'end') throw new TemplateSyntaxError(`expected end; found ${tail.stop ? 'else' : 'EOF'}`, stop.item.start);
      return { kind, branches, elseBody: tail.nodes, span: { start: item.start, end: tail.stop.item.end }, trimLeft: item.trimLeft };
    }
  }

  private templateCall(item: ActionItem, rest: readonly Token[]): Node {
    const name = nameOf(rest, item);
    const span = { start: item.start, end: item.end };
    return { kind: 'template', name, pipe: rest.length > 1 ? parsePipeline(rest.slice(1), span, false) : undefined, span, trimLeft: item.trimLeft };
  }
}

function nameOf(tokens: readonly Token[], item: ActionItem): string {
  const t = tokens[0];
  if (!t || t.kind !== 'string') throw new TemplateSyntaxError('template name must be a quoted string', item.start);
  return String(t.value);
}

export function parseTemplate(file: string, source: string): ParsedTemplate {
  const parser = new Parser(lexTemplate(source), file);
  const { nodes } = parser.list(0);
  return { file, source, body: nodes, defines: parser.defines };
}
