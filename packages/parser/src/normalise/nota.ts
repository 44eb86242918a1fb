import type { RawRow } from '../types.js';
import type { ReferenceOptions } from './references.js';
import { normaliseHtml, plainTextAsHtml } from './html/normalise-html.js';
import { optionalString } from './row-fields.js';

export interface Nota {
  notaHtml: string;
  notaText: string;
}

/** The nota, normalised like the text: from `notaHtml`, else from the plain `nota`; both may be null or absent. */
export function notaOf(raw: RawRow, options: ReferenceOptions): Nota {
  const html = optionalString(raw, 'notaHtml');
  const plain = optionalString(raw, 'nota');
  if (html === null && plain === null) return { notaHtml: '', notaText: '' };
  const nota = normaliseHtml(html ?? plainTextAsHtml(plain as string), options);
  return { notaHtml: nota.html, notaText: nota.text };
}
