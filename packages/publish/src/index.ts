export * from './types.js';
export { escapeHtml } from './html.js';
export { absoluteUrl, articlePath, changeApiPath, changePath, feedItemId, legifranceUrl } from './links.js';
export { etagFor } from './etag.js';
export { articleLabel, citedArticleNumber } from './wording/article-number.js';
export { describePeriod, frenchDay, frenchInstant } from './wording/dates.js';
export { changeTitle, KIND_LABELS } from './wording/change-title.js';
export { latestDetectedAt } from './feeds/feed-items.js';
export { renderAtom, renderRss } from './feeds/xml-feeds.js';
export { JSON_FEED_VERSION, renderJsonFeed } from './feeds/json-feed.js';
export { renderHomePage } from './pages/home-page.js';
export { renderChangePage } from './pages/change-page.js';
export { renderArticlePage } from './pages/article-page.js';
export { SITE_CSS, SITE_CSS_PATH } from './pages/site-css.js';
export {
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_PAYLOAD_LIMIT_BYTES,
  WebhookPayloadTooLargeError,
  webhookPayload,
  type WebhookEventType,
  type WebhookPayload,
} from './webhooks/payload.js';
export { legifranceUrlOf } from './links.js';
export { publishedChangeOf, type PublicationContext, type RecordedChangeFacts } from './published-change.js';
