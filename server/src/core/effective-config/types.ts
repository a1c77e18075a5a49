/**
 * The effective configuration: the `flinkConfiguration` the operator hands to Flink, key by key,
 * with where each value came from and what it replaced or kept out (flink-semantics.md §2.1-2.2).
 */

import { Span } from '../text/span';

export type OriginKind =
  /** Flink's own default, listed where it decides something the projection shows. */
  | 'flink-default'
  /** The operator's default configuration (Helm chart, the installation, namespace or version defaults). */
  | 'operator-default'
  /** The session cluster's flinkConfiguration, for a session job. */
  | 'session-cluster'
  /** The resource's own flinkConfiguration. */
  | 'resource'
  /** Written by the operator from a spec field (FlinkConfigBuilder), after flinkConfiguration. */
  | 'operator';

export interface Origin {
  readonly kind: OriginKind;
  /** In our words: which default, key or spec field. */
  readonly text: string;
  /** Where it is written in the analysed text, when it is. */
  readonly span?: Span;
}

export interface ConfigValue {
  /** The text Flink reads; null when a template or an unknown base decides it. */
  readonly value: string | null;
  readonly unknown?: string;
  readonly origin: Origin;
}

export interface EffectiveKey extends ConfigValue {
  readonly key: string;
  /** Values of lower layers this one replaced, latest first. */
  readonly overwrote: readonly ConfigValue[];
  /** What the operator would have written but did not, because the key was already set. */
  readonly ignored?: ConfigValue;
}

export interface EffectiveConfiguration {
  readonly kind: string;
  readonly name: string | null;
  readonly namespace: string | null;
  readonly keys: readonly EffectiveKey[];
  /** What the listing cannot show (an unknown session cluster, a patch's base, templates). */
  readonly notes: readonly string[];
}
