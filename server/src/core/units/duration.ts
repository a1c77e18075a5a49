/** Flink duration syntax (TimeUtils): a number and a unit such as `30 s`, `5 min`, `1 d`; no unit = ms. */

const UNITS: ReadonlyArray<[readonly string[], number]> = [
  [['d', 'day', 'days'], 86400000],
  [['h', 'hour', 'hours'], 3600000],
  [['min', 'm', 'minute', 'minutes'], 60000],
  [['s', 'sec', 'secs', 'second', 'seconds'], 1000],
  [['ms', 'milli', 'millis', 'millisecond', 'milliseconds'], 1],
  [['µs', 'us', 'micro', 'micros', 'microsecond', 'microseconds'], 0.001],
  [['ns', 'nano', 'nanos', 'nanosecond', 'nanoseconds'], 0.000001],
];

/** Milliseconds, or an error message. */
export function parseDuration(text: string): number | string {
  const m = /^\s*(\d+)\s*([a-zµ]*)\s*$/i.exec(text);
  if (!m) return `"${text}" is not a duration such as "30 s" or "5 min"`;
  const unit = (m[2] ?? '').toLowerCase();
  const factor = unit === '' ? 1 : UNITS.find(([names]) => names.includes(unit))?.[1];
  if (factor === undefined) return `"${unit}" is not a duration unit (ms, s, min, h, d)`;
  return Number(m[1]) * factor;
}

export function formatDuration(ms: number): string {
  for (const [names, factor] of UNITS) if (ms >= factor && ms % factor === 0) return `${ms / factor} ${names[0]}`;
  return `${ms} ms`;
}
