/** Process entry of the `flink-k8s` bundle (bin/flink-k8s.js loads it). */

import { run } from './main';
import { installPrecompiledValidators } from '../precompiled';

installPrecompiledValidators();
process.exitCode = run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
