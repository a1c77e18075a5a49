/**
 * What applying an edit (a quick fix or a refactoring) does to a running job, for its title:
 * the text before and after the edit compared like any other change. Only restarts are named,
 * and only for jobs that run (not suspended ones, not new resources).
 */

import { analyze } from '../analysis';
import { applyEdits, TextEdit } from '../edits/text-edit';
import { compareSides } from './compare';
import { SESSION_RESTART } from './decide';
import { SideResource } from './facts';
import { ChangeOptions, ResourceChange } from './types';

/**
 * A note such as "restarts the running job", or undefined when the edit restarts nothing.
 * `before` may pass the text's resources when they are already analysed.
 */
export function restartNote(text: string, edits: readonly TextEdit[], options: ChangeOptions, before: readonly SideResource[] = sideOfText(text, options)): string | undefined {
  if (!edits.length) return undefined;
  const after = sideOfText(applyEdits(text, edits), options);
  const notes = compareSides({ before, after }, options).map(noteFor).filter((n): n is string => !!n);
  return notes.sort(bySeverity)[0];
}

const ORDER = ['discards the job\'s state', 'restarts every job of the session cluster without its state', 'restarts every job of the session cluster', 'restarts the running job', 'may restart the running job'];

function bySeverity(a: string, b: string): number {
  return ORDER.indexOf(a) - ORDER.indexOf(b);
}

function noteFor(change: ResourceChange): string | undefined {
  if (change.class === 'create' || change.class === 'none' || change.class === 'ignore' || change.class === 'rejected') return undefined;
  if (change.state === 'kept' || change.state === 'none') return undefined;
  const session = change.kind === 'FlinkDeployment' && change.headline === SESSION_RESTART;
  if (session) return change.losesState ? ORDER[1] : ORDER[2];
  if (change.losesState) return ORDER[0];
  return change.state === 'depends' ? ORDER[4] : ORDER[3];
}

function sideOfText(text: string, options: ChangeOptions): SideResource[] {
  const analysis = analyze(text, options);
  return analysis.resources.map(({ resource, projection }) => ({ resource, projection, offset: 0, text: analysis.text }));
}
