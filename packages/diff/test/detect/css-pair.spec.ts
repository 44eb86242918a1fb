import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleVersion } from '@legifeed/parser';
import { applyDiff } from '../../src/article-diff/apply-diff.js';
import { legalParagraphs } from '../../src/detect/change-parts.js';
import type { Change } from '../../src/types.js';
import { countByIds, type DetectedPair, detectPair, tally } from './real-dumps.js';

describe('detectChanges on css-2020-06-18 → css-2023-05-14', () => {
  let pair: DetectedPair;
  let changes: Change[];
  const ofKind = (kind: Change['kind']) => changes.filter((change) => change.kind === kind);

  beforeAll(async () => {
    pair = await detectPair('css/css-2020-06-18.jsonl.gz', 'css/css-2023-05-14.jsonl.gz');
    changes = pair.result.changes;
  });

  it('gives the counts of the README, and as many new versions as a count of the ids of each cid', () => {
    expect(countByIds(pair.previous, pair.versions)).toEqual({ newArticles: 478, removedArticles: 173, newVersions: 954 });
    expect(tally(pair.result)).toBe(
      'created 478, amended 944, corrected 9, scheduled 10, repeal_scheduled 118, repealed 173, moved 53, section_retitled 238',
    );
    expect(pair.result.hold).toBeNull();
  });

  it('announces the in-place corrections the README names, and the notas rewritten under the same id', () => {
    expect(ofKind('corrected').map((change) => change.article?.num)).toEqual([
      'D242-6-11', // nota extended
      'D242-35', // nota extended
      'D544-8',
      'L133-9-6', // its last alinéa replaced
      'L137-11-1', // the Conseil constitutionnel annotations
      'L161-22-1 A', // nota rewritten
      'R322-10-2',
      'R381-3-1',
      'R382-84', // "la caisse mutuelle d'assurance maladie des cultes" → "la caisse"
    ]);
    const r38284 = ofKind('corrected').find((change) => change.article?.num === 'R382-84');
    expect(r38284?.diff?.stats).toMatchObject({ alineasTouched: 1, wordsAdded: 0, wordsRemoved: 6 });
    const inPlace = (change: Change) => change.before?.id === change.after?.id && change.effectiveDate === null;
    expect(ofKind('corrected').every(inPlace)).toBe(true);
  });

  it('announces section titles rewritten ("Livre 1" → "Livre I") once per section, not as moves', () => {
    const previousByCid = new Map(pair.previous.map((version) => [version.cid, version]));
    const sameSectionNewPath = pair.versions.filter((version) => {
      const before = previousByCid.get(version.cid);
      const sameSection = before?.section.parentCid === version.section.parentCid;
      return sameSection && before?.section.path.join('>') !== version.section.path.join('>');
    });
    expect(sameSectionNewPath.length).toBeGreaterThan(5_000);

    const retitles = ofKind('section_retitled');
    // Book 1 exists in each of the three parts of the code: one change for each.
    const book1 = retitles.filter((change) => change.sectionBefore?.path.at(-1)?.startsWith('Livre 1 :'));
    const parts = ['Partie législative', "Partie réglementaire - Décrets en Conseil d'Etat", 'Partie réglementaire - Décrets simples'];
    const title = 'Généralités - Dispositions communes à tout ou partie des régimes de base';
    expect(book1.map((change) => [change.sectionBefore?.path, change.section.path.at(-1)])).toEqual(
      parts.map((part) => [[part, `Livre 1 : ${title}`], `Livre I : ${title}`]),
    );
    const identities = retitles.map((change) => change.section.cid ?? change.sectionBefore?.path.join('>'));
    expect(new Set(identities).size).toBe(retitles.length);

    for (const moved of ofKind('moved')) {
      expect(moved.sectionBefore?.cid).not.toBe(moved.section.cid);
    }
  });

  it('announces versions starting after the dump as scheduled, diffed against the text in force', () => {
    const scheduled = ofKind('scheduled');
    expect(scheduled.every((change) => change.effectiveDate !== null && change.effectiveDate > '2023-05-14')).toBe(true);
    const l1629 = scheduled.find((change) => change.article?.num === 'L162-9');
    expect(l1629).toMatchObject({ effectiveDate: '2023-05-21', before: { validFrom: expect.stringMatching(/^20/) } });
    expect(l1629?.before?.id).not.toBe(l1629?.after?.id);
    // New articles that take effect later are created, with their future day.
    expect(ofKind('created').filter((change) => (change.effectiveDate ?? '') > '2023-05-14')).toHaveLength(6);
  });

  it('dates each change as documented', () => {
    for (const change of changes) {
      if (change.kind === 'created' || change.kind === 'amended' || change.kind === 'scheduled') {
        expect(change.effectiveDate).toBe(change.after?.validFrom);
      } else if (change.kind === 'repealed') {
        expect(change.effectiveDate).toBe(change.before?.validTo ?? null);
      } else if (change.kind === 'repeal_scheduled') {
        expect(change.effectiveDate).toBe(change.after?.validTo);
      } else {
        expect(change.effectiveDate).toBeNull();
      }
    }
  });

  it('keeps one version of the articles listed twice, and announces nothing for them', () => {
    const twice = ['R165-81', 'R165-82', 'R165-83'];
    const cids = pair.versions.filter((version) => twice.includes(version.num)).map((version) => version.cid);
    expect(cids).toHaveLength(6);
    for (const cid of new Set(cids)) expect(pair.result.nextState.get(cid)).toHaveLength(1);
    expect(changes.filter((change) => twice.includes(change.article?.num ?? ''))).toEqual([]);
    expect(pair.result.rowCount).toBe(pair.versions.length);
  });

  it('carries diffs that give back the new wording, nota included', () => {
    const byId = new Map<string, ArticleVersion>([...pair.previous, ...pair.versions].map((version) => [version.id, version]));
    const diffed = changes.filter((change) => change.diff !== null);
    expect(diffed).toHaveLength(944 + 9 + 10);
    for (const change of diffed) {
      const after = byId.get(change.after?.id ?? '');
      expect(after).toBeDefined();
      if (change.diff === null || after === undefined) continue;
      expect(applyDiff(change.diff).newParagraphs).toEqual(legalParagraphs(after));
    }
  });
});
