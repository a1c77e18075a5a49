/** Command-line parsing for `flink-k8s <command> [options] <paths...>`. */

import { UsageError } from './files';

export interface CliArgs {
  readonly command: 'report' | 'check' | 'config' | 'help';
  readonly format: 'text' | 'json' | 'sarif' | 'yaml';
  readonly operatorVersion: string;
  readonly maxWarnings?: number;
  readonly paths: readonly string[];
}

export const USAGE = `Usage:
  flink-k8s report [--format text|json] [--operator-version X.Y] <files or folders...>
  flink-k8s check  [--format text|json|sarif] [--operator-version X.Y] [--max-warnings N] <files or folders...>
  flink-k8s config [--format yaml|json] [--operator-version X.Y] <files or folders...>

  report   What the Flink Kubernetes Operator and Flink will create for each Flink resource:
           parallelism, slots, TaskManager and JobManager pods, CPU and memory.
  check    What the operator would reject, silently ignore or what fails at start-up, and sizing
           advice. Exit 1 on errors (or more warnings than --max-warnings), 0 otherwise.
  config   The flinkConfiguration the operator hands to Flink for each resource, every key with
           where its value comes from and what it replaces.
  Folders are searched recursively for *.yaml and *.yml files. Exit 2 for bad usage.`;

const FORMATS = { report: ['text', 'json'], check: ['text', 'json', 'sarif'], config: ['yaml', 'json'] } as const;

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    return { command: 'help', format: 'text', operatorVersion: '1.16', paths: [] };
  }
  if (command !== 'report' && command !== 'check' && command !== 'config') throw new UsageError(`unknown command "${command}"`);
  let format: CliArgs['format'] = command === 'config' ? 'yaml' : 'text';
  let operatorVersion = '1.16';
  let maxWarnings: number | undefined;
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? rest[++i] ?? '';
    if (flag === '--format') format = oneOf(value(), FORMATS[command], '--format');
    else if (flag === '--operator-version') operatorVersion = version(value());
    else if (flag === '--max-warnings' && command === 'check') maxWarnings = count(value());
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new UsageError('give at least one file or folder');
  return { command, format, operatorVersion, maxWarnings, paths };
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
