/** Builders for hostile texts, shared by the core, CLI and protocol tests. */

export const HEAD = 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: hostile\nspec:\n';

export const VALID = `${HEAD}  image: flink:1.20\n  flinkVersion: v1_20\n  serviceAccount: flink\n  flinkConfiguration:\n    taskmanager.numberOfTaskSlots: "2"\n  jobManager:\n    resource: { memory: 2048m, cpu: 1 } # keep\n  taskManager:\n    replicas: 2\n    resource: { memory: 2048m, cpu: 1 }\n  job:\n    jarURI: local:///opt/app.jar\n    parallelism: 8 # wanted\n`;

/** "Billion laughs": each level repeats the previous one nine times (9^levels strings). */
export function aliasBomb(levels: number): string {
  const lines = ['    l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < levels; i++) lines.push(`    l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
  return `${VALID}  podTemplate:\n${lines.join('\n')}\n`;
}

/** A FlinkDeployment of `mib` MiB (to the character), most of it annotations. */
export function hugeResource(mib: number): string {
  const head = `${VALID}  podTemplate:\n    metadata:\n      annotations:\n`;
  const lines: string[] = [];
  let length = head.length;
  for (let i = 0; length < mib * 2 ** 20; i++) {
    const line = `        note-${i}: "${'x'.repeat(48)}"\n`;
    lines.push(line);
    length += line.length;
  }
  return (head + lines.join('')).slice(0, Math.round(mib * 2 ** 20));
}

export function deepFlow(depth: number): string {
  return `${VALID.replace('  job:\n', `  extra: ${'['.repeat(depth)}${']'.repeat(depth)}\n  job:\n`)}`;
}

export function deepBlock(depth: number): string {
  const lines = Array.from({ length: depth }, (_, i) => `${' '.repeat(4 + i)}k${i}:`);
  return `${VALID}  podTemplate:\n${lines.join('\n')} leaf\n`;
}
