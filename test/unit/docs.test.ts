/** The README's generated sections match the code (run `npm run docs` after changing rules), and the settings' defaults the code's. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { withRuleTable } from '../../server/src/docs/rule-table';
import { DEFAULT_OPERATOR_VERSION } from '../../server/src/core/versions/operator-support';
import { DEFAULT_SETTINGS } from '../../server/src/protocol/settings';
import { parseArgs } from '../../server/src/cli/args';
import { parseChangesArgs } from '../../server/src/cli/changes-args';

test('README rule and settings references are up to date', () => {
  const root = path.join(__dirname, '..', '..', '..');
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  assert.equal(readme, withRuleTable(readme, manifest), 'run `npm run build && npm run docs`');
});

test('the operatorVersion setting defaults to the release the CLI, the server and the analysis target', () => {
  const root = path.join(__dirname, '..', '..', '..');
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const setting = manifest.contributes.configuration.properties['flinkK8s.operatorVersion'];
  assert.equal(setting.default, DEFAULT_OPERATOR_VERSION);
  assert.equal(DEFAULT_SETTINGS.operatorVersion, DEFAULT_OPERATOR_VERSION);
  assert.equal(parseArgs(['check', 'x.yaml']).operatorVersion, DEFAULT_OPERATOR_VERSION);
  assert.equal(parseChangesArgs(['a.yaml', 'b.yaml']).operatorVersion, DEFAULT_OPERATOR_VERSION);
  assert.throws(() => parseChangesArgs(['--operator-version', 'v1.16', 'a', 'b']), /--operator-version must look like 1\.15, not "v1\.16"/);
});
