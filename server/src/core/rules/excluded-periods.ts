/**
 * `job.autoscaler.excluded.periods`: `;`-separated entries, each a daily range `HH:mm[:ss]-HH:mm[:ss]`
 * (start before end), a Quartz cron expression, or one of each joined by `&&` (§4.3).
 */

const DAILY = /^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?-([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

export function checkExcludedPeriods(value: string): string[] {
  const problems: string[] = [];
  for (const entry of value.split(';').map((e) => e.trim()).filter((e) => e !== '')) {
    const parts = entry.split('&&').map((p) => p.trim());
    const kinds = parts.map(kindOf);
    if (parts.length > 2) problems.push(`"${entry}" has more than two expressions joined by &&.`);
    else if (kinds.includes('invalid')) problems.push(`"${entry}" is neither a daily range such as 09:00-17:00 nor a cron expression.`);
    else if (parts.length === 2 && kinds[0] === kinds[1]) problems.push(`"${entry}" joins two ${kinds[0]} expressions; && must join one daily range and one cron expression.`);
  }
  return problems;
}

function kindOf(expression: string): 'daily' | 'cron' | 'invalid' {
  const daily = DAILY.exec(expression);
  if (daily) return seconds(daily, 1) < seconds(daily, 4) ? 'daily' : 'invalid';
  const fields = expression.split(/\s+/);
  return fields.length >= 6 && fields.length <= 7 && fields.every((f) => /^[0-9A-Z*?/,#LW-]+$/i.test(f)) ? 'cron' : 'invalid';
}

function seconds(m: RegExpExecArray, at: number): number {
  return Number(m[at]) * 3600 + Number(m[at + 1]) * 60 + Number(m[at + 2] ?? 0);
}
