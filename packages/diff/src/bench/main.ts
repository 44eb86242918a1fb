import { printRows, type BenchRow } from '@legifeed/bench-kit';
import { diffWords } from 'diff';
import { applyDiff } from '../article-diff/apply-diff.js';
import { diffArticle } from '../article-diff/diff-article.js';
import { detectChanges } from '../detect/detect-changes.js';
import { loadCssPair } from './css-pair.js';
import { collectGarbage, medianMs, percentile } from './timing.js';

/**
 * The diff package's benchmark, on css-2020-06-18 → css-2023-05-14: classifying the whole pair with every
 * changed article diffed, then one article diff at a time, against plain jsdiff `diffWords` on the same
 * pairs of texts (alinéas joined with "\n"), measured in the same run.
 */
const TOTAL_RUNS = 5;
const ARTICLE_RUNS = 5;
const MAX_ARTICLE_MS = 100;

const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

async function main(): Promise<void> {
  process.stderr.write('diff bench: reading css-2020-06-18 and css-2023-05-14\n');
  const { state, versions, asOf } = await loadCssPair();
  const detect = () => detectChanges(state, versions, { asOf });

  // The pairs of wordings detection diffed, rebuilt from its diffs.
  const pairs = detect().changes.flatMap((change) => (change.diff === null ? [] : [applyDiff(change.diff)]));
  const texts = pairs.map((pair) => ({ old: pair.oldParagraphs.join('\n'), new: pair.newParagraphs.join('\n') }));
  process.stderr.write(`diff bench: ${pairs.length} changed articles; classify + diff, median of ${TOTAL_RUNS}\n`);

  const total = medianMs(TOTAL_RUNS, detect, collectGarbage);
  const baselineTotal = medianMs(TOTAL_RUNS, () => texts.forEach((text) => diffWords(text.old, text.new)), collectGarbage);
  process.stderr.write(`diff bench: one article at a time, median of ${ARTICLE_RUNS} each\n`);
  const articleMs = pairs.map((pair) => medianMs(ARTICLE_RUNS, () => diffArticle(pair.oldParagraphs, pair.newParagraphs)));
  const baselineMs = texts.map((text) => medianMs(ARTICLE_RUNS, () => diffWords(text.old, text.new)));

  const rows: BenchRow[] = [
    {
      suite: 'diff',
      case: 'classify + diff css 2020→2023',
      result: `${ms(total)} (${pairs.length} articles diffed)`,
      baseline: `diffWords ${ms(baselineTotal)}`,
      ratio: total / baselineTotal,
      target: '≤ 1× diffWords',
      ok: total <= baselineTotal,
    },
    ...([
      ['p50', 0.5],
      ['p99', 0.99],
      ['max', 1],
    ] as const).map(([label, share]): BenchRow => {
      const value = percentile(articleMs, share);
      const baseline = percentile(baselineMs, share);
      return {
        suite: 'diff',
        case: `article diff ${label}`,
        result: ms(value),
        baseline: `diffWords ${ms(baseline)}`,
        ratio: value / baseline,
        target: `≤ ${MAX_ARTICLE_MS} ms`,
        ok: value <= MAX_ARTICLE_MS,
      };
    }),
  ];
  printRows(rows);
}

await main();
