import { describe, expect, it } from 'vitest';
import { acceptedState } from './accepted-state.js';
import { detectChanges } from './detect-changes.js';
import { stateOf, version } from './article-version.test-helpers.js';

describe('acceptedState', () => {
  it('keeps the dump, its row count, and the ids of the versions announced as wordings', () => {
    const previous = stateOf([version({ id: 'A1' }), version({ id: 'B1', num: 'L2' }), version({ id: 'C1', num: 'L3' })], ['OLD']);
    const next = [
      version({ id: 'A2', cid: 'A1', paragraphs: ['Modifié.'] }),
      version({ id: 'B1', num: 'L2', paragraphs: ['Corrigé.'] }),
      version({ id: 'C1', num: 'L3' }),
      version({ id: 'C2', cid: 'C1', num: 'L3', paragraphs: ['Plus tard.'], validFrom: '2024-01-01' }),
      version({ id: 'D1', num: 'L4' }),
    ];
    const result = detectChanges(previous, next, { asOf: '2023-05-16' });
    expect(result.changes.map((change) => change.kind)).toEqual(['created', 'amended', 'corrected', 'scheduled']);

    const accepted = acceptedState(previous, result);
    expect([...accepted.announcedVersionIds].sort()).toEqual(['A2', 'C2', 'D1', 'OLD']);
    expect(accepted.previousRowCount).toBe(5);
    expect(accepted.articles).toBe(result.nextState);
  });
});
