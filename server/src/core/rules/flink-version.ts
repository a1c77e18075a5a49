/**
 * flink-version: spec.flinkVersion must be set and supported by the target operator release
 * (§4.1 V-2/V-3, version table §1.11); deprecated versions and an image of another version are
 * reported too.
 */

import { isKnown } from '../yaml/fields';
import { replaceScalar } from '../edits/yaml-edit';
import { atLeast, fixes, setFix, specPath, valueOf } from './helpers';
import { isEmr } from '../model/dialect';
import { releaseOfVersionName, versionOfImage } from '../versions/names';
import { ADDED_IN, crdFlinkVersions, deprecatedFlinkVersion, proposedFlinkVersion, unsupportedByOperator } from '../versions/operator-support';
import { Fix, Report, ResourceContext, ResourceRule } from './types';

export const flinkVersion: ResourceRule = {
  id: 'flink-version',
  severity: 'error',
  doc: {
    summary: 'spec.flinkVersion is missing, unsupported by the target operator, deprecated, or differs from the image.',
    why: 'The operator refuses resources without a supported flinkVersion; the value also picks version-specific config keys.',
    before: 'image: flink:1.19\nflinkVersion: v1_14',
    after: 'image: flink:1.19\nflinkVersion: v1_19',
  },
  check(ctx: ResourceContext): Report[] {
    const spec = ctx.resource.spec;
    if (!spec || ctx.resource.kind === 'FlinkSessionJob') return [];
    const field = spec.flinkVersion;
    const imageVersion = versionOfImage(valueOf(spec.image)?.value);
    if (!field || (isKnown(field) && field.value === null)) {
      const proposed = imageVersion ?? proposedFlinkVersion(ctx.options.operatorVersion);
      const fix = setFix(ctx, specPath(ctx, 'flinkVersion'), proposed, `Set flinkVersion to ${proposed}`, true);
      return [{ message: 'spec.flinkVersion is missing; the operator rejects the resource without it.', span: spec.view.get('image')?.keySpan ?? ctx.resource.kindSpan, absent: [specPath(ctx, 'flinkVersion').join('.')], fixes: fixes(fix) }];
    }
    const known = valueOf(field);
    // EMR on EKS ships its own operator build per release label: the Apache operator's version
    // table and deprecations do not describe it (model/dialect.ts).
    if (!known || isEmr(spec)) return [];
    const version = String(known.value);
    const added = ADDED_IN[version];
    if (!added) return [];
    const switchTo = (to: string): Fix => ({ title: `Change flinkVersion to ${to}`, edits: [replaceScalar(ctx.text, known.span, to)], preferred: true });
    const suggestion = imageVersion && imageVersion !== version && ADDED_IN[imageVersion] ? [switchTo(imageVersion)] : [];
    if (!atLeast(ctx, added)) {
      const newest = crdFlinkVersions(ctx.options.operatorVersion).pop();
      return [{ message: `flinkVersion ${version} needs operator ${added} or newer: the CRD of operator ${ctx.options.operatorVersion} stops at ${newest}, so the API server rejects the value before the operator sees it.`, span: known.span, fixes: suggestion }];
    }
    if (unsupportedByOperator(version, ctx.options.operatorVersion)) {
      return [{ message: `Flink ${version} is not supported by operator ${ctx.options.operatorVersion}; use v1_15 or newer.`, span: known.span, fixes: suggestion }];
    }
    const reports: Report[] = [];
    if (deprecatedFlinkVersion(version, ctx.options.operatorVersion)) reports.push({ message: `flinkVersion ${version} is deprecated by the operator and will lose support; plan an upgrade.`, span: known.span, severity: 'info' });
    if (imageVersion && imageVersion !== version) {
      reports.push({ message: `The image is Flink ${releaseOfVersionName(imageVersion)} but flinkVersion says ${version}; the operator picks config keys by flinkVersion.`, span: known.span, severity: 'warning', fixes: suggestion });
    }
    return reports;
  },
};
