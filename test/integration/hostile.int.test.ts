/**
 * A corpus of hostile or broken requests against the real server: each gets its expected HTTP
 * status and error code, never a 5xx; afterwards the server still answers and the graph is
 * unchanged. The corpus runs again against a production server, whose answers must hold no stack
 * trace, no Cypher and no internal path.
 */

import { DEFAULT_LIMITS } from '../../src/limits';
import { graphChecksum, startTestServer, TEST_TOKEN, type TestServer } from '../support/test-server';

jest.setTimeout(120_000);

interface Row {
  name: string;
  method?: 'GET' | 'POST';
  /** Raw body; a JSON body is built from `json` when this is absent. */
  body?: string | Uint8Array;
  json?: unknown;
  /** Query string for GET (without '?'). */
  search?: string;
  headers?: Record<string, string>;
  /** Expected HTTP status. */
  status: number;
  /** Expected extensions.code of the first error; null when the answer must have no errors; undefined when it is not JSON. */
  code: string | null | undefined;
  /** Sent to a second server whose MAX_QUERY_LENGTH is SMALL_QUERY_LENGTH (a GET URL is at most 16 KB). */
  smallLimits?: true;
}

const gql = (query: string, variables?: unknown, extra: Record<string, unknown> = {}) => ({ query, variables, ...extra });
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const repeat = (n: number, f: (i: number) => string, sep = ' ') => Array.from({ length: n }, (_, i) => f(i)).join(sep);
const nest = (levels: number, open: (i: number) => string, leaf: string) => {
  let inner = leaf;
  for (let i = levels - 1; i >= 0; i -= 1) inner = `${open(i)} { ${inner} }`;
  return inner;
};
const CN = '"country:CN"';
const SMALL_QUERY_LENGTH = 1_000;
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

