/**
 * Runs the registered rules over an analysis: resource rules per Flink resource, document rules
 * per other YAML document, then severity settings and suppression comments. A rule that throws
 * is skipped and named in `ruleErrors`; it never takes the others down.
 */

import { isMap } from 'yaml';
import { Analysis, ResourceAnalysis } from '../analysis';
import { isKnown } from '../yaml/fields';
import { MapView } from '../yaml/map-view';
import { ParsedYaml } from '../yaml/parse';
import { readSuppressions } from './suppressions';
import { RULES } from './registry';
import { DocumentRule, Finding, OtherDocument, Report, ResourceRule, Rule, RuleOptions } from './types';

export interface LintResult {
  readonly findings: Finding[];
  readonly ruleErrors: string[];
}

/** `only` limits the run to some rule ids (tests enable just the rule they check). */
export function lint(analysis: Analysis, options: RuleOptions, all: readonly ResourceAnalysis[] = analysis.resources, only?: readonly string[]): LintResult {
  const findings: Finding[] = [];
  const ruleErrors: string[] = [];
  const parsed = analysis.parsed;
  if (!parsed) return { findings, ruleErrors };
  const others = otherDocuments(parsed, analysis);
  const run = (rule: Rule, check: () => Report[]) => {
    const severity = options.severities[rule.id] ?? rule.severity;
    if (severity === 'off') return;
    try {
      for (const r of check()) findings.push({ rule: rule.id, severity: options.severities[rule.id] ? severity : r.severity ?? severity, message: r.message, span: r.span, related: r.related, fixes: r.fixes });
    } catch (error) {
      ruleErrors.push(`${rule.id}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  };
  for (const rule of only ? RULES.filter((r) => only.includes(r.id)) : RULES) {
    if (isDocumentRule(rule)) for (const other of others) run(rule, () => rule.checkDocument(analysis.text, other, { all, options }));
    else for (const ra of analysis.resources.filter((r) => appliesTo(rule as ResourceRule, r))) run(rule, () => (rule as ResourceRule).check({ text: analysis.text, parsed, resource: ra.resource, projection: ra.projection, all, others, options }));
  }
  const suppressions = readSuppressions(analysis.text, analysis.lines);
  const kept = findings.filter((f) => !suppressions.isSuppressed(f.rule, f.span.start));
  kept.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
  return { findings: kept, ruleErrors };
}

const JOB_KINDS = ['FlinkDeployment', 'FlinkSessionJob', 'FlinkBlueGreenDeployment'];

function appliesTo(rule: ResourceRule, r: ResourceAnalysis): boolean {
  return !r.resource.canary && (rule.kinds ?? JOB_KINDS).includes(r.resource.kind);
}

function isDocumentRule(rule: Rule): rule is DocumentRule {
  return 'scope' in rule && rule.scope === 'document';
}

/** YAML documents of the text that are not Flink resources, with their apiVersion and kind. */
function otherDocuments(parsed: ParsedYaml, analysis: Analysis): OtherDocument[] {
  const flink = new Set(analysis.resources.map((r) => r.resource.documentIndex));
  return parsed.documents
    .filter((d) => !flink.has(d.index) && isMap(d.doc.contents))
    .map((document) => {
      const root = new MapView({ doc: document.doc, text: parsed.text, lines: parsed.lines, templates: parsed.templates, conditionals: parsed.conditionals }, isMap(document.doc.contents) ? document.doc.contents : null, document.region, -1);
      const apiVersion = root.scalar('apiVersion');
      const kind = root.scalar('kind');
      return { document, root, apiVersion: isKnown(apiVersion) ? String(apiVersion.value) : undefined, kind: isKnown(kind) ? String(kind.value) : undefined };
    });
}
