/**
 * The GraphQL IDE in a real browser (Debian's Chromium): it loads from this server only, lists the
 * example operations with their questions, runs one and shows its result, and has the docs explorer.
 */

import type { Browser } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser, openGuardedPage, screenshot, type GuardedPage } from '../support/browser';
import { startTestServer, type TestServer } from '../support/test-server';
import { ensureWebBuilt } from '../support/web-build';

jest.setTimeout(120_000);

let server: TestServer;
let browser: Browser;
let origin: string;

// A build after a change to web/ takes a minute or two on a busy 2-core machine.
beforeAll(() => ensureWebBuilt(), 600_000);

beforeAll(async () => {
  server = await startTestServer();
  origin = new URL(server.url).origin;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The text GraphiQL shows in its response pane (Monaco renders it as lines of spans). */
async function responseText(guarded: GuardedPage): Promise<string> {
  return guarded.page.locator('.graphiql-response').innerText();
}

/** Waits until the response pane shows `needle` (compared without whitespace: Monaco wraps long lines). */
async function waitForResponse(guarded: GuardedPage, needle: string): Promise<string> {
  const squeezed = needle.replace(/\s+/g, '');
  const deadline = Date.now() + 45_000;
  for (;;) {
    const text = await responseText(guarded);
    if (text.replace(/\s+/g, '').includes(squeezed)) return text;
    if (Date.now() > deadline) throw new Error(`The response never showed ${needle}; it shows: ${text.slice(0, 300)}`);
    await guarded.page.waitForTimeout(250);
  }
}

async function openIde(viewport: typeof DESKTOP, path = '/'): Promise<GuardedPage> {
  const guarded = await openGuardedPage(browser, origin, viewport);
  await guarded.page.goto(`${origin}${path}`);
  await guarded.page.locator('.graphiql-container').waitFor();
  // The query editor is ready once Monaco has rendered the first tab's text.
  await guarded.page.locator('.graphiql-query-editor .view-lines').first().waitFor();
  return guarded;
}

test('the IDE lists the examples, runs one and shows its result, offline', async () => {
  const guarded = await openIde(DESKTOP);
  const { page } = guarded;
  try {
    // Every example is listed with the question on its first line.
    const search = page.locator('button[data-example="Search"]');
    await expect(search.innerText()).resolves.toContain('Which entities have a name like this?');
    await expect(page.locator('button[data-example]').count()).resolves.toBeGreaterThanOrEqual(10);
    await expect(page.locator('button[data-example="PathBetween"]').innerText()).resolves.toContain(
      'How are two entities linked, hop by hop',
    );

    // Open the search example in a new tab and run it.
    await search.click();
    await page.locator('.graphiql-query-editor .view-lines', { hasText: 'query Search' }).waitFor();
    await page.locator('.graphiql-execute-button').click();
    const text = await waitForResponse(guarded, '"id": "automaker:byd"');
    expect(text).toContain('"search"');
    expect(text).toMatch(/"name":\s*"BYD"/);
    await screenshot(page, 'ide-desktop');

    // The documentation explorer shows the schema.
    await page.getByRole('button', { name: /documentation explorer/i }).first().click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
    await page.locator('.graphiql-doc-explorer').getByText('exporterRanking', { exact: false }).first().waitFor();
    await screenshot(page, 'ide-docs-desktop');

    expect(guarded.foreignRequests).toEqual([]);
    expect(guarded.errors).toEqual([]);
  } finally {
    await guarded.close();
  }
});

test('GET /graphql from a browser shows the IDE, and it fits a phone', async () => {
  const guarded = await openIde(PHONE, '/graphql');
  const { page } = guarded;
  try {
    expect(page.url()).toBe(`${origin}/graphql`);
    // The first tab is the search example, ready to run.
    await page.locator('.graphiql-query-editor .view-lines', { hasText: 'query Search' }).waitFor();
    await page.locator('.graphiql-execute-button').click();
    await waitForResponse(guarded, '"id": "automaker:byd"');
    await screenshot(page, 'ide-phone');
    expect(guarded.foreignRequests).toEqual([]);
    expect(guarded.errors).toEqual([]);
  } finally {
    await guarded.close();
  }
});
