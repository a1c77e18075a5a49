// Regenerates the generated sections of README.md from the code (run after `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { withRuleTable } = require('../out/server/src/docs/rule-table.js');
const readme = readFileSync('README.md', 'utf8');
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync('README.md', withRuleTable(readme, manifest));
console.log('README.md rule and settings references updated');
