import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/ingest-config.js';
import { isUrl } from '../../ingest/dump-source.js';
import type { RunReport } from '../../ingest/run-report.js';
import { commandLine } from '../cli-args.js';
import { type CliOutput, UsageError } from '../cli-output.js';
import { openIngestClient } from '../clients/open-ingest-client.js';
import { ProgressDisplay } from '../progress-display.js';
import { formatRunReport } from '../run-report-format.js';
import type { Command } from './command.js';

const USAGE = '<path|url>… [--as-of YYYY-MM-DD] [--label TEXT] [--code SLUG] [--json]';

/** Statuses that leave nothing for the operator to fix: a held run waits for a decision, not a repair. */
const SUCCEEDED: ReadonlySet<RunReport['status']> = new Set(['completed', 'held']);

export const ingestCommand: Command = {
  usage: USAGE,
  summary: 'ingest dumps in as-of order and print a report per run',
  async run(args, output) {
    const { values, positionals } = commandLine(() =>
      parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          'as-of': { type: 'string' },
          label: { type: 'string' },
          code: { type: 'string' },
          json: { type: 'boolean', default: false },
        },
      }),
    );
    if (positionals.length === 0) throw new UsageError(`give at least one dump: legifeed ingest ${USAGE}`);
    const config = loadConfig(process.env);
    if (config.redisUrl !== null) output.err('Jobs go to the BullMQ queue: `legifeed worker` processes run them.');
    const client = await openIngestClient(config);
    try {
      const runs = await client.requestIngest({
        // Absolute, because the process that reads them may run elsewhere (another working directory).
        sources: positionals.map((source) => (isUrl(source) ? source : resolve(source))),
        ...(values['as-of'] === undefined ? {} : { asOf: values['as-of'] }),
        ...(values.label === undefined ? {} : { label: values.label }),
        ...(values.code === undefined ? {} : { code: values.code }),
      });
      const reports: RunReport[] = [];
      for (const run of runs) {
        const progress = new ProgressDisplay(output, `dump run ${run.id} ${run.source.split('/').at(-1) ?? ''}`);
        const report = await client.waitForRun(run, (figures) => progress.show(figures)).finally(() => progress.done());
        reports.push(report);
        if (!values.json) output.out(`${reports.length > 1 ? '\n' : ''}${formatRunReport(report)}`);
      }
      if (values.json) output.out(JSON.stringify(reports, null, 2));
      return reportFailures(reports, output);
    } finally {
      await client.close();
    }
  },
};

function reportFailures(reports: readonly RunReport[], output: CliOutput): number {
  const failed = reports.filter((report) => !SUCCEEDED.has(report.status));
  if (failed.length === 0) return 0;
  output.err(`legifeed ingest: ${failed.length} of ${reports.length} dumps failed:`);
  for (const report of failed) output.err(`  dump run ${report.id} (${report.status}): ${report.error ?? report.source}`);
  return 1;
}
