/**
 * Runs the registered rules over an analysis: resource rules per Flink resource, document rules
 * per other YAML document, then severity settings and suppression comments. A rule that throws
 * is skipped and named in `ruleErrors`; it never takes the others down.
 */

import { Analysis, ResourceAnalysis } from '../analysis';
import { readSuppressions } from './suppressions';
import { RULES } from './registry';
import { DocumentRule, Finding, Report, ResourceRule, Rule, RuleOptions } from './types';
import { otherDocuments } from './other-documents';
import { Scaler, scalersIn } from './scalers';
import { isOversized, mentionsFlink } from '../size-limit';
import { fileTooLarge, fileTooLargeReport } from './file-too-large';

export interface LintResult {
  readonly findings: Finding[];
  readonly ruleErrors: string[];
}

export interface LintScope {
  /** Every resource of the analysed set (same file, CLI files or the workspace). */
  readonly all?: readonly ResourceAnalysis[];
  /** HPAs and ScaledObjects of other files. */
  readonly scalers?: readonly Scaler[];
  /** Limits the run to some rule ids (tests enable just the rule they check). */
  readonly only?: readonly string[];
}

export function lint(analysis: Analysis, options: RuleOptions, scope: LintScope = {}): LintResult {
  const all = scope.all ?? analysis.resources;
  const only = scope.only;
  const findings: Finding[] = [];
  const ruleErrors: string[] = [];
  if (isOversized(analysis.text)) return { findings: oversizedFindings(analysis.text, options, only), ruleErrors };
  const parsed = analysis.parsed;
  if (!parsed) return { findings, ruleErrors };
  const others = otherDocuments(parsed, new Set(analysis.resources.map((r) => r.resource.documentIndex)));
  const scalers = [...scalersIn(analysis.text, others), ...(scope.scalers ?? [])];
  const run = (rule: Rule, check: () => Report[]) => {
    const severity = options.severities[rule.id] ?? rule.severity;
    if (severity === 'off') return;
    try {
      for (const r of check()) findings.push({ rule: rule.id, severity: options.severities[rule.id] ? severity : r.severity ?? severity, message: r.message, span: r.span, related: r.related, fixes: r.fixes });
    } catch (error) {
      ruleErrors.push(`${rule.id}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  };
  // One context per resource, shared by all rules, so what rules derive from it is computed once.
  const contexts = new Map(analysis.resources.map((ra) => [ra, { text: analysis.text, parsed, resource: ra.resource, projection: ra.projection, all, others, scalers, options }]));
  const partial = new Set(analysis.resources.filter((ra) => ra.resource.patch));
  for (const rule of only ? RULES.filter((r) => only.includes(r.id)) : RULES) {
    if (isDocumentRule(rule)) for (const other of others) run(rule, () => rule.checkDocument(analysis.text, other, { all, options }));
    else for (const [ra, ctx] of contexts) if (appliesTo(rule as ResourceRule, ra) && (!partial.has(ra) || (rule as ResourceRule).patches)) run(rule, () => withSafeFixes(rule, ra, (rule as ResourceRule).check(ctx)));
  }
  const suppressions = readSuppressions(analysis.text, analysis.lines);
  const kept = findings.filter((f) => !suppressions.isSuppressed(f.rule, f.span.start));
  kept.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
  return { findings: kept, ruleErrors };
}

/**
 * While a resource's YAML has a syntax error its tree is the parser's guess, and a fix computed
 * from a guess can land anywhere: findings stay, fixes wait until the YAML parses again.
 */
function withSafeFixes(rule: Rule, ra: ResourceAnalysis, reports: Report[]): Report[] {
  if ((rule as ResourceRule).keepsFixesOnSyntaxError || ra.resource.document.errors.length === 0) return reports;
  return reports.map((r) => (r.fixes ? { ...r, fixes: undefined } : r));
}

/** Past the size limit nothing was parsed; a file that names the operator's group hears why. */
function oversizedFindings(text: string, options: RuleOptions, only?: readonly string[]): Finding[] {
  const severity = options.severities[fileTooLarge.id] ?? fileTooLarge.severity;
  if (severity === 'off' || (only && !only.includes(fileTooLarge.id)) || !mentionsFlink(text)) return [];
  return [{ rule: fileTooLarge.id, severity, ...fileTooLargeReport(text) }];
}

const JOB_KINDS = ['FlinkDeployment', 'FlinkSessionJob', 'FlinkBlueGreenDeployment'];

function appliesTo(rule: ResourceRule, r: ResourceAnalysis): boolean {
  return !r.resource.canary && (rule.kinds ?? JOB_KINDS).includes(r.resource.kind);
}

function isDocumentRule(rule: Rule): rule is DocumentRule {
  return 'scope' in rule && rule.scope === 'document';
}
