/**
 * not-an-operator-resource: YAML that looks like a Flink resource but is not one this operator
 * accepts: unknown kinds in flink.apache.org (FlinkCluster, FlinkJob), a wrong version, or the
 * groups of other Flink operators (GCP's flinkoperator.k8s.io, Lyft's FlinkApplication).
 */

import { replaceScalar } from '../edits/yaml-edit';
import { DocumentRule, OtherDocument, Report } from './types';

const KINDS = ['FlinkDeployment', 'FlinkSessionJob', 'FlinkStateSnapshot', 'FlinkBlueGreenDeployment'];
const LOOKALIKE_KINDS: Record<string, string | undefined> = { FlinkCluster: 'FlinkDeployment', FlinkJob: 'FlinkSessionJob', FlinkApplication: 'FlinkDeployment', FlinkSession: 'FlinkDeployment' };
const OTHER_OPERATORS: Record<string, string> = {
  'flinkoperator.k8s.io': 'the Google Cloud Flink operator (FlinkCluster)',
  'flink.k8s.io': 'Lyft\'s Flink operator (FlinkApplication)',
};

export const notAnOperatorResource: DocumentRule = {
  id: 'not-an-operator-resource',
  severity: 'warning',
  scope: 'document',
  doc: {
    summary: 'A Flink-looking resource that the Apache Flink Kubernetes Operator does not handle.',
    why: 'The operator only watches flink.apache.org/v1beta1 FlinkDeployment, FlinkSessionJob, FlinkStateSnapshot and FlinkBlueGreenDeployment.',
    before: 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkCluster',
    after: 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment',
  },
  checkDocument(text: string, other: OtherDocument): Report[] {
    const { apiVersion, kind } = other;
    if (!apiVersion || !kind) return [];
    const [group, version] = apiVersion.split('/');
    const view = other.root;
    const kindField = view.get('kind');
    const apiField = view.get('apiVersion');
    if (!kindField?.value?.range || !apiField?.value?.range) return [];
    const kindSpan = { start: kindField.value.range[0], end: kindField.value.range[1] };
    const apiSpan = { start: apiField.value.range[0], end: apiField.value.range[1] };
    if (group === 'flink.apache.org') {
      if (KINDS.includes(kind)) return version === 'v1beta1' ? [] : [{ message: `flink.apache.org/${version ?? ''} is not served by the operator; use flink.apache.org/v1beta1.`, span: apiSpan, fixes: [{ title: 'Change to flink.apache.org/v1beta1', edits: [replaceScalar(text, apiSpan, 'flink.apache.org/v1beta1')], preferred: true }] }];
      const to = LOOKALIKE_KINDS[kind];
      return [{ message: `${kind} is not a kind of the Flink Kubernetes Operator (it knows ${KINDS.join(', ')}).`, span: kindSpan, fixes: to ? [{ title: `Change kind to ${to}`, edits: [replaceScalar(text, kindSpan, to)], preferred: true }] : [] }];
    }
    const owner = OTHER_OPERATORS[group ?? ''];
    if (owner) return [{ message: `${apiVersion} ${kind} belongs to ${owner}, not to the Apache Flink Kubernetes Operator; its fields differ (FlinkDeployment uses jobManager, taskManager and job).`, span: apiSpan, severity: 'info' }];
    return [];
  },
};
