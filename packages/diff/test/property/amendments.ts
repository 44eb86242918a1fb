import fc from 'fast-check';

/** An edit an amending text makes to an article, as positions to be taken modulo the article's sizes. */
type Amendment =
  | { kind: 'insertWords' | 'replaceWords'; alinea: number; at: number; words: string[] }
  | { kind: 'deleteWords'; alinea: number; at: number; count: number }
  | { kind: 'split' | 'merge' | 'delete'; alinea: number; at: number }
  | { kind: 'move'; alinea: number; to: number }
  | { kind: 'insert'; alinea: number; text: string };

const position = fc.nat({ max: 1000 });
const newWords = fc.array(
  fc.constantFrom('abrogé', 'modifié', 'la convocation', "l'avis d'audience", 'L. 1225-62', 'R. 1225-14', '1er juillet 2026', ','),
  { minLength: 1, maxLength: 4 },
);

const amendment: fc.Arbitrary<Amendment> = fc.oneof(
  fc.record({ kind: fc.constantFrom('insertWords' as const, 'replaceWords' as const), alinea: position, at: position, words: newWords }),
  fc.record({ kind: fc.constant('deleteWords' as const), alinea: position, at: position, count: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constantFrom('split' as const, 'merge' as const, 'delete' as const), alinea: position, at: position }),
  fc.record({ kind: fc.constant('move' as const), alinea: position, to: position }),
  fc.record({ kind: fc.constant('insert' as const), alinea: position, text: newWords.map((words) => words.join(' ')) }),
);

/** One to five amendments, applied one after the other. */
export const amendments = fc.array(amendment, { minLength: 1, maxLength: 5 });

export function amend(paragraphs: readonly string[], edits: readonly Amendment[]): string[] {
  return edits.reduce<string[]>((current, edit) => applyAmendment(current, edit), [...paragraphs]);
}

function applyAmendment(paragraphs: string[], edit: Amendment): string[] {
  const next = [...paragraphs];
  if (edit.kind === 'insert') {
    next.splice(edit.alinea % (next.length + 1), 0, edit.text);
    return next;
  }
  if (next.length === 0) return next;
  const index = edit.alinea % next.length;
  const words = (next[index] as string).split(' ');
  switch (edit.kind) {
    case 'insertWords':
      words.splice(edit.at % (words.length + 1), 0, ...edit.words);
      break;
    case 'replaceWords':
      words.splice(edit.at % words.length, edit.words.length, ...edit.words);
      break;
    case 'deleteWords':
      words.splice(edit.at % words.length, edit.count);
      break;
    case 'split': {
      const at = edit.at % (words.length + 1);
      next.splice(index, 1, words.slice(0, at).join(' '), words.slice(at).join(' '));
      return next;
    }
    case 'merge':
      if (index + 1 < next.length) next.splice(index, 2, `${next[index]} ${next[index + 1]}`);
      return next;
    case 'delete':
      next.splice(index, 1);
      return next;
    case 'move': {
      const [moved] = next.splice(index, 1);
      next.splice(edit.to % (next.length + 1), 0, moved as string);
      return next;
    }
  }
  next[index] = words.join(' ');
  return next;
}
