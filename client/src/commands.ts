/** The extension's commands, registered from one table. */

import { commands, ExtensionContext, LogOutputChannel, Uri, window, workspace } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { PodLayoutPanel } from './pod-layout-panel';
import { ProjectionView } from './views/projection-view';
import { Report, resourceReport } from './report-command';
import { openExample } from './example';
import { EFFECTIVE_CONFIG_SCHEME, EffectiveConfigProvider, showEffectiveConfig } from './effective-config';

export interface CommandState {
  lastReport?: Report;
}

export function registerCommands(context: ExtensionContext, client: () => BaseLanguageClient | undefined, output: LogOutputChannel, restart: () => Promise<void>, state: CommandState): void {
  const table: Record<string, (...args: unknown[]) => unknown> = {
    'flinkK8s.restartServer': async () => {
      output.info('Restarting the Flink language server');
      await restart();
    },
    'flinkK8s.showOutput': () => output.show(true),
    'flinkK8s.openExample': () => openExample(),
    'flinkK8s.showPodLayout': (uri?: unknown, index?: unknown) => {
      PodLayoutPanel.show(context, client, typeof uri === 'string' ? uri : undefined, typeof index === 'number' ? index : undefined);
    },
    'flinkK8s.resourceReport': async (scope?: unknown) => {
      state.lastReport = await resourceReport(context, client(), scope === 'file' || scope === 'workspace' ? scope : undefined);
    },
    'flinkK8s.showProjection': async (uri?: unknown, index?: unknown) => {
      const target = typeof uri === 'string' ? uri : window.activeTextEditor?.document.uri.toString();
      if (!target) return void window.showInformationMessage('Open a YAML file with Flink resources first.');
      await ProjectionView.show(context, client, target, typeof index === 'number' ? index : null);
    },
  };
  const effectiveConfig = new EffectiveConfigProvider(client);
  context.subscriptions.push(effectiveConfig, workspace.registerTextDocumentContentProvider(EFFECTIVE_CONFIG_SCHEME, effectiveConfig));
  table['flinkK8s.showEffectiveConfig'] = (uri?: unknown) => showEffectiveConfig(typeof uri === 'string' ? Uri.parse(uri) : uri instanceof Uri ? uri : undefined);
  for (const [id, handler] of Object.entries(table)) context.subscriptions.push(commands.registerCommand(id, handler));
}
