// The language server's keystroke in a web worker (Chromium, as vscode.dev runs it) against the
// Node server, with the raw LSP client of the web test (test/web/keystroke-servers.mjs): per edit
// a didChange and the diagnostics pull that follows it. Needs Chromium (npm run test:web
// installs it); without it the figure is skipped, not guessed.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITS, inNode, measureKeystrokes } from '../test/web/keystroke-servers.mjs';

const root = new URL('..', import.meta.url).pathname;
const browserPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Serves the worker script and an empty page of the same origin. */
function serve() {
  const server = createServer((req, res) => {
    if (req.url === '/browser.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(root, 'server/out/browser.js')));
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>bench</title>');
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

async function inWorker(page, text) {
  return page.evaluate(async ({ source, text, edits }) => {
    const measure = (0, eval)(`(${source})`);
    const worker = new Worker('/browser.js');
    try {
      return await measure({ send: (m) => worker.postMessage(m), onMessage: (cb) => { worker.onmessage = (e) => cb(e.data); } }, text, edits);
    } finally {
      worker.terminate();
    }
  }, { source: measureKeystrokes.toString(), text, edits: EDITS });
}

/** Worker and Node keystroke medians per text, or undefined without a browser. */
export async function webFigures(texts) {
  if (!existsSync(browserPath)) return undefined;
  const { chromium } = await import('playwright-core');
  const server = await serve();
  const browser = await chromium.launch({ executablePath: browserPath, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const out = [];
    for (const [count, text] of texts) {
      const worker = await inWorker(page, text);
      const node = await inNode(root, text);
      out.push({ count, worker: worker.medianMs, node: node.medianMs, workerFirst: worker.firstMs, nodeFirst: node.firstMs });
    }
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}
