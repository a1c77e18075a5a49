/**
 * Escaping for text from the user's YAML (names, namespaces, messages quoting values) in the
 * reports. Markdown: the text must stay one table cell or list item of plain text, whatever the
 * renderer (VS Code's preview runs markdown-it with HTML and linkify on). CSV: a cell must not
 * become a spreadsheet formula.
 */

/** Line breaks and other whitespace would end a table row or start a block; one space keeps the words apart. */
const WHITESPACE = /[\s\u0085]+/g;

/** Invisible controls, among them bidi overrides that make text read differently from what it is. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * CommonMark lets any ASCII punctuation be backslash-escaped, and an escaped character is only
 * ever literal text. Escaping all of it leaves nothing to start markup, HTML, entities, a table
 * cell border or a link: autolinks need an unbroken `://`, `www.` or `a.b`.
 */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

export function markdownText(text: string): string {
  return text
    .replace(WHITESPACE, ' ')
    .trim()
    .replace(CONTROLS, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`)
    .replace(PUNCTUATION, (c) => `\\${c}`);
}

/**
 * What spreadsheets take as the start of a formula (OWASP's list, plus the full-width forms some
 * of them accept too). Such a cell gets a leading apostrophe, which shows it as text.
 */
const FORMULA = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** One CSV field (RFC 4180): numbers as they are, text always quoted, formulas defused. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const text = String(v);
  const safe = FORMULA.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}
