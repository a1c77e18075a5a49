/**
 * What Kubernetes schedules a pod by when its template adds containers next to Flink's: per
 * resource, the larger of what runs together (Flink's main container, the other containers and
 * the sidecars, i.e. init containers with restartPolicy Always) and what each plain init container
 * needs while it runs (with the sidecars started before it). A container's request is its
 * `requests` value, else its `limits` value (Kubernetes defaults one to the other), else nothing;
 * the main container's cpu and memory are Flink's, whatever the template says (§9.1).
 */

import { parseQuantity } from '../units/quantity';
import { Decimal } from '../units/decimal';
import { Json } from './merge';

const MAIN = 'flink-main-container';

export interface Requests {
  readonly cpu: number;
  readonly memoryBytes: number;
}

export interface PodRequests {
  /** The pod's effective request, Flink's main container included; null with the reason when a quantity cannot be read. */
  readonly total: Requests | null;
  /** The containers that add requests to Flink's, by name (all of them when one cannot be read). */
  readonly containers: string[];
  readonly reason: string;
}

/** Undefined when the template adds no container that requests anything. */
export function podRequests(template: Json | undefined, main: Requests): PodRequests | undefined {
  const spec = field(template, 'spec');
  const others = list(field(spec, 'containers')).filter((c) => field(c, 'name') !== MAIN);
  const inits = list(field(spec, 'initContainers'));
  const all = [...others, ...inits];
  const names = all.map((c) => String(field(c, 'name') ?? '(no name)'));
  try {
    const read = all.map(requestsOf);
    const requesting = names.filter((_, i) => read[i]?.cpu || read[i]?.memoryBytes);
    if (!requesting.length) return undefined;
    // In millicores, so sums are exact; Kubernetes reads a finer CPU quantity rounded up to one.
    const running = [{ cpu: Math.ceil(Number((main.cpu * 1000).toFixed(6))), memoryBytes: main.memoryBytes }, ...read.slice(0, others.length)];
    let sidecars: Requests = { cpu: 0, memoryBytes: 0 };
    let initPeak: Requests = { cpu: 0, memoryBytes: 0 };
    inits.forEach((c, i) => {
      const own = read[others.length + i] as Requests;
      if (field(c, 'restartPolicy') === 'Always') {
        sidecars = add(sidecars, own);
        running.push(own);
        initPeak = max(initPeak, sidecars);
      } else initPeak = max(initPeak, add(own, sidecars));
    });
    const total = max(running.reduce(add), initPeak);
    return { total: { cpu: total.cpu / 1000, memoryBytes: total.memoryBytes }, containers: requesting, reason: `Flink's container with ${requesting.join(', ')} from the pod template, as Kubernetes adds up a pod's requests` };
  } catch (error) {
    return { total: null, containers: names, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** CPU in millicores and memory in bytes, each rounded up to a whole one as Kubernetes does. */
function requestsOf(container: Json): Requests {
  const resources = field(container, 'resources');
  const pick = (key: string) => field(field(resources, 'requests'), key) ?? field(field(resources, 'limits'), key);
  const name = String(field(container, 'name') ?? '(no name)');
  return { cpu: amount(pick('cpu'), name, 1000), memoryBytes: amount(pick('memory'), name, 1) };
}

function amount(value: Json | undefined, container: string, scale: number): number {
  if (value === undefined || value === null) return 0;
  const parsed = parseQuantity(String(value));
  if (!parsed.ok) throw new Error(`container ${container}: ${parsed.error}`);
  return Number(ceil(parsed.amount, scale));
}

function ceil(d: Decimal, scale: number): bigint {
  const scaled = d.unscaled * BigInt(scale);
  if (d.scale <= 0) return scaled * 10n ** BigInt(-d.scale);
  const divisor = 10n ** BigInt(d.scale);
  const q = scaled / divisor;
  return scaled % divisor > 0n ? q + 1n : q;
}

const add = (a: Requests, b: Requests): Requests => ({ cpu: a.cpu + b.cpu, memoryBytes: a.memoryBytes + b.memoryBytes });
const max = (a: Requests, b: Requests): Requests => ({ cpu: Math.max(a.cpu, b.cpu), memoryBytes: Math.max(a.memoryBytes, b.memoryBytes) });

function field(x: Json | undefined, key: string): Json | undefined {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? x[key] : undefined;
}

function list(x: Json | undefined): Json[] {
  return Array.isArray(x) ? x : [];
}
