import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleVersion } from '../../src/types.js';
import { normaliseDump } from './normalised-dumps.js';

/**
 * The expected normalised output of the 100 CGCT rows, one reviewed JSON file a row. After a deliberate change
 * to normalisation: `UPDATE_GOLDENS=1 npx vitest run --project parser golden`, then review the diff of the files.
 */
const GOLDEN = fileURLToPath(new URL('../../../../fixtures/cgct/golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDENS === '1';

const goldenName = (version: ArticleVersion) =>
  `${String(version.row).padStart(3, '0')}-${version.numKey.replace(/[^\w-]/g, '_')}.json`;

describe('golden output of cgct/cgct-sample.jsonl', () => {
  let versions: ArticleVersion[];
  beforeAll(async () => {
    const { rows, errors } = await normaliseDump('cgct/cgct-sample.jsonl');
    expect(errors).toEqual([]);
    versions = rows.map((row) => row.version);
    if (UPDATE) {
      rmSync(GOLDEN, { recursive: true, force: true });
      mkdirSync(GOLDEN, { recursive: true });
      for (const version of versions) writeFileSync(join(GOLDEN, goldenName(version)), `${JSON.stringify(version, null, 2)}\n`);
    }
  });

  it('has one golden file for each of the 100 rows, and no other', () => {
    expect(versions).toHaveLength(100);
    expect(readdirSync(GOLDEN).sort()).toEqual(versions.map(goldenName).sort());
  });

  it('normalises every row as its golden file says', () => {
    for (const version of versions) {
      const golden = JSON.parse(readFileSync(join(GOLDEN, goldenName(version)), 'utf8')) as ArticleVersion;
      expect(version, goldenName(version)).toEqual(golden);
    }
  });
});
