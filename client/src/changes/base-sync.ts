/**
 * Answers the language server's requests for a document's base text (its version at
 * `flinkK8s.changes.base`, git HEAD by default), read through VS Code's git extension, and tells
 * the server to ask again when the setting changes, git becomes ready or a repository's HEAD
 * moves. The server asks when a document opens, so a restarted server gets every base again
 * without a burst from here. No process is started (the web build reuses this file); without
 * the git extension, a repository or the setting, the answer is "no base" and nothing shows.
 */

import { Disposable, Uri, workspace } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { BasesChangedNotification, BaseText, BaseTextRequest } from '../../../server/src/protocol/changes';
import { GitApi, GitRepository, gitApi } from './git-api';

/** A file that is not in the ref (new, untracked): everything in it is created. */
const NOT_IN_REF = /exists on disk, but not in|does not exist in|path '.*' does not exist/i;

type Client = Pick<BaseLanguageClient, 'sendNotification' | 'isRunning' | 'onRequest'>;

export class BaseSync implements Disposable {
  /** The last answer per document: the ref, or null for "no base" (for the tests' API). */
  readonly answered = new Map<string, string | null>();
  private readonly disposables: Disposable[] = [];
  private readonly watched = new Set<GitRepository>();
  private git: GitApi | undefined;
  private ready: Promise<void> | undefined;
  /** Called a moment after a base was handed out, so the preview can redraw its change section. */
  onAnswered?: (uri: string) => void;

  constructor(private readonly client: () => Client | undefined) {
    workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('flinkK8s.changes') && this.changed(), undefined, this.disposables);
  }

  /** Installs the request handler on a (new) language client. */
  serve(client: Client): void {
    this.disposables.push(client.onRequest(BaseTextRequest.type, async (params) => ({ bases: await Promise.all((params.textDocuments ?? []).map((d) => this.answer(d.uri))) })));
  }

  start(): Promise<void> {
    this.ready ??= (async () => {
      this.git = await gitApi();
      const git = this.git;
      if (!git) return;
      git.onDidOpenRepository((r) => this.watch(r), undefined, this.disposables);
      git.onDidChangeState(() => this.changed(), undefined, this.disposables);
      for (const r of git.repositories) this.watch(r);
      this.changed();
    })();
    return this.ready;
  }

  /** Bases may differ now: the server asks again for its open documents. */
  private changed(): void {
    const client = this.client();
    if (client?.isRunning()) void client.sendNotification(BasesChangedNotification.type, {}).catch(() => undefined);
  }

  private watch(repository: GitRepository): void {
    if (this.watched.has(repository)) return;
    this.watched.add(repository);
    let head = repository.state.HEAD?.commit;
    repository.state.onDidChange(() => {
      if (repository.state.HEAD?.commit === head) return;
      head = repository.state.HEAD?.commit;
      this.changed();
    }, undefined, this.disposables);
    this.changed();
  }

  private async answer(uri: string): Promise<BaseText> {
    await this.start();
    const target = Uri.parse(uri);
    const ref = (workspace.getConfiguration('flinkK8s', target).get<string>('changes.base') ?? 'HEAD').trim() || 'HEAD';
    const base = ref.toLowerCase() === 'off' || target.scheme !== 'file' ? null : await this.read(target, ref);
    this.answered.set(uri, base === null ? null : ref);
    setTimeout(() => this.onAnswered?.(uri), 300);
    return { uri, base, ref };
  }

  private async read(uri: Uri, ref: string): Promise<string | null> {
    const repository = this.git?.getRepository(uri);
    if (!repository) return null;
    try {
      return await repository.show(ref, uri.fsPath);
    } catch (error) {
      return NOT_IN_REF.test(String((error as { stderr?: string }).stderr ?? error)) ? '' : null;
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
