/**
 * Web worker entry of the language server (vscode.dev, github.dev): the same startServer, talking
 * to the extension through postMessage. There is no file system here, so workspace files come
 * from the client, and the schema validators are bundled into this script instead of read from
 * disk next to it.
 */

import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from './server';
import { clientFiles } from './host/files';
import { installBundledValidators } from './precompiled.browser';

/** The worker's global scope; typed as a port because that is all the reader and writer use. */
const scope = globalThis as unknown as MessagePort;

installBundledValidators();
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
// A promise somebody forgot to await is logged, as guardProcess does in Node.
globalThis.addEventListener?.('unhandledrejection', (e: PromiseRejectionEvent) => connection.console.error(`unhandled rejection: ${e.reason instanceof Error ? e.reason.stack ?? e.reason.message : String(e.reason)}`));
startServer(connection, { files: clientFiles });
