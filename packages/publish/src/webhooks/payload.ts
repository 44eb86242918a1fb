import type { ChangeKind, SectionRef, VersionRef } from '@legifeed/diff';
import type { CalendarDay, CodeIdentity, DateBound } from '@legifeed/parser';
import { absoluteUrl, changeApiPath, changePath, legifranceUrlOf } from '../links.js';
import { publicArticle, publicCode } from '../public-shape.js';
import type { PublishedChange, SiteLinks } from '../types.js';

export const WEBHOOK_EVENT_TYPES = {
  created: 'article.created',
  amended: 'article.amended',
  corrected: 'article.corrected',
  scheduled: 'article.amendment_scheduled',
  repeal_scheduled: 'article.repeal_scheduled',
  repealed: 'article.repealed',
  renumbered: 'article.renumbered',
  moved: 'article.moved',
  section_retitled: 'section.retitled',
} as const satisfies Record<ChangeKind, string>;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[ChangeKind];

/** Payloads must stay under this many bytes (UTF-8 JSON): receivers fetch the diff by `links.diff`. */
export const WEBHOOK_PAYLOAD_LIMIT_BYTES = 20_000;

export interface WebhookPayload {
  type: WebhookEventType;
  /** When legifeed detected the change: the same on every retry, so signatures and receivers agree. */
  timestamp: string;
  data: {
    id: string;
    sequence: number;
    kind: ChangeKind;
    code: CodeIdentity;
    article: { cid: string; num: string } | null;
    section: SectionRef;
    before: VersionRef | null;
    after: VersionRef | null;
    effectiveDate: DateBound | null;
    dumpDate: CalendarDay;
    /** Cut with "…" when the payload would otherwise reach the limit. */
    summary: string | null;
    /** True when the new version's text is the source's "en cours de traitement". */
    textPending: boolean;
    links: {
      /** Our change page. */
      change: string;
      /** The change as JSON, with its full diff. */
      diff: string;
      legifrance: string | null;
    };
  };
}

export class WebhookPayloadTooLargeError extends Error {
  constructor(changeId: string, bytes: number) {
    super(
      `webhook payload for change ${changeId} is ${bytes} bytes even without its summary; ` +
        `the limit is ${WEBHOOK_PAYLOAD_LIMIT_BYTES}: shorten what the payload carries`,
    );
    this.name = 'WebhookPayloadTooLargeError';
  }
}

function payloadBytes(payload: WebhookPayload): number {
  return Buffer.byteLength(JSON.stringify(payload), 'utf8');
}

function withSummary(payload: WebhookPayload, summary: string | null): WebhookPayload {
  return { ...payload, data: { ...payload.data, summary } };
}

/** The longest cut of the summary (whole code points, then "…") that keeps the payload under the limit. */
function fitSummary(payload: WebhookPayload, summary: string): WebhookPayload | null {
  const chars = Array.from(summary);
  const cut = (length: number) => withSummary(payload, `${chars.slice(0, length).join('')}…`);
  let fits = -1;
  let low = 0;
  let high = chars.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (payloadBytes(cut(middle)) < WEBHOOK_PAYLOAD_LIMIT_BYTES) {
      fits = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return fits < 0 ? null : cut(fits);
}

/** The Standard Webhooks payload announcing one change, under 20 kB. */
export function webhookPayload(change: PublishedChange, links: SiteLinks): WebhookPayload {
  const payload: WebhookPayload = {
    type: WEBHOOK_EVENT_TYPES[change.kind],
    timestamp: new Date(change.detectedAt).toISOString(),
    data: {
      id: change.id,
      sequence: change.sequence,
      kind: change.kind,
      code: publicCode(change),
      article: publicArticle(change),
      section: change.section,
      before: change.before,
      after: change.after,
      effectiveDate: change.effectiveDate,
      dumpDate: change.dumpDate,
      summary: change.summary,
      textPending: change.placeholders?.afterTextPending ?? false,
      links: {
        change: absoluteUrl(links, changePath(change.id)),
        diff: absoluteUrl(links, changeApiPath(change.id)),
        legifrance: legifranceUrlOf(change),
      },
    },
  };
  if (payloadBytes(payload) < WEBHOOK_PAYLOAD_LIMIT_BYTES) return payload;
  const fitted = change.summary === null ? null : fitSummary(payload, change.summary);
  if (fitted) return fitted;
  throw new WebhookPayloadTooLargeError(change.id, payloadBytes(withSummary(payload, null)));
}
