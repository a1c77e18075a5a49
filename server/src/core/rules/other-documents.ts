/** The YAML documents of a text that are not Flink resources, with their apiVersion and kind. */

import { isMap } from 'yaml';
import { isKnown } from '../yaml/fields';
import { MapView } from '../yaml/map-view';
import { ParsedYaml } from '../yaml/parse';
import { OtherDocument } from './types';

export function otherDocuments(parsed: ParsedYaml, flinkDocuments: ReadonlySet<number>): OtherDocument[] {
  return parsed.documents
    .filter((d) => !flinkDocuments.has(d.index) && isMap(d.doc.contents))
    .map((document) => {
      const ctx = { doc: document.doc, text: parsed.text, lines: parsed.lines, templates: parsed.templates, conditionals: parsed.conditionals };
      const root = new MapView(ctx, isMap(document.doc.contents) ? document.doc.contents : null, document.region, -1);
      const apiVersion = root.scalar('apiVersion');
      const kind = root.scalar('kind');
      return { document, root, apiVersion: isKnown(apiVersion) ? String(apiVersion.value) : undefined, kind: isKnown(kind) ? String(kind.value) : undefined };
    });
}
