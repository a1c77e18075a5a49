/** How every surface names a resource: `namespace/name`, the name alone, "(no name)" while it has none. */

export function qualifiedName(r: { readonly namespace?: string | null; readonly name?: string | null }): string {
  return `${r.namespace ? `${r.namespace}/` : ''}${r.name || '(no name)'}`;
}
