// Checks the packaged .vsix: only allowlisted files, no source maps, and well under 1.5 MB.
// Usage: node scripts/check-package.mjs [flink-k8s.vsix]
import { statSync } from 'node:fs';
import yauzl from 'yauzl';

const file = process.argv[2] ?? 'flink-k8s.vsix';
const LIMIT = 1.5 * 1024 * 1024;
const ALLOWED = [
  /^\[Content_Types\]\.xml$/, /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE(\.txt)?)$/i,
  /^extension\/client\/out\/extension(\.browser)?\.js$/, /^extension\/server\/out\/(main|validators|browser)\.js$/,
  /^extension\/client\/media\/(pod-layout\.html|pod-layout\.css|dist\/pod-layout\.js|view\.html|views\.css|dist\/views\.js|icon\.png|walkthrough\/[\w-]+\.md)$/,
  /^extension\/docs\/screenshots\/[\w-]+\.png$/,
];
const entries = await new Promise((ok, fail) => yauzl.open(file, { lazyEntries: true }, (err, zip) => {
  if (err) return fail(err);
  const names = [];
  zip.on('entry', (e) => { names.push(e.fileName); zip.readEntry(); });
  zip.on('end', () => ok(names));
  zip.readEntry();
}));
const stray = entries.filter((n) => !ALLOWED.some((re) => re.test(n)));
const size = statSync(file).size;
console.log(`${file}: ${entries.length} files, ${(size / 1024).toFixed(1)} KiB\n${entries.join('\n')}`);
if (stray.length) console.error(`not on the allowlist:\n  ${stray.join('\n  ')}`);
if (size > LIMIT) console.error(`larger than ${LIMIT} bytes`);
// Both entries: Node (main, the server process) and browser (browser, the server's web worker).
const REQUIRED = ['extension/package.json', 'extension/client/out/extension.js', 'extension/server/out/main.js', 'extension/client/out/extension.browser.js', 'extension/server/out/browser.js', 'extension/client/media/dist/pod-layout.js', 'extension/client/media/dist/views.js', 'extension/client/media/view.html'];
const missing = REQUIRED.filter((required) => !entries.includes(required));
for (const m of missing) console.error(`missing ${m}`);
process.exit(stray.length || size > LIMIT || missing.length ? 1 : 0);
