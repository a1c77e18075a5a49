/**
 * One mistake, one finding: realistic one-line mistakes in a resource that is otherwise clean
 * each give exactly one finding, on the line the user must change. Follow-on findings (a field
 * "not set" because its line is mis-indented or misspelt, a size or count judged after the value
 * was already called invalid) are left out.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../support/rules';

const CLEAN = `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: orders
  namespace: streaming
spec:
  image: flink:1.20
  flinkVersion: v1_20
  serviceAccount: flink
  flinkConfiguration:
    taskmanager.numberOfTaskSlots: "2"
    state.backend.type: rocksdb
    execution.checkpointing.interval: 60 s
    execution.checkpointing.dir: s3://bucket/checkpoints
    execution.checkpointing.savepoint-dir: s3://bucket/savepoints
    high-availability.type: kubernetes
    high-availability.storageDir: s3://bucket/ha
    restart-strategy.type: exponential-delay
  jobManager:
    resource:
      memory: 2048m
      cpu: 1
  taskManager:
    resource:
      memory: 4096m
      cpu: 2
  job:
    jarURI: local:///opt/flink/usrlib/orders.jar
    entryClass: com.example.Orders
    args: ["--topic", "orders"]
    parallelism: 4
    upgradeMode: savepoint
    state: running
`;

interface Mistake {
  readonly name: string;
  /** The line as it was, and what the user wrote instead (possibly with a line added). */
  readonly was: string;
  readonly now: string;
  /** A second replacement of the same mistake (a line moved elsewhere). */
  readonly also?: readonly [string, string];
  /** The line (its exact text) the finding must be on. */
  readonly at: string;
  readonly rule: string;
  readonly says: RegExp;
  /** Title of the preferred fix, when one is expected. */
  readonly fix?: string;
}

