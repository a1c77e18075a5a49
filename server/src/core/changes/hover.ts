/** The hover text for a changed field: what the change does, the operator's action and its conditions. */

import { markdownText } from '../report/escape';
import { fieldMessage } from './fields';
import { ResourceChange } from './types';

export function changeHover(changes: readonly ResourceChange[], offset: number, ref: string): string | undefined {
  for (const c of changes) {
    const field = c.fields.find((f) => f.span && offset >= f.span.start && offset <= f.span.end);
    if (!field) continue;
    const lines = [`**This change (since ${markdownText(ref)}):** ${markdownText(fieldMessage(field))}`];
    if (c.conditions.length) lines.push('', 'It depends on:', '', ...c.conditions.map((x) => `- ${markdownText(x)}`));
    return lines.join('\n');
  }
  return undefined;
}
