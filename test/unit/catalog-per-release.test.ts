/**
 * The catalog's per-release facts have one owner (server/src/core/catalog/per-release), which
 * completion, option hover and the key rules share. Where the three copies that came before
 * disagreed, the catalog README's "Versions" section decides; each decision has a test here.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allOptions, coveringOptions } from '../../server/src/core/catalog/catalog';
import {
  compareReleases, coveredReleases, FLINK_RELEASES, flinkRelease, isDeprecatedIn, isFlink, keyStatus, OPERATOR_RELEASES, operatorRelease, rangesOf, readsKey, releaseLabel, releasesFor,
} from '../../server/src/core/catalog/per-release';
import { optionDocumentation } from '../../server/src/core/ide/option-docs';
import { analyze } from '../../server/src/core/analysis';
import { completion } from '../../server/src/core/ide/completion';
import { hoverAt } from '../../server/src/core/ide/hover';
import { checkRule } from '../support/rules';
import { valid } from '../support/heads';

/** A valid deployment on `flinkVersion` with `lines` in its flinkConfiguration. */
function on(flinkVersion: string, ...lines: string[]): string {
  return valid()
    .replace('flinkVersion: v1_20', `flinkVersion: ${flinkVersion}`)
    .replace('image: flink:1.20', `image: flink:${flinkVersion.slice(1).replace('_', '.')}`)
    .replace('  flinkConfiguration:\n', `  flinkConfiguration:\n${lines.map((l) => `    ${l}\n`).join('')}`);
}

/** The completion item for `key`, typed in full on a fresh line of the resource's flinkConfiguration. */
function completed(flinkVersion: string, key: string) {
  const text = on(flinkVersion, key);
  const offset = text.indexOf(key) + key.length;
  return completion(text, analyze(text), offset).items.find((i) => i.label === key);
}

test('the covered releases are exactly those the catalog names', () => {
  const flink = new Set(allOptions().flatMap((o) => o.flinkVersions ?? []).filter((v) => v !== 'newer-than-2.1'));
  const operator = new Set(allOptions().flatMap((o) => o.operatorVersions ?? []));
  assert.deepEqual([...flink].sort(compareReleases), [...FLINK_RELEASES]);
  assert.deepEqual([...operator].sort(compareReleases), [...OPERATOR_RELEASES]);
});

test('versions map onto covered releases, and read as people write them', () => {
  assert.deepEqual([flinkRelease('v1_20'), flinkRelease(120), flinkRelease('1.20.1'), flinkRelease('v2_3'), flinkRelease('v1_16'), flinkRelease('v2_4'), flinkRelease(null)], ['1.20', '1.20', '1.20', '2.3', undefined, undefined, undefined]);
  assert.deepEqual([operatorRelease('1.13.1'), operatorRelease('1.15'), operatorRelease('1.16'), operatorRelease('1.16.1'), operatorRelease('1.12')], ['1.13', '1.15', 'main', 'main', undefined]);
  assert.deepEqual([releaseLabel('main'), releaseLabel('<=1.17'), releaseLabel('2.0')], ['1.16', '1.17 or earlier', '2.0']);
  assert.ok(compareReleases('1.9', '1.10') < 0 && compareReleases('main', '1.15') > 0 && compareReleases('<=1.13', '1.13') === 0);
  assert.equal(rangesOf(['1.17', '1.18', '2.2'], FLINK_RELEASES), '1.17–1.18, 2.2');
  assert.equal(rangesOf(['1.15', 'main'], OPERATOR_RELEASES), '1.15–1.16');
});

test('completion, hover and the key rules agree on what every covered release reads and deprecates', () => {
  for (const o of allOptions()) {
    const passedThrough = coveringOptions(o.key).some((c) => c !== o);
    for (const release of coveredReleases(o)) {
      const r = isFlink(o) ? { flink: release } : { operator: release };
      const reads = readsKey(o, r);
      const status = keyStatus(o.key, r);
      const where = `${o.key} in ${release}`;
      // A pass-through prefix (s3.*) carries a key for the rules even where the exact option is new.
      if (!passedThrough) assert.equal(status.kind === 'current' || status.kind === 'old-key', reads, `${where}: ${status.kind}`);
      if (status.kind === 'current' && status.option === o && !passedThrough) assert.equal(status.deprecatedSince !== undefined, isDeprecatedIn(o, r), where);
      if (isFlink(o)) assert.equal(/does not read this key/.test(optionDocumentation(o.key, `v${release.replace('.', '_')}`) ?? ''), !reads, where);
    }
  }
});

