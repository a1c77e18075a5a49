/**
 * One YAML document of a text (a chunk) read: parsed and modelled, with its scalers. Nothing here
 * depends on the options, so a read is shared: the workspace index reads closed files this way
 * and the analyzer of a file that is then opened starts from those reads.
 */

import { readResources } from '../analysis';
import { buildResources } from '../model/build';
import { otherDocuments } from '../rules/other-documents';
import { Scaler, scalersIn } from '../rules/scalers';
import { ParsedYaml } from '../yaml/parse';

export interface ChunkRead {
  readonly parsed: ReturnType<typeof readResources>;
  /** The chunk's HPAs and ScaledObjects that target FlinkDeployments (chunk offsets). */
  readonly scalers: readonly Scaler[];
}

/** `tree`: the chunk already parsed (a patched copy of its last tree, yaml/value-edit.ts). */
export function readChunk(text: string, tree?: ParsedYaml): ChunkRead {
  const parsed = tree ? { parsed: tree, resources: buildResources(tree) } : readResources(text);
  const flinkDocs = new Set(parsed.resources.map((r) => r.documentIndex));
  return { parsed, scalers: text.includes('scaleTargetRef') ? scalersIn(text, otherDocuments(parsed.parsed, flinkDocs)) : [] };
}
