import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleVersion } from '@legifeed/parser';
import { acceptedState } from '../../src/detect/accepted-state.js';
import { detectChanges } from '../../src/detect/detect-changes.js';
import type { CodeState, DetectionResult } from '../../src/types.js';
import { stateOf } from '../../src/detect/article-version.test-helpers.js';
import { countByIds, dayOf, loadVersions, NO_STATE, snapshotsOf, tally } from './real-dumps.js';

interface Step {
  snapshot: string;
  result: DetectionResult;
  /** The versions of the last published dump this one was compared with. */
  previous: ArticleVersion[];
  versions: ArticleVersion[];
}

// What the 26 snapshots give, each compared with the last published one (held dumps are skipped): a golden table
// shared with apps/ingest, which checks the same steps through storage. The README figures: 2020-02-02 has 4 new
// versions, 1 new article and 245 rewrites in place; 2023-05-16 has 9 new versions, 2 new and 5 removed articles
// and 85 rewrites in place with no change of wording.
interface ExpectedStep {
  snapshot: string;
  changes: string;
  technical: number;
  hold?: string;
  note?: string;
}
const HISTORY = fileURLToPath(new URL('../../../../fixtures/crpa/history-changes.json', import.meta.url));
const EXPECTED = Object.fromEntries(
  (JSON.parse(readFileSync(HISTORY, 'utf8')) as { steps: ExpectedStep[] }).steps.map(({ snapshot, note: _note, ...step }) => [
    snapshot,
    step,
  ]),
);

describe('detectChanges over the 26 CRPA snapshots in order', () => {
  const steps: Step[] = [];

  beforeAll(async () => {
    let state: CodeState = NO_STATE;
    let published: ArticleVersion[] = [];
    for (const snapshot of snapshotsOf('crpa')) {
      const versions = await loadVersions(snapshot);
      const result = detectChanges(state, versions, { asOf: dayOf(snapshot) });
      steps.push({ snapshot, result, previous: published, versions });
      if (result.hold === null) {
        state = acceptedState(state, result);
        published = versions;
      }
    }
  });

  it('gives the expected changes, technical rewrites and holds at every step', () => {
    const name = (step: Step) => /crpa-[^.]+/.exec(step.snapshot)?.[0] ?? step.snapshot;
    const actual = Object.fromEntries(
      steps.map((step) => [
        name(step),
        {
          changes: tally(step.result),
          technical: step.result.technical,
          ...(step.result.hold ? { hold: step.result.hold.reason } : {}),
        },
      ]),
    );
    expect(actual).toEqual(EXPECTED);
  });

  it('holds the two empty snapshots with no repeal, and finds nothing after them against the last sound state', () => {
    const held = steps.filter((step) => step.result.hold !== null);
    expect(held.map((step) => step.snapshot)).toEqual(['crpa/crpa-2019-10-23T0421.jsonl.gz', 'crpa/crpa-2019-10-24T0421.jsonl.gz']);
    for (const step of held) {
      expect(step.result.hold).toEqual({ reason: 'empty_dump', detail: '0 rows, the previous dump had 471.' });
      expect(step.result.changes).toEqual([]);
    }
    const afterHeld = steps.filter((_, index) => index > 0 && steps[index - 1]?.result.hold !== null);
    expect(afterHeld.map((step) => [step.snapshot, step.result.changes.length])).toEqual([
      ['crpa/crpa-2019-10-23T0423.jsonl.gz', 0],
      ['crpa/crpa-2019-10-28T0837.jsonl.gz', 0],
    ]);
  });

  it('agrees at every step with a count of the version ids of each cid', () => {
    for (const step of steps.slice(1).filter((each) => each.result.hold === null)) {
      const counts = countByIds(step.previous, step.versions);
      const of = (kind: string) => step.result.changes.filter((change) => change.kind === kind).length;
      const detected = { created: of('created'), repealed: of('repealed'), newVersions: of('amended') + of('scheduled') };
      const counted = { created: counts.newArticles, repealed: counts.removedArticles, newVersions: counts.newVersions };
      expect({ step: step.snapshot, ...detected }).toEqual({ step: step.snapshot, ...counted });
    }
  });

  it('matches the README on 2020-02-02 and 2023-05-16', () => {
    const at = (name: string) => steps.find((step) => step.snapshot.includes(name));
    const february = at('crpa-2020-02-02T0433');
    const februaryCounts = countByIds(february?.previous ?? [], february?.versions ?? []);
    expect(februaryCounts).toEqual({ newArticles: 1, removedArticles: 0, newVersions: 4 });
    expect(february?.result.technical).toBe(245);
    const may = at('crpa-2023-05-16T0334');
    expect(countByIds(may?.previous ?? [], may?.versions ?? [])).toEqual({ newArticles: 2, removedArticles: 5, newVersions: 9 });
    expect(may?.result.technical).toBe(85);
    expect(may?.result.changes.filter((change) => change.kind === 'corrected')).toEqual([]);
  });

  it('announces the scheduled repeals of 2021-12-05 on their end dates, once', () => {
    const december = steps.find((step) => step.snapshot.includes('crpa-2021-12-05'));
    const repeals = december?.result.changes.filter((change) => change.kind === 'repeal_scheduled') ?? [];
    expect(repeals.map((change) => [change.article?.numKey, change.effectiveDate])).toEqual([
      ['L222-1', '2022-07-01'],
      ['L222-2', '2022-07-01'],
      ['L222-3', '2022-07-01'],
      ['R321-5', '2022-01-01'],
    ]);
    const later = steps.slice(steps.indexOf(december as Step) + 1).flatMap((step) => step.result.changes);
    expect(later.filter((change) => change.kind === 'repeal_scheduled' && change.article?.numKey?.startsWith('L222'))).toEqual([]);
  });

  it('gives the same changes whatever the order of the rows', () => {
    const step = steps.find((each) => each.snapshot.includes('crpa-2023-05-16'));
    const state = stateOf(step?.previous ?? []);
    const forward = detectChanges(state, step?.versions ?? [], { asOf: '2023-05-16' });
    const backward = detectChanges(state, [...(step?.versions ?? [])].reverse(), { asOf: '2023-05-16' });
    expect(backward.changes).toEqual(forward.changes);
    expect(forward.changes).toEqual(step?.result.changes);
  });
});
