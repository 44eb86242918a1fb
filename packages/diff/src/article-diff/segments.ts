import type { ArrayChange } from 'diff';
import type { Token } from './tokenize.js';

/** A stretch of the two token lists: equal on both sides, or changed (either side may be empty). Ends exclusive. */
export interface Segment {
  equal: boolean;
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** The two token lists a word diff compares. */
export interface TokenPair {
  old: readonly Token[];
  new: readonly Token[];
}

/**
 * Turns jsdiff's changes into readable segments: adjacent changes merge, a short equality caught between two
 * changes is absorbed (the rule of diff-match-patch's semantic cleanup, so "janvier 2025" → "juillet 2026" reads
 * as one change rather than two around a common space), and each change is trimmed to start at a space and end
 * on a word where the same diff allows it.
 */
export function readableSegments(changes: readonly ArrayChange<string>[], tokens: TokenPair): Segment[] {
  const segments: Segment[] = [];
  let oldPos = 0;
  let newPos = 0;
  for (const change of changes) {
    const oldCount = change.added ? 0 : change.count;
    const newCount = change.removed ? 0 : change.count;
    const equal = !change.added && !change.removed;
    const segment = { equal, oldStart: oldPos, oldEnd: oldPos + oldCount, newStart: newPos, newEnd: newPos + newCount };
    pushAbsorbing(segments, segment, tokens);
    oldPos += oldCount;
    newPos += newCount;
  }
  const trimmed = segments
    .flatMap((segment) => (segment.equal ? [segment] : trimCommonEnds(segment, tokens)))
    .reduce(mergeAlike, []);
  return slideSpacesForward(trimmed, tokens).reduce(mergeAlike, []);
}

function pushAbsorbing(segments: Segment[], segment: Segment, tokens: TokenPair): void {
  const last = segments.at(-1);
  if (segment.equal || last === undefined) {
    segments.push(segment);
  } else if (!last.equal) {
    segments[segments.length - 1] = span(last, segment);
  } else {
    const before = segments.at(-2);
    if (before !== undefined && !before.equal && isAbsorbable(last, before, segment, tokens)) {
      segments.splice(-2, 2, span(before, segment));
    } else {
      segments.push(segment);
    }
  }
}

function isAbsorbable(equality: Segment, before: Segment, after: Segment, tokens: TokenPair): boolean {
  const equalTokens = tokens.new.slice(equality.newStart, equality.newEnd);
  if (equalTokens.every((token) => token.kind !== 'word')) return true;
  const length = textLength(equalTokens);
  return length <= editLength(before, tokens) && length <= editLength(after, tokens);
}

function editLength(segment: Segment, tokens: TokenPair): number {
  return Math.max(
    textLength(tokens.old.slice(segment.oldStart, segment.oldEnd)),
    textLength(tokens.new.slice(segment.newStart, segment.newEnd)),
  );
}

/** One changed segment covering `first` through `last`. */
function span(first: Segment, last: Segment): Segment {
  return { equal: false, oldStart: first.oldStart, oldEnd: last.oldEnd, newStart: first.newStart, newEnd: last.newEnd };
}

/** Gives back to the equal text the tokens both sides of an absorbed change begin or end with. */
function trimCommonEnds(segment: Segment, tokens: TokenPair): Segment[] {
  let { oldStart, oldEnd, newStart, newEnd } = segment;
  while (oldStart < oldEnd && newStart < newEnd && tokens.old[oldStart]?.key === tokens.new[newStart]?.key) {
    oldStart += 1;
    newStart += 1;
  }
  while (oldStart < oldEnd && newStart < newEnd && tokens.old[oldEnd - 1]?.key === tokens.new[newEnd - 1]?.key) {
    oldEnd -= 1;
    newEnd -= 1;
  }
  return [
    { equal: true, oldStart: segment.oldStart, oldEnd: oldStart, newStart: segment.newStart, newEnd: newStart },
    { equal: false, oldStart, oldEnd, newStart, newEnd },
    { equal: true, oldStart: oldEnd, oldEnd: segment.oldEnd, newStart: newEnd, newEnd: segment.newEnd },
  ].filter((part) => part.oldEnd > part.oldStart || part.newEnd > part.newStart);
}

/**
 * A pure insertion or deletion that ends with a space, after an equality ending with the same space, is the
 * same diff shifted by one token: shift it so it starts with the space and ends on its last word
 * (" la convocation" rather than "la convocation ").
 */
function slideSpacesForward(segments: readonly Segment[], tokens: TokenPair): Segment[] {
  const slid = segments.map((segment) => ({ ...segment }));
  slid.forEach((change, index) => {
    const before = slid[index - 1];
    if (change.equal || before === undefined) return;
    const side = change.oldEnd === change.oldStart ? 'new' : change.newEnd === change.newStart ? 'old' : null;
    if (side === null) return;
    let after = slid[index + 1];
    while (endsWithSameSpace(change, before, side, tokens)) {
      if (after === undefined) {
        after = { equal: true, oldStart: change.oldEnd, oldEnd: change.oldEnd, newStart: change.newEnd, newEnd: change.newEnd };
        slid.push(after);
      }
      for (const segment of [before, change]) {
        segment.oldEnd -= 1;
        segment.newEnd -= 1;
      }
      for (const segment of [change, after]) {
        segment.oldStart -= 1;
        segment.newStart -= 1;
      }
    }
  });
  return slid.filter((segment) => segment.oldEnd > segment.oldStart || segment.newEnd > segment.newStart);
}

function endsWithSameSpace(change: Segment, before: Segment, side: 'old' | 'new', tokens: TokenPair): boolean {
  const [changeEnd, beforeStart, beforeEnd] =
    side === 'old' ? [change.oldEnd, before.oldStart, before.oldEnd] : [change.newEnd, before.newStart, before.newEnd];
  const last = tokens[side][changeEnd - 1];
  return beforeEnd > beforeStart && last?.kind === 'space' && tokens[side][beforeEnd - 1]?.key === last.key;
}

/** Merges neighbours of the same kind (equal after equal, change after change). */
function mergeAlike(segments: Segment[], segment: Segment): Segment[] {
  const last = segments.at(-1);
  if (last !== undefined && last.equal === segment.equal) {
    segments[segments.length - 1] = { ...last, oldEnd: segment.oldEnd, newEnd: segment.newEnd };
  } else {
    segments.push(segment);
  }
  return segments;
}

function textLength(tokens: readonly Token[]): number {
  return tokens.reduce((length, token) => length + token.text.length, 0);
}
