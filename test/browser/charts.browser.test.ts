/**
 * The charts page in a real browser (Debian's Chromium) against the seeded graph: China against Japan
 * drawn from the API's series and a point's source on a click, Japan's three flows, China's 2024
 * export destinations as bars in rank order, the sellers in Brazil, the CSV downloads, errors and
 * "no data" as messages, the address keeping the state, and a phone-sized screen. Every request to
 * another host is blocked and must not happen.
 */

import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser, openGuardedPage, screenshot, type GuardedPage } from '../support/browser';
import { parseCsv } from '../support/csv';
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

// ─── The API's answers, asked independently of the page ───────────────────────────────────────

interface ApiPoint {
  year: number;
  value: number;
  alternatives: number;
  figure: { id: string; basis: string; source: { publisher: string; title: string; url: string | null } };
}

const POINT = 'year value alternatives figure { id basis source { publisher title url } }';
const MEASURE = 'metric: UNITS, vehicleClass: ALL_VEHICLES, countedBy: MANUFACTURERS';

async function api<T>(query: string): Promise<T> {
  const response = await server.request<T>(query);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

/** year -> value of a series. */
function byYear(points: ApiPoint[]): Record<string, number> {
  return Object.fromEntries(points.map((point) => [String(point.year), point.value]));
}

// ─── The page ─────────────────────────────────────────────────────────────────────────────────

/** Evaluates an expression over the page's chart hook (`charts`: window.autographCharts). */
function inCharts<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(`(() => { const charts = window.autographCharts; const chart = charts.chart(); return ${expression}; })()`) as Promise<T>;
}

