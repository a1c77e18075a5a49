// A V8 code cache for the bundles (main.js, cli.js, validators.js). Compiling main.js (2.8 MB)
// costs about 60 ms at every start of the server or the CLI; with the cache V8 reads the code
// back in a few ms. Node 22.1+ has this built in (module.enableCompileCache), which is used when
// present; Node 20 gets the same through vm.Script's cachedData. The cache lives in a directory
// of the user's own, one file per bundle version and Node version; V8 rejects data that does not
// fit the source, and anything unexpected falls back to a plain require.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const Module = require('module');
const os = require('os');
const path = require('path');
const vm = require('vm');

function defaultDir() {
  const user = typeof process.getuid === 'function' ? process.getuid() : 'user';
  return process.env.FLINK_K8S_COMPILE_CACHE || path.join(os.tmpdir(), `flink-k8s-compile-cache-${user}`);
}

/** The directory, when it is ours alone (someone else's cached code would run in this process). */
function privateDir(dir) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = fs.statSync(dir);
  const mine = typeof process.getuid !== 'function' || stat.uid === process.getuid();
  return mine && (stat.mode & 0o022) === 0 ? dir : undefined;
}

/** Compiles a file with the cached code for this exact file and Node; the cache is written at exit when missing or rejected. */
function compile(filename, dir) {
  const stat = fs.statSync(filename);
  const key = crypto.createHash('sha256').update(`${filename}\0${stat.size}\0${stat.mtimeMs}\0${process.version}\0${process.arch}`).digest('hex').slice(0, 32);
  const file = path.join(dir, `${path.basename(filename)}-${key}.bin`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(file);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(filename, 'utf8')), { filename, cachedData });
  // Written at exit, so that it holds the functions this run compiled too, not only the top level.
  if (!cachedData || script.cachedDataRejected) process.once('exit', () => save(file, script));
  return script;
}

/** Writes the cache, and drops the ones of the bundle's earlier builds (a rebuild changes the key). */
function save(file, script) {
  try {
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(temporary, file);
    const name = path.basename(file);
    const bundle = name.slice(0, name.lastIndexOf('-') + 1);
    for (const other of fs.readdirSync(path.dirname(file))) if (other.startsWith(bundle) && other.endsWith('.bin') && other !== name) fs.rmSync(path.join(path.dirname(file), other), { force: true });
  } catch {
    // A cache that cannot be written only costs the next start its compile time.
  }
}

/** Routes require() of the given absolute paths through the cache; false when no cache is used. */
function installCompileCache(files, dir = defaultDir()) {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return false;
  let root;
  try {
    root = privateDir(dir);
  } catch {
    root = undefined;
  }
  // Checked before either cache: code others could write would run in this process.
  if (!root) return false;
  if (typeof Module.enableCompileCache === 'function') return Module.enableCompileCache(root)?.status !== Module.constants?.compileCacheStatus?.FAILED;
  const plain = Module._extensions['.js'];
  Module._extensions['.js'] = function (module, filename) {
    if (!files.includes(filename)) return plain(module, filename);
    let script;
    try {
      script = compile(filename, root);
    } catch {
      return plain(module, filename);
    }
    script.runInThisContext().call(module.exports, module.exports, Module.createRequire(filename), module, filename, path.dirname(filename));
  };
  return true;
}

module.exports = { installCompileCache };
