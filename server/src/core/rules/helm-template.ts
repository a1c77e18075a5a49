/**
 * helm-template: a chart that `helm template` would refuse to render (a template or values file
 * that does not parse, `required` or `fail`, a nil value used as a map, a comparison of a number
 * from values with an integer). The finding is made by the chart analysis (core/sets/chart.ts)
 * at the action that fails; the rule is here for its id, severity setting and docs.
 */

import { DocumentRule, Report } from './types';

export const helmTemplate: DocumentRule = {
  id: 'helm-template',
  severity: 'error',
  scope: 'document',
  doc: {
    summary: 'A chart template that Helm cannot render with the chart\'s values (and the values or --set given).',
    why: 'helm template, helm install and Argo CD stop at the first template that fails, so nothing of the chart is applied.',
    before: 'replicas: {{ required "set replicas" .Values.replicas }}   # values.yaml has no replicas',
    after: 'replicas: {{ required "set replicas" .Values.replicas }}   # values.yaml: replicas: 2',
  },
  checkDocument(): Report[] {
    return [];
  },
};
