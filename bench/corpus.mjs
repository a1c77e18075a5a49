// Builds a large multi-document file from the realistic examples: N resources, each a copy of an
// example with its own name, separated by `---`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

export function corpus(count) {
  // 00-start-here.yaml is the demo's file, with a mistake on purpose; the corpus stays as measured before it.
  const sources = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml') && f !== '00-start-here.yaml').sort()
    .flatMap((f) => readFileSync(join(root, 'examples', f), 'utf8').split(/^---\s*$/m))
    .filter((d) => /kind: Flink(Deployment|SessionJob)/.test(d));
  const docs = [];
  for (let i = 0; i < count; i++) {
    const doc = sources[i % sources.length].trim().replace(/^(  name: )([\w-]+)/m, `$1$2-${i}`);
    docs.push(doc);
  }
  return `${docs.join('\n---\n')}\n`;
}
