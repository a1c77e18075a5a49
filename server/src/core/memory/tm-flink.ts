/**
 * The TaskManager's total Flink memory split into framework heap/off-heap, task heap/off-heap,
 * managed and network memory (TaskExecutorFlinkMemoryUtils), including the legacy
 * `taskmanager.network.numberOfBuffers` that fixes network memory on Flink 1.x.
 */

import { MemoryConf } from './conf';
import { add, argumentError, configurationError, FlinkFault, human } from './faults';
import { exactSize } from '../format/numbers';
import { readsLegacyKeys, networkMaxDefault } from './flink-line';
import { TM } from './options';
import { deriveWithFraction, deriveWithInverseFraction, FlinkMemoryUtils, rangeFraction, RangeFraction } from './process';
import { LONG_MAX } from '../units/memory-size';

export interface TaskManagerFlink {
  readonly frameworkHeap: bigint;
  readonly frameworkOffHeap: bigint;
  readonly taskHeap: bigint;
  readonly taskOffHeap: bigint;
  readonly managed: bigint;
  readonly network: bigint;
  readonly total: bigint;
}

function flinkMemory(parts: Omit<TaskManagerFlink, 'total'>): TaskManagerFlink {
  return { ...parts, total: add(parts.frameworkHeap, parts.frameworkOffHeap, parts.taskHeap, parts.taskOffHeap, parts.network, parts.managed) };
}

export const taskManagerFlinkMemory: FlinkMemoryUtils<TaskManagerFlink> = {
  fromFineGrained(conf) {
    const taskHeap = conf.memory(TM.taskHeap);
    const managed = conf.memory(TM.managed);
    const frameworkHeap = conf.memory(TM.frameworkHeap);
    const frameworkOffHeap = conf.memory(TM.frameworkOffHeap);
    const taskOffHeap = conf.memory(TM.taskOffHeap);
    const withoutNetwork = add(frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed);
    let network: bigint;
    if (conf.contains(TM.flink)) {
      const total = conf.memory(TM.flink);
      network = remainderNetwork(conf, { frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed }, withoutNetwork, total);
    } else {
      network = usesLegacyNetwork(conf) ? legacyNetwork(conf) : deriveWithInverseFraction(withoutNetwork, networkRange(conf));
    }
    return flinkMemory({ frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed, network });
  },

  fromTotalFlink(conf, total) {
    const frameworkHeap = conf.memory(TM.frameworkHeap);
    const frameworkOffHeap = conf.memory(TM.frameworkOffHeap);
    const taskOffHeap = conf.memory(TM.taskOffHeap);
    if (conf.contains(TM.taskHeap)) {
      const taskHeap = conf.memory(TM.taskHeap);
      const managed = managedMemory(conf, total);
      const withoutNetwork = add(frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed);
      const network = remainderNetwork(conf, { frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed }, withoutNetwork, total);
      return flinkMemory({ frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed, network });
    }
    const managed = managedMemory(conf, total);
    const network = usesLegacyNetwork(conf) ? legacyNetwork(conf) : deriveWithFraction(total, networkRange(conf));
    const withoutTaskHeap = add(frameworkHeap, frameworkOffHeap, taskOffHeap, managed, network);
    if (withoutTaskHeap > total) {
      configurationError(
        `Sum of configured Framework Heap Memory (${human(frameworkHeap)}), Framework Off-Heap Memory (${human(frameworkOffHeap)}), Task Off-Heap Memory (${human(taskOffHeap)}), Managed Memory (${human(managed)}) and Network Memory (${human(network)}) exceed configured Total Flink Memory (${human(total)}).`,
        `Total Flink memory ${exactSize(total)} is too small: framework heap ${exactSize(frameworkHeap)}, framework off-heap ${exactSize(frameworkOffHeap)}, task off-heap ${exactSize(taskOffHeap)}, managed ${exactSize(managed)} and network ${exactSize(network)} already need ${exactSize(withoutTaskHeap)}.`,
      );
    }
    return flinkMemory({ frameworkHeap, frameworkOffHeap, taskHeap: total - withoutTaskHeap, taskOffHeap, managed, network });
  },
};

type Fixed = Omit<TaskManagerFlink, 'network' | 'total'>;

