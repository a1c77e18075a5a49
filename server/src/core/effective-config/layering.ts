/**
 * Builds the effective configuration layer by layer, the way the operator's Configuration is
 * filled: a later `set` replaces a key (and remembers what it replaced), `setDefault` only fills
 * a key that no layer has set, under its name or an old one.
 */

import { ConfigValue, EffectiveKey } from './types';

interface Slot {
  current: ConfigValue;
  overwrote: ConfigValue[];
  ignored?: ConfigValue;
}

export class Layering {
  private readonly slots = new Map<string, Slot>();
  /** Set while values come from another resource's text (a session job's cluster): its positions are not ours. */
  foreign = false;

  set(key: string, given: ConfigValue): void {
    const value = this.foreign && given.origin.span ? { ...given, origin: { ...given.origin, span: undefined } } : given;
    const slot = this.slots.get(key);
    if (!slot) {
      this.slots.set(key, { current: value, overwrote: [] });
      return;
    }
    if (!(slot.current.value === value.value && slot.current.origin.kind === value.origin.kind && slot.current.origin.text === value.origin.text)) slot.overwrote.unshift(slot.current);
    slot.current = value;
  }

  /** FlinkConfigBuilder.setDefaultConf: only when neither the key nor an old name is set. */
  setDefault(key: string, value: ConfigValue, oldKeys: readonly string[] = []): void {
    const holder = [key, ...oldKeys].find((k) => this.isSet(k));
    if (holder === undefined) return this.set(key, value);
    const slot = this.slots.get(holder);
    if (slot && !slot.ignored) slot.ignored = this.foreign ? { ...value, origin: { ...value.origin, span: undefined } } : value;
  }

  has(key: string): boolean {
    return this.isSet(key);
  }

  value(key: string): string | null | undefined {
    return this.slots.get(key)?.current.value;
  }

  /** Set by a layer above Flink's defaults (Flink's defaults do not count as "set"). */
  private isSet(key: string): boolean {
    const slot = this.slots.get(key);
    return !!slot && slot.current.origin.kind !== 'flink-default';
  }

  keys(): EffectiveKey[] {
    return [...this.slots.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, slot]) => ({ key, ...slot.current, overwrote: slot.overwrote, ignored: slot.ignored }));
  }
}
