/** The generated option list, in its own module so catalog.ts can load it on first use. */

import options from './options.json';

export default options;
