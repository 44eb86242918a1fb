import type { DumpRun } from '@legifeed/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DumpServer } from './support/dump-server.js';
import { type IngestHarness, startIngest } from './support/ingest-harness.js';
import { CRPA_CODE, DUMPS, FIXTURES } from './support/real-dumps.js';
import { BACKENDS, createTestStorage, type TestStorage } from './support/test-storage.js';

const CGCT_CODE = 'code-general-des-collectivites-territoriales';
const CSS_CODE = 'code-de-la-securite-sociale';
const FIRST = `${FIXTURES}crpa/crpa-2023-01-02T0315.jsonl.gz`;
const SECOND = `${FIXTURES}crpa/crpa-2023-05-16T0334.jsonl.gz`;

describe.each(BACKENDS)('re-ingesting configured sources, on %s', (kind) => {
  let storage: TestStorage;
  let ingest: IngestHarness;
  /** Gives the sha256 as ETag, as Hugging Face does. */
  let dataset: DumpServer;
  /** Gives opaque ETags. */
  let mirror: DumpServer;

  /** Runs the refresh job and, when it queued a run, waits for that run. */
  const refresh = async (code: string): Promise<DumpRun | null> => {
    const { runId } = await ingest.queue.enqueueAndWait('ingest.refresh-source', { code });
    if (runId === null) return null;
    await ingest.queue.enqueueAndWait('ingest.dump', { runId, code }).catch(() => undefined);
    return ingest.dumps.find(Number(runId));
  };

  beforeAll(async () => {
    storage = await createTestStorage(kind);
    dataset = await DumpServer.start('data/train.jsonl.gz', 'sha256');
    mirror = await DumpServer.start('css.jsonl.gz', 'opaque');
    ingest = await startIngest(storage, {
      LEGIFEED_SOURCES: `${CRPA_CODE}=${dataset.url},${CGCT_CODE}=${DUMPS}cgct/cgct-sample.jsonl,${CSS_CODE}=${mirror.url}`,
    });
  }, 60_000);
  afterAll(async () => {
    await ingest?.close();
    await storage?.destroy();
    await dataset?.close();
    await mirror?.close();
  });

  it('ingests a URL source when it changes, and skips it on its ETag alone while it does not', async () => {
    await dataset.serve(FIRST);
    const first = await refresh(CRPA_CODE);
    expect(first).toMatchObject({ status: 'completed', source: dataset.url, code: CRPA_CODE, rowCount: 473 });

    dataset.requests.length = 0;
    expect(await refresh(CRPA_CODE)).toBeNull();
    expect(dataset.requests).toEqual(['HEAD']);

    await dataset.serve(SECOND);
    const second = await refresh(CRPA_CODE);
    expect(second).toMatchObject({ status: 'completed', changeCounts: { created: 2, amended: 9, repealed: 5 }, technicalCount: 85 });
  });

  it('skips a path source whose bytes have not changed', async () => {
    expect(await refresh(CGCT_CODE)).toMatchObject({ status: 'completed', rowCount: 100 });
    expect(await refresh(CGCT_CODE)).toBeNull();
  });

  it('compares the sha256 of the download when the ETag says nothing of the content', async () => {
    await mirror.serve(FIRST);
    expect(await refresh(CSS_CODE)).toMatchObject({ status: 'completed' });
    await mirror.serve(FIRST);
    mirror.requests.length = 0;
    expect(await refresh(CSS_CODE)).toBeNull();
    expect(mirror.requests).toEqual(['HEAD', 'GET']);
  });

  it('fails the refresh of a code without a configured source, naming it', async () => {
    await expect(ingest.queue.enqueueAndWait('ingest.refresh-source', { code: 'code-civil' })).rejects.toThrow(
      'No source is configured for code-civil (LEGIFEED_SOURCES)',
    );
  });
});
