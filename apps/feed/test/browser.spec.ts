/// <reference lib="dom" />
// The DOM types, for the callbacks below that run in the page.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';

// Debian's Chromium, never a downloaded one (CI installs the `chromium` package).
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ARTEFACTS = fileURLToPath(new URL('../test-results/', import.meta.url));

describe('the site in a real browser (Chromium)', () => {
  let server: TestServer;
  let profile: string;
  let browser: BrowserContext;
  let page: Page;
  /** Console errors and page errors, CSP violations included. */
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startTestServer('pglite');
    profile = await mkdtemp(join(tmpdir(), 'legifeed-chromium-'));
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    // Injected by the browser's devtools protocol, not by the page: the CSP does not apply to it.
    await browser.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`),
      );
    });
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await server?.close();
  });

  it('loads the home page, filters by article, opens the change and shows its diff', async () => {
    await page.goto(`${server.url}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dernières modifications');
    expect(await page.locator('.change-list > li').count()).toBe(server.seeded.flatMap((dump) => dump.changes).length);

    await page.getByLabel('Article (numéro ou identifiant)').fill('R572-3');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL(/[?&]article=R572-3/);
    const titles = page.locator('.change-list h3 a');
    expect(await titles.allTextContents()).toEqual(['Article R. 572-3 modifié — en vigueur le 14 mai 2023']);

    await titles.first().click();
    await page.waitForURL(/\/changes\/[0-9a-f]{32}$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Article R. 572-3 modifié — en vigueur le 14 mai 2023');
    const deleted = page.locator('del', { hasText: 'R. 114-9-1 et R. 114-9-2' });
    const inserted = page.locator('ins', { hasText: '11 mai 2023' });
    expect(await deleted.isVisible()).toBe(true);
    expect(await inserted.isVisible()).toBe(true);
    // The stylesheet loaded under the CSP: insertions take its background colour.
    expect(await inserted.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(211, 245, 220)');

    await mkdir(ARTEFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTEFACTS, 'change-page.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
