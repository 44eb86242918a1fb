import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatSummary, summariseDump } from './summarise-dump.js';

const DUMPS = fileURLToPath(new URL('../../../../shared/dumps/', import.meta.url));

describe('summariseDump', () => {
  it('counts rows, codes and states as the raw dump has them', async () => {
    const file = join(DUMPS, 'crpa/crpa-2024-07-27T1514.jsonl.gz');
    const rows = gunzipSync(readFileSync(file))
      .toString('utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as { etat: string });
    const states: Record<string, number> = {};
    for (const { etat } of rows) states[etat] = (states[etat] ?? 0) + 1;

    const summary = await summariseDump(file);
    expect(summary).toMatchObject({ file, rows: 471, versions: 471, states, rowErrorCount: 0, firstRowErrors: [] });
    expect(Object.values(summary.codes)).toEqual([471]);
    expect(Object.keys(summary.codes)[0]).toMatch(/^code-des-relations-entre-le-public-et-l.administration$/);
  });
});

describe('formatSummary', () => {
  it('prints aligned tables, largest counts first, and the first row errors', () => {
    const text = formatSummary({
      file: 'css-2023-05-14.jsonl.gz',
      rows: 7259,
      versions: 7257,
      codes: { 'code-de-la-securite-sociale': 7257 },
      states: { MODIFIE: 98, VIGUEUR: 4510, ABROGE: 2649 },
      rowErrorCount: 2,
      firstRowErrors: [
        { file: 'css-2023-05-14.jsonl.gz', row: 12, field: 'json', message: 'invalid JSON' },
        { file: 'css-2023-05-14.jsonl.gz', row: 3051, field: 'dateDebut', message: 'not a date: "hier"' },
      ],
    });
    expect(text).toBe(
      [
        'dump        css-2023-05-14.jsonl.gz',
        'rows        7259',
        'versions    7257',
        'row errors  2',
        '',
        'code                         versions',
        'code-de-la-securite-sociale      7257',
        '',
        'state    versions',
        'VIGUEUR      4510',
        'ABROGE       2649',
        'MODIFIE        98',
        '',
        'first 2 row errors  field      message',
        'row 12              json       invalid JSON',
        'row 3051            dateDebut  not a date: "hier"',
        '',
      ].join('\n'),
    );
  });
});
