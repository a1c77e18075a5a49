// Bundles the entry points. tsc only type-checks and compiles the tests; esbuild produces what
// ships: the extension and its language server for Node (desktop) and for the browser
// (vscode.dev: the extension in the web extension host, the server as a web worker script), the
// stdio server and CLI, and the preview's page script.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
};

import { spawnSync } from 'node:child_process';

const validators = spawnSync(process.execPath, ['scripts/gen-validators.mjs'], { stdio: 'inherit' });
if (validators.status !== 0) process.exit(validators.status ?? 1);

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'server/out/main.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/entry.ts'], outfile: 'server/out/cli.js' }),
  esbuild.build({ ...common, platform: 'browser', format: 'iife', target: 'es2020', entryPoints: ['client/src/webview/main.ts'], outfile: 'client/media/dist/pod-layout.js' }),
  esbuild.build({ ...common, platform: 'browser', format: 'cjs', target: 'es2020', entryPoints: ['client/src/extension.browser.ts'], outfile: 'client/out/extension.browser.js', external: ['vscode'] }),
  esbuild.build({ ...common, platform: 'browser', format: 'iife', target: 'es2020', entryPoints: ['server/src/main.browser.ts'], outfile: 'server/out/browser.js', alias: { 'flink-k8s-precompiled-validators': './server/out/validators.standalone.js' } }),
  esbuild.build({ ...common, platform: 'browser', format: 'iife', target: 'es2020', entryPoints: ['client/src/webview/views/main.ts'], outfile: 'client/media/dist/views.js' }),
]);
