// Generates JSON Schema (draft-07) files for the Flink Kubernetes Operator resources
// from the operator's CustomResourceDefinitions.
//
//   node scripts/gen-schemas.mjs [crdsDir] [outDir]
//
// crdsDir defaults to <repo>/../shared/reference/crds, outDir to <repo>/schemas.
// Relative arguments are resolved against the current working directory.
//
// For every CRD the served version's openAPIV3Schema is converted:
//   - nullable: true                     -> "null" added to type (and to enum / anyOf)
//   - x-kubernetes-int-or-string: true   -> anyOf [{type: integer}, {type: string}]
//   - x-kubernetes-preserve-unknown-fields on a schema without properties stays open
//     (no constraint); on a schema with properties it becomes additionalProperties: true
//   - other x-kubernetes-* keys are dropped
//   - OpenAPI 3.0 boolean exclusiveMinimum/Maximum -> draft-07 numeric form
//   - example -> examples: [example]
// additionalProperties: false is never added: Kubernetes prunes unknown fields instead of
// rejecting them. Unknown OpenAPI keywords make the script fail so CRD changes get noticed.
// Output is deterministic: fixed keyword order, property names sorted, 2-space indent,
// trailing newline.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const crdsDir = path.resolve(process.argv[2] ?? path.join(repoRoot, '..', 'shared', 'reference', 'crds'));
const outDir = path.resolve(process.argv[3] ?? path.join(repoRoot, 'schemas'));

const ID_BASE = 'https://flink-k8s.local/schemas/';

/** Keyword order in the output; anything not listed follows in sorted order. */
const KEY_ORDER = [
  '$schema', '$id', '$comment', 'title', 'description',
  'type', 'const', 'enum', 'format', 'pattern',
  'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'multipleOf',
  'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
  'default', 'examples',
  'anyOf', 'oneOf', 'allOf', 'not',
  'required', 'properties', 'additionalProperties', 'items',
];

/** OpenAPI keywords copied unchanged (values are data, not schemas). */
const COPY = new Set([
  'description', 'title', 'format', 'pattern', 'enum', 'default', 'required',
  'minimum', 'maximum', 'multipleOf', 'minLength', 'maxLength', 'minItems', 'maxItems',
  'uniqueItems', 'minProperties', 'maxProperties',
]);

/** Keywords handled explicitly in convert(). */
const HANDLED = new Set([
  'type', 'nullable', 'properties', 'items', 'additionalProperties', 'anyOf', 'oneOf', 'allOf', 'not',
  'exclusiveMinimum', 'exclusiveMaximum', 'example',
]);

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function fail(where, msg) {
  throw new Error(`${where}: ${msg}`);
}

/** Returns a copy of a schema object with keys in KEY_ORDER order. */
function ordered(schema) {
  const rank = (k) => {
    const i = KEY_ORDER.indexOf(k);
    return i === -1 ? KEY_ORDER.length : i;
  };
  const keys = Object.keys(schema).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, schema[k]]));
}

