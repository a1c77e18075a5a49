/** Every YAML text the unit tests know: our examples and the fixture corpora (never ../shared). */

import * as fs from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.join(__dirname, '..', '..', '..');

export function yamlFilesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? yamlFilesUnder(full) : /\.ya?ml$/.test(e.name) ? [full] : [];
  });
}

export function flinkCorpus(): Array<{ name: string; text: string }> {
  const dirs = [path.join(repoRoot, 'examples'), path.join(repoRoot, 'test', 'fixtures', 'flink-real')];
  return dirs.flatMap(yamlFilesUnder).map((f) => ({ name: path.relative(repoRoot, f), text: fs.readFileSync(f, 'utf8') }));
}

export function nonFlinkCorpus(): Array<{ name: string; text: string }> {
  return yamlFilesUnder(path.join(repoRoot, 'test', 'fixtures', 'non-flink')).map((f) => ({ name: path.relative(repoRoot, f), text: fs.readFileSync(f, 'utf8') }));
}
