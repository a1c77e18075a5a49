/** SARIF 2.1.0 for GitHub code scanning: one run, every rule described, one result per finding. */

import { RULES } from '../core/rules/registry';
import { PositionedFinding } from './check';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function renderSarif(findings: readonly PositionedFinding[], version: string): string {
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
    locations: [{ physicalLocation: { artifactLocation: { uri: f.file.split('\\').join('/') }, region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn } } }],
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'flink-k8s', version, semanticVersion: version, rules } }, results, columnKind: 'utf16CodeUnits' }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
