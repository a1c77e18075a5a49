/** Process entry of the language server (stdio for other editors, IPC when VS Code starts it). */

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { installPrecompiledValidators } from './precompiled';
import { guardProcess } from './features/guard';
import { nodeFiles } from './host/disk-files';

installPrecompiledValidators();
const connection = createConnection(ProposedFeatures.all);
guardProcess(connection);
startServer(connection, { files: nodeFiles, processId: process.pid });
