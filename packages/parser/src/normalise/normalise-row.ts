import type { ArticleVersion, RawRow, RowError } from '../types.js';
import { codeIdentity } from './code-identity.js';
import { canonicalArticleNumber } from './article-number.js';
import { validityOf } from './dates.js';
import { contentHash, rawHash } from './hashes.js';
import { normaliseHtml } from './html/normalise-html.js';
import { articleId, previousVersionId, versionNumber } from './ids.js';
import { notaOf } from './nota.js';
import { InvalidField, requiredString } from './row-fields.js';
import { sectionPlacement } from './section-path.js';
import { statusOf } from './status.js';

export interface RowLocation {
  /** The dump's path or URL. */
  file: string;
  /** 1-based row number in the dump. */
  row: number;
}

/**
 * One raw row of a dump → one normalised article version, or the RowError saying which field is unusable and
 * why. Columns other than the ones read here are ignored; optional ones may be missing, null or of another type.
 */
export function normaliseRow(raw: RawRow, at: RowLocation): ArticleVersion | RowError {
  try {
    return articleVersionOf(raw, at.row);
  } catch (error) {
    if (error instanceof InvalidField) return { file: at.file, row: at.row, field: error.field, message: error.message };
    throw error;
  }
}

function articleVersionOf(raw: RawRow, row: number): ArticleVersion {
  const id = articleId(raw, 'id');
  const cid = articleId(raw, 'cid');
  const previousVersion = previousVersionId(raw);
  const num = articleNumber(raw);
  const numKey = canonicalArticleNumber(num);
  const etat = requiredString(raw, 'etat').trim();
  const { validFrom, validTo, datesInverted } = validityOf(raw);
  const code = codeIdentity(codeTitle(raw));
  const options = { codeTitle: code.title };
  const body = normaliseHtml(requiredString(raw, 'texteHtml'), options);
  const { notaHtml, notaText } = notaOf(raw, options);
  return {
    row,
    code,
    id,
    cid,
    previousVersionId: previousVersion,
    versionNumber: versionNumber(raw),
    num,
    numKey,
    etat,
    status: statusOf(etat),
    validFrom,
    validTo,
    datesInverted,
    html: body.html,
    paragraphs: body.paragraphs,
    text: body.text,
    notaHtml,
    notaText,
    section: sectionPlacement(raw),
    references: body.references,
    contentHash: contentHash({ text: body.text, notaText, numKey, validFrom, validTo, etat }),
    rawHash: rawHash(raw),
  };
}

/** `num` as displayed, without the source's stray outer spaces; it cannot be blank, it is the article's key. */
function articleNumber(raw: RawRow): string {
  const num = requiredString(raw, 'num').trim();
  if (num === '') throw new InvalidField('num', 'an article number', raw.num);
  return num;
}

/** `title_main` names the code; without it the row cannot be placed in any code. */
function codeTitle(raw: RawRow): string {
  const title = raw.title_main;
  if (typeof title !== 'string' || title.trim() === '') throw new InvalidField('title_main', 'the code title', title);
  return title;
}
