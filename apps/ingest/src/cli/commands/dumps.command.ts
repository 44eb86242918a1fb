import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/ingest-config.js';
import { commandLine, wholeNumberOption } from '../cli-args.js';
import { UsageError } from '../cli-output.js';
import { openIngestClient } from '../clients/open-ingest-client.js';
import { formatRunList } from '../run-report-format.js';
import type { Command } from './command.js';

export const dumpsCommand: Command = {
  usage: '[--code SLUG] [--limit N] [--json]',
  summary: 'list ingest runs, newest first',
  async run(args, output) {
    const { values, positionals } = commandLine(() =>
      parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          code: { type: 'string' },
          limit: { type: 'string' },
          json: { type: 'boolean', default: false },
        },
      }),
    );
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
    const client = await openIngestClient(loadConfig(process.env));
    try {
      const limit = wholeNumberOption(values.limit, 'limit', 50);
      const runs = await client.listRuns({ limit, ...(values.code === undefined ? {} : { code: values.code }) });
      output.out(values.json ? JSON.stringify(runs, null, 2) : formatRunList(runs));
      return 0;
    } finally {
      await client.close();
    }
  },
};
