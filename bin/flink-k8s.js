#!/usr/bin/env node
// Command-line entry: `flink-k8s report|check ...`. The code lives in the esbuild bundle.
require('./require-bundle')('cli.js');
