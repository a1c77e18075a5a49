/** '/'-separated path arithmetic for SourceTree paths (no Node `path`: the core runs in browsers too). */

export function joinPath(base: string, rel: string): string {
  if (rel.startsWith('/')) return normalizePath(rel);
  return normalizePath(base === '' ? rel : `${base}/${rel}`);
}

/** Resolves `.` and `..` segments and repeated slashes; keeps a leading slash. */
export function normalizePath(p: string): string {
  const absolute = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else if (seg !== '..' || !absolute) out.push(seg);
  }
  return (absolute ? '/' : '') + out.join('/');
}

export function dirName(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : i === 0 ? '/' : p.slice(0, i);
}

export function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** `file` relative to `dir` when it lies below it, else `file` unchanged. */
export function relativePath(dir: string, file: string): string {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}
