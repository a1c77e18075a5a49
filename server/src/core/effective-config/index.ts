/**
 * Effective configurations of every Flink resource of an analysed file, each with its session
 * cluster found among `all` (the whole analysed set), ready to render.
 */

import { Analysis, AnalysisOptions } from '../analysis';
import { FlinkResource } from '../model/types';
import { deploymentName } from '../projection/cluster-context';
import { nameOf, namespaceOf } from '../projection/links';
import { flinkVersionName } from '../versions/names';
import { effectiveConfiguration } from './build';
import { Located } from './render';

export { renderJson, renderYaml } from './render';
export type { Located } from './render';

/** `lines` and `offset` place a chunk of a larger text (the editor analyses one YAML document at a time). */
export function effectiveConfigurations(file: string, analysis: Analysis, all: readonly FlinkResource[], options: AnalysisOptions, offset = 0, lines = analysis.lines): Located[] {
  return analysis.resources.flatMap(({ resource, projection }) => {
    if (!projection) return [];
    const cluster = resource.kind === 'FlinkSessionJob' ? all.find((r) => r.kind === 'FlinkDeployment' && !r.spec?.job && nameOf(r) === deploymentName(resource) && namespaceOf(r) === namespaceOf(resource)) : undefined;
    const v = projection.flinkVersion.value;
    return [{
      file,
      line: lines.position(resource.start + offset).line + 1,
      lines,
      offset,
      operatorVersion: options.operatorVersion,
      flinkVersion: v === null ? null : flinkVersionName(v),
      config: effectiveConfiguration(resource, projection, options, cluster),
    }];
  });
}
