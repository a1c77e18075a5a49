/**
 * Runs the registered rules over an analysis: resource rules per Flink resource (only the syntax
 * rule while its YAML has a syntax error), one finding per mistake among them (precedence.ts),
 * document rules per other YAML document, then severity settings and suppression comments. A
 * rule that throws is skipped and named in `ruleErrors`; it never takes the others down.
 */

import { Analysis, ResourceAnalysis } from '../analysis';
import { readSuppressions } from './suppressions';
import { RULES } from './registry';
import { DocumentRule, Finding, Report, ResourceContext, ResourceRule, Rule, RuleOptions, Severity } from './types';
import { oneFindingPerMistake, RuleReport } from './precedence';
import { otherDocuments } from './other-documents';
import { Scaler, scalersIn } from './scalers';
import { mentionsFlink } from '../size-limit';
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
  if (analysis.parsed?.tooLarge) return { findings: oversizedFindings(analysis.text, options, only), ruleErrors };
  const parsed = analysis.parsed;
  if (!parsed) return { findings, ruleErrors };
  const others = otherDocuments(parsed, new Set(analysis.resources.map((r) => r.resource.documentIndex)));
  const scalers = [...scalersIn(analysis.text, others), ...(scope.scalers ?? [])];
  const severityOf = (rule: Rule, report: Report): Severity => {
    const setting = options.severities[rule.id];
    return setting && setting !== 'off' ? setting : report.severity ?? rule.severity;
  };
  const off = (rule: Rule) => (options.severities[rule.id] ?? rule.severity) === 'off';
  const failed = (rule: Rule, error: unknown) => ruleErrors.push(`${rule.id}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  const run = (rule: Rule, check: () => Report[]): RuleReport[] => {
    if (off(rule)) return [];
    try {
      return check().map((report) => ({ rule: rule.id, report }));
    } catch (error) {
      failed(rule, error);
      return [];
    }
  };
  // A suppressed finding is gone before precedence, so it silences nothing else.
  const suppressions = readSuppressions(analysis.text, analysis.lines);
  const shown = (items: readonly RuleReport[]) => (suppressions.none ? items : items.filter((i) => !suppressions.isSuppressed(i.rule, i.report.span.start)));
  const keep = (items: readonly RuleReport[]) => {
    for (const { rule: id, report: r } of items) {
      const rule = BY_ID.get(id) as Rule;
      findings.push({ rule: id, severity: severityOf(rule, r), message: r.message, span: r.span, related: r.related, fixes: r.fixes });
    }
  };
  const resourceRules = (only ? RESOURCE_RULES.filter((r) => only.includes(r.id)) : RESOURCE_RULES).filter((r) => !off(r));
  const documentRules = only ? DOCUMENT_RULES.filter((r) => only.includes(r.id)) : DOCUMENT_RULES;
  for (const rule of documentRules) for (const other of others) keep(shown(run(rule, () => rule.checkDocument(analysis.text, other, { all, options }))));
  for (const ra of analysis.resources) {
    // One context per resource, shared by all rules, so what rules derive from it is computed once.
    const ctx: ResourceContext = { text: analysis.text, parsed, resource: ra.resource, projection: ra.projection, all, others, scalers, options };
    const guessed = ra.resource.document.errors.length > 0;
    const partial = ra.resource.patch === true;
    const reports: RuleReport[] = [];
    for (const rule of resourceRules) {
      if (!appliesTo(rule, ra) || (partial && !rule.patches) || (guessed && !rule.runsOnSyntaxError)) continue;
      try {
        for (const report of withSafeFixes(rule, ra, rule.check(ctx))) reports.push({ rule: rule.id, report });
      } catch (error) {
        failed(rule, error);
      }
    }
    keep(oneFindingPerMistake(shown(reports)));
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
  return { findings, ruleErrors };
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

const BY_ID = new Map<string, Rule>(RULES.map((r) => [r.id, r]));

const JOB_KINDS = ['FlinkDeployment', 'FlinkSessionJob', 'FlinkBlueGreenDeployment'];

function appliesTo(rule: ResourceRule, r: ResourceAnalysis): boolean {
  return !r.resource.canary && (rule.kinds ?? JOB_KINDS).includes(r.resource.kind);
}

function isDocumentRule(rule: Rule): rule is DocumentRule {
  return 'scope' in rule && rule.scope === 'document';
}

const RESOURCE_RULES = RULES.filter((r): r is ResourceRule => !isDocumentRule(r));
const DOCUMENT_RULES = RULES.filter(isDocumentRule);
