/**
 * The HTTP layer without a database: probes, metrics, request ids, CORS preflight, rate limiting,
 * errors from Express middleware (bad JSON, oversized bodies) in production, and access logs that
 * never carry the token. The executor is a fake; the queries used need no data.
 */

import { DEFAULT_LIMITS } from '../../src/limits';
import { Writable } from 'node:stream';
import { buildAutographSchema } from '../../src/schema/build';
import { createLogger } from '../../src/observability';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server';
import { TokenBuckets } from '../../src/http';
import { originAllowed } from '../../src/http/cors';
import { operationLabel, knownOperationNames } from '../../src/observability/operation-names';
import { outcomeLabel } from '../../src/observability/metrics';
import { fakeExecutor } from './fake-executor';

const schema = buildAutographSchema();
const TOKEN = 'unit-token-0123456789abcdef';

async function serve(options: Partial<ServerOptions> = {}): Promise<{ server: RunningServer; base: string; logs: string[] }> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      logs.push(String(chunk));
      callback();
    },
  });
  const server = await startServer(
    {
      schema,
      executor: fakeExecutor().executor,
      apiToken: TOKEN,
      production: false,
      logger: createLogger('info', sink),
      ...options,
    },
    0,
    '127.0.0.1',
  );
  return { server, base: server.url.replace(/\/graphql$/, ''), logs };
}

const post = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('probes', () => {
  let s: Awaited<ReturnType<typeof serve>>;
  let ready: string | null = null;
  beforeAll(async () => {
    s = await serve({ readiness: () => ready });
  });
  afterAll(() => s.server.stop());

  it('GET /health answers 200 JSON while the process runs', async () => {
    const response = await fetch(`${s.base}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('GET /ready answers 200 when ready and 503 with the reason when not', async () => {
    ready = null;
    let response = await fetch(`${s.base}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
    ready = 'Neo4j is not reachable: connection refused';
    response = await fetch(`${s.base}/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', reason: 'Neo4j is not reachable: connection refused' });
  });

  it('GET /metrics serves Prometheus text with request, Neo4j, DataLoader and process metrics', async () => {
    await post(s.base, { query: 'query Search { __typename }', operationName: 'Search' });
    await post(s.base, { query: 'query MadeUpName { __typename }', operationName: 'MadeUpName' });
    await post(s.base, { query: '{ nope }' });
    const response = await fetch(`${s.base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/autograph_graphql_requests_total\{operation="Search",outcome="ok"\} [1-9]/);
    // A name the operations folder does not define is not a label value of its own.
    expect(text).not.toContain('MadeUpName');
    expect(text).toMatch(/autograph_graphql_requests_total\{operation="other",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/autograph_graphql_requests_total\{operation="anonymous",outcome="GRAPHQL_VALIDATION_FAILED"\} [1-9]/);
    expect(text).toContain('autograph_graphql_request_duration_seconds_bucket');
    expect(text).toContain('# TYPE autograph_neo4j_queries_total counter');
    expect(text).toContain('# TYPE autograph_neo4j_errors_total counter');
    expect(text).toContain('# TYPE autograph_dataloader_batch_size histogram');
    expect(text).toContain('autograph_process_resident_memory_bytes');
  });
});

describe('request ids and access logs', () => {
  let s: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    s = await serve();
  });
  afterAll(() => s.server.stop());

  it('honours a sane incoming x-request-id, else makes one, and returns it', async () => {
    const given = await post(s.base, { query: '{ __typename }' }, { 'x-request-id': 'abc-123' });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const made = await post(s.base, { query: '{ __typename }' }, { 'x-request-id': 'has spaces; and ' + 'x'.repeat(200) });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs one JSON line per request with id, operation, outcome and duration, never the token', async () => {
    s.logs.length = 0;
    await post(
      s.base,
      { query: 'mutation DeleteEntity { deleteEntity(id: "automaker:nobody") }', operationName: 'DeleteEntity' },
      { authorization: 'Bearer wrong-token-but-secret-9999', 'x-request-id': 'log-check-1' },
    );
    await new Promise((r) => setTimeout(r, 50));
    const lines = s.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    const line = lines.find((l) => l['requestId'] === 'log-check-1');
    expect(line).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'DeleteEntity',
      outcome: 'UNAUTHENTICATED',
    });
    expect(typeof line!['durationMs']).toBe('number');
    expect(s.logs.join('')).not.toContain('wrong-token-but-secret-9999');
    expect(s.logs.join('')).not.toContain(TOKEN);
  });

  it('redacts an authorization header even if code logs it', () => {
    const out: string[] = [];
    const logger = createLogger('info', new Writable({ write: (c, _e, cb) => (out.push(String(c)), cb()) }));
    logger.info({ req: { headers: { authorization: `Bearer ${TOKEN}` } }, apiToken: TOKEN }, 'oops');
    expect(out.join('')).not.toContain(TOKEN);
    expect(out.join('')).toContain('[redacted]');
  });
});

