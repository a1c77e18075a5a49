// Generates server/src/core/ide/completion/option-popularity.json: how often each option of the
// catalog is written in real resources and documentation, which ranks flinkConfiguration key
// completion. The data: the operator's example resources and its documentation pages (the team
// reference, ../shared/reference/operator-examples and operator-docs), our realistic corpus
// (test/fixtures/flink-real) and our examples (examples/).
//
// A file counts once per key it mentions: a key set in a flinkConfiguration (flat or nested YAML)
// or written anywhere as a whole token (comments, prose, patches, templates that do not parse).
// A mention of an option's old name counts for the option too (people who wrote state.backend want
// state.backend.type now). `keys` holds, per option with a mention, the number of files;
// `prefixes` the number of files that mention any option below each dotted prefix, so options
// nobody mentions still rank by their family (kubernetes.*, state.backend.rocksdb.*).
//
// Usage: node scripts/gen-option-popularity.mjs [--reference DIR] [--stdout]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const reference = arg('--reference') ?? join(root, '..', 'shared', 'reference');
const output = join(root, 'server', 'src', 'core', 'ide', 'completion', 'option-popularity.json');

const SOURCES = [
  { name: 'operator examples', dir: join(reference, 'operator-examples'), ext: /\.ya?ml$/ },
  { name: 'operator docs', dir: join(reference, 'operator-docs'), ext: /\.md$/ },
  { name: 'team reference', dir: reference, ext: /^flink-semantics\.md$/, flat: true },
  { name: 'realistic corpus', dir: join(root, 'test', 'fixtures', 'flink-real'), ext: /\.ya?ml$/ },
  { name: 'project examples', dir: join(root, 'examples'), ext: /\.ya?ml$/ },
];

const catalog = JSON.parse(readFileSync(join(root, 'server', 'src', 'core', 'catalog', 'options.json'), 'utf8'));

function filesUnder(dir, ext, flat) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return flat ? [] : filesUnder(path, ext);
    return ext.test(name) && name !== 'README.md' ? [path] : [];
  });
}

/**
 * Every dotted token of the text: `state.backend.type`, `kubernetes.operator.x`. Single words
 * (`port`, `scheduler-mode`) are ordinary prose too; they count only as flinkConfiguration keys.
 */
function tokens(text) {
  return new Set((text.match(/[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]/g) ?? []).filter((t) => t.includes('.')));
}

/** The keys of every flinkConfiguration in a YAML text, nested maps flattened to dotted keys. */
function configKeys(text) {
  const keys = new Set();
  const flatten = (value, prefix) => {
    if (!(value instanceof Map)) return prefix && keys.add(prefix);
    for (const [k, v] of value) flatten(v, prefix ? `${prefix}.${String(k)}` : String(k));
  };
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node instanceof Map) for (const [k, v] of node) (k === 'flinkConfiguration' ? flatten(v, '') : visit(v));
  };
  for (const doc of parseAllDocuments(text)) {
    try {
      visit(doc.toJS({ maxAliasCount: 1000, mapAsMap: true }));
    } catch {
      // A document that cannot be built still has its tokens counted.
    }
  }
  return keys;
}

/** Option keys a file mentions: exact keys, templated keys by their pattern, old names by their option. */
function mentions(words) {
  const found = new Set();
  for (const o of catalog) {
    const names = [o.key, ...(o.deprecatedKeys ?? [])];
    if (o.keyPattern) {
      const re = new RegExp(o.keyPattern);
      if ([...words].some((w) => re.test(w) && !catalog.some((x) => x.key === w))) found.add(o.key);
    } else if (names.some((n) => words.has(n))) found.add(o.key);
  }
  return found;
}

export function popularity() {
  const files = SOURCES.flatMap((s) => filesUnder(s.dir, s.ext, s.flat).map((path) => ({ source: s.name, path })));
  const keys = {};
  const prefixes = {};
  const perSource = {};
  for (const f of files) {
    const text = readFileSync(f.path, 'utf8');
    const words = tokens(text);
    if (/\.ya?ml$/.test(f.path)) for (const k of configKeys(text)) words.add(k);
    const found = mentions(words);
    perSource[f.source] = (perSource[f.source] ?? 0) + 1;
    const seen = new Set();
    for (const key of found) {
      keys[key] = (keys[key] ?? 0) + 1;
      const parts = key.split('.');
      for (let i = 1; i < parts.length; i++) seen.add(parts.slice(0, i).join('.'));
    }
    for (const p of seen) prefixes[p] = (prefixes[p] ?? 0) + 1;
  }
  const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)));
  return {
    comment: 'Generated by scripts/gen-option-popularity.mjs; do not edit. keys: files that mention the option (or an old name of it); prefixes: files that mention any option below the prefix.',
    files: perSource,
    keys: sorted(keys),
    prefixes: sorted(prefixes),
  };
}

const text = `${JSON.stringify(popularity(), null, 1)}\n`;
if (process.argv.includes('--stdout')) process.stdout.write(text);
else {
  writeFileSync(output, text);
  console.log(`option popularity -> ${relative(root, output)}`);
}
