/**
 * Multi-document YAML parsing that never throws. Templates are masked first (templates.ts) so
 * that Helm charts still parse; syntax errors stay attached to their documents as data, and the
 * library's console warnings are off (its warnings stay on the documents; a CLI prints nothing).
 */

import { parseAllDocuments, Document } from 'yaml';
import { Span } from '../text/span';
import { LineIndex } from '../text/line-index';
import { maskTemplates, ReasonSpan, TemplateSpan } from './templates';

export interface YamlDocument {
  readonly doc: Document.Parsed;
  /** From the end of the previous document to the end of this one, comments included. */
  readonly region: Span;
  readonly index: number;
}

export interface ParsedYaml {
  readonly text: string;
  readonly lines: LineIndex;
  readonly documents: readonly YamlDocument[];
  readonly templates: readonly TemplateSpan[];
  /** Regions inside `{{ if }}`/`{{ with }}`/`{{ range }}` blocks. */
  readonly conditionals: readonly Span[];
  /** Set when the text was past the size limit and left unparsed (core/size-limit.ts). */
  readonly tooLarge?: boolean;
}

/** How every text is parsed (value-edit.ts reads an edited value with the same options). */
export const PARSE_OPTIONS = { strict: false, uniqueKeys: false, prettyErrors: false, logLevel: 'error' } as const;

/** `reasons`: spans a renderer left unevaluated (rendered charts), so unknowns say why. */
export function parseYaml(text: string, reasons?: readonly ReasonSpan[]): ParsedYaml {
  const { masked, templates, conditionals } = maskTemplates(text, reasons);
  const parsed = parseAllDocuments(masked, PARSE_OPTIONS);
  const documents: YamlDocument[] = [];
  let previousEnd = 0;
  for (const doc of parsed) {
    const end = Math.max(previousEnd, doc.range?.[2] ?? previousEnd);
    documents.push({ doc, region: { start: previousEnd, end }, index: documents.length });
    previousEnd = end;
  }
  return { text, lines: new LineIndex(text), documents, templates, conditionals };
}
