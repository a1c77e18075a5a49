/**
 * ingress-template: `spec.ingress` needs a `template` that becomes a valid URL once `http://` is
 * added (when it has no scheme) and `{{name}}`/`{{namespace}}` are filled in (§4.1 V-6, §9.3).
 */

import { isKnown } from '../yaml/fields';
import { MapView } from '../yaml/map-view';
import { Report, ResourceContext, ResourceRule } from './types';

export const ingressTemplate: ResourceRule = {
  id: 'ingress-template',
  severity: 'error',
  doc: {
    summary: 'spec.ingress without a template, or with one that is not a valid URL.',
    why: 'The operator builds the Ingress host and path from the template and rejects what it cannot parse.',
    before: 'ingress:\n  template: "example.com:port"',
    after: 'ingress:\n  template: "example.com/{{namespace}}/{{name}}"',
  },
  check(ctx: ResourceContext): Report[] {
    const spec = ctx.resource.spec;
    const ingress = spec?.view.map('ingress');
    if (!(ingress instanceof MapView) || ctx.resource.kind === 'FlinkSessionJob') return [];
    const template = ingress.scalar('template');
    if (!template || (isKnown(template) && template.value === null)) {
      return [{ message: 'spec.ingress needs a template (for example "{{name}}.flink.example.com"); the operator rejects it without one.', span: spec?.view.get('ingress')?.keySpan ?? ingress.span }];
    }
    if (!isKnown(template)) return [];
    const url = String(template.value).replace(/\{\{name\}\}/gi, 'name').replace(/\{\{namespace\}\}/gi, 'namespace');
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`;
    try {
      new URL(withScheme);
      return [];
    } catch {
      return [{ message: `The ingress template "${String(template.value)}" is not a valid URL after adding http:// and filling {{name}}/{{namespace}}; the operator rejects it.`, span: template.span }];
    }
  },
};
