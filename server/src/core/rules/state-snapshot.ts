/**
 * state-snapshot: a FlinkStateSnapshot sets exactly one of `checkpoint` or `savepoint`, and a
 * jobReference unless it records an existing savepoint (§4.4).
 */

import { isKnown } from '../yaml/fields';
import { MapView } from '../yaml/map-view';
import { Report, ResourceContext, ResourceRule } from './types';

export const stateSnapshot: ResourceRule = {
  id: 'state-snapshot',
  severity: 'error',
  kinds: ['FlinkStateSnapshot'],
  doc: {
    summary: 'A FlinkStateSnapshot with both or neither of checkpoint/savepoint, or without a job reference.',
    why: 'The operator needs to know what to take and from which job.',
    before: 'spec:\n  savepoint: {}\n  checkpoint: {}',
    after: 'spec:\n  jobReference: { kind: FlinkDeployment, name: my-job }\n  savepoint: {}',
  },
  check(ctx: ResourceContext): Report[] {
    const spec = ctx.resource.spec?.view;
    if (ctx.resource.kind !== 'FlinkStateSnapshot' || !spec || spec.open) return [];
    const checkpoint = spec.get('checkpoint');
    const savepoint = spec.get('savepoint');
    const anchor = spec.node ? ctx.resource.spec?.span ?? ctx.resource.kindSpan : ctx.resource.kindSpan;
    if (!!checkpoint === !!savepoint) return [{ message: 'Set exactly one of spec.checkpoint and spec.savepoint.', span: (checkpoint ?? savepoint)?.keySpan ?? anchor }];
    const savepointView = spec.map('savepoint');
    const exists = savepointView instanceof MapView ? savepointView.scalar('alreadyExists') : undefined;
    if (isKnown(exists) && exists.value === true) return [];
    const reference = spec.map('jobReference');
    if (reference instanceof MapView ? reference.get('name') : reference) return [];
    return [{ message: 'spec.jobReference (kind and name of the FlinkDeployment or FlinkSessionJob) is required unless the savepoint already exists.', span: (checkpoint ?? savepoint)?.keySpan ?? anchor }];
  },
};
