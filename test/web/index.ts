/**
 * Test entry for VS Code for the web: loaded by the browser extension host (a web worker), where
 * mocha runs from its browser build and every suite is bundled into one script
 * (test/web/build.mjs). The suites are the desktop ones (test/e2e), minus the crash recovery
 * suite: a web worker has no process to kill.
 */

/* eslint-disable @typescript-eslint/no-require-imports */
export function run(): Promise<void> {
  require('mocha/mocha'); // defines globalThis.mocha
  mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 60000 });
  // Required after setup, which defines suite() and test(); in the desktop suite's order (by file name).
  require('../e2e/charts.e2e');
  require('../e2e/cross-file.e2e');
  require('../e2e/editor.e2e');
  require('../e2e/keystroke.e2e');
  require('../e2e/preview.e2e');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed`)) : resolve()));
  });
}
