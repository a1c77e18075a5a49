/** Every rule, in one explicit list (sorted by id). Adding a rule: its file, this list, its test. */

import { jobParallelismIgnored } from './job-parallelism-ignored';
import { Rule } from './types';

export const RULES: readonly Rule[] = [jobParallelismIgnored];
