/** The generated validators module the browser build bundles (see precompiled.browser.ts). */
declare module 'flink-k8s-precompiled-validators' {
  import type { ValidateFunction } from 'ajv';
  const validators: Readonly<Record<string, ValidateFunction | undefined>>;
  export = validators;
}
