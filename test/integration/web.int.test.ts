/**
 * The browser pages over HTTP: /, /explore and /charts serve the built HTML (no-cache, a same-origin CSP),
 * hashed assets are cached for a year, GET /graphql from a browser shows the IDE while GraphQL GET
 * requests with a query still work, and Apollo's CSRF prevention still refuses a simple GET.
 */

import fs from 'node:fs';
import path from 'node:path';
import { defaultWebDir, HTML_CACHE, IMMUTABLE_CACHE } from '../../src/web';
import { startTestServer, type TestServer } from '../support/test-server';
import { ensureWebBuilt } from '../support/web-build';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

let server: TestServer;
let origin: string;

beforeAll(() => ensureWebBuilt(), 600_000);

beforeAll(async () => {
  server = await startTestServer();
  origin = new URL(server.url).origin;
});

afterAll(async () => {
  await server?.close();
});

test('/ serves the IDE page, not cached, allowed to load only from this server', async () => {
  const response = await fetch(`${origin}/`, { headers: { accept: BROWSER_ACCEPT } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  expect(response.headers.get('cache-control')).toBe(HTML_CACHE);
  expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  const html = await response.text();
  expect(html).toContain('GraphQL IDE');
  // Every script and stylesheet comes from this server.
  const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url).toMatch(/^\/(?!\/)/);
});

test('/explore serves the explorer page', async () => {
  const response = await fetch(`${origin}/explore`);
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe(HTML_CACHE);
  await expect(response.text()).resolves.toContain('Graph explorer');
});

test('/charts serves the charts page, its scripts and styles from this server only', async () => {
  const response = await fetch(`${origin}/charts`);
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe(HTML_CACHE);
  expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
  const html = await response.text();
  expect(html).toContain('Autograph · Charts');
  // The empty data: icon keeps the browser from asking for /favicon.ico; #… links stay on the page.
  const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((url) => url !== 'data:,' && !url.startsWith('#'));
  expect(urls.some((url) => url.startsWith('/assets/charts-'))).toBe(true);
  for (const url of urls) expect(url).toMatch(/^\/(?!\/)/);
  expect((await fetch(`${origin}/charts/`)).status).toBe(200);
});

test('hashed assets are immutable for a year; a missing one is a 404', async () => {
  const html = await (await fetch(`${origin}/explore`)).text();
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
  const response = await fetch(`${origin}${script}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
  expect(response.headers.get('content-type')).toMatch(/javascript/);
  expect((await fetch(`${origin}/assets/missing-0000.js`)).status).toBe(404);
});

test('the built pages reference no other host', () => {
  const dir = path.join(defaultWebDir(), 'assets');
  for (const file of fs.readdirSync(dir).filter((f) => /\.(html|css)$/.test(f))) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    // CSS url(...) pointing anywhere but this server or inline data.
    expect(text.match(/url\(\s*['"]?(?:https?:)?\/\/[^)]*\)/g) ?? []).toEqual([]);
    expect(text).not.toMatch(/@import\s+(?:url\()?['"]?(?:https?:)?\/\//);
  }
});

test('GET /graphql from a browser shows the IDE; with a query it is GraphQL, CSRF prevention on', async () => {
  const page = await fetch(server.url, { headers: { accept: BROWSER_ACCEPT } });
  expect(page.status).toBe(200);
  await expect(page.text()).resolves.toContain('GraphQL IDE');

  const query = encodeURIComponent('{ node(id: "country:CN") { id } }');
  const get = await fetch(`${server.url}?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
  expect(get.status).toBe(200);
  await expect(get.json()).resolves.toEqual({ data: { node: { id: 'country:CN' } } });

  // Even a browser-like Accept gets GraphQL when the request has a query.
  const fromBrowser = await fetch(`${server.url}?query=${query}`, { headers: { accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true' } });
  expect(fromBrowser.headers.get('content-type')).toMatch(/json/);

  // A simple GET (no preflight header, no JSON content type) is refused by Apollo's CSRF prevention.
  const simple = await fetch(`${server.url}?query=${query}`);
  expect(simple.status).toBe(400);
  await expect(simple.text()).resolves.toMatch(/CSRF/i);

  // A GraphQL client's GET without a query is not sent the page.
  const client = await fetch(server.url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
  expect(client.headers.get('content-type')).not.toMatch(/html/);
});
