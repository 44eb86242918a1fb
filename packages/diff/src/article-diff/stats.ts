import type { AlineaDiff, ArticleDiff } from '../types.js';
import { countWords } from './tokenize.js';

/** Alinéas touched and words added and removed, counting word tokens only (not spaces or punctuation). */
export function statsOf(alineas: readonly AlineaDiff[]): ArticleDiff['stats'] {
  let alineasTouched = 0;
  let wordsAdded = 0;
  let wordsRemoved = 0;
  for (const alinea of alineas) {
    if (alinea.status === 'unchanged') continue;
    alineasTouched += 1;
    for (const { op, text } of alinea.ops) {
      if (op === 'insert') wordsAdded += countWords(text);
      if (op === 'delete') wordsRemoved += countWords(text);
    }
  }
  return { alineasTouched, wordsAdded, wordsRemoved };
}
