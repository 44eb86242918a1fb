import { and, eq, gt, gte, inArray, like, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { pathKeyPrefixPattern, sectionPathKey } from '../section-path-key.js';
import { changes } from '../schema/changes.js';
import type { ChangeFilter } from '../stored-change.js';

/**
 * The WHERE clause of a change listing. `sectionKeyOfCid` is the stored path key of `filter.sectionCid`, looked
 * up beforehand so the prefix match is a constant pattern the index can use.
 */
export function changeFilterConditions(filter: ChangeFilter, sectionKeyOfCid: string | null): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.code !== undefined) conditions.push(eq(changes.code, filter.code));
  if (filter.cids?.length || filter.numKeys?.length) {
    conditions.push(
      or(
        filter.cids?.length ? inArray(changes.cid, [...filter.cids]) : undefined,
        filter.numKeys?.length ? inArray(changes.numKey, [...filter.numKeys]) : undefined,
      ),
    );
  }
  if (filter.sectionCid !== undefined) {
    conditions.push(
      sectionKeyOfCid === null
        ? eq(changes.sectionCid, filter.sectionCid)
        : or(
            eq(changes.sectionCid, filter.sectionCid),
            like(changes.sectionPathKey, pathKeyPrefixPattern(sectionKeyOfCid)),
          ),
    );
  }
  if (filter.sectionPathPrefix !== undefined && filter.sectionPathPrefix.length > 0) {
    conditions.push(like(changes.sectionPathKey, pathKeyPrefixPattern(sectionPathKey(filter.sectionPathPrefix))));
  }
  if (filter.kinds?.length) conditions.push(inArray(changes.kind, [...filter.kinds]));
  if (filter.detectedSince !== undefined) conditions.push(gte(changes.detectedAt, filter.detectedSince));
  if (filter.detectedUntil !== undefined) conditions.push(lt(changes.detectedAt, filter.detectedUntil));
  if (filter.effectiveSince !== undefined || filter.effectiveUntil !== undefined) {
    conditions.push(ne(changes.effectiveDate, 'undetermined'));
    if (filter.effectiveSince !== undefined) conditions.push(gte(changes.effectiveDate, filter.effectiveSince));
    if (filter.effectiveUntil !== undefined) conditions.push(lte(changes.effectiveDate, filter.effectiveUntil));
  }
  if (filter.q !== undefined && filter.q.trim() !== '') {
    conditions.push(sql`${changes.search} @@ websearch_to_tsquery('french', ${filter.q})`);
  }
  if (filter.citedByCid !== undefined) {
    conditions.push(sql`exists (
      select 1 from code_state s join article_references r on r.version_id = s.version_id
      where s.cid = ${filter.citedByCid} and r.code = ${changes.code} and r.cited_num_key = ${changes.numKey})`);
  }
  if (filter.before !== undefined) conditions.push(lt(changes.sequence, filter.before));
  if (filter.after !== undefined) conditions.push(gt(changes.sequence, filter.after));
  return and(...conditions);
}