describe('CORS', () => {
  it('allows localhost origins by default and answers their preflight', async () => {
    const s = await serve();
    try {
      const preflight = await fetch(`${s.base}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:5173',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
      const foreign = await fetch(`${s.base}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await s.server.stop();
    }
  });

  it('follows the CORS_ORIGINS allow-list', async () => {
    const s = await serve({ cors: { kind: 'list', origins: ['https://app.example.com'] } });
    try {
      const allowed = await post(s.base, { query: '{ __typename }' }, { origin: 'https://app.example.com' });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
      const localhost = await post(s.base, { query: '{ __typename }' }, { origin: 'http://localhost:3000' });
      expect(localhost.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await s.server.stop();
    }
  });

  it('decides origins by the policy', () => {
    expect(originAllowed('http://127.0.0.1:8080', { kind: 'localhost' })).toBe(true);
    expect(originAllowed('http://localhost.evil.example', { kind: 'localhost' })).toBe(false);
    expect(originAllowed('https://localhost', { kind: 'localhost' })).toBe(false);
    expect(originAllowed('https://x.example', { kind: 'any' })).toBe(true);
    expect(originAllowed('http://localhost', { kind: 'none' })).toBe(false);
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After and RATE_LIMITED past the budget; probes stay free', async () => {
    const s = await serve({ rateLimitPerMinute: 3 });
    try {
      for (let i = 0; i < 3; i++) expect((await post(s.base, { query: '{ __typename }' })).status).toBe(200);
      const limited = await post(s.base, { query: '{ __typename }' });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const body = (await limited.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
      expect((await fetch(`${s.base}/health`)).status).toBe(200);
      expect((await fetch(`${s.base}/ready`)).status).toBe(200);
      expect((await fetch(`${s.base}/metrics`)).status).toBe(200);
    } finally {
      await s.server.stop();
    }
  });

  it('refills over time and keeps a bounded table of clients', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 60, maxClients: 100, now: () => now });
    expect(buckets.take('a')).toBe(0);
    for (let i = 0; i < 59; i++) buckets.take('a');
    expect(buckets.take('a')).toBe(1);
    now += 1_000;
    expect(buckets.take('a')).toBe(0);
    for (let i = 0; i < 1_000; i++) buckets.take(`client-${i}`);
    expect(buckets.size).toBe(100);
  });
});

describe('errors from Express middleware', () => {
  it('answers malformed JSON and oversized bodies with a code and no stack or path in production', async () => {
    const s = await serve({ production: true, limits: { ...DEFAULT_LIMITS, maxBodyBytes: 1024 } });
    try {
      const malformed = await post(s.base, '{"query": "{ __typename }"', {});
      expect(malformed.status).toBe(400);
      const text = await malformed.text();
      expect(JSON.parse(text)).toEqual({
        errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
      });
      const large = await post(s.base, { query: `{ __typename } # ${'x'.repeat(5_000)}` });
      expect(large.status).toBe(413);
      expect(((await large.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
      for (const body of [text]) {
        expect(body).not.toMatch(/at .*\.(js|ts):\d+/);
        expect(body).not.toContain('/node_modules/');
        expect(body).not.toContain(process.cwd());
      }
    } finally {
      await s.server.stop();
    }
  });
});

describe('labels', () => {
  it('keeps only the operation names of schema/operations', () => {
    const known = knownOperationNames();
    expect(known.size).toBeGreaterThanOrEqual(10);
    expect(operationLabel('Search', known)).toBe(known.has('Search') ? 'Search' : 'other');
    expect(operationLabel('x'.repeat(200), known)).toBe('other');
    expect(operationLabel(undefined, known)).toBe('anonymous');
  });

  it('counts outcomes from a fixed set', () => {
    expect(outcomeLabel(undefined, false)).toBe('ok');
    expect(outcomeLabel('TIMEOUT', true)).toBe('TIMEOUT');
    expect(outcomeLabel('SOMETHING_A_CLIENT_MADE_UP', true)).toBe('error');
  });
});
