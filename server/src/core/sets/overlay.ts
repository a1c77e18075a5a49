/** An overlay analysed as `kustomize build` builds it, findings moved back to bases and patches. */

import { buildOverlay, Built } from '../kustomize/build';
import { emitResources } from '../kustomize/emit';
import { kustomizeBuild } from '../rules/kustomize-build';
import { RuleOptions } from '../rules/types';
import { OverrideTree } from '../sources/override';
import { SourceTree } from '../sources/tree';
import { baseName } from '../sources/paths';
import { mentionsFlink } from '../size-limit';
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
  // An overlay with no Flink resource in it is not ours to judge, even when it does not build.
  const flink = built.inputs.some((f) => mentionsFlink(tree.read(f) ?? ''));
  const findings = flink ? [...buildErrors(built, options, tree), ...mapFindings(outputs, tree, rerender)] : [];
  return { kind: 'overlay', root, name: baseName(root), outputs, findings, inputs: built.inputs, notes: built.notes };
}

/** A list entry's span ends at its last character, not on the next line. */
function trimmed(tree: SourceTree, file: string, span: { start: number; end: number }) {
  const text = tree.read(file) ?? '';
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start: span.start, end };
}

function buildErrors(built: Built, options: RuleOptions, tree: SourceTree): SetFinding[] {
  const severity = options.severities[kustomizeBuild.id] ?? kustomizeBuild.severity;
  if (severity === 'off') return [];
  return built.errors.map((e) => ({ rule: kustomizeBuild.id, severity: options.severities[kustomizeBuild.id] ? severity : e.severity ?? severity, message: e.message, file: e.file, span: trimmed(tree, e.file, e.span), related: [], fixes: [] }));
}
