/**
 * ha-config: high-availability.type values Flink does not know (any other string is loaded as a
 * factory class and fails at JobManager start-up, although the validator counts it as HA), and HA
 * without high-availability.storageDir (§4.1, §4.5, §8.1-8.2).
 */

import { replaceScalar } from '../edits/yaml-edit';
import { nearest } from '../catalog/edit-distance';
import { ownEntry, validatorConfig } from './helpers';
import { haActive, HA_TYPE, isSet } from './flink-keys';
import { Report, ResourceContext, ResourceRule } from './types';

const KNOWN = ['NONE', 'ZOOKEEPER', 'KUBERNETES'];

export const haConfig: ResourceRule = {
  id: 'ha-config',
  severity: 'error',
  doc: {
    summary: 'An unknown high-availability.type, or HA without a storage directory.',
    why: 'Anything but NONE, ZOOKEEPER, KUBERNETES or a class name fails when the JobManager starts; HA needs high-availability.storageDir for its metadata.',
    before: 'high-availability.type: kubernets',
    after: 'high-availability.type: kubernetes\nhigh-availability.storageDir: s3://bucket/ha',
  },
  check(ctx: ResourceContext): Report[] {
    if (ctx.resource.kind === 'FlinkSessionJob') return [];
    const reports: Report[] = [];
    const entry = HA_TYPE.map((k) => ownEntry(ctx, k)).find((e) => e?.value !== undefined);
    const value = entry?.value?.trim() ?? '';
    if (entry && value !== '' && !KNOWN.includes(value.toUpperCase()) && value.toLowerCase() !== 'standalone' && !value.includes('.')) {
      const close = nearest(value.toUpperCase(), KNOWN, 3);
      reports.push({
        message: `high-availability.type "${value}" is not NONE, ZOOKEEPER, KUBERNETES or a factory class name${close ? `; did you mean ${close.toLowerCase()}?` : ';'} Flink tries to load it as a class and the JobManager fails to start.`,
        span: entry.valueSpan,
        invalidates: { start: entry.keySpan.start, end: entry.valueSpan.end },
        fixes: close ? [{ title: `Change to ${close.toLowerCase()}`, edits: [replaceScalar(ctx.text, entry.valueSpan, close.toLowerCase())], preferred: true }] : [],
      });
    }
    const config = validatorConfig(ctx);
    if (entry && haActive(config) && isSet(config, ['high-availability.storageDir', 'high-availability.zookeeper.storageDir']) === false) {
      reports.push({ message: 'High availability is on but high-availability.storageDir is not set; the JobManager needs it to store HA metadata and fails to start without it.', span: entry.keySpan, severity: 'warning' });
    }
    return reports;
  },
};
