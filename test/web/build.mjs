// Bundles the web test entry (test/web/index.ts) with the shared suites into one script the
// browser extension host can load: `vscode` stays external, `node:assert/strict` becomes
// test/web/assert.ts, and no other Node module may be left (esbuild fails on one).
// Usage: node test/web/build.mjs  → out/test/web/suite.bundle.js
import * as esbuild from 'esbuild';

const root = new URL('../..', import.meta.url).pathname;
export const SUITE_BUNDLE = 'out/test/web/suite.bundle.js';

export async function buildWebSuite() {
  await esbuild.build({
    absWorkingDir: root, entryPoints: ['test/web/index.ts'], outfile: SUITE_BUNDLE, bundle: true, platform: 'browser', format: 'cjs',
    target: 'es2020', external: ['vscode'], alias: { 'node:assert/strict': './test/web/assert.ts' }, sourcemap: 'inline', logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildWebSuite();
