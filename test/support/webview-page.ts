/**
 * A webview page (the pod layout, or the projection and report views) in a real browser (Debian Chromium via playwright-core): the page the
 * panel builds (pageHtml with its CSP and nonce), its CSS and bundled script, served from a local
 * server that stands in for the webview origin. A stub plays acquireVsCodeApi and records what
 * the page posts; every page records dialogs, uncaught errors and CSP violations.
 */

import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, Browser, Page } from 'playwright-core';
import { newNonce, pageHtml } from '../../client/src/pod-layout-page';

const root = path.join(__dirname, '..', '..', '..');
const media = path.join(root, 'client', 'media');

export interface Shown {
  readonly page: Page;
  readonly dialogs: string[];
  readonly errors: string[];
}

/** Which page: its template in client/media and the URIs it fills in (paths under client/media). */
export interface PageFiles {
  readonly template: string;
  readonly uris: Readonly<Record<string, string>>;
}

export const POD_LAYOUT: PageFiles = { template: 'pod-layout.html', uris: { styleUri: 'pod-layout.css', scriptUri: 'dist/pod-layout.js' } };
export const VIEWS: PageFiles = { template: 'view.html', uris: { styleUri: 'pod-layout.css', viewStyleUri: 'views.css', scriptUri: 'dist/views.js' } };

export class WebviewHarness {
  readonly nonce = newNonce();
  base = '';
  private server: http.Server | undefined;
  private browser: Browser | undefined;

  constructor(private readonly files: PageFiles = POD_LAYOUT) {}

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => this.serve(req.url ?? '/', res));
    const server = this.server;
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    this.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    this.browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    this.server?.close();
  }

  /** The exact HTML the panel would serve, plus the stub (carrying the nonce, as VS Code's own script does). */
  html(): string {
    const template = fs.readFileSync(path.join(media, this.files.template), 'utf8');
    const uris = Object.fromEntries(Object.entries(this.files.uris).map(([k, v]) => [k, `${this.base}/${v}`]));
    const page = pageHtml(template, { cspSource: this.base, styleUri: '', scriptUri: '', ...uris }, this.nonce);
    return page.replace('<script nonce', `<script nonce="${this.nonce}" src="${this.base}/stub.js"></script><script nonce`);
  }

  /** A fresh page with the webview loaded and themed, before any message. */
  async open(theme: 'dark' | 'light' = 'dark', width = 900): Promise<Shown> {
    if (!this.browser) throw new Error('harness not started');
    const page = await this.browser.newPage({ viewport: { width, height: 900 } });
    const shown: Shown = { page, dialogs: [], errors: [] };
    page.on('dialog', (d) => {
      shown.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => shown.errors.push(String(e)));
    // Runs before the page's scripts and outside its CSP, so it sees every violation.
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(this.base);
    await page.addStyleTag({ url: `${this.base}/theme/${theme}.css` });
    await page.waitForFunction(() => (window as unknown as { sent: unknown[] }).sent.length > 0);
    return shown;
  }

  /** Posts a message as the extension host does; resolves once the page's own listener has run. */
  async post(page: Page, message: unknown): Promise<void> {
    await page.evaluate((m) => new Promise<void>((resolve) => {
      window.addEventListener('message', () => setTimeout(resolve, 0), { once: true });
      window.postMessage(m, '*');
    }), message);
  }

  async show(resources: unknown[], theme: 'dark' | 'light' = 'dark', width = 900): Promise<Shown> {
    const shown = await this.open(theme, width);
    await this.post(shown.page, { type: 'layout', uri: 'file:///x.yaml', fileName: 'x.yaml', resources, selected: 0 });
    await shown.page.waitForSelector('h1');
    return shown;
  }

  private serve(url: string, res: http.ServerResponse): void {
    if (url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(this.html());
    if (url.startsWith('/theme/')) return void res.writeHead(200, { 'content-type': 'text/css' }).end(url.includes('dark') ? DARK : LIGHT);
    if (url === '/stub.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(STUB);
    const file = path.join(media, url.replace(/\?.*$/, ''));
    if (!file.startsWith(media) || !fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.css') ? 'text/css' : 'text/javascript' }).end(fs.readFileSync(file));
  }
}

const STUB = 'window.sent=[];window.acquireVsCodeApi=()=>({postMessage:(m)=>window.sent.push(m),getState:()=>window.saved,setState:(s)=>{window.saved=s;}});';
const DARK = ':root{--vscode-font-family:sans-serif;--vscode-font-size:13px;--vscode-foreground:#ccc;--vscode-editor-background:#1e1e1e;--vscode-descriptionForeground:#999;--vscode-panel-border:#444;--vscode-badge-background:#4d4d4d;--vscode-badge-foreground:#fff;--vscode-charts-blue:#3794ff;--vscode-charts-orange:#d18616;--vscode-charts-green:#89d185;--vscode-charts-purple:#b180d7;--vscode-charts-yellow:#cca700;--vscode-charts-red:#f14c4c;--vscode-errorForeground:#f48771;--vscode-inputValidation-errorBackground:#5a1d1d;--vscode-textLink-foreground:#3794ff;--vscode-focusBorder:#007fd4}';
const LIGHT = ':root{--vscode-font-family:sans-serif;--vscode-font-size:13px;--vscode-foreground:#333;--vscode-editor-background:#fff;--vscode-descriptionForeground:#717171;--vscode-panel-border:#ccc;--vscode-badge-background:#c4c4c4;--vscode-badge-foreground:#333;--vscode-charts-blue:#1a85ff;--vscode-charts-orange:#d18616;--vscode-charts-green:#388a34;--vscode-charts-purple:#652d90;--vscode-charts-yellow:#bf8803;--vscode-charts-red:#e51400;--vscode-errorForeground:#a1260d;--vscode-inputValidation-errorBackground:#f2dede;--vscode-textLink-foreground:#006ab1;--vscode-focusBorder:#0090f1}';
