/**
 * A validator for SARIF 2.1.0 logs: the vendored schema (test/fixtures/sarif) compiled with Ajv,
 * with strict checks for its URI formats, which are what code scanning needs to map results.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';

const root = path.join(__dirname, '..', '..', '..');

const CHAR = "[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2}";
/** RFC 3986 URI-reference: only allowed characters, every % followed by two hex digits. */
export const URI_REFERENCE = new RegExp(`^(?:[A-Za-z][A-Za-z0-9+.-]*:)?(?://(?:${CHAR})*)?(?:${CHAR}|/)*(?:\\?(?:${CHAR}|[/?])*)?(?:#(?:${CHAR}|[/?])*)?$`);

export function sarifValidator(): (log: unknown) => string[] {
  const { id, $schema: _draft, ...schema } = JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  // The schema is draft-04 with a few regular expressions that are not valid in Unicode mode.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri-reference', URI_REFERENCE);
  ajv.addFormat('uri', (s: string) => URI_REFERENCE.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const validate = ajv.compile({ $id: String(id), ...schema });
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}
