/**
 * Annotated-YAML fixtures for rules. Expected findings are YAML comments under the line they
 * point at, carets marking the columns, so the fixture parses unchanged:
 *
 *     parallelism: 10
 *   #              ^^ 💡 warning job-parallelism-ignored: job.parallelism 10 is ignored
 *
 * The message is a prefix of the real one; `💡` says at least one fix is offered. The harness
 * renders the actual findings the same way and compares the whole list, so a failure is a diff.
 */

import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { analyze, DEFAULT_OPTIONS } from '../../server/src/core/analysis';
import { lint } from '../../server/src/core/rules/run';
import { Finding, RuleOptions } from '../../server/src/core/rules/types';
import { DEFAULT_RULE_OPTIONS } from '../../server/src/core/rules/options';
import { assertFixIsSafe } from './fix-safety';

const ANNOTATION = /^(\s*)#([ \t]*)(\^+)[ \t]+(💡[ \t]+)?(error|warning|info)[ \t]+([a-z0-9-]+)(?::[ \t]?(.*))?$/;

interface Expected {
  line: number;
  column: number;
  length: number;
  text: string;
}

/** Removes the common indentation of a template literal, so fixtures can be indented in code. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const lines = raw.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return lines.map((l) => l.slice(indent)).join('\n').replace(/[ \t]*$/, '');
}

export function findingsOf(text: string, options: Partial<RuleOptions> = {}, only?: readonly string[]): Finding[] {
  const ruleOptions = { ...DEFAULT_RULE_OPTIONS, ...options };
  const analysis = analyze(text, { ...DEFAULT_OPTIONS, operatorVersion: ruleOptions.operatorVersion, operatorDefaults: ruleOptions.operatorDefaults });
  assert.equal(analysis.internalError, undefined);
  const result = lint(analysis, ruleOptions, { only });
  assert.deepEqual(result.ruleErrors, []);
  return result.findings;
}

/** Asserts that exactly the annotated findings of `rules` are reported. */
export function checkRules(rules: readonly string[], source: string, options: Partial<RuleOptions> = {}): Finding[] {
  const lines = source.split('\n');
  const expected = parseAnnotations(lines);
  const findings = findingsOf(source, options, rules);
  const actual = findings.map((f) => render(source, f, expected));
  assert.deepEqual(actual.sort(), expected.map((e) => `${e.line + 1}:${e.column} ${'^'.repeat(e.length)} ${e.text}`).sort());
  // Every fixture doubles as a data-loss check for every fix it offers.
  for (const f of findings) for (const fix of f.fixes ?? []) assertFixIsSafe(source, fix, f.rule);
  return findings;
}

export function checkRule(rule: string, source: string, options: Partial<RuleOptions> = {}): Finding[] {
  return checkRules([rule], source, options);
}

function parseAnnotations(lines: string[]): Expected[] {
  const out: Expected[] = [];
  let target = -1;
  lines.forEach((line, i) => {
    const m = ANNOTATION.exec(line);
    if (!m) {
      target = i;
      return;
    }
    const hashAtZero = (m[1] ?? '') === '' && (m[2] ?? '') === '';
    const column = hashAtZero ? 0 : line.indexOf('^');
    const length = (m[3] ?? '').length + (hashAtZero ? 1 : 0);
    out.push({ line: target, column, length, text: `${m[4] ? '💡 ' : ''}${m[5]} ${m[6]}${m[7] ? `: ${m[7]}` : ''}` });
  });
  return out;
}

function render(text: string, f: Finding, expected: Expected[]): string {
  const before = text.slice(0, f.span.start);
  const line = before.split('\n').length - 1;
  const column = f.span.start - (before.lastIndexOf('\n') + 1);
  const lineEnd = text.indexOf('\n', f.span.start);
  const end = Math.min(f.span.end, lineEnd < 0 ? text.length : lineEnd);
  const length = Math.max(1, end - f.span.start);
  const head = `${f.fixes && f.fixes.length > 0 ? '💡 ' : ''}${f.severity} ${f.rule}`;
  const match = expected.find((e) => e.line === line && e.column === column && e.length === length && e.text.startsWith(head) && `${head}: ${f.message}`.startsWith(e.text));
  return `${line + 1}:${column} ${'^'.repeat(length)} ${match ? match.text : `${head}: ${f.message}`}`;
}

/**
 * Applies the fix whose title starts with `title` to the finding of `rule` and compares the
 * result with `after`; the result must parse and no longer carry that finding.
 */
export function checkFix(rule: string, before: string, title: string, after: string, options: Partial<RuleOptions> = {}): void {
  const findings = findingsOf(before, options, [rule]);
  const fix = findings.flatMap((f) => f.fixes ?? []).find((x) => x.title.startsWith(title));
  assert.ok(fix, `no fix "${title}" among: ${findings.flatMap((f) => (f.fixes ?? []).map((x) => x.title)).join(' | ')}`);
  const result = assertFixIsSafe(before, fix, rule);
  assert.equal(result, after);
  for (const doc of parseAllDocuments(result)) assert.deepEqual(doc.errors.map((e) => e.message), []);
  const remaining = findingsOf(result, options, [rule]);
  assert.ok(remaining.length < findings.length, `the ${rule} finding is still there after "${fix.title}"`);
}
