import { describe, expect, it } from 'vitest';
import type { RunReport } from '../ingest/run-report.js';
import { formatRunList, formatRunReport } from './run-report-format.js';

const COMPLETED: RunReport = {
  id: 2,
  source: '/dumps/crpa-2023-05-16T0334.jsonl.gz',
  code: 'code-des-relations-entre-le-public-et-l-administration',
  label: null,
  asOf: '2023-05-16',
  sha256: 'a'.repeat(64),
  status: 'completed',
  progress: { rowsRead: 473, totalRows: 473 },
  rowCount: 470,
  changes: { created: 2, amended: 9, repealed: 5 },
  changeTotal: 16,
  technical: 85,
  rowErrors: {
    count: 12,
    first: [{ file: '/dumps/crpa-2023-05-16T0334.jsonl.gz', row: 7, field: 'json', message: 'Unexpected end of JSON input' }],
  },
  hold: null,
  error: null,
  queuedAt: '2024-01-01T00:00:00.000Z',
  startedAt: '2024-01-01T00:00:00.400Z',
  finishedAt: '2024-01-01T00:00:01.600Z',
  waitedMs: 400,
  durationMs: 1_200,
};

describe('formatRunReport', () => {
  it('gives status, counts per kind, technical rewrites, row errors with their rows, and durations', () => {
    expect(formatRunReport(COMPLETED)).toBe(
      [
        'dump run 2',
        '  source     /dumps/crpa-2023-05-16T0334.jsonl.gz',
        '  code       code-des-relations-entre-le-public-et-l-administration',
        '  as of      2023-05-16',
        '  status     completed',
        '  rows       470 read, 12 row errors',
        '  changes    16 (created 2, amended 9, repealed 5)',
        '  technical  85 articles rewritten in place without a legal change (not published)',
        '  duration   1.2 s (after 0.4 s queued)',
        '  row errors (first 1 of 12):',
        '    row 7  json: Unexpected end of JSON input',
        '',
      ].join('\n'),
    );
  });

  it('tells what to do with a held run, and why a failed one failed', () => {
    const held = formatRunReport({
      ...COMPLETED,
      status: 'held',
      changes: {},
      changeTotal: 0,
      hold: { reason: 'empty_dump', detail: '0 rows, the previous dump had 471.' },
    });
    expect(held).toContain(
      '  status     held (empty_dump): 0 rows, the previous dump had 471. Nothing was published. ' +
        'Check the dump, then `legifeed release 2` or `legifeed discard 2`.\n',
    );
    const failed = formatRunReport({ ...COMPLETED, status: 'failed', error: '/dumps/x.jsonl.gz: truncated gzip' });
    expect(failed).toMatch(/\n {2}status +failed\n(.*\n)* {2}error +\/dumps\/x\.jsonl\.gz: truncated gzip\n/);
    expect(failed).not.toContain('changes');
  });
});

describe('formatRunList', () => {
  it('aligns one line per run under a header', () => {
    expect(formatRunList([COMPLETED]).split('\n')).toEqual([
      'id  status     as of       code                                                    rows  changes  technical  row errors  source',
      ' 2  completed  2023-05-16  code-des-relations-entre-le-public-et-l-administration   470       16         85          12  /dumps/crpa-2023-05-16T0334.jsonl.gz',
      '',
    ]);
    expect(formatRunList([])).toBe('No dump runs yet.\n');
  });
});
