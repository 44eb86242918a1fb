import { ConfigError } from '../config/ingest-config.js';
import { IngestRequestError, UnknownRunError } from '../ingest/ingest-requests.js';
import { JobFailedError } from '../jobs/job-queue.js';
import { DumpReadError } from '@legifeed/parser';
import { CliError, type CliOutput, processOutput, UsageError } from './cli-output.js';
import type { Command } from './commands/command.js';
import { dumpsCommand } from './commands/dumps.command.js';
import { discardCommand, releaseCommand } from './commands/held-run.commands.js';
import { ingestCommand } from './commands/ingest.command.js';
import { parseCommand } from './commands/parse.command.js';
import { serveCommand } from './commands/serve.command.js';
import { workerCommand } from './commands/worker.command.js';

const COMMANDS: Readonly<Record<string, Command>> = {
  ingest: ingestCommand,
  dumps: dumpsCommand,
  release: releaseCommand,
  discard: discardCommand,
  worker: workerCommand,
  serve: serveCommand,
  parse: parseCommand,
};

/** Errors whose message is the whole story for the person at the terminal; anything else shows its stack. */
const EXPLAINED = [CliError, ConfigError, IngestRequestError, UnknownRunError, JobFailedError, DumpReadError];

/**
 * `legifeed <command> …`. Resolves with the exit code: 0 done, 1 failed (the message says why), 2 wrong usage.
 * A long-running command (worker, serve) resolves once started; the process then lives until a signal.
 */
export async function runCli(argv: readonly string[], output: CliOutput = processOutput): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command === undefined) {
    output.err(usage());
    return name === undefined || name === '--help' || name === 'help' ? 0 : 2;
  }
  try {
    return await command.run(args, output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`legifeed ${name}: ${error.message}\nusage: legifeed ${name} ${command.usage}`);
      return 2;
    }
    const explained = EXPLAINED.some((type) => error instanceof type);
    output.err(`legifeed ${name}: ${explained ? (error as Error).message : ((error as Error).stack ?? String(error))}`);
    return 1;
  }
}

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const indent = ' '.repeat(width + 12);
  const lines = Object.entries(COMMANDS).map(
    ([name, command]) => `  legifeed ${name.padEnd(width)}  ${command.usage}\n${indent}  ${command.summary}`,
  );
  return `usage:\n${lines.join('\n')}`;
}
