import type { CliOutput } from '../cli-output.js';

export interface Command {
  /** The arguments after the command name, e.g. "<path|url>… [--json]". */
  usage: string;
  summary: string;
  /** Resolves with the exit code. */
  run(args: readonly string[], output: CliOutput): Promise<number>;
}
