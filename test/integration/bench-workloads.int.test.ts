/**
 * The benchmark's workloads (bench/workloads.ts) on the seeded graph: each answers without errors,
 * runs at most as many Cypher statements as the query is deep, and gives the same answer with
 * DataLoader batching turned off (DATALOADER_BATCHING=off, the N+1 floor), which runs more.
 */

import { differs } from '../../bench/answers';
import { WORKLOADS } from '../../bench/workloads';
import { startTestServer, type TestServer } from '../support/test-server';

let batched: TestServer;
let unbatched: TestServer;

beforeAll(async () => {
  batched = await startTestServer();
  unbatched = await startTestServer({ dataloaderBatching: false });
});

afterAll(async () => {
  await batched.close();
  await unbatched.close();
});

describe.each(WORKLOADS.map((w) => [w.id, w] as const))('workload %s', (_id, w) => {
  it('answers without errors, in at most as many Cypher statements as the query is deep', async () => {
    const res = await batched.request(w.query, w.variables);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toBeDefined();
    expect(res.cypherQueries).toBeGreaterThanOrEqual(1);
    expect(res.cypherQueries).toBeLessThanOrEqual(w.depth);
  });

  it('gives the same answer with batching off', async () => {
    const on = await batched.request(w.query, w.variables);
    const off = await unbatched.request(w.query, w.variables);
    expect(off.body.errors).toBeUndefined();
    expect(differs(w.id, on.body.data, off.body.data)).toBeNull();
    expect(off.cypherQueries).toBeGreaterThanOrEqual(on.cypherQueries);
  });
});

describe('batching off', () => {
  it('runs one query per parent: W2 needs far more statements than with batching', async () => {
    const w = WORKLOADS.find((x) => x.id === 'W2')!;
    const on = await batched.request(w.query, w.variables);
    const off = await unbatched.request(w.query, w.variables);
    const automakers = (on.body.data as { automakers: { edges: unknown[] } }).automakers.edges.length;
    // At least one country query per automaker besides the page itself.
    expect(off.cypherQueries).toBeGreaterThan(automakers);
    expect(on.cypherQueries).toBeLessThan(off.cypherQueries);
  });
});

describe('records read with their neighbours', () => {
  it('a country read as an automaker’s or a factory’s neighbour still has its sources', async () => {
    const direct = await batched.request<{ country: { sources: { id: string }[] } }>('{ country(id: "country:CN") { sources { id } } }');
    const viaAutomaker = await batched.request<{ automaker: { country: { sources: { id: string }[] } } }>(
      '{ automaker(id: "automaker:byd") { country { sources { id } } } }',
    );
    const viaFactory = await batched.request<{ factory: { country: { sources: { id: string }[] } } }>(
      '{ factory(id: "factory:tesla-shanghai") { country { sources { id } } } }',
    );
    expect(direct.body.data!.country.sources.length).toBeGreaterThan(0);
    expect(viaAutomaker.body.data!.automaker.country.sources).toEqual(direct.body.data!.country.sources);
    expect(viaFactory.body.data!.factory.country.sources).toEqual(direct.body.data!.country.sources);
  });
});