/** Waits until an expression over the chart hook is true (polled from outside: the page's CSP forbids eval). */
async function waitInCharts(page: Page, expression: string): Promise<void> {
  const deadline = Date.now() + 45_000;
  while (!(await inCharts<boolean>(page, expression))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}; status: ${await page.locator('#status').innerText()}`);
    await page.waitForTimeout(100);
  }
}

/** Waits until a chart with these dataset labels is drawn, its animation over and its size settled. */
async function waitForChart(page: Page, labels: string[]): Promise<void> {
  await waitInCharts(page, `chart !== null && charts.still() && JSON.stringify(chart.data.datasets.map(d => d.label)) === ${JSON.stringify(JSON.stringify(labels))}`);
}

/** The chart's data: each dataset's label and its values by category label (nulls left out). */
function chartData(page: Page): Promise<{ label: string; values: Record<string, number> }[]> {
  return inCharts(
    page,
    `chart.data.datasets.map(d => ({ label: d.label, values: Object.fromEntries(d.data.map((v, i) => [chart.data.labels[i], v]).filter(([, v]) => v !== null)) }))`,
  );
}

/**
 * Where to click an element so that Chart.js can only mean it: its final position on the canvas (a
 * bar's middle), which the chart's own hit test (getElementsAtEventForMode, as a click asks it)
 * resolves to that element alone. Throws when the element is covered by another.
 */
async function clickTarget(page: Page, dataset: number, index: number): Promise<{ x: number; y: number }> {
  const target = await inCharts<{ x: number; y: number; hits: { datasetIndex: number; index: number }[] }>(
    page,
    `(() => {
      const element = chart.getDatasetMeta(${dataset}).data[${index}];
      const props = element.getProps(['x', 'y', 'base'], true);
      const x = chart.getDatasetMeta(${dataset}).type === 'bar' ? (props.x + props.base) / 2 : props.x;
      const y = props.y;
      const options = { intersect: chart.options.interaction.intersect, axis: chart.options.interaction.axis };
      const hits = chart.getElementsAtEventForMode({ native: true, type: 'click', x, y }, chart.options.interaction.mode, options, true)
        .map(h => ({ datasetIndex: h.datasetIndex, index: h.index }));
      return { x, y, hits };
    })()`,
  );
  expect(target.hits).toEqual([{ datasetIndex: dataset, index }]);
  return { x: target.x, y: target.y };
}

/** Clicks an element of the drawing, once the drawing is still and in view. */
async function clickElement(page: Page, dataset: number, index: number): Promise<void> {
  await page.locator('#chart').scrollIntoViewIfNeeded();
  await waitInCharts(page, 'charts.still()');
  const { x, y } = await clickTarget(page, dataset, index);
  const box = (await page.locator('#chart').boundingBox())!;
  await page.mouse.click(box.x + x, box.y + y);
}

/** Clicks a download button and returns the file's name and its rows (RFC 4180, CRLF lines). */
async function download(page: Page, button: string): Promise<{ name: string; rows: string[][]; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  const text = fs.readFileSync((await file.path())!, 'utf8');
  return { name: file.suggestedFilename(), rows: parseCsv(text), text };
}

async function openCharts(viewport: typeof DESKTOP, query = ''): Promise<GuardedPage> {
  const guarded = await openGuardedPage(browser, origin, viewport);
  await guarded.page.goto(`${origin}/charts${query}`);
  await guarded.page.locator('#chart-title').waitFor();
  return guarded;
}

function expectNoOutsideRequestsOrErrors(guarded: GuardedPage): void {
  expect(guarded.foreignRequests).toEqual([]);
  expect(guarded.errors).toEqual([]);
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth') as Promise<number>;
}

// ─── Tests ────────────────────────────────────────────────────────────────────────────────────

test('first load: China against Japan, exports 2019–2025, drawn from the API’s series; a click on a point shows its source', async () => {
  const expected = await api<{ cn: { series: ApiPoint[] }; jp: { series: ApiPoint[] } }>(`{
    cn: country(id: "country:CN") { series(flow: EXPORTS, from: 2019, to: 2025, ${MEASURE}) { ${POINT} } }
    jp: country(id: "country:JP") { series(flow: EXPORTS, from: 2019, to: 2025, ${MEASURE}) { ${POINT} } }
  }`);
  expect(expected.cn.series.length).toBeGreaterThan(3);
  expect(expected.jp.series.length).toBeGreaterThan(3);

  const guarded = await openCharts(DESKTOP);
  const { page } = guarded;
  try {
    await waitForChart(page, ['China', 'Japan']);
    await expect(page.locator('#chart-title').innerText()).resolves.toBe('Exports of China and Japan, 2019–2025');
    await expect(inCharts<string[]>(page, 'chart.data.labels')).resolves.toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    // Each point is the API's value for its year, and there is a point for every year the API has.
    expect(await chartData(page)).toEqual([
      { label: 'China', values: byYear(expected.cn.series) },
      { label: 'Japan', values: byYear(expected.jp.series) },
    ]);
    // The table lists the same values, one button per point.
    await expect(page.locator('#numbers-table td button').count()).resolves.toBe(expected.cn.series.length + expected.jp.series.length);
    expect(page.url()).toContain('view=series&ids=country:CN,country:JP&flows=EXPORTS&metric=UNITS&class=ALL_VEHICLES&counted=MANUFACTURERS&from=2019&to=2025');
    await screenshot(page, 'charts-series-desktop');

    // A click on China's last point shows its figure and source.
    const point = expected.cn.series[expected.cn.series.length - 1]!;
    const index = (await inCharts<string[]>(page, 'chart.data.labels')).indexOf(String(point.year));
    await clickElement(page, 0, index);
    await page.locator('#details-title', { hasText: `China · Exports · ${point.year}` }).waitFor();
    const details = page.locator('#details-body');
    const text = await details.innerText();
    expect(text).toContain(new Intl.NumberFormat('en-US').format(point.value));
    expect(text).toContain(point.figure.source.publisher);
    expect(text).toContain(point.figure.source.title);
    expect(text).toMatch(/Published\s+\d{4}/);
    expect(text).toMatch(/Reported by/);
    expect(text).toMatch(/Basis\s+Official|Basis\s+Estimate|Basis\s+Forecast|Basis\s+Target/);
    expect(text).toContain(point.alternatives === 0 ? 'the only figure for this point' : `preferred over ${point.alternatives} other figure`);
    if (point.figure.source.url !== null) await expect(details.locator('a.source-link').getAttribute('href')).resolves.toBe(point.figure.source.url);
    await expect(inCharts<unknown>(page, 'chart.$selection')).resolves.toEqual({ dataset: 0, index });
    await expect(page.locator(`#numbers-table td[data-cell="0-${index}"]`).getAttribute('aria-current')).resolves.toBe('true');
    await screenshot(page, 'charts-series-point-desktop');

    // With the keyboard: the arrow keys move along the line and to the other line.
    await page.locator('#chart').focus();
    await page.keyboard.press('ArrowLeft');
    await page.locator('#details-title', { hasText: `China · Exports · ${point.year - 1}` }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.locator('#details-title', { hasText: `Japan · Exports · ${point.year - 1}` }).waitFor();
    expectNoOutsideRequestsOrErrors(guarded);
  } finally {
    await guarded.close();
  }
});

