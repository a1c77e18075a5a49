/**
 * The JSON Schemas generated from the operator CRDs (schemas/, by scripts/gen-schemas.mjs), with
 * a lazily compiled validator per kind and plain lookups by path for unknown-field checks,
 * hover and completion.
 */

import Ajv, { ValidateFunction } from 'ajv';

export interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
  readonly additionalProperties?: boolean | SchemaNode;
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly SchemaNode[];
  readonly description?: string;
  readonly $ref?: string;
  readonly definitions?: Readonly<Record<string, SchemaNode>>;
}

const SCHEMAS: Record<string, SchemaNode> = {};

/** The schemas are loaded when the first Flink resource needs one. */
function data(): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./schema-data') as { SCHEMA_DATA: Record<string, unknown> }).SCHEMA_DATA;
}

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();
let precompiled: ((kind: string) => ValidateFunction | undefined) | undefined;

/** The server installs precompiled validators here (see server/src/precompiled.ts); tests compile. */
export function usePrecompiledValidators(provider: (kind: string) => ValidateFunction | undefined): void {
  precompiled = provider;
}

export function schemaFor(kind: string): SchemaNode | undefined {
  const schema = SCHEMAS[kind] ?? (data()[kind] as SchemaNode | undefined);
  if (schema) SCHEMAS[kind] = schema;
  return schema;
}

/** Compiled on first use: the FlinkDeployment schema takes a moment to compile. */
export function validatorFor(kind: string): ValidateFunction | undefined {
  const schema = schemaFor(kind);
  if (!schema) return undefined;
  let validate = validators.get(kind);
  if (!validate) {
    validate = precompiled?.(kind);
    if (!validate) {
      ajv ??= new Ajv({ allErrors: true, strict: false, validateSchema: false });
      validate = ajv.compile(schema);
    }
    validators.set(kind, validate);
  }
  return validate;
}

/** The schema of the value at a path of keys (array indexes step into `items`), `$ref`s followed. */
export function schemaAt(root: SchemaNode, path: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const step of path) {
    node = deref(root, node);
    if (!node) return undefined;
    node = typeof step === 'number' ? node.items : node.properties?.[step] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
  }
  return deref(root, node);
}

/** Follows a `#/definitions/Name` reference (the generator shares repeated subtrees that way). */
export function deref(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  const ref = node?.$ref;
  if (!ref) return node;
  return root.definitions?.[ref.replace('#/definitions/', '')];
}
