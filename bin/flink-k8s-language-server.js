#!/usr/bin/env node
// Stdio language server for editors other than VS Code: `flink-k8s-language-server --stdio`.
require('./require-bundle')('main.js');
