/** optionDocumentation: the catalog facts of a key, judged for the resource's Flink release. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { optionDocumentation } from '../../../server/src/core/ide/option-docs';
import { deprecatedIn, existsIn, flinkRelease, operatorRelease, releaseRange, CatalogEntry } from '../../../server/src/core/catalog/option-release';
import { findOption } from '../../../server/src/core/catalog/catalog';

const entry = (key: string) => findOption(key)?.option as CatalogEntry;

test('a plain option shows who reads it, its type, default and values', () => {
  const doc = optionDocumentation('state.backend.type') ?? '';
  assert.match(doc, /^Flink option · String · default `"hashmap"`/);
  assert.match(doc, /Common values: `hashmap`, `rocksdb`, `forst`/);
  assert.match(doc, /Old names: `state.backend`/);
  assert.match(optionDocumentation('job.autoscaler.enabled') ?? '', /^Autoscaler option · Boolean · default `false`/);
});

test('deprecation follows the release: akka.ask.timeout is deprecated from 1.18, then read as an old name of pekko.ask.timeout', () => {
  assert.doesNotMatch(optionDocumentation('akka.ask.timeout', 'v1_17') ?? '', /Deprecated/);
  const in120 = optionDocumentation('akka.ask.timeout', '1.20') ?? '';
  assert.doesNotMatch(in120, /Not in Flink/);
  assert.match(in120, /\*\*Deprecated\*\* since Flink 1.18: use `pekko.ask.timeout`/);
});

test('an option a release does not read at all says so, with the releases that have it', () => {
  assert.match(optionDocumentation('cluster.evenly-spread-out-slots', 'v2_0') ?? '', /Not in Flink 2.0: Flink 1.17–1.20 only \(removed in 2.0\)/);
  assert.match(optionDocumentation('env.java.home', 'v1_20') ?? '', /Not in Flink 1.20: Flink 2.0\+ only/);
  assert.match(optionDocumentation('env.java.home', 'v2_1') ?? '', /Flink 2.0\+\./);
});

test('an old key that is no option of its own points at its successor', () => {
  assert.match(optionDocumentation('state.backend') ?? '', /^Old name of `state.backend.type`/);
  assert.equal(optionDocumentation('my.own.job.setting'), undefined);
});

test('the default of the release: security.ssl.algorithms changed in 2.3', () => {
  assert.match(optionDocumentation('security.ssl.algorithms', 'v2_2') ?? '', /default `"TLS_RSA_WITH_AES_128_CBC_SHA"`/);
  assert.match(optionDocumentation('security.ssl.algorithms', 'v2_3') ?? '', /default `"TLS_ECDHE_RSA/);
});

test('releases: covered Flink versions and operator 1.16 as the catalog\'s main', () => {
  assert.equal(flinkRelease('v1_20'), '1.20');
  assert.equal(flinkRelease(200), '2.0');
  assert.equal(flinkRelease('v1_16'), undefined);
  assert.equal(operatorRelease('1.16'), 'main');
  assert.equal(operatorRelease('1.14.2'), '1.14');
  assert.equal(operatorRelease('1.12'), undefined);
  assert.equal(existsIn(entry('akka.watch.threshold'), { flink: '2.0' }), false);
  assert.equal(existsIn(entry('akka.watch.threshold'), {}), true);
  assert.equal(existsIn(entry('state.checkpoints.dir'), { flink: '2.0' }), true, 'read as an old name of execution.checkpointing.dir');
  assert.equal(deprecatedIn(entry('akka.ask.timeout'), { flink: '1.17' }), false);
  assert.equal(deprecatedIn(entry('akka.ask.timeout'), {}), true);
  assert.equal(releaseRange(entry('akka.ask.timeout')), '1.17');
  assert.equal(releaseRange(entry('state.backend.type')), 'all covered releases');
});
