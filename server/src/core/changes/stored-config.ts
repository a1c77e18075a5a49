/**
 * A flinkConfiguration value as the operator compares it: the YAML as kubectl turns it into JSON
 * (yaml/kubectl-scalar.ts), the API server's JSON (integers that fit int64 as integers, other
 * numbers as float64 written by encoding/json), read back by the operator's Jackson and
 * flattened with asText() (ConfigObjectNode#flattenHelper): an integer literal prints as its
 * digits (`1.0` arrives as `1`), any other number as Java's Double.toString (`0.0001` as
 * `1.0E-4`), booleans as `true`/`false`, null as `null`, a list as its items joined by `;` and
 * an empty list as no key at all. The model keeps the text as written for every other feature;
 * only the change comparison reads this.
 */

import { isMap, isScalar, isSeq, Node, Scalar } from 'yaml';
import { ConfigEntry } from '../model/flink-config';
import { javaDoubleToString } from '../units/java-format';
import { goJsonFloat } from '../units/go-number';
import { kubectlScalar, KubectlScalar } from '../yaml/kubectl-scalar';
import { resolve } from '../yaml/map-view';
import type { Document } from 'yaml';

const CORE_TAGS = new Set(['tag:yaml.org,2002:bool', 'tag:yaml.org,2002:int', 'tag:yaml.org,2002:float', 'tag:yaml.org,2002:null']);

/** The text the operator reads for this entry; null when it writes no key (an empty list). */
export function storedConfigText(entry: ConfigEntry & { value: string }, doc: Document.Parsed): string | null {
  const node = entry.node;
  if (!node) return entry.value;
  if (isSeq(node)) {
    if (node.items.length === 0) return null;
    return node.items.map((item) => itemText(resolve(doc, item as Node))).join(';');
  }
  return isScalar(node) ? scalarText(node) : entry.value;
}

/** Jackson's asText of an array item: a nested list or map prints as nothing. */
function itemText(node: Node | null | undefined): string {
  if (node === null || node === undefined) return 'null';
  if (isMap(node) || isSeq(node)) return '';
  return isScalar(node) ? scalarText(node) : '';
}

function scalarText(node: Scalar): string {
  const written = node.source ?? String(node.value);
  if (node.type !== 'PLAIN') return node.value === null || node.value === undefined ? '' : String(node.value);
  // An explicit !!str, or a tag go-yaml does not resolve, keeps the text; !!int and the like resolve as plain.
  if (node.tag && !CORE_TAGS.has(node.tag)) return written;
  return asText(kubectlScalar(written), written);
}

function asText(v: KubectlScalar, written: string): string {
  switch (v.kind) {
    case 'string':
      return v.value;
    case 'bool':
      return String(v.value);
    case 'null':
      return 'null';
    case 'int':
      return v.value.toString();
    case 'float':
      return floatText(v.value, written);
  }
}

/** What the API server writes for a float64 and Jackson then prints; NaN and infinities never get there (kubectl fails). */
function floatText(value: number, written: string): string {
  if (!Number.isFinite(value)) return written;
  const json = goJsonFloat(value);
  if (/^-?[0-9]+$/.test(json)) return json === '-0' ? '0' : json;
  return javaDoubleToString(value);
}
