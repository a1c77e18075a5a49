/**
 * memory-unit: memory sizes that mean something else than they seem (§5.1-5.2): Flink reads
 * `2G`, `2g` and `2048m` as GiB/MiB where Kubernetes reads 10^9 bytes or milli-bytes; decimals
 * (`1.5Gi`) cannot be read at all; `"100"` is 100 bytes; Kubernetes suffixes (`2Gi`) are not
 * Flink sizes inside flinkConfiguration; and requests/limits that mix both readings get an
 * absurd limit factor, or none when the Kubernetes client cannot read one side.
 */

import { replaceScalar } from '../edits/yaml-edit';
import { parseResourceMemory } from '../units/resource-memory';
import { parseQuantity } from '../units/quantity';
import { findOption } from '../catalog/catalog';
import { Span } from '../text/span';
import { roleOf } from './helpers';
import { memoryFields, MemoryField } from './memory-fields';
import { Report, ResourceContext, ResourceRule } from './types';

const MIB = 2 ** 20;
const UNIT_MIB: Record<string, number> = { k: 1 / 1024, m: 1, g: 1024, t: 1024 * 1024 };

export const memoryUnit: ResourceRule = {
  id: 'memory-unit',
  severity: 'warning',
  patches: true,
  doc: {
    summary: 'A memory size whose unit is read differently by Flink and Kubernetes, or not at all.',
    why: 'The operator reads spec memory with Flink\'s binary units first: 2G is 2 GiB, 2048m is 2 GiB, 1.5Gi cannot be read, "100" is 100 bytes.',
    before: 'memory: 1.5Gi',
    after: 'memory: 1536Mi',
  },
  check(ctx: ResourceContext): Report[] {
    if (ctx.resource.kind === 'FlinkSessionJob') return [];
    const reports: Report[] = [];
    for (const role of ['jobManager', 'taskManager'] as const) {
      const fields = memoryFields(roleOf(ctx.resource.spec, role));
      for (const f of fields) reports.push(...specValue(ctx, f));
      reports.push(...mixedRequirements(fields));
    }
    return [...reports, ...configValues(ctx)];
  },
};

function specValue(ctx: ResourceContext, { field, path }: MemoryField): Report[] {
  const text = field.text.trim();
  const parsed = parseResourceMemory(text);
  const fix = (to: string, preferred = true) => [{ title: `Change to ${to}`, edits: [replaceScalar(ctx.text, field.span, to)], preferred }];
  // A size that cannot stand: the memory findings that would follow from it are this one mistake.
  const invalidates = { start: field.keySpan?.start ?? field.span.start, end: field.span.end };
  if (!parsed.result.ok) {
    const mib = decimalMiB(text);
    return mib === undefined ? [] : [{ message: `"${text}" has a fraction, which the operator cannot read; write whole units such as ${mib}Mi.`, span: field.span, severity: 'error', invalidates, fixes: fix(`${mib}Mi`) }];
  }
  const bytes = Number(parsed.result.bytes);
  if (bytes < MIB && /^\d+$/.test(text)) {
    // The deprecated resource.memory is a string in the CRD: a bare number is also rejected on apply.
    const rejected = typeof field.value === 'number' && path[0] === 'resource';
    const message = rejected
      ? `${text} is a number, which the API server rejects here, and as text it would mean ${text} bytes. Did you mean ${text}Mi?`
      : `"${text}" is ${text} bytes: a number without a unit counts bytes. Did you mean ${text}Mi?`;
    return [{ message, span: field.span, severity: rejected ? 'error' : undefined, invalidates, fixes: fix(`${text}Mi`) }];
  }
  const m = /^(\d+)\s*([kKmMgGtT])([bB]?)$/.exec(text);
  // Lower-case k and m are the operator's own documented style (`2048m`); the giga and tera
  // forms and upper-case M are the ones people write meaning decimal Kubernetes units.
  if (parsed.path !== 'flink' || !m || (/^[km]$/.test(m[2] ?? '') && m[3] === '')) return [];
  const mib = Number(m[1]) * (UNIT_MIB[(m[2] ?? '').toLowerCase()] ?? 1);
  const exact = Number.isInteger(mib) ? (mib % 1024 === 0 ? `${mib / 1024}Gi` : `${mib}Mi`) : undefined;
  const k8s = kubernetesReading(text);
  return [{
    message: `"${text}" means ${exact ?? text} to the operator (Flink units are binary), but ${k8s} to Kubernetes tools; write ${exact ?? 'a Mi or Gi size'} to mean the same everywhere.`,
    span: field.span,
    severity: 'info',
    fixes: exact ? fix(exact) : [],
  }];
}

