import { createHash } from 'node:crypto';
import type { ArticleStatus, ArticleVersion, DateBound } from '@legifeed/parser';
import type { CodeState } from '../types.js';

/** The facts a test cares about; everything else gets a plain default. */
export interface VersionSpec {
  id: string;
  /** Defaults to the id: the article's first version. */
  cid?: string;
  num?: string;
  paragraphs?: string[];
  nota?: string;
  etat?: string;
  validFrom?: DateBound;
  validTo?: DateBound | null;
  previousVersionId?: string | null;
  parentCid?: string | null;
  path?: string[];
  /** Stands for the raw row's markup: changing it alone is a rewrite with no legal difference. */
  markup?: string;
}

const STATUS_BY_ETAT: Record<string, ArticleStatus> = {
  VIGUEUR: 'in_force',
  VIGUEUR_DIFF: 'scheduled',
  ABROGE_DIFF: 'repeal_scheduled',
  ABROGE: 'repealed',
  MODIFIE: 'superseded',
};

export const CODE = { slug: 'code-test', title: 'Code de test' };
export const SECTION_PATH = ['Partie législative', 'Livre Ier : Dispositions générales', 'Titre Ier : Principes'];
export const SECTION_CID = 'LEGISCTA000000000001';

/** An ArticleVersion as the parser would give it, with both hashes computed from the facts they cover. */
export function version(spec: VersionSpec): ArticleVersion {
  const num = spec.num ?? 'L1';
  const paragraphs = spec.paragraphs ?? ['Le présent code régit les relations.'];
  const notaText = spec.nota ?? '';
  const etat = spec.etat ?? 'VIGUEUR';
  const validFrom = spec.validFrom ?? '2020-01-01';
  const validTo = spec.validTo ?? null;
  const parentCid = spec.parentCid === undefined ? SECTION_CID : spec.parentCid;
  const section = { path: spec.path ?? SECTION_PATH, parentCid };
  const text = paragraphs.join('\n');
  const contentHash = sha256([text, notaText, num, validFrom, validTo, etat]);
  return {
    row: 1,
    code: CODE,
    id: spec.id,
    cid: spec.cid ?? spec.id,
    previousVersionId: spec.previousVersionId ?? null,
    versionNumber: null,
    num,
    numKey: num.replace(/[\s.]/g, ''),
    etat,
    status: STATUS_BY_ETAT[etat] ?? 'other',
    validFrom,
    validTo,
    datesInverted: false,
    html: paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join(''),
    paragraphs,
    text,
    notaHtml: notaText === '' ? '' : `<p>${notaText}</p>`,
    notaText,
    section,
    references: [],
    contentHash,
    rawHash: sha256([contentHash, section.path, section.parentCid, spec.markup ?? '<p>']),
  };
}

/** The state after publishing a dump of these versions. */
export function stateOf(versions: ArticleVersion[], announcedVersionIds: string[] = []): CodeState {
  const articles = new Map<string, ArticleVersion[]>();
  for (const each of versions) articles.set(each.cid, [...(articles.get(each.cid) ?? []), each]);
  return { articles, previousRowCount: versions.length, announcedVersionIds: new Set(announcedVersionIds) };
}

function sha256(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
