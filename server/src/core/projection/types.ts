/** The projection: what the operator and Flink will create for one resource, with reasons. */

import { Span } from '../text/span';
import { Derived } from './derived';
import { MemoryFailure } from './memory-common';
import { TaskManagerMemory } from './tm-memory';
import { JobManagerMemory } from './jm-memory';
import { VolumeClaims } from './volumes';

export type MemoryOutcome<T> =
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'failed'; readonly failure: MemoryFailure }
  | { readonly status: 'unknown'; readonly reason: string };

export interface PodProjection<M> {
  readonly count: Derived<number>;
  readonly cpu: Derived<number>;
  readonly cpuLimit: Derived<number>;
  /** Total process memory (the container size Flink plans for). */
  readonly processBytes: Derived<number>;
  /** Container request and limit: whole MiB, limit = request × memory limit factor. */
  readonly memoryRequestBytes: Derived<number>;
  readonly memoryLimitBytes: Derived<number>;
  readonly memory: MemoryOutcome<M>;
}

export interface SlotSharingGroup {
  readonly label: string;
  /** Slots this group needs: its largest operator parallelism. */
  readonly slots: number | null;
}

export interface AutoscalerRange {
  readonly minParallelism: number | null;
  readonly maxParallelism: number | null;
  readonly slotsNeeded: { readonly min: number | null; readonly max: number | null };
  readonly taskManagers: { readonly min: number | null; readonly max: number | null };
  readonly cpu: { readonly min: number | null; readonly max: number | null };
  readonly memoryBytes: { readonly min: number | null; readonly max: number | null };
  readonly reason: string;
}

export interface Totals {
  readonly pods: Derived<number>;
  readonly cpu: Derived<number>;
  readonly cpuLimit: Derived<number>;
  readonly memoryBytes: Derived<number>;
  readonly memoryLimitBytes: Derived<number>;
}

export type ClusterType = 'application' | 'session' | 'session-job' | 'snapshot';

export interface Projection {
  readonly clusterType: ClusterType;
  readonly mode: Derived<'native' | 'standalone'>;
  /** Flink version as major*100+minor (v1_20 → 120). */
  readonly flinkVersion: Derived<number>;
  readonly parallelism: Derived<number>;
  /** Set when taskManager.replicas makes the operator ignore job.parallelism (§2.3). */
  readonly ignoredJobParallelism?: { readonly value: number; readonly span: Span; readonly replicasSpan: Span };
  /** Set when the largest pipeline.jobvertex-parallelism-overrides value replaces job.parallelism (§2.3). */
  readonly overriddenJobParallelism?: { readonly value: number; readonly span: Span; readonly overridesSpan: Span };
  readonly slotsPerTaskManager: Derived<number>;
  readonly slotSharingGroups: readonly SlotSharingGroup[];
  readonly slotsNeeded: Derived<number>;
  readonly totalSlots: Derived<number>;
  readonly idleSlots: Derived<number>;
  /** Standalone only: slots the job needs beyond the fixed TaskManagers. */
  readonly missingSlots: Derived<number>;
  /** What the operator writes to status.taskManager.replicas (§3.3). */
  readonly statusReplicas: Derived<number>;
  readonly taskManager: PodProjection<TaskManagerMemory>;
  readonly jobManager: PodProjection<JobManagerMemory>;
  readonly totals: Totals;
  readonly autoscaler?: AutoscalerRange;
  /** Name of the session deployment a session job runs in, when found. */
  readonly sessionCluster?: string;
  /** The session jobs running in a session cluster (for a session job: its cluster's jobs). */
  readonly sessionJobs?: ReadonlyArray<{ readonly name: string; readonly slots: number | null }>;
  /** Persistent volume claims mounted into every pod (Flink 2.3), when set. */
  readonly volumeClaims?: VolumeClaims | { readonly unknown: string };
  /** Everything that could not be evaluated, as "field: reason". */
  readonly unknown: readonly string[];
}
