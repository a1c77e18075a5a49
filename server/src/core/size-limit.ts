/**
 * The size past which the editor does not analyse a text. A 200-resource file (8,000 lines, 300
 * KB) takes about 80 ms; 2 MiB of YAML (roughly 50,000 lines) takes about half a second and some
 * hundred MiB while parsing, which is as far as an editor can go on each open without stalling.
 * Past it, a file that names the operator's API group gets one finding saying so; others get
 * nothing. The CLI analyses every file it reads (`maxLength`), within its own bound (cli/input-limit.ts).
 */

import { size } from './format/numbers';

export const MAX_ANALYSED_LENGTH = 2 * 1024 * 1024;

/** How long a text may be and still be analysed (UTF-16 units); the editor's limit when absent. */
export interface SizeLimit {
  readonly maxLength?: number;
}

export function isOversized(text: string, maxLength = MAX_ANALYSED_LENGTH): boolean {
  return text.length > maxLength;
}

export function mentionsFlink(text: string): boolean {
  return text.includes('flink.apache.org/');
}

/** The text's length as a size, written as every surface writes sizes. */
export function describeLength(length: number): string {
  return size(length);
}
