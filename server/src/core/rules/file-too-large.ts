/**
 * file-too-large: a file past the analysis size limit (core/size-limit.ts) is not parsed at all;
 * this says so on its first line, so silence is never mistaken for "no problems". The finding is
 * made by `lint` before any parsing; the rule is here for its id, severity setting and docs.
 */

import { describeLength, MAX_ANALYSED_LENGTH } from '../size-limit';
import { DocumentRule, Report } from './types';

export const fileTooLarge: DocumentRule = {
  id: 'file-too-large',
  severity: 'info',
  scope: 'document',
  doc: {
    summary: `A file larger than ${describeLength(MAX_ANALYSED_LENGTH)} that names flink.apache.org: the editor does not analyse it, to stay responsive (the CLI does).`,
    why: 'Parsing and checking grow with the file; past the limit one keystroke could stall the editor. Smaller files (one per resource or per job) are analysed as usual, and session jobs still find their cluster across files. flink-k8s check and report analyse large files fully.',
    before: '# one 10 MiB file with every resource of the platform',
    after: '# one file per FlinkDeployment and its session jobs',
  },
  checkDocument(): Report[] {
    return [];
  },
};

export function fileTooLargeReport(text: string): Report {
  const firstLine = text.indexOf('\n');
  return {
    message: `This file is ${describeLength(text.length)}; Flink analysis stops at ${describeLength(MAX_ANALYSED_LENGTH)} so that typing stays fast. Split it into smaller files to get hints and checks.`,
    span: { start: 0, end: firstLine < 0 ? Math.min(text.length, 200) : Math.min(firstLine, 200) },
  };
}
