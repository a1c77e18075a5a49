/**
 * The validators scripts/gen-validators.mjs precompiled, bundled into the web worker script: the
 * build points this module name at the generated code (scripts/esbuild.mjs), since a worker
 * cannot load a file next to itself the way the Node server does (precompiled.ts).
 */

import type { ValidateFunction } from 'ajv';
import * as bundled from 'flink-k8s-precompiled-validators';
import { usePrecompiledValidators } from './core/schema/schemas';

export function installBundledValidators(validators: Readonly<Record<string, ValidateFunction | undefined>> = bundled): void {
  usePrecompiledValidators((kind) => validators[kind]);
}
