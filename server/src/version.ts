/** The release, from package.json (esbuild keeps only this field of it in the bundles). */

import { version } from '../../package.json';

export const VERSION: string = version;