test('a release the catalog does not cover is never judged (README: Flink 1.17 to 2.3)', () => {
  // Before: hover told a Flink 1.15 resource that 1.15 reads no key at all, and the rule said
  // Flink 2.4 had removed every old name 2.3 still read.
  assert.doesNotMatch(optionDocumentation('taskmanager.numberOfTaskSlots', 'v1_15') ?? '', /does not read/);
  assert.doesNotMatch(optionDocumentation('state.checkpoints.dir', 'v2_4') ?? '', /does not read/);
  assert.deepEqual(keyStatus('state.backend', releasesFor('v2_4', '1.16')), { kind: 'unknown' });
  checkRule('deprecated-config-key', on('v2_4', 'state.backend: rocksdb'));
  checkRule('unknown-config-key', on('v2_4', 'kubernetes.persistent-volume-claims: data:/data'));
  assert.doesNotMatch(completed('v2_4', 'taskmanager.numberOfTaskSlots')?.detail ?? '?', /not in/);
});

test('keys found only on Flink\'s development branch are in no covered release (README: "newer-than-2.1")', () => {
  // Before: completion ranked them as present everywhere; the rule said "it comes with Flink
  // newer-than-2.1" on 1.20 and nothing at all on 2.1 to 2.3.
  const key = 'cluster.management.node-quarantine.enabled';
  for (const version of ['v1_20', 'v2_3']) {
    const release = version === 'v1_20' ? '1.20' : '2.3';
    checkRule('unknown-config-key', on(version, `${key}: "true"`).replace(`${key}: "true"\n`, `${key}: "true"\n#   ${'^'.repeat(key.length)} warning unknown-config-key: "${key}" has no effect on Flink ${release}: no Flink release has it yet, only Flink's development branch.\n`));
    assert.match(completed(version, key)?.detail ?? '', new RegExp(`not in Flink ${release.replace('.', '\\.')}`));
  }
  assert.match(optionDocumentation(key, 'v2_3') ?? '', /In no Flink release yet: only on its development branch\.[\s\S]*\*\*Flink 2\.3 does not read this key\.\*\*/);
});

test('execution.submit-failed-job-on-application-error: every surface says Flink 2.3 no longer reads it (semantics §0.1)', () => {
  const key = 'execution.submit-failed-job-on-application-error';
  checkRule('deprecated-config-key', on('v2_3', `${key}: "true"`).replace(`${key}: "true"\n`, `${key}: "true"\n#   ${'^'.repeat(key.length)} warning deprecated-config-key: "${key}" has no effect on Flink 2.3: Flink 2.3 removed it.\n`));
  assert.match(completed('v2_3', key)?.detail ?? '', /not in Flink 2\.3/);
  assert.doesNotMatch(completed('v2_2', key)?.detail ?? '?', /not in/);
  const hover = optionDocumentation(key, 'v2_3') ?? '';
  assert.match(hover, /In Flink 1\.17–2\.2\./);
  assert.match(hover, /\*\*Flink 2\.3 does not read this key\.\*\*/);
  assert.match(hover, /\*\*Removed\*\* in Flink 2\.3/);
});

test('the completion item\'s default is the one of the resource\'s release, as in hover and value completion', () => {
  // Before: the item said the catalog's default (with the docs' quotes) whatever the release.
  assert.match(completed('v2_3', 'security.ssl.algorithms')?.detail ?? '', /^String · default TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384$/);
  assert.match(completed('v1_20', 'security.ssl.algorithms')?.detail ?? '', /^String · default TLS_RSA_WITH_AES_128_CBC_SHA$/);
  assert.match(completed('v1_20', 'state.backend.type')?.detail ?? '', /^String · default hashmap$/);
});

test('a session job\'s keys are judged by its cluster\'s Flink release in hover and completion, as the rules judge them', () => {
  // Before: hover read only the session job's own spec, which has no flinkVersion.
  const cluster = valid('', '').replace('name: demo', 'name: sessions').replace('flinkVersion: v1_20', 'flinkVersion: v1_17').replace('image: flink:1.20', 'image: flink:1.17');
  const text = `${cluster}---\napiVersion: flink.apache.org/v1beta1\nkind: FlinkSessionJob\nmetadata:\n  name: job\nspec:\n  deploymentName: sessions\n  flinkConfiguration:\n    akka.ask.timeout: 30 s\n  job:\n    jarURI: https://repo.example.com/a.jar\n    parallelism: 2\n`;
  const analysis = analyze(text);
  const offset = text.lastIndexOf('akka.ask.timeout') + 2;
  assert.match(hoverAt(analysis, offset)?.markdown ?? '', /\*\*Deprecated\*\* since Flink 1\.18 \(not yet in Flink 1\.17\)/);
  const typed = text.replace('    akka.ask.timeout: 30 s\n', '    akka.ask.t\n');
  const item = completion(typed, analyze(typed), typed.indexOf('akka.ask.t') + 'akka.ask.t'.length).items.find((i) => i.label === 'akka.ask.timeout');
  assert.deepEqual([item?.deprecated, item?.option?.flinkVersion], [undefined, 'v1_17']);
  checkRule('deprecated-config-key', text);
});
