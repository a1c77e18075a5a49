/** Words for where a value came from, in related locations. */

import { baseName } from '../sources/paths';
import { SourceTree } from '../sources/tree';
import { ValueOrigin } from '../sourcemap/types';

export function originLabel(o: ValueOrigin, tree: SourceTree): string {
  const text = tree.read(o.file);
  const key = o.keySpan && text ? text.slice(o.keySpan.start, o.keySpan.end) : undefined;
  const where = baseName(o.file);
  switch (o.role) {
    case 'values':
    case 'user-values':
      return key ? `value of "${key}" in ${where}` : `value from ${where}`;
    case 'base':
      return `set in the base (${where})`;
    case 'patch':
      return `set by the patch ${where}`;
    case 'overlay':
      return `set by ${where}`;
    default:
      return `from ${where}`;
  }
}
