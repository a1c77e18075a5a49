/** log-configuration-key: spec.logConfiguration accepts only the two console logging files (§4.1 V-7, §9.5). */

import { MapView } from '../yaml/map-view';
import { renameKey } from '../edits/yaml-edit';
import { Report, ResourceContext, ResourceRule } from './types';

const ALLOWED = ['log4j-console.properties', 'logback-console.xml'];

export const logConfigurationKey: ResourceRule = {
  id: 'log-configuration-key',
  severity: 'error',
  patches: true,
  doc: {
    summary: 'A spec.logConfiguration key other than log4j-console.properties or logback-console.xml.',
    why: 'The operator only writes those two files into the Flink configuration folder and rejects other keys.',
    before: 'logConfiguration:\n  log4j.properties: |\n    rootLogger.level = INFO',
    after: 'logConfiguration:\n  log4j-console.properties: |\n    rootLogger.level = INFO',
  },
  check(ctx: ResourceContext): Report[] {
    const logs = ctx.resource.spec?.view.map('logConfiguration');
    if (!(logs instanceof MapView) || ctx.resource.kind === 'FlinkSessionJob') return [];
    return logs.entries.filter((e) => !ALLOWED.includes(e.key)).map((e) => {
      const target = /logback/i.test(e.key) ? ALLOWED[1] ?? '' : ALLOWED[0] ?? '';
      return {
        message: `logConfiguration key "${e.key}" is not allowed; only ${ALLOWED.join(' and ')} are, and the operator rejects others.`,
        span: e.keySpan,
        fixes: logs.get(target) ? [] : [{ title: `Rename to ${target}`, edits: [renameKey(e.keySpan, target)], preferred: true }],
      };
    });
  },
};
