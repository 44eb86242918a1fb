import { expect } from 'vitest';
import { isRowError, type ArticleVersion, type RowError } from '../../src/types.js';
import { sanitisationFaults } from './sanitised-html.js';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** A RowError that says where and what: the location given, a column of the dataset, a message. */
export function expectRowError(error: RowError, at: { file: string; row: number }, columns: ReadonlySet<string>): void {
  expect(error).toMatchObject(at);
  expect(columns.has(error.field), `field "${error.field}" is a known column`).toBe(true);
  expect(error.message).not.toBe('');
}

/** What every version must satisfy, whatever the row held. */
export function expectSoundVersion(version: ArticleVersion): void {
  expect(version.text).toBe(version.paragraphs.join('\n'));
  expect(version.paragraphs.filter((paragraph) => paragraph === '' || paragraph !== paragraph.trim())).toEqual([]);
  expect(sanitisationFaults(version.html)).toEqual([]);
  expect(sanitisationFaults(version.notaHtml)).toEqual([]);
  expect(version.contentHash).toMatch(SHA256_HEX);
  expect(version.rawHash).toMatch(SHA256_HEX);
}

export function asVersion(result: ArticleVersion | RowError): ArticleVersion {
  if (isRowError(result)) throw new Error(`expected a version, got a RowError on ${result.field}: ${result.message}`);
  return result;
}