test('the series downloads as CSV: a header with a source column, one row per point, the API’s values', async () => {
  const expected = await api<{ cn: { series: ApiPoint[] }; jp: { series: ApiPoint[] } }>(`{
    cn: country(id: "country:CN") { series(flow: EXPORTS, from: 2019, to: 2025, ${MEASURE}) { ${POINT} } }
    jp: country(id: "country:JP") { series(flow: EXPORTS, from: 2019, to: 2025, ${MEASURE}) { ${POINT} } }
  }`);
  const guarded = await openCharts(DESKTOP);
  const { page } = guarded;
  try {
    await waitForChart(page, ['China', 'Japan']);
    const { name, rows, text } = await download(page, '#download-chart');
    expect(name).toBe('autograph-series-exports-of-china-and-japan-2019-2025.csv');
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...body] = rows;
    expect(header).toEqual(expect.arrayContaining(['entity', 'year', 'value', 'metric', 'vehicle_class', 'counted_by', 'basis', 'source', 'source_publisher', 'source_title', 'source_url', 'source_published']));
    expect(body).toHaveLength(expected.cn.series.length + expected.jp.series.length);
    const column = (row: string[], name: string) => row[header!.indexOf(name)]!;
    const asked = [...expected.cn.series.map((p) => ['country:CN', p] as const), ...expected.jp.series.map((p) => ['country:JP', p] as const)];
    asked.forEach(([id, point], i) => {
      const row = body[i]!;
      expect([column(row, 'entity_id'), column(row, 'year'), Number(column(row, 'value')), column(row, 'figure_id')]).toEqual([id, String(point.year), point.value, point.figure.id]);
      expect([column(row, 'metric'), column(row, 'vehicle_class'), column(row, 'counted_by'), column(row, 'basis')]).toEqual(['UNITS', 'ALL_VEHICLES', 'MANUFACTURERS', point.figure.basis]);
      expect(column(row, 'source')).toContain(point.figure.source.publisher);
      expect(column(row, 'source_url')).toBe(point.figure.source.url ?? '');
    });
    expectNoOutsideRequestsOrErrors(guarded);
  } finally {
    await guarded.close();
  }
});

test('the second example: Japan’s exports, production and sales 2006–2025 side by side; the address keeps the state', async () => {
  const expected = await api<{ jp: Record<'exports' | 'production' | 'sales', ApiPoint[]> }>(`{
    jp: country(id: "country:JP") {
      exports: series(flow: EXPORTS, from: 2006, to: 2025, ${MEASURE}) { ${POINT} }
      production: series(flow: PRODUCTION, from: 2006, to: 2025, ${MEASURE}) { ${POINT} }
      sales: series(flow: SALES, from: 2006, to: 2025, ${MEASURE}) { ${POINT} }
    }
  }`);
  const guarded = await openCharts(DESKTOP);
  const { page } = guarded;
  try {
    await waitForChart(page, ['China', 'Japan']);
    await page.locator('a[data-example="jp-flows"]').click();
    await waitForChart(page, ['Exports', 'Production', 'Sales']);
    expect(page.url()).toContain('ids=country:JP&flows=EXPORTS,PRODUCTION,SALES');
    expect(await chartData(page)).toEqual([
      { label: 'Exports', values: byYear(expected.jp.exports) },
      { label: 'Production', values: byYear(expected.jp.production) },
      { label: 'Sales', values: byYear(expected.jp.sales) },
    ]);
    await expect(page.locator('#chart-title').innerText()).resolves.toBe('Japan: exports, production and sales, 2006–2025');
    await screenshot(page, 'charts-japan-flows-desktop');

    // A reload draws the same chart from the address; Back returns to the first one.
    await page.reload();
    await waitForChart(page, ['Exports', 'Production', 'Sales']);
    await expect(page.locator('#flow-PRODUCTION').isChecked()).resolves.toBe(true);
    await page.goBack();
    await waitForChart(page, ['China', 'Japan']);
    expectNoOutsideRequestsOrErrors(guarded);
  } finally {
    await guarded.close();
  }
});

