/**
 * How much YAML one CLI run reads. The editor stops analysing at 2 MiB per file so that typing
 * stays fast (core/size-limit.ts); the CLI analyses every file fully, and all inputs of a run
 * together, since a session job may find its cluster in another file. Analysis holds up to about
 * 60 bytes of live memory per byte of YAML: 8 MiB of 17,536 small resources, each with an error
 * and a checked fix, ran within a 500 MB heap (`node --max-old-space-size=500`) and failed
 * nowhere. 16 MiB therefore stays near 1 GB, below Node's default heap limit on a 7 GiB CI
 * runner (about a quarter of its memory). Over the bound the run stops with exit 2 and says which
 * files are large: never a silent pass, and never an out-of-memory crash.
 */

import { size } from '../core/format/numbers';
import { InputError } from './files';

export const MAX_CLI_INPUT = 16 * 1024 * 1024;

/** The core analyses whatever the CLI read (it checked the bound itself, in bytes). */
export const CLI_SIZE_LIMIT = { maxLength: Infinity } as const;

/**
 * Counts the bytes a run reads. `add` says whether the run is still within the bound; `check`
 * stops the run, naming the largest input, once it is not.
 */
export class InputBudget {
  private total = 0;
  private largest = { file: '', bytes: 0 };

  add(file: string, bytes: number): boolean {
    this.total += bytes;
    if (bytes > this.largest.bytes) this.largest = { file, bytes };
    return this.total <= MAX_CLI_INPUT;
  }

  check(): void {
    if (this.total <= MAX_CLI_INPUT) return;
    const { file, bytes } = this.largest;
    const what = bytes === this.total ? `${file} is ${over(bytes)}` : `the YAML inputs add up to ${over(this.total)} in all (${file} alone is ${size(bytes)})`;
    throw new InputError(`${what}; one run analyses at most ${size(MAX_CLI_INPUT)} of YAML, all of it in memory at once. Check fewer files per run, or split the file (Kubernetes stores each object in at most 1.5 MiB anyway)`);
  }
}

/** A size past the bound, in bytes when rounding would make it read as the bound itself. */
function over(bytes: number): string {
  return size(bytes) === size(MAX_CLI_INPUT) ? `${bytes} bytes` : size(bytes);
}
