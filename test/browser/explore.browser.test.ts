/**
 * The graph explorer in a real browser (Debian's Chromium) against the seeded graph: search as you
 * type, the neighbourhood drawn, a node expanded by a click on the canvas, the sources of an edge,
 * and path mode from Tesla to China. Every request to another host is blocked and must not happen.
 */

import type { Browser, Page } from 'playwright-core';
import { LINK_TYPES } from '../../src/graph/graph.enums';
import { DESKTOP, PHONE, launchBrowser, openGuardedPage, screenshot, type GuardedPage } from '../support/browser';
import { startTestServer, type TestServer } from '../support/test-server';
import { ensureWebBuilt } from '../support/web-build';

jest.setTimeout(120_000);

let server: TestServer;
let browser: Browser;
let origin: string;

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

/** Evaluates an expression over the page's Cytoscape instance (`cy`). */
function inGraph<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(`(() => { const cy = window.autographExplorer.cy; return ${expression}; })()`) as Promise<T>;
}

/** Waits until an expression over `cy` is true (polled from outside: the page's CSP forbids eval). */
async function waitInGraph(page: Page, expression: string): Promise<void> {
  const deadline = Date.now() + 45_000;
  while (!(await inGraph<boolean>(page, expression))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}`);
    await page.waitForTimeout(200);
  }
}

/** Types into a search box, waits for the result with this id, moves to it with the arrows and presses Enter. */
async function pick(page: Page, inputId: string, text: string, id: string): Promise<void> {
  const input = page.locator(`#${inputId}`);
  await input.click();
  await input.fill('');
  await input.pressSequentially(text, { delay: 30 });
  const option = page.locator(`#${inputId}-results [data-id="${id}"]`);
  await option.waitFor();
  const ids = await page.locator(`#${inputId}-results [role="option"]`).evaluateAll((options) => options.map((o) => o.getAttribute('data-id')));
  for (let i = 0; i < ids.indexOf(id); i += 1) await input.press('ArrowDown');
  await expect(option.getAttribute('aria-selected')).resolves.toBe('true');
  await input.press('Enter');
}

/**
 * An unselected edge that a click on its midpoint can only mean: the midpoint lies inside the canvas,
 * at least 6 px from every node's body and from every other edge's line. (Labels take no clicks.)
 * Null when the drawing at this zoom has none.
 */
const CLEAR_EDGE = `(() => {
  const margin = 6;
  const width = cy.width(), height = cy.height();
  const boxes = cy.nodes().map(n => n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }));
  const near = (p, a, b) => {
    const dx = b.x - a.x, dy = b.y - a.y, length = dx * dx + dy * dy;
    const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
    return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy)) < margin;
  };
  const lines = cy.edges().map(e => ({ id: e.id(), a: e.renderedSourceEndpoint(), m: e.renderedMidpoint(), b: e.renderedTargetEndpoint() }));
  for (const e of cy.edges().filter(e => !e.selected())) {
    const p = e.renderedMidpoint();
    if (p.x < margin || p.y < margin || p.x > width - margin || p.y > height - margin) continue;
    if (boxes.some(b => p.x > b.x1 - margin && p.x < b.x2 + margin && p.y > b.y1 - margin && p.y < b.y2 + margin)) continue;
    if (lines.some(l => l.id !== e.id() && (near(p, l.a, l.m) || near(p, l.m, l.b)))) continue;
    return { id: e.id(), x: p.x, y: p.y };
  }
  return null;
})()`;

/** Finds an edge to click (CLEAR_EDGE), zooming in with the mouse wheel while the drawing is too crowded. */
async function clearEdge(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<{ id: string; x: number; y: number }> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await waitInGraph(page, '!cy.animated()');
    const edge = await inGraph<{ id: string; x: number; y: number } | null>(page, CLEAR_EDGE);
    if (edge !== null) return edge;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(100);
  }
  throw new Error('No edge in the drawing can be clicked unambiguously, even zoomed in');
}

