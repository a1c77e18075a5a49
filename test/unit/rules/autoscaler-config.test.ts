import { test } from 'node:test';
import { checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'autoscaler-config';
const config = (lines: string) => valid().replace('    taskmanager.numberOfTaskSlots: "2"\n', `    taskmanager.numberOfTaskSlots: "2"\n${lines}`);

test('ranges are checked when the autoscaler is enabled (TV-64..TV-66)', () => {
  checkRule(RULE, config(`    job.autoscaler.enabled: "true"
    job.autoscaler.scale-down.max-factor: "-0.1"
#                                         ^^^^^^ error autoscaler-config: job.autoscaler.scale-down.max-factor is -0.1 but must be between 0 and unlimited
    job.autoscaler.utilization.target: "0.5"
    job.autoscaler.utilization.max: "0.4"
#                                   ^^^^^ error autoscaler-config: job.autoscaler.utilization.max is 0.4 but must be between 0.5 and 1
    kubernetes.operator.job.autoscaler.memory.gc-pressure.threshold: "2"
#                                                                    ^^^ error autoscaler-config: kubernetes.operator.job.autoscaler.memory.gc-pressure.threshold is 2
`));
});

test('excluded periods (TV-67) and gated keys (TV-68)', () => {
  checkRule(RULE, config(`    job.autoscaler.enabled: "true"
    job.autoscaler.excluded.periods: "12:00-10:00;09:00-17:00 && 0 0 * * * ?"
#                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error autoscaler-config: job.autoscaler.excluded.periods: "12:00-10:00" is neither a daily range
    job.autoscaler.observed-scalability.coefficient-min: "1.2"
`), { operatorVersion: '1.16' });
  checkRule(RULE, config(`    job.autoscaler.enabled: "true"
    job.autoscaler.observed-scalability.coefficient-min: "1.2"
#                                                        ^^^^^ error autoscaler-config: job.autoscaler.observed-scalability.coefficient-min is 1.2 but must be between 0.01 and 1
`), { operatorVersion: '1.15' });
});

test('metrics window shorter than the reconcile interval (TV-69), nothing when disabled (TV-70)', () => {
  checkRule(RULE, config(`    job.autoscaler.enabled: "true"
    job.autoscaler.metrics.window: 30 s
#                                  ^^^^ error autoscaler-config: The metrics window 30 s is shorter than the operator's reconcile interval 60 s
`), { operatorVersion: '1.16', operatorDefaults: { 'kubernetes.operator.reconcile.interval': '60 s' } });
  checkRule(RULE, config('    job.autoscaler.enabled: "true"\n    job.autoscaler.metrics.window: 5 min\n'), { operatorVersion: '1.16' });
  checkRule(RULE, config('    job.autoscaler.utilization.target: "-1.6"\n    job.autoscaler.metrics.window: 1 s\n'), { operatorVersion: '1.16' });});

test('without an operator setting, the Helm chart\'s 15 s reconcile interval is assumed', () => {
  checkRule(RULE, config('    job.autoscaler.enabled: "true"\n    job.autoscaler.metrics.window: 30 s\n'), { operatorVersion: '1.16' });
  checkRule(RULE, config(`    job.autoscaler.enabled: "true"
    job.autoscaler.metrics.window: 10 s
#                                  ^^^^ error autoscaler-config: The metrics window 10 s is shorter than the operator's reconcile interval 15 s
`), { operatorVersion: '1.16' });
});
