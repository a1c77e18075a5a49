/** JSON patch (RFC 6902) operations on a resource: add, remove, replace, move, copy, test. */

import { clone, KMap, KNode, KScalar, KSeq } from './knode';

export class PatchError extends Error {}

export interface PatchOp {
  readonly op: string;
  readonly path: string;
  readonly from?: string;
  readonly value?: KNode;
}

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new PatchError(`path "${path}" must start with /`);
  return path.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function child(n: KNode | undefined, token: string): KNode | undefined {
  if (n?.kind === 'map') return n.entries.find((e) => e.key === token)?.value;
  if (n?.kind === 'seq' && /^\d+$/.test(token)) return n.items[Number(token)];
  return undefined;
}

function parentOf(root: KMap, tokens: readonly string[], op: PatchOp): { parent: KMap | KSeq; last: string } {
  let current: KNode | undefined = root;
  for (const t of tokens.slice(0, -1)) current = child(current, t);
  if (!current || current.kind === 'scalar') throw new PatchError(`${op.op} operation does not apply: doc is missing path: "${op.path}"`);
  return { parent: current, last: tokens[tokens.length - 1] ?? '' };
}

function read(root: KMap, path: string, op: PatchOp): KNode {
  let current: KNode | undefined = root;
  for (const t of pointer(path)) current = child(current, t);
  if (!current) throw new PatchError(`${op.op} operation does not apply: doc is missing path: "${path}"`);
  return current;
}

function shadowed(value: KNode, old: KNode | undefined): KNode {
  if (value.kind !== 'scalar' || old?.kind !== 'scalar' || !old.at) return value;
  return { ...(value as KScalar), shadowed: { ...old.at, role: old.role === 'patch' ? 'patch' : 'base' } };
}

function put(root: KMap, path: string, value: KNode, op: PatchOp, mustExist: boolean): void {
  const tokens = pointer(path);
  if (!tokens.length) throw new PatchError(`${op.op} of the whole document is not supported`);
  const { parent, last } = parentOf(root, tokens, op);
  if (parent.kind === 'map') {
    const i = parent.entries.findIndex((e) => e.key === last);
    if (mustExist && i < 0) throw new PatchError(`replace operation does not apply: doc is missing key: ${path}`);
    if (i >= 0) parent.entries[i] = { ...(parent.entries[i] as KMap['entries'][number]), value: shadowed(value, parent.entries[i]?.value) };
    else parent.entries.push({ key: last, value });
    return;
  }
  const index = last === '-' ? parent.items.length : Number(last);
  if (!/^\d+$|^-$/.test(last) || index > parent.items.length || (mustExist && index >= parent.items.length)) throw new PatchError(`${op.op} operation does not apply: index out of bounds: ${path}`);
  if (mustExist) parent.items[index] = shadowed(value, parent.items[index]);
  else parent.items.splice(index, 0, value);
}

function remove(root: KMap, path: string, op: PatchOp): KNode {
  const tokens = pointer(path);
  const { parent, last } = parentOf(root, tokens, op);
  if (parent.kind === 'map') {
    const i = parent.entries.findIndex((e) => e.key === last);
    if (i < 0) throw new PatchError(`${op.op} operation does not apply: doc is missing path: "${path}"`);
    return (parent.entries.splice(i, 1)[0] as KMap['entries'][number]).value;
  }
  const index = Number(last);
  if (!/^\d+$/.test(last) || index >= parent.items.length) throw new PatchError(`${op.op} operation does not apply: doc is missing path: "${path}"`);
  return parent.items.splice(index, 1)[0] as KNode;
}

export function applyJsonPatch(root: KMap, ops: readonly PatchOp[]): void {
  for (const op of ops) {
    switch (op.op) {
      case 'add':
        put(root, op.path, op.value ?? { kind: 'scalar', value: null, text: 'null' }, op, false);
        break;
      case 'replace':
        put(root, op.path, op.value ?? { kind: 'scalar', value: null, text: 'null' }, op, true);
        break;
      case 'remove':
        remove(root, op.path, op);
        break;
      case 'move':
        put(root, op.path, remove(root, op.from ?? '', op), op, false);
        break;
      case 'copy':
        put(root, op.path, clone(read(root, op.from ?? '', op)), op, false);
        break;
      case 'test': {
        const actual = read(root, op.path, op);
        if (JSON.stringify(plain(actual)) !== JSON.stringify(op.value ? plain(op.value) : null)) throw new PatchError(`testing value ${op.path} failed`);
        break;
      }
      default:
        throw new PatchError(`unexpected kind of operation "${op.op}"`);
    }
  }
}

function plain(n: KNode): unknown {
  if (n.kind === 'scalar') return n.value;
  if (n.kind === 'seq') return n.items.map(plain);
  return Object.fromEntries(n.entries.map((e) => [e.key, plain(e.value)]));
}
