import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, CRPA, startTestServer, type TestServer } from './support/test-server.js';

type Json = Record<string, any>;

const SNAPSHOT_DAYS = ['2022-10-22', '2022-12-19', '2023-01-02', '2023-05-16'];
// R572-3 (Wallis-et-Futuna table of the R. articles) was amended by the décret of 11 May 2023.
const R572_3 = 'LEGIARTI000031370813';
// R. 114-9-1: repeal scheduled for 2023-01-01 (dump of 2022-10-22), amended (2023-01-02), repealed (2023-05-16).
const R114_9_1 = 'LEGIARTI000038029871';
const LIVRE_V = "Livre V : DISPOSITIONS RELATIVES À L'OUTRE-MER";

describe.each(BACKENDS)('JSON API on %s', (backend) => {
  let server: TestServer;
  let all: Json[];
  const list = async (query: string): Promise<Json> => server.json(`/api/changes?${query}`);
  const error = async (path: string): Promise<Json & { status: number }> => {
    const response = await server.get(path);
    return { status: response.status, ...((await response.json()) as Json) };
  };

  beforeAll(async () => {
    server = await startTestServer(backend);
    all = (await list('limit=500')).changes;
  });
  afterAll(() => server?.close());

  describe('GET /api/changes', () => {
    it('lists every recorded change once, newest first, with its facts and links', async () => {
      const recorded = server.seeded.flatMap((dump) => dump.changes);
      expect(all.map((change) => change.id).sort()).toEqual(recorded.map((change) => change.id).sort());
      expect(all.map((change) => change.sequence)).toEqual(recorded.map((change) => change.sequence).sort((a, b) => b - a));
      const kinds = new Set(all.map((change) => change.kind));
      expect([...kinds].sort()).toEqual(['amended', 'corrected', 'created', 'repeal_scheduled', 'repealed']);
      for (const change of all) {
        expect(SNAPSHOT_DAYS).toContain(change.dumpDate);
        expect(change.code).toEqual({ slug: CRPA, title: "Code des relations entre le public et l'administration" });
        expect(change.links.self).toBe(`${server.url}/api/changes/${change.id}`);
        expect(change.links.page).toBe(`${server.url}/changes/${change.id}`);
        expect(new Date(change.detectedAt).toISOString()).toBe(change.detectedAt);
      }
      const amended = all.find((change) => change.article.cid === R572_3);
      expect(amended).toMatchObject({
        kind: 'amended',
        title: 'Article R. 572-3 modifié — en vigueur le 14 mai 2023',
        effectiveDate: '2023-05-14',
        dumpDate: '2023-05-16',
        before: { id: 'LEGIARTI000043396222' },
        after: { id: 'LEGIARTI000047543695' },
        links: { legifrance: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000047543695' },
      });
    });

    it('echoes the filters, saying which date since/until bound', async () => {
      const { filters } = await list('kind=amended&since=2023-01-01&dateField=effective');
      expect(filters).toEqual({
        code: null,
        article: [],
        section: null,
        kind: ['amended'],
        since: '2023-01-01',
        until: null,
        dateField: 'effective',
        q: null,
        cites: null,
        limit: 50,
      });
      expect((await list('')).filters.dateField).toBe('detected');
    });

    it('filters by code', async () => {
      expect((await list(`code=${CRPA}&limit=500`)).changes).toHaveLength(all.length);
    });

    it('filters by article number or cid, repeated or comma-separated', async () => {
      const byNumber = await list('article=R114-9-1');
      expect(byNumber.changes.map((change: Json) => change.kind)).toEqual(['repealed', 'amended', 'repeal_scheduled']);
      expect((await list(`article=${R114_9_1}`)).changes).toEqual(byNumber.changes);
      expect((await list('article=R. 114-9-1')).changes).toEqual(byNumber.changes);
      const two = await list(`article=R114-9-1&article=${R572_3}`);
      expect(two.changes.map((change: Json) => change.article.num)).toEqual(['R114-9-1', 'R572-3', 'R114-9-1', 'R114-9-1']);
      expect((await list(`article=R114-9-1,${R572_3}`)).changes).toEqual(two.changes);
      expect((await list('article=R*323-5')).changes.map((change: Json) => change.kind)).toEqual(['repealed']);
    });

    it('filters by section cid or by path prefix', async () => {
      const bySection = await list('section=LEGISCTA000031368225');
      expect(bySection.changes.map((change: Json) => change.article.num)).toEqual(['R572-3', 'D572-4']);
      const livreV = await list(`section=${encodeURIComponent(LIVRE_V)}&limit=500`);
      expect(livreV.changes.length).toBe(all.filter((change) => change.section.path[0] === LIVRE_V).length);
      expect(livreV.changes.length).toBeGreaterThan(10);
      const titreVii = await list(`section=${encodeURIComponent(`${LIVRE_V} > TITRE VII : nothing`)}`);
      expect(titreVii.changes).toEqual([]);
      // Titles match whole: "Livre V" is not a prefix of the title "Livre V : …".
      expect((await list('section=Livre%20V')).changes).toEqual([]);
    });

    it('filters by kind, repeatable', async () => {
      const repeals = await list('kind=repealed&kind=repeal_scheduled&limit=500');
      expect(repeals.changes.length).toBe(all.filter((change) => ['repealed', 'repeal_scheduled'].includes(change.kind)).length);
      expect(repeals.filters.kind).toEqual(['repeal_scheduled', 'repealed']);
      expect((await list('kind=corrected')).changes.map((change: Json) => change.article.num)).toEqual(['L113-13']);
    });

    it('filters on the effective date, inclusive, leaving out changes without a known one', async () => {
      const { changes } = await list('dateField=effective&since=2022-12-18&until=2023-01-01&limit=500');
      expect(changes.map((change: Json) => `${change.article.num} ${change.effectiveDate}`)).toEqual([
        'R221-16 2023-01-01',
        'R114-9-1 2023-01-01',
        'L574-1 2022-12-18',
        'L562-8 2022-12-18',
        'L552-8 2022-12-18',
        'R114-9-1 2023-01-01',
      ]);
    });

    it('filters on the detection date, in Paris days', async () => {
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
      expect((await list(`since=${today}&limit=500`)).changes).toHaveLength(all.length);
      expect((await list(`until=2020-01-01`)).changes).toEqual([]);
    });

    it('filters by words of the article text (French full-text search)', async () => {
      const { changes } = await list('q=t%C3%A9l%C3%A9service');
      expect(changes.map((change: Json) => change.article.num)).toEqual(['R114-9-3', 'D113-14', 'D114-9-1']);
      expect((await list('q=xyzzyq')).changes).toEqual([]);
    });

    it('filters by the articles a given article cites (cid or number)', async () => {
      const cited = await list(`cites=${R572_3}`);
      expect(cited.changes.map((change: Json) => change.title)).toEqual([
        'Article R. 114-9-7 modifié — en vigueur le 14 mai 2023',
        'Article R. 114-9-6 modifié — en vigueur le 14 mai 2023',
        'Article R. 114-9-5 modifié — en vigueur le 14 mai 2023',
      ]);
      expect((await list('cites=R572-3')).changes).toEqual(cited.changes);
    });

    it('refuses what it does not understand with a 400 that says what is wrong', async () => {
      const cases: [string, string][] = [
        ['foo=1', 'unknown query parameter "foo": this address accepts code, article, section, kind, since, until, dateField, q, cites, limit, cursor'],
        ['since=2023-02-30', 'since: expected a day as YYYY-MM-DD (e.g. 2023-05-16), got "2023-02-30"'],
        ['until=yesterday', 'until: expected a day as YYYY-MM-DD (e.g. 2023-05-16), got "yesterday"'],
        ['since=2023-05-01&until=2023-01-01', 'since (2023-05-01) is after until (2023-01-01): no day can match'],
        ['dateField=published', 'dateField: expected detected or effective, got "published"'],
        ['kind=abrogated', 'kind: unknown kind "abrogated" (known: created, amended, corrected, scheduled, repeal_scheduled, repealed, renumbered, moved, section_retitled)'],
        ['limit=501', 'limit: expected a whole number from 1 to 500, got "501"'],
        ['limit=0', 'limit: expected a whole number from 1 to 500, got "0"'],
        ['cursor=bm9wZQ', 'cursor: "bm9wZQ" is not a cursor this API gave (take one from a previous response\'s links)'],
        ['code=a&code=b', 'code: give it once (got 2 values)'],
        ['code=CRPA', 'code: "CRPA" is not a code slug (lower-case words joined by "-", as GET /api/codes lists them)'],
        ['code=code-civil', `code: no code "code-civil" is published (known: ${CRPA})`],
        ['cites=L999-99', 'cites: no article numbered "L999-99"'],
      ];
      for (const [query, message] of cases) {
        expect(await error(`/api/changes?${query}`)).toEqual({ status: 400, statusCode: 400, error: 'Bad Request', message });
      }
    });

    it('takes blank parameters as absent, as an empty form field sends them', async () => {
      expect((await list('code=&article=&since=&limit=500')).changes).toHaveLength(all.length);
    });
  });

  describe('GET /api/changes/:id', () => {
    it('gives the change with its diff as data and as HTML', async () => {
      const summary = all.find((change) => change.article.cid === R572_3)!;
      const change = await server.json(`/api/changes/${summary.id}`);
      expect(change).toMatchObject({ ...summary, diff: { stats: { alineasTouched: 5 } } });
      expect(change.diff.alineas.filter((alinea: Json) => alinea.status !== 'unchanged').length).toBe(5);
      expect(change.diffHtml).toMatch(/R\. 114-9-5 à <del [^>]*>.*R\. 114-9-8.*<\/del><ins [^>]*>.*R\. 114-9-7/);
      expect(change.diffHtml).toMatch(/<del [^>]*>.*R\. 114-9-1 et R\. 114-9-2/);
      expect(change.diffHtml).toMatch(/<ins [^>]*>.*2023-361.*<\/ins> du <del [^>]*>.*18 janvier 2019.*<\/del><ins [^>]*>.*11 mai 2023/);
    });

    it('answers 404 for an unknown id', async () => {
      expect(await error('/api/changes/0123')).toEqual({ status: 404, statusCode: 404, error: 'Not Found', message: 'no change has the id "0123"' });
    });
  });

  describe('GET /api/codes', () => {
    it('lists the codes with the day of their current state and their feeds', async () => {
      expect(await server.json('/api/codes')).toEqual({
        codes: [
          {
            slug: CRPA,
            title: "Code des relations entre le public et l'administration",
            stateDumpDate: '2023-05-16',
            links: {
              changes: `${server.url}/api/changes?code=${CRPA}`,
              feeds: {
                atom: `${server.url}/feeds/codes/${CRPA}.atom`,
                rss: `${server.url}/feeds/codes/${CRPA}.rss`,
                json: `${server.url}/feeds/codes/${CRPA}.json`,
              },
            },
          },
        ],
      });
    });
  });

  describe('GET /api/articles', () => {
    it('finds articles by number, in one code or in all', async () => {
      const found = await server.json(`/api/articles?code=${CRPA}&num=R.%20572-3`);
      expect(found.articles).toEqual([
        {
          cid: R572_3,
          num: 'R572-3',
          code: { slug: CRPA, title: "Code des relations entre le public et l'administration" },
          sectionPath: [LIVRE_V, 'Titre VII : DISPOSITIONS APPLICABLES DANS LES ÎLES WALLIS ET FUTUNA', 'Chapitre II : Dispositions spécifiques relatives au livre Ier'],
          links: { self: `${server.url}/api/articles/${R572_3}`, page: `${server.url}/articles/${R572_3}`, feed: `${server.url}/feeds/articles/${R572_3}.atom` },
        },
      ]);
      expect((await server.json('/api/articles?num=R572-3')).articles).toEqual(found.articles);
      expect((await server.json('/api/articles?num=L999-99')).articles).toEqual([]);
    });

    it('needs a number', async () => {
      expect((await error(`/api/articles?code=${CRPA}`)).message).toBe('num: required (an article number, e.g. L100-1; code narrows it to one code)');
      expect((await error('/api/articles?num=L100-1&page=2')).status).toBe(400);
    });
  });

  describe('GET /api/articles/:cid', () => {
    it('lists every stored version with its dates, state, number and section', async () => {
      const article = await server.json(`/api/articles/${R114_9_1}`);
      expect(article).toMatchObject({ cid: R114_9_1, num: 'R114-9-1', code: { slug: CRPA } });
      expect(article.versions.map((version: Json) => [version.id, version.etat, version.status, version.validFrom, version.validTo])).toEqual([
        ['LEGIARTI000038029876', 'ABROGE_DIFF', 'repeal_scheduled', '2019-01-21', '2023-01-01'],
        ['LEGIARTI000046074358', 'VIGUEUR_DIFF', 'scheduled', '2023-01-01', null],
      ]);
      expect(article.versions[0].section).toEqual({
        cid: 'LEGISCTA000031367410',
        path: expect.arrayContaining(["Livre Ier : LES ÉCHANGES AVEC L'ADMINISTRATION"]),
      });
    });

    it('answers 404 for an unknown article', async () => {
      expect(await error('/api/articles/LEGIARTI000000000001')).toMatchObject({ status: 404, message: 'no article has the cid "LEGIARTI000000000001"' });
    });
  });

  describe('GET /api/articles/:cid/diff', () => {
    it('diffs the two newest versions by default, as JSON', async () => {
      const diff = await server.json(`/api/articles/${R572_3}/diff`);
      expect(diff.from.id).toBe('LEGIARTI000043396222');
      expect(diff.to.id).toBe('LEGIARTI000047543695');
      expect(diff.diff.stats.alineasTouched).toBe(5);
      expect(diff.html).toContain('<del');
    });

    it('diffs any two versions, as HTML or as a patch', async () => {
      const query = 'from=LEGIARTI000047543695&to=LEGIARTI000043396222';
      const html = await server.get(`/api/articles/${R572_3}/diff?${query}&format=html`);
      expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await html.text()).toMatch(/<ins [^>]*>.*R\. 114-9-1 et R\. 114-9-2/);
      const patch = await server.get(`/api/articles/${R572_3}/diff?${query}&format=patch`);
      expect(patch.headers.get('content-type')).toBe('text/x-diff; charset=utf-8');
      const text = await patch.text();
      expect(text.split('\n').slice(0, 2)).toEqual(['--- LEGIARTI000047543695 (2023-05-14 → open)', '+++ LEGIARTI000043396222 (2021-04-19 → open)']);
      expect(text).toContain('+R. 114-9-1 et R. 114-9-2 | Résultant du décret n° 2019-31 du 18 janvier 2019');
    });

    it('refuses versions of another article and unknown formats', async () => {
      expect((await error(`/api/articles/${R572_3}/diff?from=LEGIARTI000038029876`)).message).toBe(
        `from: "LEGIARTI000038029876" is not a version of article ${R572_3} (its versions: LEGIARTI000043396222, LEGIARTI000047543695)`,
      );
      expect((await error(`/api/articles/${R572_3}/diff?format=pdf`)).message).toBe('format: expected json, html, patch, got "pdf"');
    });
  });

  describe('GET /api/articles/:cid/at/:date', () => {
    it('gives the text in force on a day', async () => {
      const before = await server.json(`/api/articles/${R114_9_1}/at/2022-12-31`);
      expect(before.version.id).toBe('LEGIARTI000038029876');
      expect(before.version.text).toMatch(/^Lorsqu'elles portent sur des informations relatives aux entreprises/);
      expect(before.version.html).toContain('<p>');
      // The version's end is the first day without it.
      expect((await server.json(`/api/articles/${R114_9_1}/at/2023-01-01`)).version.id).toBe('LEGIARTI000046074358');
    });

    it('answers 404 before the article existed and 400 for a bad date', async () => {
      expect((await error(`/api/articles/${R114_9_1}/at/2010-01-01`)).status).toBe(404);
      expect((await error(`/api/articles/${R114_9_1}/at/2023-13-01`)).message).toBe('date: expected a day as YYYY-MM-DD (e.g. 2023-05-16), got "2023-13-01"');
    });
  });

  describe('GET /api/articles/:cid/cited-by', () => {
    it('lists the current articles whose text cites the article', async () => {
      const citing = await server.json('/api/articles/LEGIARTI000038029915/cited-by');
      expect(citing.num).toBe('R114-9-5');
      expect(citing.citedBy.map((article: Json) => article.num)).toEqual(['R552-5', 'R562-5', 'R572-3']);
      expect(citing.citedBy[2].links.self).toBe(`${server.url}/api/articles/${R572_3}`);
    });
  });

  it('answers unknown addresses with the same JSON error shape', async () => {
    expect(await error('/api/nothing-here')).toEqual({ status: 404, statusCode: 404, error: 'Not Found', message: 'Cannot GET /api/nothing-here' });
  });
});
