/** Tiny DOM builder: every string goes in as text, never as HTML. */

type Child = Node | string | null | undefined | false;

export function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(typeof c === 'string' ? document.createTextNode(visible(c)) : c);
  return node;
}

/**
 * Bidi controls from the YAML would reorder what is shown (a name reading as another, or the
 * page's own words around it); they are named instead, like the Markdown report does.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function visible(text: string): string {
  return text.replace(BIDI, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

export { cpu, num as q, plural, size } from '../../../server/src/core/format/numbers';
