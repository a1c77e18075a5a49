/** Webview entry (runs in the browser): receives projections, renders, keeps its state for reloads. */

import type { WebviewState, WebviewToHost } from './messages';
import { el } from './dom';
import { hostMessage } from './guard';
import { render } from './render';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): WebviewState | undefined;
  setState(state: WebviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = hostMessage(event.data);
  if (!message) return;
  const scroll = window.scrollY;
  if (message.type === 'empty') {
    app.replaceChildren(el('p', { class: 'empty' }, message.message));
    return;
  }
  vscode.setState({ uri: message.uri, selected: message.selected });
  app.replaceChildren(render(message.resources, message.selected, message.fileName, {
    select: (index) => vscode.postMessage({ type: 'select', index }),
    reveal: (line) => vscode.postMessage({ type: 'reveal', uri: message.uri, line }),
  }, message.removed, message.editingLine));
  window.scrollTo(0, scroll);
});

vscode.postMessage({ type: 'ready' });
