/**
 * The CSV and JSON reports with hostile names: a CSV cell never starts a spreadsheet formula
 * (a leading apostrophe, as OWASP recommends), quotes, commas and line breaks stay inside their
 * field, and the JSON gives back exactly the rows it was made from.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { analyze } from '../../server/src/core/analysis';
import { resourceRow } from '../../server/src/core/report/row';
import { reportCsv, reportJson, reportMarkdown, ReportRow } from '../../server/src/core/report/markdown';
import { csvField } from '../../server/src/core/report/escape';

const FORMULAS = ["=cmd|' /C calc'!A0", '+1+cmd|x', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1', '\uff1d1+1', '=HYPERLINK("http://evil","x")'];
const OTHERS = ['a,b', 'say "hi"', 'two\nlines', "'quoted", 'plain-name', ' =spaced'];

function rows(names: readonly string[]): ReportRow[] {
  const docs = names.map((name) => stringify({ apiVersion: 'flink.apache.org/v1beta1', kind: 'FlinkDeployment', metadata: { name, namespace: name }, spec: { flinkVersion: 'v1_20', job: { jarURI: 'local:///x.jar', parallelism: 2 } } }));
  const a = analyze(docs.join('---\n'));
  return a.resources.flatMap(({ resource, projection }) => (projection ? [{ ...resourceRow(`${names[0]}.yaml`, a.lines, resource, projection), findings: [{ severity: 'error' }] }] : []));
}

/** RFC 4180: fields split on commas outside quotes, "" inside quotes is one quote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [[]];
  const re = /("(?:[^"]|"")*"|[^,\n]*)(,|\n|$)/g;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    const field = m[1] ?? '';
    records.at(-1)?.push(field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field);
    if (m[2] === '\n') records.push([]);
  }
  return records.filter((r) => r.length > 0);
}

test('CSV: formulas are defused, every record has every column, text comes back as written', () => {
  const names = [...FORMULAS, ...OTHERS];
  const input = rows(names);
  assert.equal(input.length, names.length);
  const [header, ...records] = parseCsv(reportCsv(input));
  assert.equal(records.length, input.length);
  for (const [i, record] of records.entries()) {
    assert.equal(record.length, header?.length, `record ${i} has every column`);
    const expected = FORMULAS.includes(names[i] ?? '') ? `'${names[i]}` : names[i];
    assert.equal(record[header?.indexOf('name') ?? -1], expected);
    assert.equal(record[header?.indexOf('namespace') ?? -1], expected);
    assert.equal(record[header?.indexOf('file') ?? -1], `'${FORMULAS[0]}.yaml`, 'the file name too');
    assert.equal(record[header?.indexOf('errors') ?? -1], '1');
  }
});

test('csvField: numbers bare, text quoted, every formula start prefixed', () => {
  assert.equal(csvField(-3), '-3', 'a number is never a formula');
  assert.equal(csvField(null), '');
  assert.equal(csvField('x'), '"x"');
  for (const f of FORMULAS) assert.ok(csvField(f).startsWith(`"'`), JSON.stringify(f));
  for (const t of OTHERS) assert.ok(!csvField(t).startsWith(`"''`) && csvField(t) !== `"'${t}"`, JSON.stringify(t));
});

test('JSON: the hostile rows round-trip unchanged', () => {
  const input = rows([...FORMULAS, ...OTHERS, '<script>alert(1)</script>', '\u202Eevil', '{"injected": true}']);
  assert.deepEqual(JSON.parse(reportJson(input)), { resources: input });
});

test('the saved reports count every finding by severity, infos included, as the view does', () => {
  const [row] = rows(['counted']);
  assert.ok(row);
  const counted = { ...row, findings: [{ severity: 'error' }, { severity: 'info' }, { severity: 'info' }] };
  const [header, record] = parseCsv(reportCsv([counted]));
  assert.deepEqual(['errors', 'warnings', 'infos'].map((c) => record?.[header?.indexOf(c) ?? -1]), ['1', '0', '2']);
  assert.match(reportMarkdown([counted], 'x'), /\| 1 error, 0 warnings, 2 infos \|/);
});
