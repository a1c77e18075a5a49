/**
 * One mistake, one finding. A rule that finds a value invalid (the API server, the operator or
 * Flink rejects it) marks that field; other rules' findings on the field, or pointing at it, are
 * dropped: they would judge a value that cannot stand. When two rules find the same value
 * invalid, the one earlier in PRECEDENCE speaks (then the first in rule order). A finding about
 * something missing is dropped when another finding says that thing is written under a wrong
 * name (a typo or a misplaced field): fixing the name fixes both.
 */

import { Span } from '../text/span';
import { Report } from './types';

export interface RuleReport {
  readonly rule: string;
  readonly report: Report;
}

/** Rules whose verdict on a value wins over other rules' verdicts on the same value. */
export const PRECEDENCE: readonly string[] = ['yaml-syntax', 'memory-unit', 'schema', 'config-value-type', 'task-slots'];

const rank = (rule: string) => {
  const i = PRECEDENCE.indexOf(rule);
  return i < 0 ? PRECEDENCE.length : i;
};

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

export function oneFindingPerMistake(items: readonly RuleReport[]): readonly RuleReport[] {
  // Nothing invalidates or supplies anything (most resources): every finding stays.
  if (!items.some((i) => i.report.invalidates || i.report.supplies)) return items;
  const supplied = new Set(items.flatMap((i) => (i.report.supplies ? [i.report.supplies] : [])));
  const invalid = items.map((item, index) => ({ item, index })).filter(({ item }) => item.report.invalidates);
  return items.filter((item, index) => {
    if (item.report.absent?.some((p) => supplied.has(p))) return false;
    const spans = [item.report.span, ...(item.report.related ?? []).map((r) => r.span)];
    return !invalid.some(({ item: other, index: at }) => {
      if (other.rule === item.rule || !spans.some((s) => within(s, other.report.invalidates as Span))) return false;
      if (!item.report.invalidates) return true;
      const [mine, theirs] = [rank(item.rule), rank(other.rule)];
      return theirs < mine || (theirs === mine && at < index);
    });
  });
}
