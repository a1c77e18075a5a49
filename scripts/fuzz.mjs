// The long fuzzing run: the property tests of test/unit/properties with a budget FUZZ_RUNS times
// the one `npm test` uses, and a fresh seed each run (printed, so a failure can be replayed with
// FUZZ_SEED=<seed> FUZZ_RUNS=<n> npm run fuzz). Prints what ran and how long it took.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const runs = process.env.FUZZ_RUNS ?? '100';
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const dir = join(root, 'out/test/unit/properties');
const files = readdirSync(dir).filter((f) => f.endsWith('.test.js')).map((f) => join(dir, f));
console.log(`fuzzing with seed ${seed}, ${runs}x the npm test budget, ${files.length} property files`);
const started = Date.now();
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed }, stdio: 'inherit' });
console.log(`\n${result.status === 0 ? 'no failure' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s (seed ${seed}, FUZZ_RUNS ${runs})`);
process.exit(result.status ?? 1);
