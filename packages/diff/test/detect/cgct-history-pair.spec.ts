import { beforeAll, describe, expect, it } from 'vitest';
import { countByIds, type DetectedPair, detectPair, tally } from './real-dumps.js';

describe('detectChanges on cgct-history-2002-01-01 → cgct-history-2005-01-01', () => {
  let pair: DetectedPair;

  beforeAll(async () => {
    pair = await detectPair('cgct-history/cgct-history-2002-01-01.jsonl.gz', 'cgct-history/cgct-history-2005-01-01.jsonl.gz');
  });

  it('gives the counts of the README: 591 created, 226 removed, 551 amended', () => {
    expect(countByIds(pair.previous, pair.versions)).toEqual({ newArticles: 591, removedArticles: 226, newVersions: 551 });
    // The regulatory part was rebuilt in those years ("PREMIERE PARTIE" inserted above its books): the articles
    // that changed section are moved; the sections that only changed title are retitled.
    expect(tally(pair.result)).toBe('created 591, amended 551, repealed 226, moved 398, section_retitled 11');
  });

  it('announces every new version as amended, even the one whose wording did not change', () => {
    const amended = pair.result.changes.filter((change) => change.kind === 'amended');
    expect(amended.every((change) => change.diff !== null && change.before?.id !== change.after?.id)).toBe(true);
    // A new version is a legal act even when it reads the same: R4422-8's new text only drops a space before a
    // comma ("1° , 2°" → "1°, 2°"), which the diff does not show.
    const unchangedWording = amended.filter((change) => change.diff?.stats.alineasTouched === 0);
    expect(unchangedWording.map((change) => change.article?.num)).toEqual(['R4422-8']);
  });
});
