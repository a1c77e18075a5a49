/** toYaml (traced) and fromYaml/fromYamlArray (Helm puts a parse error under an "Error" key). */

import { parseDocument } from 'yaml';
import { PlainFn, TemplateFn } from '../eval/frame';
import { Unknown } from '../eval/values';
import { str } from './convert';
import { toYamlVal } from './to-yaml';
import { convert } from '../values/read-values';

function fromYaml(text: string): unknown {
  const doc = parseDocument(text, { version: '1.1', prettyErrors: false, logLevel: 'error', uniqueKeys: false });
  const error = doc.errors[0];
  if (error) return new Map([['Error', `error converting YAML to JSON: ${error.message.split('\n')[0]}`]]);
  return convert(doc, doc.contents as never, '(fromYaml)', 'values', 0);
}

export const YAML_FUNCTIONS: Record<string, TemplateFn> = {
  toYaml: { traced: ({ args, frame, span }) => (args[0]?.v instanceof Unknown ? (args[0] as never) : toYamlVal(args[0] ?? { v: null }, { file: frame.file, span })) },
  mustToYaml: { traced: ({ args, frame, span }) => (args[0]?.v instanceof Unknown ? (args[0] as never) : toYamlVal(args[0] ?? { v: null }, { file: frame.file, span })) },
  fromYaml: ((s: unknown) => { const v = fromYaml(str(s)); return v instanceof Map ? v : new Map(); }) as PlainFn,
  fromYamlArray: ((s: unknown) => { const v = fromYaml(str(s)); return Array.isArray(v) ? v : []; }) as PlainFn,
};
