/**
 * The one owner of the catalog's per-release facts: which releases it covers, what a release
 * reads, since when an option is deprecated, its default in a release, and release ranges for
 * display. Completion, hover and the key rules all ask here.
 */

export * from './covered';
export * from './option';
export * from './key-status';
