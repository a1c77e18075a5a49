// The same integration suite on a desktop VS Code downloaded by @vscode/test-electron, for
// contributors whose machines can reach Microsoft's download servers (CI uses run-code-server.mjs).
import { runTests } from '@vscode/test-electron';
import { resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
await runTests({
  extensionDevelopmentPath: root,
  extensionTestsPath: resolve(root, 'out/test/e2e/index.js'),
  launchArgs: [resolve(root, 'test/e2e/workspace'), '--disable-extensions'],
});
