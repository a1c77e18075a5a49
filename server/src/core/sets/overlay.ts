/** An overlay analysed as `kustomize build` builds it, findings moved back to bases and patches. */

import { buildOverlay, Built } from '../kustomize/build';
import { emitResources } from '../kustomize/emit';
import { kustomizeBuild } from '../rules/kustomize-build';
import { RuleOptions } from '../rules/types';
import { OverrideTree } from '../sources/override';
import { SourceTree } from '../sources/tree';
import { baseName } from '../sources/paths';
import { analyzeRendered, Around } from './analyze-rendered';
import { mapFindings } from './map-findings';
import { SetAnalysis, SetFinding } from './types';

export function analyzeOverlay(tree: SourceTree, root: string, options: RuleOptions, around?: Around): SetAnalysis {
  const built = buildOverlay(tree, root);
  const outputs = analyzeRendered(built.resources.length ? [emitResources(root, built.resources)] : [], options, around);
  const rerender = (overrides: ReadonlyMap<string, string>) => {
    const again = buildOverlay(new OverrideTree(tree, overrides), root);
    return again.resources.length ? [emitResources(root, again.resources)] : [];
  };
  const findings = [...buildErrors(built, options), ...mapFindings(outputs, tree, rerender)];
  return { kind: 'overlay', root, name: baseName(root), outputs, findings, inputs: built.inputs, notes: built.notes };
}

function buildErrors(built: Built, options: RuleOptions): SetFinding[] {
  const severity = options.severities[kustomizeBuild.id] ?? kustomizeBuild.severity;
  if (severity === 'off') return [];
  return built.errors.map((e) => ({ rule: kustomizeBuild.id, severity: options.severities[kustomizeBuild.id] ? severity : e.severity ?? severity, message: e.message, file: e.file, span: e.span, related: [], fixes: [] }));
}
