#!/usr/bin/env node
// The legifeed command line: `legifeed <command> …` (run without arguments for the list). The commands live in
// @legifeed/ingest (apps/ingest/src/cli); this entry only starts them.
import { runCli } from '@legifeed/ingest/cli';

process.exitCode = await runCli(process.argv.slice(2));
