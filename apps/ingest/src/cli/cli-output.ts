/** Where a command writes: results on stdout (parsable with --json), everything for the person on stderr. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal: a progress bar redrawn in place, rather than plain lines. */
  readonly interactive: boolean;
}

export const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  interactive: process.stderr.isTTY === true,
};

/** A mistake in the command line: the message and the usage are printed, the exit code is 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The command could not do its work; the message says what to do next. Exit code 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
