/**
 * Suppression comments: `# flink-k8s-disable-next-line [rule, ...]` silences findings that start
 * on the next line, `# flink-k8s-disable [rule, ...]` anywhere silences them in the whole file.
 * Without rule ids every rule is silenced.
 */

import { LineIndex } from '../text/line-index';

const COMMENT = /(?:^|[ \t])#[ \t]*flink-k8s-disable(-next-line)?(?=[ \t,]|$)([^\r\n]*)/gm;

export interface Suppressions {
  /** No suppression comment at all (the common case: nothing to look up per finding). */
  readonly none: boolean;
  isSuppressed(rule: string, offset: number): boolean;
}

const NONE: Suppressions = { none: true, isSuppressed: () => false };

export function readSuppressions(text: string, lines: LineIndex): Suppressions {
  if (!text.includes('flink-k8s-disable')) return NONE;
  const fileWide = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  for (const m of text.matchAll(COMMENT)) {
    const rules = (m[2] ?? '').split(/[\s,]+/).filter((r) => r !== '' && !r.startsWith('#'));
    const ids = rules.length === 0 ? ['*'] : rules;
    if (m[1]) {
      const line = lines.position(m.index ?? 0).line + 1;
      const set = byLine.get(line) ?? new Set<string>();
      ids.forEach((id) => set.add(id));
      byLine.set(line, set);
    } else ids.forEach((id) => fileWide.add(id));
  }
  return {
    none: false,
    isSuppressed(rule: string, offset: number): boolean {
      if (fileWide.has('*') || fileWide.has(rule)) return true;
      const set = byLine.get(lines.position(offset).line);
      return !!set && (set.has('*') || set.has(rule));
    },
  };
}