async function openExplorer(viewport: typeof DESKTOP): Promise<GuardedPage> {
  const guarded = await openGuardedPage(browser, origin, viewport);
  await guarded.page.goto(`${origin}/explore`);
  await guarded.page.locator('#search-input').waitFor();
  return guarded;
}

function expectNoOutsideRequestsOrErrors(guarded: GuardedPage): void {
  expect(guarded.foreignRequests).toEqual([]);
  expect(guarded.errors).toEqual([]);
}

test('finds BYD, draws its neighbourhood, expands a node on click and shows the sources of an edge', async () => {
  const guarded = await openExplorer(DESKTOP);
  const { page } = guarded;
  try {
    await pick(page, 'search-input', 'BYD', 'automaker:byd');

    // The neighbourhood is drawn, and every node is listed beside the graph.
    await page.locator('#node-list button[data-id="automaker:byd"]').waitFor();
    await page.locator('#details-title', { hasText: 'BYD' }).waitFor();
    const drawn = await inGraph<number>(page, 'cy.nodes().length');
    expect(drawn).toBeGreaterThan(5);
    await expect(page.locator('#node-list button[data-id]').count()).resolves.toBe(drawn);
    await expect(inGraph<boolean>(page, "cy.$id('country:CN').nonempty()")).resolves.toBe(true);
    await expect(inGraph<number>(page, "cy.edges().filter(e => e.data('type') === 'OPERATES').length")).resolves.toBeGreaterThan(0);
    await screenshot(page, 'explore-neighbourhood-desktop');

    // A click on China in the drawing expands it: its neighbours join. China has hundreds (its
    // automakers, factories, figures…): the explorer asks for the first 50 by id, as the server orders
    // a neighbourhood, so those are the ones to find drawn, read here straight from the graph.
    const neighbours = (
      await server.executor.read<{ id: string }>(
        `MATCH (:Country {id: 'country:CN'})-[:${LINK_TYPES.join('|')}]-(n:Entity) RETURN DISTINCT n.id AS id ORDER BY id`,
      )
    ).map((r) => r.id);
    expect(neighbours.length).toBeGreaterThan(50);
    const shown = neighbours.slice(0, 50);
    const drawnBefore = await inGraph<string[]>(page, 'cy.nodes().map(n => n.id())');
    const joining = shown.filter((id) => !drawnBefore.includes(id));
    expect(joining.length).toBeGreaterThan(0);
    const box = (await page.locator('#cy').boundingBox())!;
    await waitInGraph(page, '!cy.animated()');
    const at = await inGraph<{ x: number; y: number }>(page, "cy.$id('country:CN').renderedPosition()");
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await waitInGraph(page, "cy.$id('country:CN').data('expanded') === true");
    await waitInGraph(page, `cy.$id(${JSON.stringify(joining[0])}).nonempty()`);
    const drawnAfter = await inGraph<string[]>(page, 'cy.nodes().map(n => n.id())');
    expect(drawnAfter).toEqual(expect.arrayContaining(shown));
    expect(drawnAfter.length).toBe(new Set([...drawnBefore, ...shown, 'country:CN']).size);
    expect(drawnAfter.length).toBeGreaterThan(drawn);
    await page.locator('#details-title', { hasText: 'China' }).waitFor();
    // The panel follows the expansion: China's relationships are listed, and it is marked as expanded.
    await page.locator('#details-body', { hasText: 'Its neighbourhood is drawn.' }).waitFor();
    expect(await page.locator('#details-body .relationships li').count()).toBeGreaterThan(1);
    await screenshot(page, 'explore-expanded-desktop');

    // With the keyboard: pick BYD in the node list, then one of its relationships: its sources show.
    await page.locator('#node-list button[data-id="automaker:byd"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('#details-title', { hasText: 'BYD' }).waitFor();
    const operates = page.locator('#details-body button[data-edge^="automaker:byd|OPERATES|"]').first();
    await operates.focus();
    await page.keyboard.press('Enter');
    await page.locator('#details-title', { hasText: 'Operates' }).waitFor();
    const sources = page.locator('#details-body .sources li');
    expect(await sources.count()).toBeGreaterThan(0);
    await expect(page.locator('#details-body').innerText()).resolves.toMatch(/Sources \(\d+\)[\s\S]*published|Sources \(\d+\)[\s\S]*not recorded/);
    await expect(inGraph<number>(page, "cy.edges(':selected').length")).resolves.toBe(1);

    // A click on an edge in the drawing selects it too. Selecting the edge above may pan the view
    // (a short animation), and the layout is random: wait for the view to be still, then click an
    // edge whose midpoint is on the canvas and clear of every node and every other edge.
    const edge = await clearEdge(page, box);
    await page.mouse.click(box.x + edge.x, box.y + edge.y);
    await page.locator('#details-body .kind-tag', { hasText: 'Relationship' }).waitFor();
    await expect(inGraph<string[]>(page, "cy.edges(':selected').map(e => e.id())")).resolves.toEqual([edge.id]);
    await screenshot(page, 'explore-edge-sources-desktop');

    // A trade figure's evidence: value, metric, basis, period, reporter and its source.
    await page.locator('#node-list button[data-id^="figure:"]').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('#details-body dt', { hasText: 'Value' }).waitFor();
    await expect(page.locator('#details-body').innerText()).resolves.toMatch(/Metric[\s\S]*Basis[\s\S]*Period[\s\S]*Reported by[\s\S]*Source/);
    await screenshot(page, 'explore-figure-desktop');
    expectNoOutsideRequestsOrErrors(guarded);
  } finally {
    await guarded.close();
  }
});

test('path mode draws the shortest path from Tesla to China with the evidence of each hop', async () => {
  const guarded = await openExplorer(DESKTOP);
  const { page } = guarded;
  try {
    await page.locator('#mode-path').click();
    await pick(page, 'path-from', 'Tesla', 'automaker:tesla');
    await pick(page, 'path-to', 'China', 'country:CN');

    await page.locator('#details-title', { hasText: /Path: \d+ hops?/ }).waitFor();
    const ids = await inGraph<string[]>(page, 'cy.nodes().map(n => n.id())');
    expect(ids).toEqual(expect.arrayContaining(['automaker:tesla', 'country:CN']));
    const hops = await inGraph<number>(page, 'cy.edges().length');
    expect(hops).toBeGreaterThanOrEqual(1);
    await expect(page.locator('.path-step').count()).resolves.toBe(hops);
    // Each hop lists its sources (or says there is none).
    for (const step of await page.locator('.path-step').all()) {
      await expect(step.locator('.sources li, p.muted').count()).resolves.toBeGreaterThan(0);
    }
    await expect(page.locator('.path-step').first().innerText()).resolves.toContain('Tesla');
    await screenshot(page, 'explore-path-desktop');
    expectNoOutsideRequestsOrErrors(guarded);
  } finally {
    await guarded.close();
  }
});

test('the explorer fits a phone: search, graph and evidence stack up', async () => {
  const guarded = await openExplorer(PHONE);
  const { page } = guarded;
  try {
    await pick(page, 'search-input', 'BYD', 'automaker:byd');
    await page.locator('#node-list button[data-id="automaker:byd"]').waitFor();
    // No horizontal scrolling on a narrow screen.
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'explore-neighbourhood-phone');

    await page.locator('#mode-path').click();
    await pick(page, 'path-from', 'Tesla', 'automaker:tesla');
    await pick(page, 'path-to', 'China', 'country:CN');
    await page.locator('#details-title', { hasText: /Path: \d+ hops?/ }).waitFor();
    await screenshot(page, 'explore-path-phone');
    expectNoOutsideRequestsOrErrors(guarded);
  } finally {
    await guarded.close();
  }
});
