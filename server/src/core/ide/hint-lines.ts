/**
 * VS Code cuts the inlay hints of a line off with "…" once their labels together pass
 * `editor.inlayHints.maximumLength` (43 by default). So each line's hints are fitted before they
 * are sent: the more important kinds first, a hint made of parts ("heap 1.42 GiB · managed
 * 1.34 GiB · network 343.04 MiB") keeps the parts that fit and names the rest in its tooltip, and
 * a hint with no room left is not sent (the field's hover still has its numbers).
 */

import type { HintKind } from './inlay-hints';

/** VS Code's default `editor.inlayHints.maximumLength`, for all the hints of one line. */
export const MAX_LINE_HINT_LENGTH = 43;

const PRIORITY: readonly HintKind[] = ['ignoredParallelism', 'taskManagers', 'parallelism', 'cpu', 'memory', 'autoscaler'];
const JOIN = ' ·';

export interface RawHint {
  readonly offset: number;
  readonly kind: HintKind;
  /** Each part starts with a space, as the label does. */
  readonly parts: readonly string[];
  readonly tooltip?: string;
}

export interface FittedHint {
  readonly offset: number;
  readonly kind: HintKind;
  readonly label: string;
  readonly tooltip?: string;
}

export function fitToLines(hints: readonly RawHint[], lineOf: (offset: number) => number, max = MAX_LINE_HINT_LENGTH): FittedHint[] {
  const lines = new Map<number, number[]>();
  hints.forEach((h, i) => lines.set(lineOf(h.offset), [...(lines.get(lineOf(h.offset)) ?? []), i]));
  const fitted = new Map<number, FittedHint>();
  for (const indexes of lines.values()) {
    let budget = max;
    const ranked = [...indexes].sort((a, b) => PRIORITY.indexOf((hints[a] as RawHint).kind) - PRIORITY.indexOf((hints[b] as RawHint).kind) || a - b);
    for (const i of ranked) {
      const h = hints[i] as RawHint;
      const shown = fittingParts(h.parts, budget);
      if (!shown) continue;
      budget -= shown.length;
      const left = h.parts.slice(shown.count).map((p) => p.trim());
      const tooltip = left.length ? [h.tooltip, `Also: ${left.join(', ')}`].filter(Boolean).join('\n\n') : h.tooltip;
      fitted.set(i, { offset: h.offset, kind: h.kind, label: h.parts.slice(0, shown.count).join(JOIN), tooltip });
    }
  }
  return [...fitted.entries()].sort(([a], [b]) => a - b).map(([, h]) => h);
}

/** How many leading parts fit in the budget, and their joined length; undefined if none does. */
function fittingParts(parts: readonly string[], budget: number): { count: number; length: number } | undefined {
  let count = 0;
  let length = 0;
  for (const part of parts) {
    const next = length + (count ? JOIN.length : 0) + part.length;
    if (next > budget) break;
    length = next;
    count++;
  }
  return count ? { count, length } : undefined;
}
