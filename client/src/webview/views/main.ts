/**
 * Entry of the read-only views (runs in the browser): draws what the extension sends, posts
 * back what it drew (the extension's tests read it), and asks the extension to save or open.
 */

import { el } from '../dom';
import type { ViewToHost } from './messages';
import { viewMessage } from './guard';
import { projection } from './projection';
import { report } from './report';

interface VsCodeApi {
  postMessage(message: ViewToHost): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = viewMessage(event.data);
  if (!message) return;
  if (message.type === 'empty') app.replaceChildren(el('p', { class: 'empty' }, message.message));
  else if (message.type === 'projection') {
    const shown = message.selected === null ? message.resources : message.resources.slice(message.selected, message.selected + 1);
    app.replaceChildren(projection(shown, message.fileName));
  } else {
    app.replaceChildren(report(message.resources, message.scope, {
      save: (format) => vscode.postMessage({ type: 'save', format }),
      open: (index) => vscode.postMessage({ type: 'open', index }),
    }));
  }
  const items = message.type === 'empty' ? 0 : app.querySelectorAll('article.resource, table.resources > tbody > tr:not(.details)').length;
  const root = document.documentElement;
  vscode.postMessage({ type: 'rendered', view: message.type, items, width: root.clientWidth, fits: root.scrollWidth <= root.clientWidth, text: app.innerText.slice(0, 20000) });
});

vscode.postMessage({ type: 'ready' });
