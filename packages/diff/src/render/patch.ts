import { newTextOf, oldTextOf } from '../article-diff/apply-diff.js';
import type { AlineaDiff, ArticleDiff } from '../types.js';

/** Unchanged alinéas shown around each change. */
const CONTEXT = 1;

/**
 * A unified diff with one alinéa a line: "-" old wording, "+" new wording, " " unchanged, in @@ hunks with one
 * alinéa of context. A modified alinéa is one "-" line and one "+" line; the word detail is the HTML's job.
 */
export function renderDiffPatch(diff: ArticleDiff, labels: { old: string; new: string } = { old: 'ancien', new: 'nouveau' }): string {
  const lines = [`--- ${labels.old}`, `+++ ${labels.new}`];
  for (const hunk of hunksOf(diff.alineas)) lines.push(...hunkLines(diff.alineas, hunk));
  return `${lines.join('\n')}\n`;
}

interface Hunk {
  /** Positions in the alinéa list, end exclusive. */
  start: number;
  end: number;
}

/** Changed alinéas with their context; changes closer than twice the context share a hunk. */
function hunksOf(alineas: readonly AlineaDiff[]): Hunk[] {
  const hunks: Hunk[] = [];
  alineas.forEach((alinea, position) => {
    if (alinea.status === 'unchanged') return;
    const start = Math.max(0, position - CONTEXT);
    const end = Math.min(alineas.length, position + 1 + CONTEXT);
    const last = hunks.at(-1);
    if (last !== undefined && start <= last.end) last.end = end;
    else hunks.push({ start, end });
  });
  return hunks;
}

function hunkLines(alineas: readonly AlineaDiff[], hunk: Hunk): string[] {
  const oldBefore = alineas.slice(0, hunk.start).filter((alinea) => alinea.oldIndex !== null).length;
  const newBefore = alineas.slice(0, hunk.start).filter((alinea) => alinea.newIndex !== null).length;
  const body: string[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  let oldCount = 0;
  let newCount = 0;
  for (const alinea of alineas.slice(hunk.start, hunk.end)) {
    if (alinea.oldIndex !== null) oldCount += 1;
    if (alinea.newIndex !== null) newCount += 1;
    if (alinea.status === 'unchanged') {
      body.push(...removed, ...added, ` ${newTextOf(alinea)}`);
      removed = [];
      added = [];
      continue;
    }
    if (alinea.oldIndex !== null) removed.push(`-${oldTextOf(alinea)}`);
    if (alinea.newIndex !== null) added.push(`+${newTextOf(alinea)}`);
  }
  body.push(...removed, ...added);
  return [`@@ -${rangeOf(oldBefore, oldCount)} +${rangeOf(newBefore, newCount)} @@`, ...body];
}

/** "start,count", 1-based; an empty range starts at the line before it, as in GNU diff. */
function rangeOf(linesBefore: number, count: number): string {
  return `${count === 0 ? linesBefore : linesBefore + 1},${count}`;
}
