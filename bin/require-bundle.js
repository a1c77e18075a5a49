// Loads a bundle from server/out, with a clear message when the project was not built yet, and
// with a V8 code cache for the bundles (compile-cache.js) so that a start does not compile them again.
const fs = require('fs');
const path = require('path');
const { installCompileCache } = require('./compile-cache');

module.exports = function requireBundle(name) {
  const dir = path.join(__dirname, '..', 'server', 'out');
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) {
    process.stderr.write(`flink-k8s: ${file} is missing; run "npm run build" first.\n`);
    process.exit(2);
  }
  installCompileCache([file, path.join(dir, 'validators.js')]);
  require(file);
};