/** Task heap and total Flink memory both given: network memory is what is left, and must fit its range. */
function remainderNetwork(conf: MemoryConf, p: Fixed, withoutNetwork: bigint, total: bigint): bigint {
  if (withoutNetwork > total) {
    configurationError(
      `Sum of configured Framework Heap Memory (${human(p.frameworkHeap)}), Framework Off-Heap Memory (${human(p.frameworkOffHeap)}), Task Heap Memory (${human(p.taskHeap)}), Task Off-Heap Memory (${human(p.taskOffHeap)}) and Managed Memory (${human(p.managed)}) exceed configured Total Flink Memory (${human(total)}).`,
      `Framework heap, framework off-heap, task heap, task off-heap and managed memory (${exactSize(withoutNetwork)}) exceed the total Flink memory ${exactSize(total)}.`,
    );
  }
  const network = total - withoutNetwork;
  try {
    checkNetwork(conf, network);
  } catch (error) {
    if (!(error instanceof FlinkFault) || error.kind !== 'configuration') throw error;
    configurationError(
      'If Total Flink, Task Heap and (or) Managed Memory sizes are explicitly configured then the Network Memory size is the rest of the Total Flink memory after subtracting all other configured types of memory, but the derived Network Memory is inconsistent with its configuration.',
      `With total Flink memory and task heap fixed, network memory is the remainder, ${exactSize(network)}: ${error.explanation}`,
    );
  }
  return network;
}

function checkNetwork(conf: MemoryConf, network: bigint): void {
  if (usesLegacyNetwork(conf)) {
    const configured = legacyNetwork(conf);
    if (configured !== network) configurationError(`Derived Network Memory size (${human(network)}) does not match configured Network Memory size (${human(configured)}).`, `taskmanager.network.numberOfBuffers asks for ${exactSize(configured)}.`);
    return;
  }
  const range = networkRange(conf);
  if (network > range.max || network < range.min) {
    configurationError(`Derived Network Memory size (${human(network)}) is not in configured Network Memory range [${human(range.min)}, ${human(range.max)}].`, `it must lie within ${exactSize(range.min)}..${exactSize(range.max)}.`);
  }
}

function managedMemory(conf: MemoryConf, total: bigint): bigint {
  if (conf.contains(TM.managed)) return conf.memory(TM.managed);
  return deriveWithFraction(total, rangeFraction(0n, LONG_MAX, TM.managedFraction, conf));
}

function networkRange(conf: MemoryConf): RangeFraction {
  const min = conf.memory(TM.networkMin);
  const max = conf.memory(TM.networkMax, networkMaxDefault(conf.line));
  return rangeFraction(min, max, TM.networkFraction, conf);
}

/** Flink 1.x: numberOfBuffers counts only when no new network option is set. */
export function usesLegacyNetwork(conf: MemoryConf): boolean {
  if (!readsLegacyKeys(conf.line)) return false;
  const anyNew = conf.contains(TM.networkMin) || conf.contains(TM.networkMax) || conf.contains(TM.networkFraction);
  return !anyNew && conf.contains(TM.legacyBuffers);
}

const MIN_PAGE_SIZE = 4096n;

function legacyNetwork(conf: MemoryConf): bigint {
  const buffers = BigInt(conf.int(TM.legacyBuffers));
  const page = pageSize(conf);
  const bytes = buffers * page;
  if (bytes < 0n) argumentError('bytes must be >= 0', `taskmanager.network.numberOfBuffers ${buffers} is negative.`);
  return bytes;
}

/** ConfigurationParserUtils.getPageSize: a power of two of at least 4 KiB that fits an int. */
function pageSize(conf: MemoryConf): bigint {
  const bytes = conf.plainMemory(TM.segmentSize);
  if (bytes > 2147483647n) argumentError(`Cannot downcast long value ${bytes} to integer.`, `${TM.segmentSize.key} is larger than 2 GiB.`);
  const invalid = (why: string) => configurationError(`Invalid configuration value for ${TM.segmentSize.key} : ${bytes} - ${why}`, `${TM.segmentSize.key} ${exactSize(bytes)}: ${why}`);
  if (bytes < MIN_PAGE_SIZE) invalid(`Minimum memory segment size is ${MIN_PAGE_SIZE}`);
  if ((bytes & (bytes - 1n)) !== 0n) invalid('Memory segment size must be a power of 2.');
  return bytes;
}