test('with the keyboard: an automaker is added through the search, a line removed, a flow ticked', async () => {
  const guarded = await openCharts(DESKTOP);
  const { page } = guarded;
  try {
    await waitForChart(page, ['China', 'Japan']);
    const input = page.locator('#add-entity');
    await input.focus();
    await input.pressSequentially('BYD', { delay: 30 });
    const option = page.locator('#add-entity-results [data-id="automaker:byd"]');
    await option.waitFor();
    // Only countries, automakers and brands are offered (the search also finds sources and factories).
    const kinds = await page.locator('#add-entity-results .picker-kind').allInnerTexts();
    expect(kinds.every((kind) => ['Country', 'Automaker', 'Brand'].includes(kind))).toBe(true);
    const ids = await page.locator('#add-entity-results [role="option"]').evaluateAll((options) => options.map((o) => o.getAttribute('data-id')));
    for (let i = 0; i < ids.indexOf('automaker:byd'); i += 1) await input.press('ArrowDown');
    await input.press('Enter');
    await waitForChart(page, ['China', 'Japan', 'BYD']);
    expect(page.url()).toContain('ids=country:CN,country:JP,automaker:byd');
    await expect(input.inputValue()).resolves.toBe('');

    // Remove Japan with its chip's button, from the keyboard.
    await page.locator('.chip[data-id="country:JP"] button').focus();
    await page.keyboard.press('Enter');
    await waitForChart(page, ['China', 'BYD']);

    // Two flows of two entities: four lines, named by both.
    await page.locator('#flow-SALES').focus();
    await page.keyboard.press('Space');
    await waitForChart(page, ['China · Exports', 'China · Sales', 'BYD · Exports', 'BYD · Sales']);
    expect(page.url()).toContain('ids=country:CN,automaker:byd&flows=EXPORTS,SALES');
    // The box just ticked keeps the focus (the settings are not rebuilt under it).
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('flow-SALES');
    expectNoOutsideRequestsOrErrors(guarded);
  } finally {
    await guarded.close();
  }
});

test('China’s 2024 export destinations: bars in rank order with the API’s values; a click on a bar shows its source; CSV per bar', async () => {
  const expected = await api<{
    country: { exportDestinations: { reportedBy: { shortName: string | null } | null; ranks: { rank: number; market: { name: string }; figure: { id: string; value: number; source: { publisher: string; title: string } } }[] }[] };
  }>(`{ country(id: "country:CN") { exportDestinations(year: 2024, first: 25) {
      reportedBy { shortName } ranks { rank market { name } figure { id value source { publisher title } } } } } }`);
  const first = expected.country.exportDestinations[0]!;
  expect(first.ranks.length).toBeGreaterThan(3);

  const guarded = await openCharts(DESKTOP);
  const { page } = guarded;
  try {
    await waitForChart(page, ['China', 'Japan']);
    await page.locator('.views button[data-view="destinations"]').click();
    await page.locator('#chart-title', { hasText: 'Where China’s exports went, 2024' }).waitFor();
    await waitInCharts(page, `chart !== null && charts.still() && chart.options.indexAxis === 'y' && chart.data.labels.length === ${first.ranks.length}`);
    // Rank order, top to bottom, with the API's values; the largest first.
    await expect(inCharts<string[]>(page, 'chart.data.labels')).resolves.toEqual(first.ranks.map((rank) => rank.market.name));
    const values = await inCharts<number[]>(page, 'chart.data.datasets[0].data');
    expect(values).toEqual(first.ranks.map((rank) => rank.figure.value));
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    // The bars stand in that order on the canvas, the first on top.
    const ys = await inCharts<number[]>(page, "chart.getDatasetMeta(0).data.map(e => e.getProps(['y'], true).y)");
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    await expect(page.locator('#ranking-table tbody tr').count()).resolves.toBe(first.ranks.length);
    expect(page.url()).toContain('view=destinations&place=country:CN&year=2024');
    await screenshot(page, 'charts-destinations-desktop');

    await clickElement(page, 0, 1);
    const second = first.ranks[1]!;
    await page.locator('#details-title', { hasText: `China → ${second.market.name}` }).waitFor();
    const text = await page.locator('#details-body').innerText();
    expect(text).toContain(new Intl.NumberFormat('en-US').format(second.figure.value));
    expect(text).toContain(second.figure.source.publisher);
    expect(text).toContain(second.figure.source.title);
    expect(text).toMatch(/Rank\s+2/);
    await screenshot(page, 'charts-destinations-bar-desktop');

    const { rows } = await download(page, '#download-chart');
    const [header, ...body] = rows;
    expect(header).toEqual(expect.arrayContaining(['exporter', 'rank', 'destination', 'period_start', 'period_end', 'value', 'metric', 'vehicle_class', 'counted_by', 'basis', 'source']));
    expect(body.map((row) => [row[header!.indexOf('rank')], row[header!.indexOf('destination')], Number(row[header!.indexOf('value')])])).toEqual(
      first.ranks.map((rank) => [String(rank.rank), rank.market.name, rank.figure.value]),
    );
    expect(body.every((row) => row[header!.indexOf('source')]!.length > 0)).toBe(true);

    // Another ranking of the year (another reporter, period or measure) from the picker.
    const other = expected.country.exportDestinations[1];
    if (other !== undefined) {
      const select = page.locator('#destinations-ranking');
      await select.selectOption({ index: 1 });
      await waitInCharts(page, `chart !== null && charts.still() && JSON.stringify(chart.data.labels) === ${JSON.stringify(JSON.stringify(other.ranks.map((rank) => rank.market.name)))}`);
      expect(page.url()).toContain('ranking=');
    }
    expectNoOutsideRequestsOrErrors(guarded);
  } finally {
    await guarded.close();
  }
});

