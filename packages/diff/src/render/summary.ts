import { newTextOf, oldTextOf } from '../article-diff/apply-diff.js';
import { tokenize } from '../article-diff/tokenize.js';
import type { AlineaDiff, ArticleDiff, TextOp } from '../types.js';

/** Room for the quoted first change, in characters. */
const EXCERPT_LENGTH = 120;

/**
 * One French line: alinéas touched, words added and removed, and the first change with a word of context, e.g.
 * "1 alinéa modifié ; 6 mots supprimés ; « … caisse mutuelle d'assurance maladie des cultes, agissant → caisse, agissant … »".
 */
export function summariseDiff(diff: ArticleDiff): string {
  const first = diff.alineas.find((alinea) => alinea.status !== 'unchanged');
  if (first === undefined) return 'aucune modification';
  const count = (statuses: readonly AlineaDiff['status'][]): number =>
    diff.alineas.filter((alinea) => statuses.includes(alinea.status)).length;
  const alineas = enumerate('alinéa', [
    [count(['modified', 'replaced']), 'modifié'],
    [count(['added']), 'ajouté'],
    [count(['removed']), 'supprimé'],
  ]);
  const words = enumerate('mot', [
    [diff.stats.wordsAdded, 'ajouté'],
    [diff.stats.wordsRemoved, 'supprimé'],
  ]);
  return [alineas, words, excerptOf(first)].filter((part) => part !== '').join(' ; ');
}

/** "2 alinéas modifiés, 1 ajouté": the noun goes with the first non-zero count. */
function enumerate(noun: string, counts: ReadonlyArray<readonly [number, string]>): string {
  return counts
    .filter(([n]) => n > 0)
    .map(([n, participle], i) => (i === 0 ? `${n} ${plural(noun, n)} ${plural(participle, n)}` : `${n} ${plural(participle, n)}`))
    .join(', ');
}

function plural(word: string, n: number): string {
  return n > 1 ? `${word}s` : word;
}

function excerptOf(alinea: AlineaDiff): string {
  if (alinea.status === 'added') return `ajout : « ${shorten('', newTextOf(alinea), '', EXCERPT_LENGTH)} »`;
  if (alinea.status === 'removed') return `suppression : « ${shorten('', oldTextOf(alinea), '', EXCERPT_LENGTH)} »`;
  const start = alinea.ops.findIndex((op) => op.op !== 'equal');
  let end = start;
  while (end < alinea.ops.length && alinea.ops[end]?.op !== 'equal') end += 1;
  const change = alinea.ops.slice(start, end);
  const before = contextBefore(alinea.ops[start - 1]);
  const after = contextAfter(alinea.ops[end]);
  const side = Math.floor((EXCERPT_LENGTH - 3) / 2);
  const oldPhrase = shorten(before.text, textOf(change, 'delete'), after.text, side);
  const newPhrase = shorten(before.text, textOf(change, 'insert'), after.text, side);
  return `« ${before.more ? '… ' : ''}${oldPhrase} → ${newPhrase}${after.more ? ' …' : ''} »`;
}

interface Context {
  text: string;
  /** Whether the alinéa goes on beyond this context. */
  more: boolean;
}

/** From the last word of the equal text before the change to the change. */
function contextBefore(op: TextOp | undefined): Context {
  if (op === undefined) return { text: '', more: false };
  const tokens = tokenize(op.text);
  const lastWord = tokens.findLastIndex((token) => token.kind === 'word');
  const kept = tokens.slice(Math.max(0, lastWord));
  return { text: kept.map((token) => token.text).join(''), more: kept.length < tokens.length };
}

/** From the change to the first word of the equal text after it. */
function contextAfter(op: TextOp | undefined): Context {
  if (op === undefined) return { text: '', more: false };
  const tokens = tokenize(op.text);
  const firstWord = tokens.findIndex((token) => token.kind === 'word');
  const kept = firstWord === -1 ? tokens : tokens.slice(0, firstWord + 1);
  return { text: kept.map((token) => token.text).join(''), more: kept.length < tokens.length };
}

function textOf(ops: readonly TextOp[], kind: 'delete' | 'insert'): string {
  return ops
    .filter((op) => op.op === kind)
    .map((op) => op.text)
    .join('');
}

/** The phrase on one line, the changed words cut with "…" so the phrase keeps to about `length` characters. */
function shorten(before: string, change: string, after: string, length: number): string {
  const room = Math.max(10, length - before.length - after.length);
  const cut = change.length > room ? `${[...change].slice(0, room - 1).join('').trimEnd()}…` : change;
  return `${before}${cut}${after}`.replace(/\s+/g, ' ');
}
