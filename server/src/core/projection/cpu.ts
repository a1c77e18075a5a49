/**
 * CPU per pod (flink-semantics.md §6): TaskManagers use `taskmanager.cpu.cores`, else the
 * Kubernetes amount if positive, else one CPU per slot; JobManagers default to 1. The limit is
 * the amount times the limit factor.
 */

import { EffectiveConfig } from './effective-config';
import { readDouble, Read } from './config-values';
import { Derived, derived, notKnown } from './derived';

export interface Cpu {
  readonly cpu: Derived<number>;
  readonly limit: Derived<number>;
}

export function taskManagerCpu(config: EffectiveConfig, slots: Derived<number>): Cpu {
  const cores = readDouble(config, undefined, 'taskmanager.cpu.cores');
  const amount = readDouble(config, -1, 'kubernetes.taskmanager.cpu.amount', 'kubernetes.taskmanager.cpu');
  let cpu: Derived<number>;
  if (cores.kind !== 'value') cpu = fromRead(cores);
  else if (cores.value !== undefined) cpu = derived(cores.value, cores.setting?.source ?? 'taskmanager.cpu.cores');
  else if (amount.kind !== 'value') cpu = fromRead(amount);
  else if ((amount.value ?? -1) > 0) cpu = derived(amount.value ?? 0, amount.setting?.source ?? 'kubernetes.taskmanager.cpu.amount', amount.setting?.span);
  else if (slots.value === null) cpu = notKnown(`no cpu is set, so it equals the slots per TaskManager, which are unknown: ${slots.reason}`);
  else cpu = derived(slots.value, `no cpu is set: one CPU per slot (${slots.value})`, slots.span);
  if (cpu.value !== null && cpu.value <= 0) cpu = notKnown(`TaskManagers cannot start with ${cpu.value} CPU (${cpu.reason})`, cpu.span);
  return { cpu, limit: withLimit(config, cpu, 'kubernetes.taskmanager.cpu.limit-factor') };
}

export function jobManagerCpu(config: EffectiveConfig): Cpu {
  const amount = readDouble(config, 1, 'kubernetes.jobmanager.cpu.amount', 'kubernetes.jobmanager.cpu');
  const cpu = amount.kind === 'value'
    ? derived(amount.value ?? 1, amount.setting?.source ?? 'default of 1 CPU', amount.setting?.span)
    : fromRead(amount);
  return { cpu, limit: withLimit(config, cpu, 'kubernetes.jobmanager.cpu.limit-factor') };
}

function withLimit(config: EffectiveConfig, cpu: Derived<number>, factorKey: string): Derived<number> {
  const factor = readDouble(config, 1, factorKey);
  if (cpu.value === null) return cpu;
  if (factor.kind !== 'value') return fromRead(factor);
  const f = factor.value ?? 1;
  return derived(cpu.value * f, f === 1 ? 'equal to the request' : `${cpu.value} × limit factor ${f} (${factor.setting?.source ?? factorKey})`);
}

export function fromRead(read: Exclude<Read<unknown>, { kind: 'value' }>): Derived<never> {
  return notKnown(read.kind === 'unknown' ? read.reason : read.message);
}