test('the sellers in Brazil: the table lists the sellers the API lists, beside the ranking; both download', async () => {
  const seller = '__typename ... on Automaker { id name } ... on Brand { id name } ... on Factory { id name }';
  const expected = await api<{ country: { chinese: { seller: { id: string; name: string } }[]; all: { seller: { id: string } }[]; rankings: { ranks: { subject: { name?: string } }[] }[] } }>(`{
    country(id: "country:BR") {
      chinese: sellers(filter: { sellerCountry: "country:CN" }, orderBy: ENTRY) { seller { ${seller} } }
      all: sellers(orderBy: ENTRY) { seller { ${seller} } }
      rankings(year: 2024, flow: SALES, first: 25) { ranks { subject { __typename ... on Automaker { name } ... on Brand { name } ... on Country { name } ... on Market { name } ... on Factory { name } } } }
    }
  }`);
  expect(expected.country.chinese.length).toBeGreaterThan(3);

  const guarded = await openCharts(DESKTOP);
  const { page } = guarded;
  try {
    await waitForChart(page, ['China', 'Japan']);
    await page.locator('a[data-example="br-sellers"]').click();
    await page.locator('#list-title', { hasText: 'Sellers from China in Brazil' }).waitFor();
    const listed = await page.locator('#sellers-table tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));
    expect(listed).toEqual(expected.country.chinese.map((link) => link.seller.id));
    await expect(page.locator('#list-title').innerText()).resolves.toBe(`Sellers from China in Brazil (${expected.country.chinese.length})`);
    // The bars beside it are Brazil's first sales ranking of 2024.
    await waitInCharts(page, `chart !== null && charts.still() && chart.options.indexAxis === 'y'`);
    await expect(inCharts<string[]>(page, 'chart.data.labels')).resolves.toEqual(expected.country.rankings[0]!.ranks.map((rank) => rank.subject.name));
    expect(page.url()).toContain('view=sellers&place=country:BR&year=2024');
    expect(page.url()).toContain('sellers-from=country:CN');
    await screenshot(page, 'charts-sellers-desktop');

    const list = await download(page, '#download-list');
    const [header, ...body] = list.rows;
    expect(header).toEqual(expect.arrayContaining(['market', 'seller_id', 'seller', 'status', 'since', 'channels', 'partner', 'dealers', 'source']));
    expect(body.map((row) => row[header!.indexOf('seller_id')])).toEqual(expected.country.chinese.map((link) => link.seller.id));
    const bars = await download(page, '#download-chart');
    expect(bars.rows).toHaveLength(1 + expected.country.rankings[0]!.ranks.length);

    // From anywhere: every seller the API lists.
    await page.locator('#sellers-any').click();
    await page.locator('#list-title', { hasText: `Sellers in Brazil (${expected.country.all.length})` }).waitFor();
    const all = await page.locator('#sellers-table tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));
    expect(all).toEqual(expected.country.all.map((link) => link.seller.id));
    expect(page.url()).toContain('sellers-from=any');
    expectNoOutsideRequestsOrErrors(guarded);
  } finally {
    await guarded.close();
  }
});

test('an error from the API is a message with a retry, never a blank chart; no data says so', async () => {
  const guarded = await openGuardedPage(browser, origin, DESKTOP);
  const { page } = guarded;
  try {
    // The server answers with an error to every GraphQL request of this page, until the route goes.
    const failing = async (route: Parameters<Parameters<Page['route']>[1]>[0]) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'Neo4j is not reachable', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }) });
    await page.route('**/graphql', failing);
    await page.goto(`${origin}/charts`);
    const status = page.locator('#status[data-kind="error"]');
    await status.waitFor();
    await expect(status.innerText()).resolves.toContain('Neo4j is not reachable');
    await expect(status.getAttribute('role')).resolves.toBe('alert');
    await expect(page.locator('#chart-box').isHidden()).resolves.toBe(true);
    await expect(page.locator('#download-chart').isDisabled()).resolves.toBe(true);
    await screenshot(page, 'charts-error-desktop');

    await page.unroute('**/graphql', failing);
    await page.locator('#retry').click();
    await waitForChart(page, ['China', 'Japan']);
    await expect(page.locator('#chart-box').isVisible()).resolves.toBe(true);

    // A measure no figure has: the page says there is nothing, and draws no empty axes.
    await page.goto(`${origin}/charts?view=series&ids=country:CN&flows=IMPORTS&metric=VALUE_GBP&from=2019&to=2025`);
    const empty = page.locator('#status[data-kind="empty"]');
    await empty.waitFor();
    await expect(empty.innerText()).resolves.toMatch(/^No figures for imports of China, 2019–2025/);
    await expect(page.locator('#chart-box').isHidden()).resolves.toBe(true);

    // An address it cannot read is named, and the rest still drawn.
    await page.goto(`${origin}/charts?view=series&ids=country:CN,nonsense&flows=EXPORTS`);
    await page.locator('#address-problems', { hasText: 'nonsense' }).waitFor();
    await waitForChart(page, ['China']);
    expect(guarded.foreignRequests).toEqual([]);
    // The failed requests were answered 503 on purpose: the console reports those, nothing else.
    expect(guarded.errors.filter((error) => !error.includes('503'))).toEqual([]);
  } finally {
    await guarded.close();
  }
});

