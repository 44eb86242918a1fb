import type { PublishedChange } from './types.js';

// Picked field by field: what feeds and webhooks publish is a contract, whatever extra fields the caller's objects
// carry (a `numKey`, a database row's columns).

export function publicCode(change: PublishedChange): PublishedChange['code'] {
  return { slug: change.code.slug, title: change.code.title };
}

export function publicArticle(change: PublishedChange): PublishedChange['article'] {
  return change.article && { cid: change.article.cid, num: change.article.num };
}
