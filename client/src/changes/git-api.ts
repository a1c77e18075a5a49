/**
 * The few members of VS Code's built-in git extension API (`vscode.git`, API version 1) that
 * the change-impact base needs, declared here. The extension may be missing (VS Code for the
 * Web, git disabled): then there is simply no base.
 */

import type { Event, Uri } from 'vscode';
import { extensions } from 'vscode';

export interface GitRepository {
  readonly rootUri: Uri;
  readonly state: { readonly HEAD?: { readonly commit?: string }; readonly onDidChange: Event<void> };
  /** The file's text at a ref; rejects when the file is not in that ref. */
  show(ref: string, path: string): Promise<string>;
}

export interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: Event<'uninitialized' | 'initialized'>;
  readonly onDidOpenRepository: Event<GitRepository>;
  readonly repositories: readonly GitRepository[];
  getRepository(uri: Uri): GitRepository | null;
}

interface GitExtension {
  readonly enabled: boolean;
  readonly onDidChangeEnablement: Event<boolean>;
  getAPI(version: 1): GitApi;
}

/** The git API once the extension runs and is enabled; undefined when there is none. */
export async function gitApi(): Promise<GitApi | undefined> {
  const extension = extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return undefined;
  try {
    const git = extension.isActive ? extension.exports : await extension.activate();
    if (!git?.enabled) return undefined;
    return git.getAPI(1);
  } catch {
    return undefined;
  }
}
