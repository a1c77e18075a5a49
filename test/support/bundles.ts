/** Reading the shipped bundles module by module (esbuild's `// path` comments), for the bundle checks. */

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..', '..');

/** `require("x")`, `import("x")` and `from "x"`, with or without `node:`; group 1 or 2 is the name. */
export const LOAD = /\b(?:require|import)\s*\(\s*["'`](?:node:)?([\w./@-]+)["'`]\s*\)|\bfrom\s*["'](?:node:)?([\w./@-]+)["']/g;
const MODULE_COMMENT = /^[ \t]*\/\/ ((?:node_modules|server|client|scripts)\/\S+)$/gm;

/** The bundle's text cut at esbuild's module comments; one unnamed part if it is minified. */
export function modules(text: string): Array<{ owner: string; text: string }> {
  const starts = [...text.matchAll(MODULE_COMMENT)].map((m) => ({ owner: m[1] ?? '', at: m.index ?? 0 }));
  if (starts.length === 0) return [{ owner: '(minified)', text }];
  return [{ owner: '(bundle header)', at: 0 }, ...starts].map((s, i, all) => ({ owner: s.owner, text: text.slice(s.at, all[i + 1]?.at ?? text.length) }));
}

export function readBundle(bundle: string): string {
  const file = path.join(ROOT, bundle);
  assert.ok(fs.existsSync(file), `${bundle} is missing: run npm run build first`);
  return fs.readFileSync(file, 'utf8');
}