function kubernetesReading(text: string): string {
  const q = parseQuantity(text.replace(/\s+/g, ''));
  return q.ok ? `${Number(q.amount.unscaled) / 10 ** q.amount.scale} bytes` : 'something unreadable';
}

/** Request and limit read with different semantics, or one that Kubernetes cannot read. */
function mixedRequirements(fields: MemoryField[]): Report[] {
  const request = fields.find((f) => f.path[1] === 'requests');
  const limit = fields.find((f) => f.path[1] === 'limits');
  if (!request || !limit) return [];
  const flinkOnly = (f: MemoryField) => parseResourceMemory(f.field.text.trim()).path === 'flink' && /[a-zA-Z]/.test(f.field.text);
  const unreadable = [request, limit].find((f) => !parseQuantity(f.field.text.trim()).ok);
  if (unreadable) return [{ message: `"${unreadable.field.text}" is not a Kubernetes quantity, so the operator cannot compute the memory limit factor and the deployment fails; use Mi or Gi.`, span: unreadable.field.span, severity: 'error' }];
  if (flinkOnly(request) === flinkOnly(limit)) return [];
  return [{ message: `The memory request "${request.field.text}" and limit "${limit.field.text}" are read with different units: the limit factor is computed with Kubernetes units and comes out absurd. Use Mi or Gi for both.`, span: limit.field.span }];
}

/** flinkConfiguration memory options written with Kubernetes suffixes or fractions. */
function configValues(ctx: ResourceContext): Report[] {
  const entries = ctx.resource.spec?.flinkConfiguration.entries;
  if (!entries) return [];
  return [...entries.values()].flatMap((e) => {
    if (e.value === undefined || findOption(e.key)?.option.type !== 'MemorySize') return [];
    const m = /^\s*(\d*\.?\d+)\s*([KMGT])i\s*$/.exec(e.value) ?? /^\s*(\d*\.\d+)\s*([kmgtKMGT])[bB]?\s*$/.exec(e.value);
    if (!m) return [];
    const mib = Number(m[1]) * (UNIT_MIB[(m[2] ?? '').toLowerCase()] ?? 1);
    const to = Number.isInteger(mib) ? (mib % 1024 === 0 ? `${mib / 1024}g` : `${mib}m`) : undefined;
    const span: Span = e.valueSpan;
    return [{ message: `${e.key} "${e.value}" is not a Flink size (Flink writes 512m, 2g; no "i" and no fractions); Flink fails to read it.`, span, severity: 'error' as const, fixes: to ? [{ title: `Change to ${to}`, edits: [replaceScalar(ctx.text, span, to)], preferred: true }] : [] }];
  });
}

/** `1.5Gi`, `1.5g`, `0.5G` as whole MiB (binary reading), if the text is such a decimal size. */
function decimalMiB(text: string): number | undefined {
  const m = /^(\d*\.\d+)\s*([kmgtKMGT])(i|b|ib)?$/i.exec(text);
  if (!m) return undefined;
  return Math.floor(Number(m[1]) * (UNIT_MIB[(m[2] ?? '').toLowerCase()] ?? 1));
}
