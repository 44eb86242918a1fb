import { sql, type SQL } from 'drizzle-orm';

/**
 * Whether change `c` matches the filter of subscription `s` (a `SubscriptionFilter` stored as jsonb), in SQL so
 * that a whole dump's changes are matched against every subscription in one statement, inside the transaction
 * that records them. `codes` and `kinds` narrow; a change then matches when the filter names nothing to follow,
 * or when it touches a followed article (cid or number key), a followed section (path prefix), or, with
 * `cites`, an article that a followed article's current version cites.
 */
export function subscriptionMatchesChange(): SQL {
  const list = (field: string) => sql.raw(`coalesce(s.filter -> '${field}', '[]'::jsonb)`);
  const isEmpty = (field: string) => sql`jsonb_array_length(${list(field)}) = 0`;
  // The prefix's path key, built as section-path-key.ts builds them (each title followed by U+001F).
  const prefixKey = sql.raw(
    `(select string_agg(title || chr(31), '' order by position) from jsonb_array_elements_text(prefix) with ordinality as t(title, position))`,
  );
  return sql`(
    (${isEmpty('codes')} or ${list('codes')} ? c.code)
    and (${isEmpty('kinds')} or ${list('kinds')} ? c.kind)
    and (
      (${isEmpty('articles')} and ${isEmpty('sectionPrefixes')})
      or ${list('articles')} ? c.cid
      or ${list('articles')} ? c.num_key
      or exists (
        select 1 from jsonb_array_elements(${list('sectionPrefixes')}) as prefixes(prefix)
        where left(c.section_path_key, length(${prefixKey})) = ${prefixKey})
      or (coalesce((s.filter ->> 'cites')::boolean, false) and c.num_key is not null and exists (
        select 1
        from code_state followed
        join article_versions version on version.id = followed.version_id
        join article_references cited on cited.version_id = followed.version_id
        where followed.code = c.code and cited.code = c.code and cited.cited_num_key = c.num_key
          and (${list('articles')} ? followed.cid or ${list('articles')} ? version.num_key)))
    )
  )`;
}
