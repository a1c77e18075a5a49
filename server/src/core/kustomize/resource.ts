/** A resource being built: its tree, identity (group, kind, name, namespace) and earlier names. */

import { Document } from 'yaml';
import { fromYaml, getMap, getString, KMap, SourceRef } from './knode';

export interface KResource {
  readonly root: KMap;
  readonly file: string;
  /** Comment lines before the document (a job-graph hint may be there). */
  readonly comment?: string;
  /** Names it had before a prefix or suffix (patches may still use them). */
  readonly previousNames: readonly string[];
}

export function resourceFrom(doc: Document, source: SourceRef): KResource | undefined {
  const root = fromYaml(doc, doc.contents as never, source);
  if (root.kind !== 'map' || !root.entries.length) return undefined;
  return { root, file: source.file, comment: doc.commentBefore ?? undefined, previousNames: [] };
}

export interface ResId {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
}

export function idOf(r: { root: KMap }): ResId {
  const apiVersion = getString(r.root, 'apiVersion') ?? '';
  const slash = apiVersion.indexOf('/');
  const meta = getMap(r.root, 'metadata');
  return {
    group: slash < 0 ? '' : apiVersion.slice(0, slash),
    version: slash < 0 ? apiVersion : apiVersion.slice(slash + 1),
    kind: getString(r.root, 'kind') ?? '',
    name: getString(meta, 'name') ?? '',
    namespace: getString(meta, 'namespace') ?? '',
  };
}
