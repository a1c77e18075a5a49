/** Arguments of `flink-k8s changes BEFORE AFTER` and `flink-k8s changes --base <git-ref> [paths...]`. */

import { CHANGE_CLASSES, ChangeClass } from '../core/changes/types';
import { UsageError } from './files';
import { oneOf, operatorVersionArg, splitFlag } from './arg-values';
import { DEFAULT_OPERATOR_VERSION } from '../core/versions/operator-support';

export interface ChangesArgs {
  readonly format: 'text' | 'json' | 'markdown';
  readonly operatorVersion: string;
  readonly failOn: readonly ChangeClass[];
  /** Compare against this git ref; otherwise `paths` are BEFORE and AFTER. */
  readonly base?: string;
  readonly paths: readonly string[];
}

const FORMATS = ['text', 'json', 'markdown'] as const;

export function parseChangesArgs(argv: readonly string[]): ChangesArgs {
  let format: ChangesArgs['format'] = 'text';
  let operatorVersion = DEFAULT_OPERATOR_VERSION;
  let failOn: ChangeClass[] = [];
  let base: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = splitFlag(arg);
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--format') format = oneOf(value(), FORMATS, '--format');
    else if (flag === '--operator-version') operatorVersion = operatorVersionArg(value());
    else if (flag === '--fail-on') failOn = classes(value());
    else if (flag === '--base') base = ref(value());
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else paths.push(arg);
  }
  if (base === undefined && paths.length !== 2) throw new UsageError('changes needs BEFORE and AFTER (files or folders), or --base <git-ref> [paths...]');
  return { format, operatorVersion, failOn, base, paths };
}

function classes(value: string): ChangeClass[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const wrong = list.find((c) => !(CHANGE_CLASSES as readonly string[]).includes(c));
  if (wrong !== undefined || !list.length) throw new UsageError(`--fail-on takes classes from ${CHANGE_CLASSES.join(', ')}${wrong ? `, not "${wrong}"` : ''}`);
  return list as ChangeClass[];
}

/** A ref is handed to git as one argument; one that starts with "-" would read as an option. */
function ref(value: string): string {
  if (value && !value.startsWith('-')) return value;
  throw new UsageError('--base needs a git ref such as HEAD, main or origin/main');
}
