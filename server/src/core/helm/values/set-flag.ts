/**
 * `--set a.b=c,d[0]=e,f={x,y}` as Helm's strvals parser reads it: dots nest maps, `[i]` indexes
 * lists, `{...}` is a list, a backslash escapes `,` `.` `=`; values are typed (true/false, null,
 * integers without a leading zero as int64, everything else a string).
 */

import { GoMap, setOrigin } from '../eval/values';

export class SetFlagError extends Error {}

export function typedValue(raw: string): unknown {
  if (raw.toLowerCase() === 'true') return true;
  if (raw.toLowerCase() === 'false') return false;
  if (raw.toLowerCase() === 'null') return null;
  if (raw === '0') return 0n;
  if (/^-?[1-9][0-9]*$/.test(raw)) {
    const n = BigInt(raw);
    if (n <= 9223372036854775807n && n >= -9223372036854775808n) return n;
  }
  return raw;
}

/** Splits on an unescaped separator, removing the escapes of the separators. */
function splitEscaped(s: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '\\' && i + 1 < s.length) {
      cur += c + (s[i + 1] as string);
      i++;
    } else if (c === '{') {
      depth++;
      cur += c;
    } else if (c === '}') {
      depth--;
      cur += c;
    } else if (c === sep && depth <= 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

/** Applies one `--set` argument to `into`. `label` names it in related locations. */
export function applySet(into: GoMap, arg: string, file: string): void {
  for (const assignment of splitEscaped(arg, ',')) {
    if (!assignment) continue;
    const eq = splitEscaped(assignment, '=');
    if (eq.length < 2) throw new SetFlagError(`key "${unescape(assignment)}" has no value`);
    const path = eq[0] as string;
    const raw = eq.slice(1).join('=');
    const value = /^\{.*\}$/s.test(raw) ? splitEscaped(raw.slice(1, -1), ',').map((x) => typedValue(unescape(x))) : typedValue(unescape(raw));
    setPath(into, splitEscaped(path, '.'), value, { file, span: { start: 0, end: 0 }, role: 'set' as const });
  }
}

function setPath(root: GoMap, parts: readonly string[], value: unknown, origin: Parameters<typeof setOrigin>[2]): void {
  let container: GoMap = root;
  parts.forEach((part, i) => {
    const m = /^(.*?)((?:\[\d+\])+)$/.exec(part);
    const key = unescape(m ? (m[1] as string) : part);
    const last = i === parts.length - 1;
    if (!m) {
      if (last) {
        container.set(key, value);
        setOrigin(container, key, origin);
      } else {
        const next = container.get(key);
        const child: GoMap = next instanceof Map ? next : new Map();
        container.set(key, child);
        container = child;
      }
      return;
    }
    const indexes = [...(m[2] as string).matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    let list = Array.isArray(container.get(key)) ? (container.get(key) as unknown[]) : [];
    container.set(key, list);
    indexes.forEach((idx, j) => {
      if (idx > 65536) throw new SetFlagError(`index of ${idx} is greater than maximum supported index of 65536`);
      while (list.length <= idx) list.push(null);
      if (j === indexes.length - 1) {
        if (last) {
          list[idx] = value;
          setOrigin(list, idx, origin);
        } else {
          const next = list[idx];
          const child: GoMap = next instanceof Map ? next : new Map();
          list[idx] = child;
          container = child;
        }
      } else {
        const next = Array.isArray(list[idx]) ? (list[idx] as unknown[]) : [];
        list[idx] = next;
        list = next;
      }
    });
  });
}
