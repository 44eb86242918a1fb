#!/usr/bin/env node
// The legifeed command line. Until the ingest service lands it offers `parse`, which reads dumps and prints a
// summary of what they hold.
import { formatSummary, summariseDump } from '@legifeed/parser';

const [command, ...args] = process.argv.slice(2);

async function parse(sources) {
  if (sources.length === 0) throw new Error('usage: legifeed parse <path|url>…');
  for (const source of sources) console.log(formatSummary(await summariseDump(source)));
}

const commands = { parse };

const run = commands[command];
if (!run) {
  console.error(`usage: legifeed <${Object.keys(commands).join('|')}> …`);
  process.exit(2);
}
run(args).catch((error) => {
  console.error(`legifeed ${command}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