test('on a phone (390×844) the chart fills the width, nothing scrolls sideways, a tap shows the source', async () => {
  const guarded = await openCharts(PHONE);
  const { page } = guarded;
  try {
    await waitForChart(page, ['China', 'Japan']);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const canvas = (await page.locator('#chart').boundingBox())!;
    expect(canvas.width).toBeGreaterThan(PHONE.width - 60);
    expect(canvas.x + canvas.width).toBeLessThanOrEqual(PHONE.width);
    // The settings start folded: the chart is on the first screen.
    await expect(page.locator('#settings').getAttribute('open')).resolves.toBeNull();
    expect(canvas.y).toBeLessThan(PHONE.height);
    await screenshot(page, 'charts-series-phone');

    await clickElement(page, 1, 0);
    await page.locator('#details-title', { hasText: 'Japan · Exports · 2019' }).waitFor();
    await page.locator('#details-body').scrollIntoViewIfNeeded();
    await screenshot(page, 'charts-series-point-phone');

    await page.locator('.views button[data-view="destinations"]').click();
    await waitInCharts(page, `chart !== null && charts.still() && chart.options.indexAxis === 'y'`);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.locator('#chart-title').scrollIntoViewIfNeeded();
    await screenshot(page, 'charts-destinations-phone');

    await page.locator('.views button[data-view="sellers"]').click();
    await page.locator('#sellers-table').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.locator('#list-title').scrollIntoViewIfNeeded();
    await screenshot(page, 'charts-sellers-phone');

    // The settings unfold, and stack in one column.
    await page.locator('#settings > summary').click();
    await page.locator('#sellers-place').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.locator('#settings').scrollIntoViewIfNeeded();
    await screenshot(page, 'charts-settings-phone');
    expectNoOutsideRequestsOrErrors(guarded);
  } finally {
    await guarded.close();
  }
});
