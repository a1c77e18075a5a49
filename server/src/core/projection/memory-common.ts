/** What the projection says when a memory layout fails: our words, Flink's, and where it fails. */

import { Stage } from '../memory/stages';

export interface MemoryFailure {
  /** Our explanation, with the derived numbers. */
  readonly message: string;
  /** Exactly what the operator or Flink reports. */
  readonly flinkMessage: string;
  /**
   * Where it fails: the operator's validator rejects the resource, the operator fails to deploy
   * it, the JobManager fails at start, or (standalone) the TaskManagers do.
   */
  readonly stage: Stage;
}
