import { CHANGE_KINDS } from '@legifeed/diff';
import { describe, expect, it } from 'vitest';
import { correctedR382_84, REAL_CHANGES, retitledLivreIII, SITE } from '../real-changes.test-helpers.js';
import { WEBHOOK_EVENT_TYPES, WEBHOOK_PAYLOAD_LIMIT_BYTES, WebhookPayloadTooLargeError, webhookPayload } from './payload.js';

const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

describe('webhookPayload', () => {
  it('announces the corrected R382-84 with its versions, dates, summary and links', () => {
    expect(webhookPayload(correctedR382_84, SITE)).toEqual({
      type: 'article.corrected',
      timestamp: '2023-05-15T03:47:09.000Z',
      data: {
        id: 'chg-000731',
        sequence: 731,
        kind: 'corrected',
        code: { slug: 'code-de-la-securite-sociale', title: 'Code de la sécurité sociale' },
        article: { cid: 'LEGIARTI000006749790', num: 'R382-84' },
        section: correctedR382_84.section,
        before: correctedR382_84.before,
        after: correctedR382_84.after,
        effectiveDate: null,
        dumpDate: '2023-05-14',
        summary: correctedR382_84.summary,
        textPending: false,
        links: {
          change: 'https://legifeed.example.org/changes/chg-000731',
          diff: 'https://legifeed.example.org/api/changes/chg-000731',
          legifrance: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000034623071',
        },
      },
    });
    expect(correctedR382_84.summary).toContain("caisse mutuelle d'assurance maladie des cultes");
  });

  it('gives each kind its own event type, and a section retitling no Légifrance link', () => {
    expect(new Set(Object.values(WEBHOOK_EVENT_TYPES)).size).toBe(CHANGE_KINDS.length);
    for (const change of REAL_CHANGES) {
      const payload = webhookPayload(change, SITE);
      expect(payload.type).toBe(WEBHOOK_EVENT_TYPES[change.kind]);
      expect(bytesOf(payload)).toBeLessThan(WEBHOOK_PAYLOAD_LIMIT_BYTES);
    }
    expect(webhookPayload(retitledLivreIII, SITE)).toMatchObject({ type: 'section.retitled', data: { article: null, links: { legifrance: null } } });
  });

  it('cuts an oversized summary with "…" to stay under 20 kB, keeping as much as fits', () => {
    const long = `${correctedR382_84.summary} `.repeat(200);
    const payload = webhookPayload({ ...correctedR382_84, summary: long }, SITE);
    const size = bytesOf(payload);
    expect(size).toBeLessThan(WEBHOOK_PAYLOAD_LIMIT_BYTES);
    expect(size).toBeGreaterThan(WEBHOOK_PAYLOAD_LIMIT_BYTES - 10);
    expect(payload.data.summary?.endsWith('…')).toBe(true);
    expect(long.startsWith(payload.data.summary!.slice(0, -1))).toBe(true);
  });

  it('refuses, naming the change, a payload too large even without its summary', () => {
    const path = Array.from({ length: 400 }, (_, index) => `Section ${index} : ${correctedR382_84.section.path[1]}`);
    const change = { ...correctedR382_84, section: { cid: null, path } };
    expect(() => webhookPayload(change, SITE)).toThrow(WebhookPayloadTooLargeError);
    expect(() => webhookPayload(change, SITE)).toThrow(/change chg-000731 is \d+ bytes even without its summary/);
  });
});
