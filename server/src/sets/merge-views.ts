/**
 * A file that several overlays build on (a base shared by staging and prod): what it shows is
 * every overlay's view at once. Each overlay's resources are listed (CodeLens, preview, report),
 * named by the overlay; a finding all overlays share is one finding, one that only some have
 * says which; a hint is kept only where the overlays agree on it (a base line read differently
 * by each overlay gets no number that would be wrong for some).
 */

import { Finding } from '../core/rules/types';
import { groupAcross, overlayLabels, overlayNote } from '../core/sets/shared-files';
import { SetDocumentView, SetHint } from './document-view';

export interface LabelledView {
  /** The overlay's folder. */
  readonly root: string;
  readonly view: SetDocumentView;
}

export function mergeViews(views: readonly LabelledView[]): SetDocumentView | undefined {
  const [first] = views;
  if (!first || views.length === 1) return first?.view;
  const labels = overlayLabels(views.map((v) => v.root));
  return {
    findings: findings(views.map((v) => v.view.findings), labels),
    hints: hints(views.map((v) => v.view.hints)),
    resources: views.flatMap((v, i) => v.view.resources.map((r) => ({ ...r, set: labels[i] }))),
    others: first.view.others,
  };
}

function findings(perView: ReadonlyArray<readonly Finding[]>, labels: readonly string[]): Finding[] {
  const key = (f: Finding) => JSON.stringify([f.rule, f.severity, f.span.start, f.span.end, f.message]);
  return groupAcross(perView, labels, key).map(({ item, sets }) => (sets.length === labels.length ? item : withMessage(item, `${item.message}${overlayNote(sets)}`)));
}

/** The finding with another message; its fixes are still read only when asked for. */
function withMessage(f: Finding, message: string): Finding {
  return {
    rule: f.rule, severity: f.severity, message, span: f.span, related: f.related,
    get fixes() {
      return f.fixes;
    },
  };
}

function hints(perView: ReadonlyArray<readonly SetHint[]>): SetHint[] {
  const byOffset = new Map<number, SetHint[]>();
  for (const h of perView.flat()) byOffset.set(h.offset, [...(byOffset.get(h.offset) ?? []), h]);
  return [...byOffset.values()].flatMap((at) => (at.every((h) => h.label === at[0]?.label) ? [at[0] as SetHint] : []));
}
