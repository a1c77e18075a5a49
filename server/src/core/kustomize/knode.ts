/**
 * The tree kustomize works on, kept with where every key and scalar was written (base or patch
 * file and span), so the built output maps back to the line that set each value.
 */

import { Document, isAlias, isMap, isScalar, isSeq, Node, Pair, Scalar } from 'yaml';
import { Origin, OriginRole, ValueOrigin } from '../sourcemap/types';

export interface KScalar {
  readonly kind: 'scalar';
  readonly value: string | number | boolean | null;
  /** Text to write (the source text when it was on one line). */
  readonly text: string;
  readonly at?: Origin;
  readonly role?: OriginRole;
  /** `text` is exactly the source at `at`. */
  readonly verbatim?: boolean;
  /** The value this one replaced (the base's, under a patch), for related locations. */
  readonly shadowed?: ValueOrigin;
  /** Extra origin to show (the kustomization line that changed a base value). */
  readonly via?: ValueOrigin;
}

export interface KEntry {
  readonly key: string;
  readonly keyAt?: Origin;
  readonly value: KNode;
  /** Comment lines written before the key (suppressions, job-graph hints). */
  readonly comment?: string;
}

export interface KMap {
  readonly kind: 'map';
  readonly entries: KEntry[];
}

export interface KSeq {
  readonly kind: 'seq';
  readonly items: KNode[];
}

export type KNode = KScalar | KMap | KSeq;

export function scalar(value: KScalar['value'], extra: Partial<KScalar> = {}): KScalar {
  return { kind: 'scalar', value, text: scalarText(value), ...extra };
}

/** YAML text for a new scalar: plain when it reads back as the same string, else JSON-quoted. */
export function scalarText(value: KScalar['value']): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  const plain = /^[A-Za-z_/.][A-Za-z0-9_./:@=+-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(value) && !/: |:$/.test(value);
  return plain ? value : JSON.stringify(value);
}

export function get(m: KMap | undefined, key: string): KNode | undefined {
  return m?.entries.find((e) => e.key === key)?.value;
}

export function getMap(m: KMap | undefined, key: string): KMap | undefined {
  const v = get(m, key);
  return v?.kind === 'map' ? v : undefined;
}

export function getString(m: KMap | undefined, key: string): string | undefined {
  const v = get(m, key);
  return v?.kind === 'scalar' && v.value !== null ? String(v.value) : undefined;
}

/** Sets (or adds at the end) a key. */
export function set(m: KMap, key: string, value: KNode, keyAt?: Origin): void {
  const i = m.entries.findIndex((e) => e.key === key);
  if (i >= 0) m.entries[i] = { ...(m.entries[i] as KEntry), value };
  else m.entries.push({ key, value, keyAt });
}

export function clone<T extends KNode>(n: T): T {
  if (n.kind === 'map') return { kind: 'map', entries: n.entries.map((e) => ({ ...e, value: clone(e.value) })) } as T;
  if (n.kind === 'seq') return { kind: 'seq', items: n.items.map(clone) } as T;
  return { ...n };
}

/** A parsed YAML node as a KNode; aliases are resolved (kustomize expands them too). */
export function fromYaml(doc: Document, node: Node | null | undefined, source: SourceRef, depth = 0): KNode {
  if (depth > 200 || node === null || node === undefined) return scalar(null);
  if (isAlias(node)) return fromYaml(doc, node.resolve(doc) as Node | undefined, source, depth + 1);
  if (isMap(node)) {
    return {
      kind: 'map',
      entries: (node.items as Pair[]).map((pair) => {
        const key = pair.key as Node | null;
        const comment = isScalar(key) ? key.commentBefore : undefined;
        return {
          key: isScalar(key) ? String(key.value) : String(key),
          keyAt: spanIn(source, key?.range),
          value: fromYaml(doc, pair.value as Node | null, source, depth + 1),
          comment: comment ?? undefined,
        };
      }),
    };
  }
  if (isSeq(node)) return { kind: 'seq', items: node.items.map((i) => fromYaml(doc, i as Node | null, source, depth + 1)) };
  return fromScalar(node as Scalar, source);
}

/** Where nodes are read from: the file, its text, and whether it is a base or a patch. */
export interface SourceRef {
  readonly file: string;
  readonly text: string;
  readonly role: OriginRole;
  /** Moves offsets of `text` into the file (an inline patch inside a kustomization). */
  readonly offset?: (offset: number) => number;
}

function spanIn(source: SourceRef, range: readonly number[] | null | undefined): Origin | undefined {
  if (!range) return undefined;
  const move = source.offset ?? ((o: number) => o);
  return { file: source.file, span: { start: move(range[0] as number), end: move(range[1] as number) } };
}

function fromScalar(node: Scalar, source: SourceRef): KScalar {
  const { text, role } = source;
  const raw = node.value;
  const value = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || raw === null ? raw : typeof raw === 'bigint' ? Number(raw) : String(raw);
  const at = spanIn(source, node.range);
  const written = node.range ? text.slice(node.range[0], node.range[1]) : undefined;
  const singleLine = written !== undefined && written !== '' && !written.includes('\n') && (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
  return { kind: 'scalar', value, text: singleLine ? (written as string) : scalarText(value), at, role, verbatim: singleLine };
}
