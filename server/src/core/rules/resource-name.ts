/**
 * resource-name: FlinkDeployment names (and a session job's deploymentName) must be 1-45
 * characters of lower-case letters, digits and '-', starting with a letter and ending with a
 * letter or digit, or the operator rejects the resource (§4.1 V-1, §4.2 S-1).
 */

import { Known, Scalar } from '../yaml/fields';
import { replaceScalar } from '../edits/yaml-edit';
import { valueOf } from './helpers';
import { Report, ResourceContext, ResourceRule } from './types';

const VALID = /^[a-z]([-a-z0-9]{0,43}[a-z0-9])?$/;

export const resourceName: ResourceRule = {
  id: 'resource-name',
  severity: 'error',
  patches: true,
  doc: {
    summary: 'A FlinkDeployment name or a session job\'s deploymentName that the operator rejects.',
    why: 'The operator derives Kubernetes names from it and only accepts [a-z]([-a-z0-9]{0,43}[a-z0-9])?.',
    before: 'metadata:\n  name: Orders_Job.v2',
    after: 'metadata:\n  name: orders-job-v2',
  },
  check(ctx: ResourceContext): Report[] {
    const { resource } = ctx;
    if (resource.kind === 'FlinkDeployment') {
      const name = valueOf(resource.name);
      return name ? checkName(ctx, name, 'metadata.name') : [];
    }
    if (resource.kind !== 'FlinkSessionJob') return [];
    const target = resource.spec?.deploymentName;
    // A patch that leaves deploymentName to its base (model/dialect.ts) misses nothing.
    if (!target && resource.patch) return [];
    if (!target || (target.kind === 'known' && target.value === null)) {
      return [{ message: 'spec.deploymentName is missing: a session job must name the session FlinkDeployment it runs in.', span: target?.keySpan ?? resource.kindSpan }];
    }
    const name = valueOf(target);
    return name ? checkName(ctx, name, 'spec.deploymentName') : [];
  },
};

function checkName(ctx: ResourceContext, field: Known<Scalar>, path: string): Report[] {
  const name = String(field.value);
  if (VALID.test(name)) return [];
  const suggestion = sanitize(name);
  const why = name.length > 45 ? `it has ${name.length} characters (at most 45)` : 'only lower-case letters, digits and "-" are allowed, starting with a letter and ending with a letter or digit';
  return [{
    message: `${path} "${name}" is rejected by the operator: ${why}.`,
    span: field.span,
    fixes: suggestion ? [{ title: `Rename to "${suggestion}"`, edits: [replaceScalar(ctx.text, field.span, suggestion)], preferred: true }] : [],
  }];
}

function sanitize(name: string): string | undefined {
  const s = name.toLowerCase().replace(/[^-a-z0-9]+/g, '-').replace(/^[^a-z]+/, '').slice(0, 45).replace(/-+$/, '');
  return VALID.test(s) ? s : undefined;
}
