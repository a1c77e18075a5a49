/**
 * Loads the validators that scripts/gen-validators.mjs precompiled next to the server bundle, on
 * first use. Without the file (tests, a dev checkout before the build) the core compiles them.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { usePrecompiledValidators } from './core/schema/schemas';

export function installPrecompiledValidators(dir: string = __dirname): void {
  const file = path.join(dir, 'validators.js');
  let loaded: Record<string, ValidateFunction> | undefined;
  usePrecompiledValidators((kind) => {
    if (!loaded) {
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        loaded = fs.existsSync(file) ? (require(file) as Record<string, ValidateFunction>) : {};
      } catch {
        loaded = {};
      }
    }
    return loaded[kind];
  });
}
