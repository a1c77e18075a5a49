/** Command-line parsing for `flink-k8s <command> [options] <paths...>`. */

import { UsageError } from './files';
import { HELP, USAGE } from './help';
import { oneOf, operatorVersionArg, splitFlag } from './arg-values';
import { DEFAULT_OPERATOR_VERSION } from '../core/versions/operator-support';

export { USAGE };

export type Command = 'report' | 'check' | 'config';

export interface CliArgs {
  readonly command: Command | 'help' | 'version';
  /** The text `help` prints: the overview or one command's page. */
  readonly help?: string;
  readonly format: 'text' | 'json' | 'sarif' | 'yaml';
  readonly operatorVersion: string;
  readonly maxWarnings?: number;
  /** The name findings and reports give standard input (`-`). */
  readonly stdinFilename?: string;
  /** Exit 1 when no Flink resource is found at all (a mistyped path or glob in CI). */
  readonly requireResources: boolean;
  readonly paths: readonly string[];
  /** Helm values files and `--set` values for the charts among the paths. */
  readonly values: readonly string[];
  readonly set: readonly string[];
}

const FORMATS = { report: ['text', 'json'], check: ['text', 'json', 'sarif'], config: ['yaml', 'json'] } as const;
const DEFAULTS = { format: 'text', operatorVersion: DEFAULT_OPERATOR_VERSION, requireResources: false, paths: [], values: [], set: [] } as const;

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    const topic = command === 'help' ? rest[0] : undefined;
    return { ...DEFAULTS, command: 'help', help: topic === 'report' || topic === 'check' || topic === 'config' || topic === 'changes' ? HELP[topic] : USAGE };
  }
  if (command === '--version' || command === '-V') return { ...DEFAULTS, command: 'version' };
  if (command !== 'report' && command !== 'check' && command !== 'config') throw new UsageError(`unknown command "${command}"`);
  if (rest.includes('--help') || rest.includes('-h')) return { ...DEFAULTS, command: 'help', help: HELP[command] };
  if (rest.includes('--version')) return { ...DEFAULTS, command: 'version' };
  let format: CliArgs['format'] = command === 'config' ? 'yaml' : 'text';
  let operatorVersion: string = DEFAULT_OPERATOR_VERSION;
  let maxWarnings: number | undefined;
  let stdinFilename: string | undefined;
  let requireResources = false;
  const paths: string[] = [];
  const values: string[] = [];
  const set: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const [flag, inline] = splitFlag(arg);
    const value = () => inline ?? rest[++i] ?? '';
    if (flag === '--format') format = oneOf(value(), FORMATS[command], '--format');
    else if (flag === '--operator-version') operatorVersion = operatorVersionArg(value());
    else if (flag === '--max-warnings' && command === 'check') maxWarnings = count(value());
    else if (flag === '--stdin-filename') stdinFilename = fileName(value());
    else if (flag === '--require-resources' && inline === undefined) requireResources = true;
    else if ((flag === '--values' || flag === '-f') && command !== 'config') values.push(nonEmpty(value(), '--values'));
    else if (flag === '--set' && command !== 'config') set.push(nonEmpty(value(), '--set'));
    else if (arg !== '-' && arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new UsageError('give at least one file or folder, or - for standard input');
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  if (stdinFilename !== undefined && !paths.includes('-')) throw new UsageError('--stdin-filename names standard input: add - to the paths');
  return { command, format, operatorVersion, maxWarnings, stdinFilename, requireResources, paths, values, set };
}

function nonEmpty(value: string, flag: string): string {
  if (value) return value;
  throw new UsageError(`${flag} needs a value`);
}

function count(value: string): number {
  if (/^\d+$/.test(value)) return Number(value);
  throw new UsageError(`--max-warnings must be a whole number, not "${value}"`);
}

function fileName(value: string): string {
  if (value.trim() !== '') return value;
  throw new UsageError('--stdin-filename needs a name, e.g. --stdin-filename deploy/job.yaml');
}
