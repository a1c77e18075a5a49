/**
 * Reads a values file the way Helm does (go-yaml v2, so YAML 1.1: `yes`/`on` are booleans, and
 * every number becomes a float64) into template values, remembering for every entry the file,
 * the value's span and its key's span.
 */

import { Document, isAlias, isMap, isScalar, isSeq, Node, parseDocument, Tags } from 'yaml';
import { OriginRole } from '../../sourcemap/types';
import { GoMap, setOrigin } from '../eval/values';

export interface ValuesFile {
  readonly values: GoMap;
  /** The first YAML error, if the file does not parse (Helm refuses it). */
  readonly error?: { readonly message: string; readonly offset: number };
}

export function readValues(text: string, file: string, role: OriginRole): ValuesFile {
  const doc = parseDocument(text, { version: '1.1', customTags: goYamlV2Tags, uniqueKeys: false, prettyErrors: false, logLevel: 'error', strict: false, intAsBigInt: false });
  const error = doc.errors[0];
  if (error) return { values: new Map(), error: { message: error.message.split('\n')[0] ?? error.message, offset: error.pos[0] } };
  const root = convert(doc, doc.contents as Node | null, file, role, 0);
  return { values: root instanceof Map ? root : new Map() };
}

/** go-yaml v2 leaves dates as strings in interface{} and has no base-60 numbers: those YAML 1.1 tags go. */
function goYamlV2Tags(tags: Tags): Tags {
  return tags.filter((t) => (typeof t === 'string' ? !['timestamp', 'intTime', 'floatTime'].includes(t) : t.tag !== 'tag:yaml.org,2002:timestamp' && t.format !== 'TIME'));
}

/** Parsed YAML (any document) to template values, with origins. */
export function convert(doc: Document, node: Node | null, file: string, role: OriginRole, depth: number): unknown {
  if (depth > 200 || node === null) return null;
  if (isAlias(node)) return convert(doc, (node.resolve(doc) as Node | undefined) ?? null, file, role, depth + 1);
  if (isMap(node)) {
    const out: GoMap = new Map();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? keyText(pair.key.value) : String(pair.key);
      const valueNode = (pair.value as Node | null) ?? null;
      if (key === '<<') {
        mergeKey(out, convert(doc, valueNode, file, role, depth + 1));
        continue;
      }
      out.set(key, convert(doc, valueNode, file, role, depth + 1));
      const keyRange = (pair.key as Node | null)?.range;
      const valueRange = valueNode?.range ?? keyRange;
      if (valueRange) setOrigin(out, key, { file, span: { start: valueRange[0], end: valueRange[1] }, keySpan: keyRange ? { start: keyRange[0], end: keyRange[1] } : undefined, role });
    }
    return out;
  }
  if (isSeq(node)) {
    const out = node.items.map((item) => convert(doc, item as Node | null, file, role, depth + 1));
    node.items.forEach((item, i) => {
      const r = (item as Node | null)?.range;
      if (r) setOrigin(out, i, { file, span: { start: r[0], end: r[1] }, role });
    });
    return out;
  }
  if (isScalar(node)) return scalar(node.value);
  return null;
}

function mergeKey(out: GoMap, merged: unknown): void {
  const sources = Array.isArray(merged) ? merged : [merged];
  for (const s of sources) if (s instanceof Map) for (const [k, v] of s) if (!out.has(k)) out.set(k, v);
}

function keyText(v: unknown): string {
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  return v === null ? 'null' : String(v);
}

/** Numbers go through JSON in Helm, so integers too are float64. */
function scalar(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v === null) return v;
  if (v instanceof Date) return v.toISOString();
  return v === undefined ? null : String(v);
}
