/** `flink-k8s config`: the effective flinkConfiguration of every resource, as YAML or JSON. */

import { DEFAULT_OPTIONS } from '../core/analysis';
import { FileAnalysis } from '../core/file-set';
import { effectiveConfigurations, renderJson, renderYaml } from '../core/effective-config';
import { CliArgs } from './args';

export function config(set: FileAnalysis[], args: CliArgs, out: (s: string) => void): number {
  const options = { ...DEFAULT_OPTIONS, operatorVersion: args.operatorVersion };
  const all = set.flatMap(({ analysis }) => analysis.resources.map((r) => r.resource));
  const located = set.flatMap(({ file, analysis }) => effectiveConfigurations(file, analysis, all, options));
  out(args.format === 'json' ? renderJson(located) : renderYaml(located));
  return 0;
}
