import { parseArgs } from 'node:util';
import { formatSummary, summariseDump } from '@legifeed/parser';
import { commandLine } from '../cli-args.js';
import { UsageError } from '../cli-output.js';
import type { Command } from './command.js';

export const parseCommand: Command = {
  usage: '<path|url>…',
  summary: 'read dumps and summarise what they hold, storing nothing',
  async run(args, output) {
    const { positionals } = commandLine(() => parseArgs({ args: [...args], allowPositionals: true, options: {} }));
    if (positionals.length === 0) throw new UsageError('give at least one dump: legifeed parse <path|url>…');
    for (const source of positionals) output.out(formatSummary(await summariseDump(source)));
    return 0;
  },
};
