/** Automatic persisted queries (bounded LRU cache) and cache-control headers, against the real server. */

import { createHash } from 'node:crypto';
import { PUBLIC_MAX_AGE_SECONDS } from '../../src/common/cache-control';
import { startTestServer, TEST_TOKEN, type TestServer } from '../support/test-server';

jest.setTimeout(120_000);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

describe('automatic persisted queries', () => {
  // A query text no other test sends, so that its hash is unknown when the test starts.
  const query = `query ApqProbe { country(id: "country:JP") { name code } } # ${Date.now()}`;
  const persisted = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

  it('a hash alone is PERSISTED_QUERY_NOT_FOUND until the query is sent with it, then the hash alone works', async () => {
    const before = await post(persisted(sha256(query)));
    expect(before.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(before.body.data).toBeUndefined();

    const register = await post({ query, ...persisted(sha256(query)) });
    expect(register.status).toBe(200);
    expect(register.body).toEqual({ data: { country: { name: 'Japan', code: 'JP' } } });

    const after = await post(persisted(sha256(query)));
    expect(after.status).toBe(200);
    expect(after.body).toEqual({ data: { country: { name: 'Japan', code: 'JP' } } });
  });

  it('refuses a hash that does not match the query, and registers nothing', async () => {
    const other = `{ country(id: "country:KR") { name } } # ${Date.now()}`;
    const wrong = sha256('something else');
    const refused = await post({ query: other, ...persisted(wrong) });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toBe('provided sha does not match query');
    expect(refused.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    const stillUnknown = await post(persisted(wrong));
    expect(stillUnknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('serves a registered hash over GET, cacheable by a CDN', async () => {
    const text = `{ market(id: "market:russia") { name } } # ${Date.now()}`;
    await post({ query: text, ...persisted(sha256(text)) });
    const url = `${server.url}?extensions=${encodeURIComponent(JSON.stringify(persisted(sha256(text)).extensions))}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { market: { name: 'Russia' } } });
    expect(response.headers.get('cache-control')).toBe(`max-age=${PUBLIC_MAX_AGE_SECONDS}, public`);
  });
});

describe('cache-control', () => {
  const PUBLIC = `max-age=${PUBLIC_MAX_AGE_SECONDS}, public`;

  it.each([
    ['an entity with its lists', '{ country(id: "country:CN") { name automakers { name factories { name sources { publisher } } } } }'],
    ['a page of automakers', '{ automakers(first: 3) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }'],
    ['node and search (an interface)', '{ node(id: "automaker:byd") { id ... on Automaker { name } } search(text: "tesla") { id } }'],
    ['a ranking (a union inside)', '{ exporterRanking(year: 2023) { rank exporter { ... on Country { name } } figure { value source { title } } } }'],
    ['a path', '{ path(from: "automaker:tesla", to: "country:CN") { length nodes { id } steps { type sources { publisher } } } }'],
  ])('a public query (%s) is `public, max-age`', async (_name, query) => {
    const response = await server.request(query);
    expect(response.body.errors).toBeUndefined();
    expect(response.headers.get('cache-control')).toBe(PUBLIC);
  });

  it('a mutation is no-store', async () => {
    const response = await server.request('mutation { deleteEntity(id: "automaker:does-not-exist") }', undefined, {
      authorization: `Bearer ${TEST_TOKEN}`,
    });
    expect(response.body).toEqual({ data: { deleteEntity: false } });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('an answer with errors is no-store', async () => {
    const response = await server.request('{ country(id: "not an id") { name } }');
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
