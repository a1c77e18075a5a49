/** The effective configuration of an open document's resources (Flink: Show Effective Configuration). */

import { Connection } from 'vscode-languageserver';
import { Session } from '../session';
import { effectiveConfigurations, renderYaml } from '../core/effective-config';
import { EffectiveConfigRequest, EffectiveConfigResult } from '../protocol/requests';
import { guard } from './guard';

export function registerEffectiveConfig(connection: Connection, session: Session): void {
  const empty: EffectiveConfigResult = { text: '# No Flink resources found.\n', resources: 0 };
  connection.onRequest(EffectiveConfigRequest.type, guard(connection, EffectiveConfigRequest.method, empty, async (params): Promise<EffectiveConfigResult> => {
    const uri = params.textDocument.uri;
    const state = await session.state(uri);
    if (!state) return empty;
    const own = state.file.chunks.flatMap((c) => c.analysis.resources.map((r) => r.resource));
    // A session job finds its cluster in this file or anywhere in the workspace.
    const all = [...own, ...session.index.resourcesExcept(uri)];
    const options = { operatorVersion: state.settings.operatorVersion, operatorDefaults: state.settings.operatorDefaults };
    const name = decodeURIComponent(uri.split('/').pop() ?? uri);
    const located = state.file.chunks.flatMap((c) => effectiveConfigurations(name, c.analysis, all, options, c.start, state.file.lines));
    return { text: renderYaml(located), resources: located.length };
  }));
}