const CORPUS: Row[] = [
  // Transport: bodies, content types, encodings.
  { name: 'malformed JSON', body: '{"query": ', status: 400, code: 'BAD_REQUEST' },
  { name: 'JSON with trailing garbage', body: '{"query":"{ __typename }"} x', status: 400, code: 'BAD_REQUEST' },
  { name: 'JSON null', body: 'null', status: 400, code: 'BAD_REQUEST' },
  { name: 'JSON string', body: '"{ __typename }"', status: 400, code: 'BAD_REQUEST' },
  { name: 'empty body', body: '', status: 400, code: 'BAD_REQUEST' },
  { name: 'empty object', json: {}, status: 400, code: 'BAD_REQUEST' },
  { name: 'query is a number', json: { query: 42 }, status: 400, code: 'BAD_REQUEST' },
  { name: 'query is an empty string', json: { query: '' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'variables is a string', json: { query: '{ __typename }', variables: '{"a":1}' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'no content type (CSRF prevention)', body: new TextEncoder().encode('{"query":"{ __typename }"}'), headers: { 'content-type': '' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'text/plain (CSRF simple request)', body: '{"query":"{ __typename }"}', headers: { 'content-type': 'text/plain' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'form-urlencoded (CSRF simple request)', body: 'query=%7B__typename%7D', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'multipart/form-data (CSRF simple request)', body: '--x\r\ncontent-disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--\r\n', headers: { 'content-type': 'multipart/form-data; boundary=x' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'application/xml with the preflight header', body: '<query/>', headers: { 'content-type': 'application/xml', ...PREFLIGHT }, status: 400, code: 'BAD_REQUEST' },
  { name: 'charset latin1', body: '{"query":"{ __typename }"}', headers: { 'content-type': 'application/json; charset=latin1' }, status: 415, code: 'BAD_REQUEST' },
  { name: 'unknown content-encoding', body: '{"query":"{ __typename }"}', headers: { 'content-encoding': 'x-bogus' }, status: 415, code: 'BAD_REQUEST' },
  { name: 'gzip header on a plain body', body: '{"query":"{ __typename }"}', headers: { 'content-encoding': 'gzip' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'accept text/html only', json: gql('{ __typename }'), headers: { accept: 'text/html' }, status: 406, code: 'BAD_REQUEST' },
  { name: 'body over 1 MB (oversized variables)', json: gql('query ($t: String!) { search(text: $t) { id } }', { t: 'x'.repeat(1_100_000) }), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'batch of two operations', json: [gql('{ __typename }'), gql('{ __typename }')], status: 400, code: 'TOO_MANY_OPERATIONS' },
  { name: 'empty batch', json: [], status: 400, code: 'TOO_MANY_OPERATIONS' },
  { name: 'prototype pollution in variables', json: JSON.parse('{"query":"query ($id: ID!) { country(id: $id) { name } }","variables":{"id":"country:CN","__proto__":{"polluted":true}}}'), status: 200, code: null },
  { name: 'persisted query of an unknown version', json: { extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } }, status: 400, code: 'BAD_REQUEST' },

  // GET.
  { name: 'GET without the preflight header (CSRF prevention)', method: 'GET', search: `query=${encodeURIComponent('{ __typename }')}`, status: 400, code: 'BAD_REQUEST' },
  { name: 'GET with a mutation', method: 'GET', search: `query=${encodeURIComponent('mutation { deleteEntity(id: "country:CN") }')}`, headers: PREFLIGHT, status: 405, code: 'BAD_REQUEST' },
  { name: 'GET with a query too long', method: 'GET', search: `query=${encodeURIComponent(`{ __typename ${'#'.repeat(1_001)}\n}`)}`, headers: PREFLIGHT, status: 400, code: 'QUERY_TOO_LARGE', smallLimits: true },
  { name: 'GET with a URL over 16 KB (refused by Node before Express: no body)', method: 'GET', search: `query=${'%20'.repeat(6000)}`, headers: PREFLIGHT, status: 431, code: undefined },
  { name: 'GET query with the preflight header (control)', method: 'GET', search: `query=${encodeURIComponent('{ country(id: "country:CN") { name } }')}`, headers: PREFLIGHT, status: 200, code: null },

  // Documents.
  { name: 'syntax error', json: gql('{ country(id: '), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'query over 20,000 characters', json: gql(`{ __typename ${'#'.repeat(20_001)}\n}`), status: 400, code: 'QUERY_TOO_LARGE' },
  { name: 'nesting 20 deep', json: gql(`{ country(id: ${CN}) { ${nest(19, (i) => (i % 2 === 0 ? 'automakers' : 'country'), 'id')} } }`), status: 400, code: 'QUERY_TOO_DEEP' },
  { name: 'alias bomb (1,000 aliases of __typename)', json: gql(`{ ${repeat(1000, (i) => `a${i}: __typename`)} }`), status: 400, code: 'TOO_MANY_ALIASES' },
  { name: 'alias bomb through a fragment spread 10 times', json: gql(`{ ${repeat(10, (i) => `c${i}: country(id: ${CN}) { ...F }`)} } fragment F on Country { a: name b: name c: code }`), status: 400, code: 'TOO_MANY_ALIASES' },
  { name: 'nested lists beyond the cost limit', json: gql('{ automakers(first: 100) { edges { node { markets { market { countries { automakers { id } } } } } } } }'), status: 400, code: 'QUERY_TOO_COMPLEX' },
  { name: 'cost limit through a variable', json: gql('query ($n: Int!) { search(text: "byd", first: $n) { ... on Automaker { factories { sources { id } } } } }', { n: 1000 }), status: 400, code: 'QUERY_TOO_COMPLEX' },
  { name: 'fragment cycle', json: gql(`{ country(id: ${CN}) { ...A } } fragment A on Country { automakers { country { ...A } } }`), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'two operations, no operationName', json: gql('query A { __typename } query B { __typename }'), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'operationName that names nothing', json: gql('query A { __typename }', undefined, { operationName: 'Z' }), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'two operations with the same name', json: gql('query A { __typename } query A { __typename }', undefined, { operationName: 'A' }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'unknown field', json: gql(`{ country(id: ${CN}) { password } }`), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'subscription (the schema has none)', json: gql('subscription { __typename }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'unknown directive', json: gql('{ __typename @sql(query: "DROP") }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'directive repeated 500 times', json: gql(`{ __typename ${repeat(500, () => '@include(if: true)')} }`), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  // graphql-js's own MaxIntrospectionDepthRule stops this one first; the cost limit would too (test/unit/limits.test.ts).
  { name: 'introspection fan-out attack', json: gql('{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'introspection depth attack', json: gql(`{ __schema { types { ${nest(12, (i) => (i % 2 === 0 ? 'fields' : 'type'), 'name')} } } }`), status: 400, code: 'QUERY_TOO_DEEP' },
  { name: 'ofType chain 40 deep (harmless)', json: gql(`{ __type(name: "Country") { ${nest(40, () => 'ofType', 'name')} } }`), status: 200, code: null },
  // graphql-js stops comparing overlapping fields past a budget ("Validation aborted.").
  { name: '3,000 repetitions of one field', json: gql(`{ country(id: ${CN}) { ${repeat(3000, () => 'name')} } }`), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },

  // Variables.
  { name: 'wrong variable type', json: gql('query ($n: Int) { automakers(first: $n) { totalCount } }', { n: 'ten' }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'missing required variable', json: gql('query ($id: ID!) { country(id: $id) { name } }', {}), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'variable of an unknown type', json: gql('query ($x: Password) { __typename }', { x: 1 }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'Int literal beyond 32 bits', json: gql('{ automakers(first: 2147483648) { totalCount } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },

  // Ids, cursors, page sizes.
  { name: 'malformed id', json: gql('{ country(id: "country:") { name } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'id with Cypher in it', json: gql('{ node(id: "country:CN\\"}) MATCH (n) DETACH DELETE n //") { id } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'id with a NUL', json: gql('{ node(id: "country:C\\u0000N") { id } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'forged cursor (not base64url)', json: gql('{ automakers(first: 2, after: "not a cursor!") { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'forged cursor (another version)', json: gql(`{ automakers(first: 2, after: "${b64('cursor:v2:automaker:byd')}") { totalCount } }`), status: 200, code: 'BAD_USER_INPUT' },
  // The key is only ever a $parameter: a quote in it is just a key that sorts somewhere.
  { name: 'forged cursor (a quote in the key)', json: gql(`{ automakers(first: 2, after: "${b64("cursor:v1:automaker:x' OR 1=1 //")}") { totalCount } }`), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'stale cursor (an automaker that does not exist)', json: gql(`{ automakers(first: 2, after: "${b64('cursor:v1:automaker:zz-gone')}") { edges { node { id } } } }`), status: 200, code: null },
  { name: 'first: -1', json: gql('{ automakers(first: -1) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'first: 0', json: gql('{ search(text: "byd", first: 0) { id } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'first: 101', json: gql('{ automakers(first: 101) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'first: 2147483647 (no edges asked: the page cap answers)', json: gql('{ automakers(first: 2147483647) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'first: 2147483647 with edges', json: gql('{ automakers(first: 2147483647) { edges { node { id } } } }'), status: 400, code: 'QUERY_TOO_COMPLEX' },
  { name: 'maxHops: 1000', json: gql('{ path(from: "automaker:tesla", to: "country:CN", maxHops: 1000) { length } }'), status: 200, code: 'BAD_USER_INPUT' },

  // Search text.
  { name: 'Lucene syntax in search', json: gql('{ search(text: "name:byd AND (tesla OR nio~2) *:* [a TO z] \\\\") { id } }'), status: 200, code: null },
  { name: 'Cypher in search', json: gql('{ search(text: "\\"}) MATCH (n) DETACH DELETE n RETURN 1 //") { id } }'), status: 200, code: null },
  { name: 'only punctuation in search', json: gql('{ search(text: "*?~^\\"{}[]") { id } }'), status: 200, code: null },
  { name: 'lone surrogate in search', json: gql('query ($t: String!) { search(text: $t) { id } }', { t: 'BYD \ud800 tesla' }), status: 200, code: null },
  { name: 'RTL override and zero-width characters in search', json: gql('query ($t: String!) { search(text: $t) { id } }', { t: '\u202eDYB\u202c \u200bte\u200dsla\ufeff' }), status: 200, code: null },
  { name: 'NUL in search', json: gql('query ($t: String!) { search(text: $t) { id } }', { t: 'byd\u0000tesla' }), status: 200, code: null },
  { name: 'search text of 10,000 characters', json: gql('query ($t: String!) { search(text: $t) { id } }', { t: 'byd '.repeat(2500) }), status: 200, code: 'BAD_USER_INPUT' },

  // Mutations.
  { name: 'mutation without a token', json: gql('mutation { deleteEntity(id: "country:CN") }'), status: 200, code: 'UNAUTHENTICATED' },
  { name: 'mutation with a wrong token', json: gql('mutation { deleteEntity(id: "country:CN") }'), headers: { authorization: 'Bearer wrong-token-0123456789' }, status: 200, code: 'UNAUTHENTICATED' },
  { name: 'mutation with a malformed authorization header', json: gql('mutation { deleteEntity(id: "country:CN") }'), headers: { authorization: `Basic ${TEST_TOKEN}` }, status: 200, code: 'UNAUTHENTICATED' },
  { name: 'upsert with a malformed id (with the token)', json: gql('mutation { upsertAutomaker(input: { id: "automaker:BAD ID", name: "x", countryId: "country:CN" }) { id } }'), headers: { authorization: `Bearer ${TEST_TOKEN}` }, status: 200, code: 'BAD_USER_INPUT' },
];

interface Answer {
  status: number;
  contentType: string;
  text: string;
  code: string | null | undefined;
}

async function send(server: TestServer, row: Row): Promise<Answer> {
  const method = row.method ?? 'POST';
  const headers: Record<string, string> = method === 'POST' ? { 'content-type': 'application/json' } : {};
  for (const [name, value] of Object.entries(row.headers ?? {})) {
    if (value === '') delete headers[name];
    else headers[name] = value;
  }
  const body = method === 'GET' ? undefined : (row.body ?? JSON.stringify(row.json));
  const response = await fetch(`${server.url}${row.search === undefined ? '' : `?${row.search}`}`, { method, headers, body });
  const text = await response.text();
  let code: string | null | undefined;
  try {
    const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    code = parsed.errors === undefined ? null : parsed.errors[0]?.extensions?.code;
  } catch {
    code = undefined; // not JSON
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, code };
}

const LEAKS: [string, RegExp][] = [
  ['a stack trace', /stacktrace|\n\s+at [\w.<>]+ \(|\bat .*:\d+:\d+\)/i],
  ['an internal path', /\/work\/|node_modules|dist\/|\/src\/|\.ts:\d+/],
  ['Cypher', /\b(MATCH|MERGE|UNWIND|OPTIONAL MATCH|CALL db\.|RETURN|DETACH DELETE)\b[^"]*[($]/],
];

describe.each([
  ['development', false],
  ['production', true],
])('the hostile corpus (%s)', (_mode, production) => {
  let server: TestServer;
  let smallLimits: TestServer;
  let checksumBefore: string;
  const answers = new Map<string, Answer>();

  beforeAll(async () => {
    server = await startTestServer({ production });
    smallLimits = await startTestServer({ production, limits: { ...DEFAULT_LIMITS, maxQueryLength: SMALL_QUERY_LENGTH } });
    checksumBefore = await graphChecksum(server.executor);
  });
  afterAll(async () => {
    await server.close();
    await smallLimits.close();
  });

  it('has at least 40 rows', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((row) => row.name)).size).toBe(CORPUS.length);
  });

  it.each(CORPUS.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const answer = await send(row.smallLimits ? smallLimits : server, row);
    answers.set(row.name, answer);
    expect(answer.status).toBeLessThan(500);
    // JSON, GraphQL-shaped: never an HTML error page (Node's own 431 has no body at all).
    if (row.code !== undefined) expect(answer.contentType).toMatch(/^application\/(graphql-response\+)?json/);
    else expect(answer.text).toBe('');
    if (answer.status !== row.status || answer.code !== row.code) {
      throw new Error(
        `expected ${row.status} ${row.code}, got ${answer.status} ${answer.code}: ${answer.text.slice(0, 300)}`,
      );
    }
    if (production) {
      const sent = `${row.search ?? ''} ${typeof row.body === 'string' ? row.body : JSON.stringify(row.json ?? '')}`;
      for (const [what, pattern] of LEAKS) {
        const found = pattern.exec(answer.text)?.[0];
        // Echoing the client's own text back (e.g. a malformed id) is not a leak.
        if (found !== undefined && !sent.includes(found)) throw new Error(`${row.name}: the answer holds ${what}: ${found}`);
      }
    }
  });

  it('still answers a normal query afterwards, and the graph is unchanged', async () => {
    const response = await server.request('{ country(id: "country:CN") { name } }');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { country: { name: 'China' } } });
    expect(await graphChecksum(server.executor)).toBe(checksumBefore);
  });
});
