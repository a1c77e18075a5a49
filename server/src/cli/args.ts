/** Command-line parsing for `flink-k8s <command> [options] <paths...>`. */

import { UsageError } from './files';

export interface CliArgs {
  readonly command: 'report' | 'check' | 'help';
  readonly format: 'text' | 'json' | 'sarif';
  readonly operatorVersion: string;
  readonly maxWarnings?: number;
  readonly paths: readonly string[];
  /** Helm values files and `--set` values for the charts among the paths. */
  readonly values: readonly string[];
  readonly set: readonly string[];
}

export const USAGE = `Usage:
  flink-k8s report [--format text|json] [--operator-version X.Y] [--values FILE] [--set K=V] <files or folders...>
  flink-k8s check  [--format text|json|sarif] [--operator-version X.Y] [--max-warnings N] [--values FILE] [--set K=V] <files or folders...>
  flink-k8s changes [--format text|json|markdown] [--operator-version X.Y] [--fail-on CLASSES] BEFORE AFTER
  flink-k8s changes --base <git-ref> [options] [files or folders...]

  report   What the Flink Kubernetes Operator and Flink will create for each Flink resource:
           parallelism, slots, TaskManager and JobManager pods, CPU and memory.
  check    What the operator would reject, silently ignore or what fails at start-up, and sizing
           advice. Exit 1 on errors (or more warnings than --max-warnings), 0 otherwise.
  changes  What applying AFTER over BEFORE (or the files over their version at a git ref) does
           to each running resource: no restart, a rescale, a restart from a savepoint or the last
           checkpoint, lost state, or a rejection. Exit 1 when a change's class is in --fail-on
           (e.g. --fail-on savepoint-redeploy,rejected), 0 otherwise.
  Folders are searched recursively for *.yaml and *.yml files. For report and check, a folder
  with Chart.yaml is rendered as helm template does (--values and --set as with helm,
  repeatable) and a folder with a kustomization is built as kustomize build does; findings point
  at the template, values file, base or patch to change. Exit 2 for bad usage.`;

const FORMATS = { report: ['text', 'json'], check: ['text', 'json', 'sarif'] } as const;

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    return { command: 'help', format: 'text', operatorVersion: '1.16', paths: [], values: [], set: [] };
  }
  if (command !== 'report' && command !== 'check') throw new UsageError(`unknown command "${command}"`);
  let format: CliArgs['format'] = 'text';
  let operatorVersion = '1.16';
  let maxWarnings: number | undefined;
  const paths: string[] = [];
  const values: string[] = [];
  const set: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? rest[++i] ?? '';
    if (flag === '--format') format = oneOf(value(), FORMATS[command], '--format');
    else if (flag === '--operator-version') operatorVersion = version(value());
    else if (flag === '--max-warnings' && command === 'check') maxWarnings = count(value());
    else if (flag === '--values' || flag === '-f') values.push(nonEmpty(value(), '--values'));
    else if (flag === '--set') set.push(nonEmpty(value(), '--set'));
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new UsageError('give at least one file or folder');
  return { command, format, operatorVersion, maxWarnings, paths, values, set };
}

function nonEmpty(value: string, flag: string): string {
  if (value) return value;
  throw new UsageError(`${flag} needs a value`);
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}`);
}

function version(value: string): string {
  if (/^\d+\.\d+(\.\d+)?$/.test(value)) return value;
  throw new UsageError(`--operator-version must look like 1.15, not "${value}"`);
}

function count(value: string): number {
  if (/^\d+$/.test(value)) return Number(value);
  throw new UsageError(`--max-warnings must be a whole number, not "${value}"`);
}
