import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseRow } from '../../src/normalise/normalise-row.js';
import type { ArticleVersion } from '../../src/types.js';
import { cosmeticRewrites, rewriteHtml } from './cosmetic-rewrites.js';
import { propertyRuns } from './property-runs.js';
import { realRows } from './real-rows.js';
import { asVersion } from './row-outcome.js';
import { withValue } from './row-mutations.js';

const rows = await realRows();
const AT = { file: 'dumps/property.jsonl', row: 9 };
const RUNS = 400;

function legalContent({ html, paragraphs, text, references, contentHash }: ArticleVersion) {
  return { html, paragraphs, text, references, contentHash };
}

describe('rewrites the source makes in place without any legal change', () => {
  it('leave the html, the alinéas, the text, the references and the content hash as they were', () => {
    let rewritten = 0;
    fc.assert(
      fc.property(fc.constantFrom(...rows), cosmeticRewrites, (row, rewrites) => {
        const texteHtml = rewriteHtml(String(row.texteHtml), rewrites);
        if (texteHtml !== row.texteHtml) rewritten += 1;
        const after = asVersion(normaliseRow(withValue(row, 'texteHtml', texteHtml), AT));
        expect(legalContent(after)).toEqual(legalContent(asVersion(normaliseRow(row, AT))));
      }),
      propertyRuns(RUNS),
    );
    // The rewrites must have had something to do: most real texts have spaces, quotes or links.
    expect(rewritten).toBeGreaterThan(RUNS / 2);
  });
});
