/** Process entry of the `flink-k8s` bundle (bin/flink-k8s.js loads it). */

import { run } from './main';
import { installPrecompiledValidators } from '../precompiled';

installPrecompiledValidators();

async function stdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

run(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), stdin, cwd: process.cwd() }).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`flink-k8s: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