const MISTAKES: Mistake[] = [
  { name: 'a quoted parallelism', was: '    parallelism: 4', now: '    parallelism: "8"', at: '    parallelism: "8"', rule: 'schema', says: /the API server rejects the string "8" where an integer is expected/, fix: 'Write 8 as a number' },
  { name: 'an upgradeMode typo', was: '    upgradeMode: savepoint', now: '    upgradeMode: savepoin', at: '    upgradeMode: savepoin', rule: 'schema', says: /did you mean savepoint\?/, fix: 'Change to savepoint' },
  { name: 'an upgradeMode without its dash', was: '    upgradeMode: savepoint', now: '    upgradeMode: laststate', at: '    upgradeMode: laststate', rule: 'schema', says: /did you mean last-state\?/, fix: 'Change to last-state' },
  { name: 'a job state typo', was: '    state: running', now: '    state: runing', at: '    state: runing', rule: 'schema', says: /did you mean running\?/, fix: 'Change to running' },
  { name: 'a dotted flinkVersion', was: '  flinkVersion: v1_20', now: '  flinkVersion: v1.20', at: '  flinkVersion: v1.20', rule: 'schema', says: /did you mean v1_20\?/, fix: 'Change to v1_20' },
  { name: 'a mode typo', was: '  serviceAccount: flink', now: '  serviceAccount: flink\n  mode: standalon', at: '  mode: standalon', rule: 'schema', says: /did you mean standalone\?/, fix: 'Change to standalone' },
  { name: 'a pull policy typo', was: '  serviceAccount: flink', now: '  serviceAccount: flink\n  imagePullPolicy: IfNotPresnt', at: '  imagePullPolicy: IfNotPresnt', rule: 'image-pull-policy', says: /did you mean IfNotPresent\?/, fix: 'Change to IfNotPresent' },
  { name: 'a job field indented one space short', was: '    parallelism: 4', now: '   parallelism: 4', at: '   parallelism: 4', rule: 'yaml-syntax', says: /not indented like the keys around it/ },
  { name: 'a whole block indented one space short', was: '  taskManager:', now: ' taskManager:', at: ' taskManager:', rule: 'yaml-syntax', says: /not indented like the keys around it/ },
  { name: 'a tab for indentation', was: '      cpu: 2', now: '\tcpu: 2', at: '\tcpu: 2', rule: 'yaml-syntax', says: /tab/ },
  { name: 'a key without its colon', was: '    entryClass: com.example.Orders', now: '    entryClass com.example.Orders', at: '    entryClass com.example.Orders', rule: 'yaml-syntax', says: /no colon after its key/ },
  { name: 'an unclosed quote', was: '    taskmanager.numberOfTaskSlots: "2"', now: '    taskmanager.numberOfTaskSlots: "2', at: '    taskmanager.numberOfTaskSlots: "2', rule: 'yaml-syntax', says: /no closing quote/ },
  { name: 'an unclosed bracket', was: '    args: ["--topic", "orders"]', now: '    args: ["--topic", "orders"', at: '    args: ["--topic", "orders"', rule: 'yaml-syntax', says: /this \[ is never closed/ },
  { name: 'a misspelt field whose absence would be reported too', was: '    parallelism: 4', now: '    paralelism: 4', at: '    paralelism: 4', rule: 'schema', says: /Did you mean "parallelism"\?/, fix: 'Rename to parallelism' },
  { name: 'a field moved one level too deep, whose absence would be reported too', was: '  serviceAccount: flink\n  flinkConfiguration:', now: '  flinkConfiguration:', also: ['  jobManager:\n', '  jobManager:\n    serviceAccount: flink\n'], at: '    serviceAccount: flink', rule: 'schema', says: /does not belong under spec\.jobManager; it is a field of spec/ },
  { name: 'a misspelt slot key, whose default would skew the CPU ratio', was: '    taskmanager.numberOfTaskSlots: "2"', now: '    taskmanager.numberOfTaskSlot: "2"', at: '    taskmanager.numberOfTaskSlot: "2"', rule: 'unknown-config-key', says: /Did you mean "taskmanager\.numberOfTaskSlots"\?/, fix: 'Rename to taskmanager.numberOfTaskSlots' },
  { name: 'a misspelt checkpoint directory key', was: '    execution.checkpointing.dir:', now: '    execution.checkpoint.dir:', at: '    execution.checkpoint.dir: s3://bucket/checkpoints', rule: 'unknown-config-key', says: /Did you mean "execution\.checkpointing\.dir"\?/, fix: 'Rename to execution.checkpointing.dir' },
  { name: 'slots written as a word', was: '    taskmanager.numberOfTaskSlots: "2"', now: '    taskmanager.numberOfTaskSlots: "two"', at: '    taskmanager.numberOfTaskSlots: "two"', rule: 'task-slots', says: /is not a whole number Flink can read/ },
  { name: 'an ISO-8601 duration', was: '    execution.checkpointing.interval: 60 s', now: '    execution.checkpointing.interval: PT60S', at: '    execution.checkpointing.interval: PT60S', rule: 'config-value-type', says: /is not a duration/ },
  { name: 'yes for a boolean option', was: '    restart-strategy.type: exponential-delay', now: '    restart-strategy.type: exponential-delay\n    execution.checkpointing.incremental: yes', at: '    execution.checkpointing.incremental: yes', rule: 'config-value-type', says: /is not true or false/, fix: 'Change to true' },
  { name: 'a CPU count as a word', was: '      cpu: 2', now: '      cpu: two', at: '      cpu: two', rule: 'schema', says: /rejects the string "two" where a number is expected/ },
  { name: 'quoted replicas', was: '  taskManager:', now: '  taskManager:\n    replicas: "2"', at: '    replicas: "2"', rule: 'schema', says: /where an integer is expected/, fix: 'Write 2 as a number' },
  { name: 'an HA type typo', was: '    high-availability.type: kubernetes', now: '    high-availability.type: kubernets', at: '    high-availability.type: kubernets', rule: 'ha-config', says: /did you mean kubernetes\?/, fix: 'Change to kubernetes' },
  { name: 'a negative parallelism', was: '    parallelism: 4', now: '    parallelism: -4', at: '    parallelism: -4', rule: 'parallelism-required', says: /job\.parallelism is -4/, fix: 'Set job.parallelism to 1' },
  { name: 'a field written twice', was: '  serviceAccount: flink', now: '  serviceAccount: flink\n  image: flink:1.19', at: '  image: flink:1.19', rule: 'schema', says: /appears twice/ },
  { name: 'a memory size with a fraction', was: '      memory: 4096m', now: '      memory: 1.5g', at: '      memory: 1.5g', rule: 'memory-unit', says: /has a fraction/, fix: 'Change to 1536Mi' },
  { name: 'a memory size without a unit, which Flink could not fit', was: '      memory: 4096m', now: '      memory: 4096', at: '      memory: 4096', rule: 'memory-unit', says: /as text it would mean 4096 bytes/, fix: 'Change to 4096Mi' },
  { name: 'an empty service account', was: '  serviceAccount: flink', now: '  serviceAccount:', at: '  serviceAccount:', rule: 'service-account', says: /spec\.serviceAccount is missing/, fix: 'Set serviceAccount to "flink"' },
  { name: 'no JobManager', was: '  jobManager:', now: '  jobManager:\n    replicas: 0', at: '    replicas: 0', rule: 'parallelism-required', says: /jobManager\.replicas is 0/ },
];

test('the clean resource has no finding at all', () => {
  assert.deepEqual(findingsOf(CLEAN).map((f) => `${f.rule}: ${f.message}`), []);
});

test(`${MISTAKES.length} realistic mistakes (at least 20)`, () => assert.ok(MISTAKES.length >= 20));

for (const m of MISTAKES) {
  test(`one finding: ${m.name}`, () => {
    assert.ok(CLEAN.includes(m.was), m.was);
    const text = m.also ? CLEAN.replace(m.was, m.now).replace(m.also[0], m.also[1]) : CLEAN.replace(m.was, m.now);
    const findings = findingsOf(text);
    assert.deepEqual(findings.map((f) => f.rule), [m.rule], findings.map((f) => `${f.rule}: ${f.message}`).join('\n'));
    const [finding] = findings;
    const line = text.slice(0, finding?.span.start).split('\n').length;
    assert.equal(text.split('\n')[line - 1], m.at, 'on the line the user must change');
    assert.match(finding?.message ?? '', m.says);
    if (m.fix) assert.equal(finding?.fixes?.find((f) => f.preferred)?.title, m.fix);
  });
}
