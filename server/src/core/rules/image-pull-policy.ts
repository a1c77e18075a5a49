/** image-pull-policy: only Always, IfNotPresent and Never work, with that exact case (§1.3, §4.5). */

import { replaceScalar } from '../edits/yaml-edit';
import { nearest } from '../catalog/edit-distance';
import { valueOf } from './helpers';
import { Report, ResourceContext, ResourceRule } from './types';

const POLICIES = ['Always', 'IfNotPresent', 'Never'];

export const imagePullPolicy: ResourceRule = {
  id: 'image-pull-policy',
  severity: 'error',
  patches: true,
  doc: {
    summary: 'An imagePullPolicy other than Always, IfNotPresent or Never.',
    why: 'The CRD accepts any string, but the operator fails while building the configuration.',
    before: 'imagePullPolicy: always',
    after: 'imagePullPolicy: Always',
  },
  check(ctx: ResourceContext): Report[] {
    const field = valueOf(ctx.resource.spec?.scalars.get('imagePullPolicy'));
    if (!field || POLICIES.includes(String(field.value))) return [];
    const value = String(field.value);
    const match = POLICIES.find((p) => p.toLowerCase() === value.toLowerCase().replace(/[-_ ]/g, '')) ?? nearest(value, POLICIES, 2, (s) => s.toLowerCase());
    return [{
      message: `imagePullPolicy "${value}" is not one of ${POLICIES.join(', ')} (case matters)${match ? `; did you mean ${match}? The deployment` : '; the deployment'} fails at reconcile time.`,
      span: field.span,
      invalidates: { start: field.keySpan?.start ?? field.span.start, end: field.span.end },
      fixes: match ? [{ title: `Change to ${match}`, edits: [replaceScalar(ctx.text, field.span, match)], preferred: true }] : [],
    }];
  },
};
