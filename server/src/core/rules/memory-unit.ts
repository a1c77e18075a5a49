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
import { bareBytes } from './memory-unit-bytes';
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
      // A value the operator cannot use at all gets that error only, not also advice on its unit.
      const mixed = mixedRequirements(ctx, fields);
      const judged = new Set(mixed.filter((r) => r.severity === 'error').map((r) => r.span.start));
      for (const f of fields) reports.push(...specValue(ctx, role, f).filter((r) => !judged.has(r.span.start)));
      reports.push(...mixed);
    }
    return [...reports, ...configValues(ctx)];
  },
};

function specValue(ctx: ResourceContext, role: 'jobManager' | 'taskManager', memory: MemoryField): Report[] {
  const { field } = memory;
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
  if (bytes < MIB && /^\d+$/.test(text)) return [bareBytes(ctx, role, memory, invalidates)];
  const m = /^(\d+)\s*([kKmMgGtT])([bB]?)$/.exec(text);
  // Lower-case k and m are the operator's own documented style (`2048m`); the giga and tera
  // forms and upper-case M are the ones people write meaning decimal Kubernetes units.
  if (parsed.path !== 'flink' || !m || (/^[km]$/.test(m[2] ?? '') && m[3] === '')) return [];
  const mib = Number(m[1]) * (UNIT_MIB[(m[2] ?? '').toLowerCase()] ?? 1);
  const exact = Number.isInteger(mib) ? (mib % 1024 === 0 ? `${mib / 1024}Gi` : `${mib}Mi`) : undefined;
  const k8s = kubernetesReading(text);
  return [{
    message: `"${text}" means ${exact ?? text} to the operator (Flink units are binary), ${k8s}; write ${exact ?? 'a Mi or Gi size'} to mean the same everywhere.`,
    span: field.span,
    severity: 'info',
    fixes: exact ? fix(exact) : [],
  }];
}

function kubernetesReading(text: string): string {
  const q = parseQuantity(text.replace(/\s+/g, ''));
  return q.ok ? `but ${Number(q.amount.unscaled) / 10 ** q.amount.scale} bytes to Kubernetes tools` : `but is not a Kubernetes quantity (${KUBERNETES_SIZES})`;
}

const KUBERNETES_SIZES = 'Kubernetes writes 2Gi, or 2G for 10^9 bytes';

/**
 * Request and limit read with different semantics, or one the operator's Kubernetes client
 * cannot read: with both set, it computes the limit factor from them as quantities and fails on
 * `2g` or `2gb` (flink-semantics.md §5.2). Each unreadable side is its own mistake.
 */
function mixedRequirements(ctx: ResourceContext, fields: MemoryField[]): Report[] {
  const request = fields.find((f) => f.path[1] === 'requests');
  const limit = fields.find((f) => f.path[1] === 'limits');
  if (!request || !limit) return [];
  const flinkOnly = (f: MemoryField) => parseResourceMemory(f.field.text.trim()).path === 'flink' && /[a-zA-Z]/.test(f.field.text);
  const unreadable = [request, limit].filter((f) => !parseQuantity(f.field.text.trim()).ok);
  if (unreadable.length) return unreadable.map((f) => unreadableQuantity(ctx, f));
  if (flinkOnly(request) === flinkOnly(limit)) return [];
  return [{ message: `The memory request "${request.field.text}" and limit "${limit.field.text}" are read with different units: the limit factor is computed with Kubernetes units and comes out absurd. Use Mi or Gi for both.`, span: limit.field.span }];
}

function unreadableQuantity(ctx: ResourceContext, { field }: MemoryField): Report {
  const text = field.text.trim();
  const parsed = parseResourceMemory(text);
  const to = parsed.result.ok ? binarySize(Number(parsed.result.bytes)) : undefined;
  return {
    message: `"${text}" is not a Kubernetes quantity (${KUBERNETES_SIZES}), so with both a memory request and a limit the operator cannot compute the limit factor and the deployment fails; ${to ? `write ${to}` : 'use Mi or Gi'}.`,
    span: field.span,
    severity: 'error',
    invalidates: { start: field.keySpan?.start ?? field.span.start, end: field.span.end },
    fixes: to ? [{ title: `Change to ${to}`, edits: [replaceScalar(ctx.text, field.span, to)], preferred: true }] : [],
  };
}

/** Bytes as whole Gi or Mi, when they are. */
function binarySize(bytes: number): string | undefined {
  if (bytes > 0 && bytes % 2 ** 30 === 0) return `${bytes / 2 ** 30}Gi`;
  return bytes > 0 && bytes % MIB === 0 ? `${bytes / MIB}Mi` : undefined;
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
