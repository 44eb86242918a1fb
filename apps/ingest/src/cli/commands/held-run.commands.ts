import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/ingest-config.js';
import type { RunReport } from '../../ingest/run-report.js';
import { commandLine, runIdArgument } from '../cli-args.js';
import { openIngestClient } from '../clients/open-ingest-client.js';
import type { IngestClient } from '../clients/ingest-client.js';
import { formatRunReport } from '../run-report-format.js';
import type { Command } from './command.js';

/** `release` and `discard`: one decision on one held run, then its report. */
function heldRunCommand(summary: string, decide: (client: IngestClient, runId: number) => Promise<RunReport>): Command {
  const usage = '<dump run id> [--json]';
  return {
    usage,
    summary,
    async run(args, output) {
      const { values, positionals } = commandLine(() =>
        parseArgs({ args: [...args], allowPositionals: true, options: { json: { type: 'boolean', default: false } } }),
      );
      const runId = runIdArgument(positionals, usage);
      const client = await openIngestClient(loadConfig(process.env));
      try {
        const report = await decide(client, runId);
        output.out(values.json ? JSON.stringify(report, null, 2) : formatRunReport(report));
        return 0;
      } finally {
        await client.close();
      }
    },
  };
}

export const releaseCommand = heldRunCommand('publish the changes of a held dump', (client, id) => client.release(id));
export const discardCommand = heldRunCommand('drop a held dump, keeping its record', (client, id) => client.discard(id));
