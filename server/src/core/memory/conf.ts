/**
 * A Flink `Configuration` as the memory code reads it: `contains` also sees old keys, and each
 * typed read fails with Flink's own words (memory sizes: "Cannot read memory size from config
 * option 'k'."; numbers: "Could not parse value 'v' for key 'k'.", always naming the current key).
 */

import { EffectiveConfig } from '../projection/effective-config';
import { parseFlinkMemorySize } from '../units/memory-size';
import { parseJavaDouble, parseJavaFloat, parseJavaInt } from '../units/java-number';
import { argumentError, configurationError, Unresolvable } from './faults';
import { MemoryOption } from './options';
import { FlinkLine } from './flink-line';

interface Raw {
  readonly key: string;
  readonly value: string;
}

export class MemoryConf {
  constructor(
    private readonly config: EffectiveConfig,
    readonly line: FlinkLine,
    /** Keys set (string) or removed (null) on top of the configuration, as Flink's copies do. */
    private readonly overrides: ReadonlyMap<string, string | null> = new Map(),
  ) {}

  with(key: string, value: string | null): MemoryConf {
    return new MemoryConf(this.config, this.line, new Map([...this.overrides, [key, value]]));
  }

  contains(option: MemoryOption): boolean {
    return this.raw(option) !== undefined;
  }

  /** The text Flink would read for the option: its key first, then its old keys. */
  raw(option: MemoryOption): Raw | undefined {
    for (const key of [option.key, ...(option.deprecatedKeys ?? [])]) {
      if (this.overrides.has(key)) {
        const value = this.overrides.get(key);
        if (value === null || value === undefined) continue;
        return { key, value };
      }
      const setting = this.config.get(key);
      if (setting.kind === 'unknown') throw new Unresolvable(setting.reason);
      if (setting.kind === 'set') return { key, value: setting.value };
    }
    return undefined;
  }

  /** ProcessMemoryUtils.getMemorySizeFromConfig: any problem becomes "Cannot read memory size". */
  memory(option: MemoryOption, fallback?: bigint): bigint {
    const raw = this.raw(option);
    const def = fallback ?? (typeof option.default === 'bigint' ? option.default : undefined);
    if (!raw) {
      if (def !== undefined) return def;
      return configurationError(`Cannot read memory size from config option '${option.key}'.`, `${option.key} is needed but not set.`);
    }
    const parsed = parseFlinkMemorySize(raw.value);
    if (parsed.ok) return parsed.bytes;
    return configurationError(`Cannot read memory size from config option '${option.key}'.`, `${raw.key} is "${raw.value}", which Flink cannot read as a memory size: ${parsed.error}.`);
  }

  /** Configuration.get of a size option: a bad value is an IllegalArgumentException. */
  plainMemory(option: MemoryOption): bigint {
    const raw = this.raw(option);
    if (!raw) return typeof option.default === 'bigint' ? option.default : argumentError(`No value for key '${option.key}'.`, `${option.key} is not set.`);
    const parsed = parseFlinkMemorySize(raw.value);
    if (parsed.ok) return parsed.bytes;
    return argumentError(`Could not parse value '${raw.value}' for key '${option.key}'.`, `${raw.key} is "${raw.value}", which is not a memory size: ${parsed.error}.`);
  }

  float(option: MemoryOption): number {
    return this.number(option, parseJavaFloat, 'a number');
  }

  double(option: MemoryOption): number {
    return this.number(option, parseJavaDouble, 'a number');
  }

  int(option: MemoryOption): number {
    return this.number(option, parseJavaInt, 'a whole number (Flink does not trim spaces here)');
  }

  private number(option: MemoryOption, parse: (text: string) => number | undefined, what: string): number {
    const raw = this.raw(option);
    if (!raw) return typeof option.default === 'number' ? option.default : argumentError(`No value for key '${option.key}'.`, `${option.key} is not set.`);
    const value = parse(raw.value);
    if (value !== undefined) return value;
    return argumentError(`Could not parse value '${raw.value}' for key '${option.key}'.`, `${raw.key} is "${raw.value}", which is not ${what}.`);
  }
}
