/** Rule options and their defaults (severity overrides, thresholds, target operator version). */

import { MIB } from '../units/memory-size';
import { RuleOptions, Thresholds } from './types';
import { DEFAULT_OPERATOR_VERSION } from '../versions/operator-support';

export const DEFAULT_THRESHOLDS: Thresholds = {
  slotsPerCpuMin: 1,
  slotsPerCpuMax: 2,
  memoryPerSlotMin: Number(1024n * MIB),
  networkPerSlotMin: Number(32n * MIB),
  smallTaskManagerSlots: 2,
  manyTaskManagers: 16,
};

export const DEFAULT_RULE_OPTIONS: RuleOptions = {
  operatorVersion: DEFAULT_OPERATOR_VERSION,
  operatorDefaults: {},
  severities: {},
  thresholds: DEFAULT_THRESHOLDS,
};
