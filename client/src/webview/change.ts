/**
 * The "Change" section: what applying this file over its base (git HEAD) does to the resource,
 * the changed fields and the projection before and after; and the resources the file removed.
 */

import type { ResourceProjection } from '../../../server/src/protocol/requests';
import type { ChangeView, RemovedView } from '../../../server/src/protocol/changes';
import { projectionDelta } from '../../../server/src/core/changes/projection-delta';
import { qualifiedName } from '../../../server/src/core/format/names';
import { el } from './dom';

export function change(r: ResourceProjection, reveal: (line: number) => void): HTMLElement | null {
  const c = r.change;
  if (!c) return null;
  const lost = c.losesState || c.class === 'rejected';
  const section = el('section', { 'aria-label': 'Change', class: `change${lost ? ' lost' : ''}` },
    el('h2', {}, `Change since ${c.ref}: ${c.headline}`),
    el('p', {}, el('span', { class: 'badge' }, c.class), `The operator ${c.action}.`),
    el('p', { class: lost ? 'error' : 'note' }, `Job state: ${STATE_WORDS[c.state] ?? c.state}`));
  if (c.conditions.length) section.append(el('ul', { class: 'conditions' }, ...c.conditions.map((x) => el('li', {}, x))));
  if (c.fields.length) section.append(fields(c, reveal));
  const delta = deltaTable(c);
  if (delta) section.append(delta);
  for (const f of c.findings) section.append(el('p', { class: f.severity === 'warning' ? 'error' : 'note' }, `${f.line ? `Line ${f.line}: ` : ''}${f.message}`));
  return section;
}

const STATE_WORDS: Record<string, string> = {
  kept: 'kept (the job keeps running)', savepoint: 'restored from a savepoint taken when it stops', 'last-checkpoint': 'restored from its latest checkpoint',
  'initial-savepoint': 'replaced by initialSavepointPath (current state discarded)', discarded: 'discarded', depends: 'decided at run time (see below)', none: 'no running job involved',
};

function fields(c: ChangeView, reveal: (line: number) => void): HTMLElement {
  const table = el('table', { class: 'fields' }, el('tr', {}, el('th', {}, 'field'), el('th', {}, 'before'), el('th', {}, 'after'), el('th', {}, 'class')));
  for (const f of c.fields) {
    const name = f.line ? el('button', { class: 'link', type: 'button', title: f.effect }, f.path) : el('span', { title: f.effect }, f.path);
    if (f.line) name.addEventListener('click', () => reveal(f.line ?? 1));
    table.append(el('tr', { class: f.severity === 'warning' ? 'warn' : '' }, el('td', {}, name), el('td', {}, f.before || '(absent)'), el('td', {}, f.after || '(absent)'), el('td', {}, f.class)));
  }
  return table;
}

function deltaTable(c: ChangeView): HTMLElement | null {
  const { before, after } = c.projection;
  if (!before || !after) return null;
  const rows = projectionDelta(before, after);
  if (!rows.length) return el('p', { class: 'note' }, 'The projection does not change: same pods, slots, CPU and memory.');
  return el('table', { class: 'delta', 'aria-label': 'Projection before and after' },
    el('tr', {}, el('th', {}, 'projection'), el('th', {}, 'before'), el('th', {}, 'after')),
    ...rows.map(([label, was, is]) => el('tr', {}, el('th', {}, label), el('td', {}, was), el('td', {}, is))));
}

export function removed(list: readonly RemovedView[] | undefined): HTMLElement | null {
  if (!list?.length) return null;
  return el('section', { 'aria-label': 'Removed resources', class: 'change' }, el('h2', {}, 'Removed from this file'),
    el('ul', {}, ...list.map((r) => el('li', {}, `${r.kind} ${qualifiedName(r)}: the operator ${r.action}.`))));
}
