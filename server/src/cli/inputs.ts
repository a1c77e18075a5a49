/**
 * The texts a run analyses, in the order given: files, folders (their YAML files) and standard
 * input for `-`, each with the name findings show: relative to the working folder, or the
 * --stdin-filename (default `<stdin>`).
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { expandPaths, InputError } from './files';
import { InputBudget } from './input-limit';

export const STDIN_NAME = '<stdin>';

export interface Input {
  readonly file: string;
  readonly text: string;
}

/** Every input, within the run's size bound (checked before a file is read). */
export async function readInputs(paths: readonly string[], stdinFilename: string | undefined, io: { stdin(): Promise<string>; readonly cwd: string }, budget = new InputBudget()): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const p of paths) {
    if (p === '-') {
      const file = stdinFilename ?? STDIN_NAME;
      const text = await io.stdin();
      if (!budget.add(file, Buffer.byteLength(text, 'utf8'))) budget.check();
      inputs.push({ file, text });
    } else {
      for (const file of expandPaths([p], io.cwd)) {
        if (!budget.add(shown(file, io.cwd), sizeOf(file))) budget.check();
        inputs.push({ file: shown(file, io.cwd), text: read(file) });
      }
    }
  }
  return inputs;
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function shown(file: string, cwd: string): string {
  return path.relative(cwd, file) || file;
}

function read(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
