import { BadRequestException } from '@nestjs/common';

/** Where a page starts: below a sequence (older changes, newest first) or above one (newer changes). */
export interface ChangeCursor {
  direction: 'older' | 'newer';
  sequence: number;
}

const PREFIX = { older: 'o', newer: 'n' } as const;
const CURSOR_TEXT = /^([on])(\d{1,15})$/;

// Sequences only ever grow and never move, so a cursor naming one keeps pointing at the same place while new
// changes arrive. Wrapped so that clients pass it back instead of building it.
export function encodeCursor(cursor: ChangeCursor): string {
  return Buffer.from(`${PREFIX[cursor.direction]}${cursor.sequence}`).toString('base64url');
}

export function decodeCursor(raw: string): ChangeCursor {
  const match = CURSOR_TEXT.exec(Buffer.from(raw, 'base64url').toString('latin1'));
  if (match === null) throw new BadRequestException(`cursor: "${raw}" is not a cursor this API gave (take one from a previous response's links)`);
  return { direction: match[1] === 'o' ? 'older' : 'newer', sequence: Number(match[2]) };
}
