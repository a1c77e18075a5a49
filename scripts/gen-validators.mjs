// Precompiles the JSON Schema validators (Ajv standalone code) into server/out/validators.js, so
// the language server does not spend ~250 ms compiling the FlinkDeployment schema when the first
// file opens. The server falls back to compiling at run time if the file is missing.
// It also leaves the unbundled standalone code beside it (validators.standalone.js), which the
// web worker build bundles in (a worker cannot load a file next to itself).
// Usage: node scripts/gen-validators.mjs [outFile]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const standaloneCode = require('ajv/dist/standalone').default;
const root = new URL('..', import.meta.url).pathname;
const outFile = process.argv[2] ?? join(root, 'server/out/validators.js');
const kinds = { FlinkDeployment: 'flinkdeployment', FlinkSessionJob: 'flinksessionjob', FlinkStateSnapshot: 'flinkstatesnapshot', FlinkBlueGreenDeployment: 'flinkbluegreendeployment' };

// The same options as the run-time compiler in server/src/core/schema/schemas.ts.
const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, code: { source: true } });
const refs = {};
for (const [kind, file] of Object.entries(kinds)) {
  const schema = JSON.parse(readFileSync(join(root, 'schemas', `${file}.schema.json`), 'utf8'));
  ajv.addSchema(schema);
  refs[kind] = schema.$id;
}
const tmp = mkdtempSync(join(tmpdir(), 'flink-validators-'));
try {
  const entry = join(tmp, 'validators.js');
  const code = standaloneCode(ajv, refs);
  writeFileSync(entry, code);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile.replace(/\.js$/, '.standalone.js'), code);
  await esbuild.build({ entryPoints: [entry], outfile: outFile, bundle: true, platform: 'node', format: 'cjs', minify: true, nodePaths: [join(root, 'node_modules')], logLevel: 'warning' });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
