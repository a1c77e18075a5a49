// `npm test`: every suite, one after the other, whatever the ones before did; a summary of all
// failures at the end and exit 1 if any suite failed. Give suite names to run only those
// (`node scripts/run-tests.mjs unit nvim`). The build runs before (npm's pretest).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** name, what it shows, and the npm script that runs it. */
const SUITES = [
  ['unit', 'core, CLI and protocol (node --test)', 'test:unit'],
  ['browser', 'the preview page in headless Chromium', 'test:browser'],
  ['vscode', 'the extension inside VS Code (code-server)', 'test:vscode'],
  ['web', 'the extension inside VS Code for the web (web worker server)', 'test:web'],
  ['quickstart', '`npm start` in a browser', 'test:quickstart'],
  ['nvim', 'the stdio server under Neovim', 'test:nvim'],
  ['package', 'the .vsix and the npm tarball, installed', 'test:package'],
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !SUITES.some(([name]) => name === w));
if (unknown.length) {
  console.error(`unknown suite ${unknown.join(', ')}; the suites are ${SUITES.map(([n]) => n).join(', ')}`);
  process.exit(2);
}
const results = [];
for (const [name, what, script] of SUITES.filter(([n]) => !wanted.length || wanted.includes(n))) {
  console.log(`\n=== ${name}: ${what} (npm run ${script})\n`);
  const started = Date.now();
  const run = spawnSync(npm, ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  results.push({ name, script, status: run.status ?? 1, signal: run.signal, seconds: Math.round((Date.now() - started) / 1000) });
}
console.log('\n=== summary');
for (const r of results) console.log(`  ${r.status === 0 ? 'passed' : 'FAILED'}  ${r.name.padEnd(10)} ${String(r.seconds).padStart(4)} s${r.status === 0 ? '' : `  (exit ${r.signal ?? r.status}; rerun: npm run ${r.script})`}`);
const failed = results.filter((r) => r.status !== 0);
console.log(failed.length ? `\n${failed.length} of ${results.length} suites failed: ${failed.map((r) => r.name).join(', ')}` : `\nall ${results.length} suites passed`);
process.exit(failed.length ? 1 : 0);
