/** Tiny DOM builder: every string goes in as text, never as HTML. */

type Child = Node | string | null | undefined | false;

export function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

export function q(v: number | null | undefined): string {
  return v === null || v === undefined ? '?' : String(v);
}

const MIB = 2 ** 20;

export function size(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '?';
  if (bytes >= 1024 * MIB) return `${Math.round((bytes / 1024 / MIB) * 100) / 100} GiB`;
  return `${Math.round((bytes / MIB) * 10) / 10} MiB`;
}
