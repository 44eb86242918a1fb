import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleVersion } from '@legifeed/parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffArticle } from '../../src/article-diff/diff-article.js';
import { renderDiffHtml } from '../../src/render/html.js';
import { renderDiffPatch } from '../../src/render/patch.js';
import { summariseDiff } from '../../src/render/summary.js';
import { readVersions } from './real-pairs.js';

/** Rendered diffs of real articles, reviewed once and kept. `UPDATE_GOLDENS=1` rewrites them: review the change. */
const GOLDENS = fileURLToPath(new URL('../../../../fixtures/diff/', import.meta.url));
const UPDATE = process.env['UPDATE_GOLDENS'] === '1';

interface GoldenCase {
  /** Golden file stem. */
  name: string;
  dumps: readonly [string, string];
  num: string;
  why: string;
}

const CASES: readonly GoldenCase[] = [
  { name: 'css-R382-84', dumps: ['css/css-2020-06-18', 'css/css-2023-05-14'], num: 'R382-84', why: 'words deleted in place' },
  { name: 'css-D544-8', dumps: ['css/css-2020-06-18', 'css/css-2023-05-14'], num: 'D544-8', why: 'one reference becomes four' },
  { name: 'css-R322-10-2', dumps: ['css/css-2020-06-18', 'css/css-2023-05-14'], num: 'R322-10-2', why: 'two insertions' },
  { name: 'css-L137-11-1', dumps: ['css/css-2020-06-18', 'css/css-2023-05-14'], num: 'L137-11-1', why: 'four alinéas annotated' },
  {
    name: 'cgct-L2331-1',
    dumps: ['cgct-history/cgct-history-2002-01-01', 'cgct-history/cgct-history-2005-01-01'],
    num: 'L2331-1',
    why: 'alinéas added, removed and modified among unchanged ones',
  },
  { name: 'crpa-L134-33', dumps: ['crpa/crpa-2019-10-28T0837', 'crpa/crpa-2020-02-02T0433'], num: 'L134-33', why: 'a new version' },
];

const dumps = new Map<string, ArticleVersion[]>();

beforeAll(async () => {
  for (const name of new Set(CASES.flatMap((golden) => golden.dumps))) dumps.set(name, await readVersions(`${name}.jsonl.gz`));
});

function paragraphsOf(dump: string, num: string): string[] {
  const versions = (dumps.get(dump) ?? []).filter((version) => version.num === num);
  if (versions.length !== 1) throw new Error(`${dump}: expected one version of ${num}, found ${versions.length}`);
  return versions[0]?.paragraphs ?? [];
}

function expectGolden(file: string, actual: string): void {
  const path = `${GOLDENS}${file}`;
  if (UPDATE) {
    mkdirSync(GOLDENS, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDENS=1 and review it`).toBe(true);
  expect(actual, file).toBe(readFileSync(path, 'utf8'));
}

describe('rendered diffs of real articles match their golden files', () => {
  it.each(CASES)('$name: $why', ({ name, dumps: [before, after], num }) => {
    const diff = diffArticle(paragraphsOf(before, num), paragraphsOf(after, num));
    expectGolden(`${name}.html`, `${renderDiffHtml(diff)}\n`);
    expectGolden(`${name}.patch`, renderDiffPatch(diff, { old: `${num} (${before.split('/')[1]})`, new: `${num} (${after.split('/')[1]})` }));
    expectGolden(`${name}.txt`, `${summariseDiff(diff)}\n`);
  });
});