/** Converts one OpenAPI v3 (Kubernetes structural) schema node to JSON Schema draft-07. */
function convert(node, where) {
  if (!isObject(node)) fail(where, 'schema node is not an object');
  const out = {};

  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-kubernetes-')) continue; // handled below or dropped
    if (COPY.has(key)) {
      out[key] = structuredClone(value);
    } else if (!HANDLED.has(key)) {
      fail(where, `unsupported schema keyword "${key}"`);
    }
  }

  if (node.type !== undefined) {
    if (typeof node.type !== 'string') fail(where, 'type is not a string');
    out.type = node.type;
  }

  if (node.properties !== undefined) {
    if (!isObject(node.properties)) fail(where, 'properties is not an object');
    const names = Object.keys(node.properties).sort();
    out.properties = Object.fromEntries(names.map((n) => [n, convert(node.properties[n], `${where}.${n}`)]));
  }
  if (node.items !== undefined) {
    if (Array.isArray(node.items)) fail(where, 'tuple items are not supported');
    out.items = convert(node.items, `${where}[]`);
  }
  if (node.additionalProperties !== undefined) {
    out.additionalProperties = typeof node.additionalProperties === 'boolean'
      ? node.additionalProperties
      : convert(node.additionalProperties, `${where}.*`);
  }
  for (const comb of ['anyOf', 'oneOf', 'allOf']) {
    if (node[comb] === undefined) continue;
    if (!Array.isArray(node[comb])) fail(where, `${comb} is not an array`);
    out[comb] = node[comb].map((s, i) => convert(s, `${where}(${comb}[${i}])`));
  }
  if (node.not !== undefined) out.not = convert(node.not, `${where}(not)`);

  // OpenAPI 3.0 boolean exclusive bounds -> draft-07 numbers.
  for (const [ex, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']]) {
    if (node[ex] === undefined) continue;
    if (typeof node[ex] === 'number') {
      out[ex] = node[ex];
    } else if (node[ex] === true && typeof node[bound] === 'number') {
      out[ex] = node[bound];
      delete out[bound];
    }
  }
  if (node.example !== undefined) out.examples = [structuredClone(node.example)];

  if (node['x-kubernetes-int-or-string'] === true && out.anyOf === undefined) {
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (node['x-kubernetes-preserve-unknown-fields'] === true && out.properties !== undefined
      && out.additionalProperties === undefined) {
    out.additionalProperties = true;
  }

  if (node.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum.push(null);
    if (out.type === undefined && Array.isArray(out.anyOf)) out.anyOf.push({ type: 'null' });
  }

  return ordered(out);
}

function servedVersion(crd, file) {
  const versions = crd.spec?.versions;
  if (!Array.isArray(versions)) fail(file, 'spec.versions missing');
  const served = versions.filter((v) => v.served === true);
  if (served.length === 0) fail(file, 'no served version');
  const version = served.find((v) => v.storage === true) ?? served[0];
  if (served.length > 1) {
    console.warn(`${file}: several served versions, using ${version.name}`);
  }
  if (!isObject(version.schema?.openAPIV3Schema)) fail(file, `version ${version.name} has no openAPIV3Schema`);
  return version;
}

function buildSchema(crd, file) {
  const { group, names } = crd.spec;
  const kind = names.kind;
  const version = servedVersion(crd, file);
  const apiVersion = `${group}/${version.name}`;
  const fileName = `${names.singular ?? kind.toLowerCase()}.schema.json`;

  const body = convert(version.schema.openAPIV3Schema, kind);
  if (body.type !== 'object' || !isObject(body.properties)) fail(file, 'root schema is not an object with properties');
  for (const reserved of ['apiVersion', 'kind', 'metadata']) {
    if (reserved in body.properties) fail(file, `root schema already defines ${reserved}`);
  }

  const schema = ordered({
    ...body,
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: ID_BASE + fileName,
    $comment: `Generated by scripts/gen-schemas.mjs from ${file} (version ${version.name}). Do not edit by hand.`,
    title: kind,
    description: `${kind} (${apiVersion}), a custom resource of the Apache Flink Kubernetes Operator.`,
    required: ['apiVersion', 'kind'],
    properties: {
      apiVersion: { type: 'string', enum: [apiVersion], description: `Must be ${apiVersion}.` },
      kind: { type: 'string', const: kind, description: `Must be ${kind}.` },
      metadata: { type: 'object', description: 'Standard Kubernetes object metadata (name, namespace, labels, annotations, ...).' },
      ...body.properties,
    },
  });
  return { fileName, kind, text: JSON.stringify(shareRepeats(schema), null, 2) + '\n' };
}

// The pod template schema appears several times in a CRD (spec, jobManager, taskManager, and again
// in a BlueGreen template). Large subtrees that repeat are written once under `definitions` and
// referenced with `$ref`: the files shrink and validators compile several times faster.
const SHARE_MIN_CHARS = 1500;

function shareRepeats(schema) {
  const counts = new Map();
  const count = (node) => {
    if (!isObject(node) && !Array.isArray(node)) return;
    const json = JSON.stringify(node);
    if (isObject(node) && json.length >= SHARE_MIN_CHARS) counts.set(json, (counts.get(json) ?? 0) + 1);
    for (const child of Object.values(node)) count(child);
  };
  count(schema.properties);
  const definitions = {};
  const names = new Map();
  // `schema` is a schema position (a property's value, items, ...); `name` names its definition.
  const share = (node, name) => {
    if (!isObject(node)) return node;
    const json = JSON.stringify(node);
    if ((counts.get(json) ?? 0) > 1 && name) {
      let def = names.get(json);
      if (!def) {
        const base = name.charAt(0).toUpperCase() + name.slice(1);
        def = base;
        for (let i = 2; def in definitions; i++) def = `${base}${i}`;
        names.set(json, def);
        definitions[def] = null;
        definitions[def] = inside(node, name);
      }
      return { $ref: `#/definitions/${def}` };
    }
    return inside(node, name);
  };
  // The keywords of one schema: property maps and nested schemas are shared, the rest kept.
  const inside = (node, name) => Object.fromEntries(Object.entries(node).map(([k, v]) => {
    if (k === 'properties' && isObject(v)) return [k, Object.fromEntries(Object.entries(v).map(([p, sub]) => [p, share(sub, p)]))];
    if ((k === 'items' || k === 'additionalProperties') && isObject(v)) return [k, share(v, `${name}Item`)];
    if (k === 'anyOf' && Array.isArray(v)) return [k, v.map((sub) => share(sub, name))];
    return [k, v];
  }));
  const properties = Object.fromEntries(Object.entries(schema.properties).map(([p, sub]) => [p, share(sub, p)]));
  if (Object.keys(definitions).length === 0) return schema;
  const sorted = Object.fromEntries(Object.keys(definitions).sort().map((k) => [k, definitions[k]]));
  return { ...schema, properties, definitions: sorted };
}

function main() {
  if (!fs.existsSync(crdsDir)) fail(crdsDir, 'CRD folder not found');
  const files = fs.readdirSync(crdsDir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const outputs = new Map();
  for (const file of files) {
    const docs = YAML.parseAllDocuments(fs.readFileSync(path.join(crdsDir, file), 'utf8'));
    for (const doc of docs) {
      if (doc.errors.length > 0) fail(file, doc.errors[0].message);
      const crd = doc.toJS();
      if (!isObject(crd) || crd.kind !== 'CustomResourceDefinition') continue;
      const result = buildSchema(crd, file);
      if (outputs.has(result.fileName)) fail(file, `${result.kind} defined twice`);
      outputs.set(result.fileName, result);
    }
  }
  if (outputs.size === 0) fail(crdsDir, 'no CustomResourceDefinition found');

  fs.mkdirSync(outDir, { recursive: true });
  for (const { fileName, text } of [...outputs.values()].sort((a, b) => (a.fileName < b.fileName ? -1 : 1))) {
    fs.writeFileSync(path.join(outDir, fileName), text);
    console.log(`${path.relative(process.cwd(), path.join(outDir, fileName)) || fileName} (${Buffer.byteLength(text)} bytes)`);
  }
}

try {
  main();
} catch (err) {
  console.error(`gen-schemas: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
