// Loads a bundle from server/out, with a clear message when the project was not built yet.
const fs = require('fs');
const path = require('path');

module.exports = function requireBundle(name) {
  const file = path.join(__dirname, '..', 'server', 'out', name);
  if (!fs.existsSync(file)) {
    process.stderr.write(`flink-k8s: ${file} is missing; run "npm run build" first.\n`);
    process.exit(2);
  }
  require(file);
};
