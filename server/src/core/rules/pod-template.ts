/**
 * pod-template: pod template mistakes (§9.1): a container named like Flink's that is not
 * flink-main-container (Flink adds it as a sidecar and never applies its settings), any other
 * container without an image (Kubernetes rejects the pod), cpu/memory on the main container
 * (always overwritten by Flink), and `resource` together with `resources`.
 */

import { isMap, isScalar, Node, Pair } from 'yaml';
import { MapView, nodeSpan, resolve } from '../yaml/map-view';
import { RoleView } from '../model/types';
import { replaceScalar } from '../edits/yaml-edit';
import { Fix, Report, ResourceContext, ResourceRule } from './types';
import { containerNodes, mergedContainers, templateContainers } from './pod-containers';
import { Span } from '../text/span';

const MAIN = 'flink-main-container';

export const podTemplate: ResourceRule = {
  id: 'pod-template',
  severity: 'warning',
  doc: {
    summary: 'Pod template settings that Flink ignores or overwrites.',
    why: 'Flink only treats the container named flink-main-container as its own and always sets its cpu and memory from the spec.',
    before: 'containers:\n  - name: main\n    image: my/flink:1.20',
    after: 'containers:\n  - name: flink-main-container\n    image: my/flink:1.20',
  },
  check(ctx: ResourceContext): Report[] {
    const spec = ctx.resource.spec;
    if (!spec || ctx.resource.kind === 'FlinkSessionJob') return [];
    const reports: Report[] = [];
    const templates: MapView[] = [];
    const top = spec.view.map('podTemplate');
    if (top instanceof MapView) templates.push(top);
    for (const name of ['jobManager', 'taskManager'] as const) {
      const role = spec[name];
      if (!role || 'kind' in role) continue;
      const t = role.view.map('podTemplate');
      if (t instanceof MapView) templates.push(t);
      reports.push(...bothResourceForms(role, name));
    }
    for (const t of templates) reports.push(...containers(t, ctx.text));
    reports.push(...imageless(ctx, top instanceof MapView ? top : undefined));
    if (top instanceof MapView && !mergesByName(ctx)) reports.push(...positionMerges(top, templates.slice(1)));
    return reports;
  },
};

function mergesByName(ctx: Parameters<typeof podTemplate.check>[0]): boolean {
  return ctx.resource.spec?.flinkConfiguration.entries.get('kubernetes.operator.pod-template.merge-arrays-by-name')?.value?.trim().toLowerCase() === 'true';
}

/** Role templates merge their containers into the common template by position, not by name. */
function positionMerges(common: MapView, roles: MapView[]): Report[] {
  const names = (t: MapView) => templateContainers(t);
  const base = names(common);
  return roles.flatMap((role) =>
    names(role).flatMap(({ name, span }, i) => {
      const other = base[i];
      if (!other || other.name === name || !name || !other.name) return [];
      return [{ message: `Container "${name}" is merged into "${other.name}" of spec.podTemplate because arrays merge by position; set kubernetes.operator.pod-template.merge-arrays-by-name: "true" or keep the same order.`, span, related: [{ span: other.span, message: `"${other.name}" at the same position` }] }];
    }),
  );
}

function containers(template: MapView, text: string): Report[] {
  return containerNodes(template).flatMap(({ map: c, field }) => {
    const name = field('name');
    const nameValue = isScalar(name?.value) ? String(name.value.value) : undefined;
    const resources = resolve(template.ctx.doc, (field('resources')?.value as Node) ?? null);
    if (nameValue === MAIN) return mainResources(resources);
    if (!field('image') && !field('resources')) return [];
    const span = name?.value && (name.value as Node).range ? nodeSpan(name.value as Node) : nodeSpan(c);
    return nameValue && FLINK_LIKE.test(nameValue)
      ? [{ message: `Container "${nameValue}" sets an image or resources, but Flink only applies those of the container named ${MAIN}; this becomes an extra sidecar container.`, span, fixes: renameFix(template, text, span) }]
      : [];
  });
}

const FLINK_LIKE = /flink|main|jobmanager|taskmanager/i;

function renameFix(template: MapView, text: string, span: Span): Fix[] {
  return templateContainers(template).some((c) => c.name === MAIN) ? [] : [{ title: `Rename to ${MAIN}`, edits: [replaceScalar(text, span, MAIN)], preferred: true }];
}

/**
 * Every container but Flink's goes into the pod as written; without an image Kubernetes rejects
 * the pod. Judged on the merged templates of each role, reported once per container.
 */
function imageless(ctx: ResourceContext, common: MapView | undefined): Report[] {
  const spec = ctx.resource.spec;
  const byName = mergesByName(ctx);
  const commonContainers = templateContainers(common);
  const seen = new Set<number>();
  const reports: Report[] = [];
  for (const name of ['jobManager', 'taskManager'] as const) {
    const role = spec?.[name];
    const roleTemplate = role && !('kind' in role) ? role.view.map('podTemplate') : undefined;
    const roleContainers = templateContainers(roleTemplate instanceof MapView ? roleTemplate : undefined);
    for (const c of mergedContainers(commonContainers, roleContainers, byName)) {
      if (c.name === MAIN || c.hasImage || c.renamedByPosition || seen.has(c.span.start)) continue;
      seen.add(c.span.start);
      const flinkLike = c.name !== undefined && FLINK_LIKE.test(c.name);
      const what = flinkLike ? `is not Flink's container (only ${MAIN} is), so its settings never reach Flink; Flink adds it as a sidecar` : 'is added to the pod as a sidecar';
      const fixes = flinkLike && !commonContainers.some((x) => x.name === MAIN) && !roleContainers.some((x) => x.name === MAIN) ? [{ title: `Rename to ${MAIN}`, edits: [replaceScalar(ctx.text, c.span, MAIN)], preferred: true }] : [];
      reports.push({ message: `Container "${c.name ?? '(no name)'}" ${what}, and without an image Kubernetes rejects the pod, so it is never created.`, span: c.span, severity: 'error', fixes });
    }
  }
  return reports;
}

function mainResources(resources: Node | null): Report[] {
  if (!isMap(resources)) return [];
  return (resources.items as Pair[]).flatMap((section) => {
    const v = section.value as Node | null;
    if (!isMap(v)) return [];
    return (v.items as Pair[]).filter((p) => isScalar(p.key) && (p.key.value === 'cpu' || p.key.value === 'memory')).map((p) => ({
      message: `${String((p.key as { value: unknown }).value)} on ${MAIN} is overwritten by Flink from spec.jobManager/taskManager; set it there instead.`,
      span: nodeSpan(p.key as Node),
    }));
  });
}

function bothResourceForms(role: RoleView, name: string): Report[] {
  const resources = role.view.get('resources');
  const resource = role.view.get('resource');
  const r = role.resources;
  const active = r && !('kind' in r) && (r.requests.size > 0 || r.limits.size > 0);
  if (!resources || !resource || !active) return [];
  return [{ message: `spec.${name} has both resource and resources; the operator uses resources and ignores resource.`, span: resource.keySpan, related: [{ span: resources.keySpan, message: 'this one wins' }] }];
}
