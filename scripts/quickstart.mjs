// `npm start`: the product on the bundled examples, from a fresh clone.
// Installs the dependencies if they are missing, builds the bundles, then runs the report.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const step = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync('node_modules/yaml')) step(npm, ['ci', '--no-audit', '--no-fund']);
step(process.execPath, ['scripts/esbuild.mjs']);
step(process.execPath, ['bin/flink-k8s.js', 'report', 'examples/']);
