/**
 * SARIF 2.1.0 for GitHub code scanning: one run, every rule described, one result per finding.
 * Files under the working folder are percent-encoded paths relative to %SRCROOT% (declared in
 * originalUriBaseIds as that folder), which is how code scanning maps results onto the checkout;
 * files outside it get absolute file:// URIs.
 */

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../core/rules/registry';
import { PositionedFinding } from './check';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const SRCROOT = '%SRCROOT%';

export function renderSarif(findings: readonly PositionedFinding[], version: string, cwd: string): string {
  const rules = RULES.map((r) => ({
    id: r.id,
    name: r.id,
    shortDescription: { text: r.doc.summary },
    fullDescription: { text: r.doc.why },
    help: { text: `${r.doc.why}\n\nBefore:\n${r.doc.before}\n\nAfter:\n${r.doc.after}` },
    defaultConfiguration: { level: LEVEL[r.severity] },
  }));
  const results = findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: RULES.findIndex((r) => r.id === f.rule),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(f.file, cwd), region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn } } }],
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'flink-k8s', version, semanticVersion: version, rules } },
      originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(cwd) } },
      results,
      columnKind: 'utf16CodeUnits',
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** A file as shown in findings (relative to cwd, or absolute) as a SARIF artifact location. */
export function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeSegment).join('/'), uriBaseId: SRCROOT };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(path.resolve(dir)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** RFC 3986 path segment: everything but unreserved characters and sub-delims percent-encoded. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
