/**
 * The base side of `changes --base <ref>`: the YAML files under the given paths as they are at
 * that git ref, read with the user's git (ls-tree for the names, one cat-file --batch for all
 * contents). Only the CLI spawns processes; the editor gets the base from VS Code's git extension.
 */

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { InputError } from './files';

const MAX_BUFFER = 1 << 30;
const YAML = /\.ya?ml$/i;
const SKIPPED = /(^|\/)(node_modules|\.git)\//;

function git(args: readonly string[], cwd: string, input?: Buffer): Buffer {
  const r = spawnSync('git', args, { cwd, input, maxBuffer: MAX_BUFFER });
  if (r.error) throw new InputError(`cannot run git: ${(r.error as NodeJS.ErrnoException).code ?? r.error.message}`);
  if (r.status !== 0) throw new InputError(`git ${args[0]} failed: ${r.stderr.toString().trim().split('\n')[0] ?? ''}`);
  return r.stdout;
}

export function repositoryRoot(cwd: string): string {
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new InputError('--base needs a git repository: run it inside one');
  return r.stdout.trim();
}

export function baseFiles(ref: string, paths: readonly string[], cwd: string): Array<{ file: string; text: string }> {
  const root = repositoryRoot(cwd);
  const verify = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' });
  if (verify.status !== 0) throw new InputError(`unknown git ref "${ref}"`);
  const commit = verify.stdout.trim();
  const specs = paths.map((p) => path.relative(root, path.resolve(cwd, p)) || '.');
  const names = git(['ls-tree', '-r', '-z', '--name-only', commit, '--', ...specs], root).toString('utf8').split('\0').filter((n) => n && YAML.test(n) && !SKIPPED.test(n) && !n.includes('\n'));
  const contents = catFiles(commit, names, root);
  return names.map((name, i) => ({ file: path.relative(cwd, path.join(root, name)) || name, text: contents[i] ?? '' }));
}

/** All blobs in one process: each answer is "<sha> blob <size>\n<bytes>\n". */
function catFiles(commit: string, names: readonly string[], root: string): string[] {
  if (!names.length) return [];
  const out = git(['cat-file', '--batch'], root, Buffer.from(names.map((n) => `${commit}:${n}\n`).join('')));
  const texts: string[] = [];
  let at = 0;
  for (let i = 0; i < names.length; i++) {
    const eol = out.indexOf(10, at);
    const header = out.subarray(at, eol).toString('utf8');
    const size = Number(/ blob (\d+)$/.exec(header)?.[1] ?? -1);
    if (size < 0) throw new InputError(`git could not read ${names[i]} at ${commit.slice(0, 12)}`);
    texts.push(out.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    at = eol + 1 + size + 1;
  }
  return texts;
}
