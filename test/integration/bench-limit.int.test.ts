/**
 * Contender (d) of the benchmark, the limit (bench/contenders/cypher): for every workload, and for
 * variants of its variables, its answer equals Autograph's `data` on the same Neo4j. W4 only as far
 * as a shortest path is defined: among equally short paths either may pick another, so the path is
 * checked for length, ends and chaining, its steps against the stored relationships, and compared
 * whole where the shortest path is unique.
 */

import type { Driver } from 'neo4j-driver';
import { WORKLOADS, workload, type WorkloadId } from '../../bench/workloads';
import { PATH_TYPES } from '../../bench/contenders/cypher/queries';
import { QUERY_COUNT_HEADER, driverFromEnv, startCypherServer, type RunningCypherServer } from '../../bench/contenders/cypher/server';
import { startTestServer, testNeo4jUri, type TestServer } from '../support/test-server';

interface Answer {
  status: number;
  body: { data?: any; errors?: unknown[] };
  queries: number;
  contentType: string | null;
}

async function post(url: string, body: unknown): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return {
    status: response.status,
    body: (await response.json()) as Answer['body'],
    queries: Number(response.headers.get(QUERY_COUNT_HEADER)),
    contentType: response.headers.get('content-type'),
  };
}

interface PathData {
  length: number;
  nodes: { __typename: string; id: string }[];
  steps: { type: string; from: string; to: string; sources: { id: string }[] }[];
}

let autograph: TestServer;
let driver: Driver;
let limit: RunningCypherServer;

beforeAll(async () => {
  autograph = await startTestServer();
  const external = process.env['NEO4J_URI'] !== undefined && process.env['NEO4J_URI'] !== '';
  driver = driverFromEnv({
    NEO4J_URI: testNeo4jUri(),
    NEO4J_USERNAME: process.env['NEO4J_USERNAME'],
    NEO4J_PASSWORD: external ? process.env['NEO4J_PASSWORD'] : '',
  });
  limit = await startCypherServer({ driver, database: process.env['NEO4J_DATABASE'] ?? 'neo4j', port: 0 });
});

afterAll(async () => {
  await limit?.close();
  await driver?.close();
  await autograph?.close();
});

/** Both answers to one workload with these variables, as the harness sends it. */
async function both(id: WorkloadId, variables: Record<string, unknown> = workload(id).variables): Promise<[Answer, Answer]> {
  const body = { query: workload(id).query, variables, operationName: id };
  return Promise.all([post(autograph.url, body), post(limit.url, body)]);
}

/** The checks every shortest path must pass, whichever of the equally short ones it is. */
async function expectValidPath(path: PathData, reference: PathData): Promise<void> {
  expect(path.length).toBe(reference.length);
  expect(path.nodes).toHaveLength(path.length + 1);
  expect(path.steps).toHaveLength(path.length);
  expect(path.nodes[0]).toEqual(reference.nodes[0]);
  expect(path.nodes.at(-1)).toEqual(reference.nodes.at(-1));
  // No entity twice; the steps chain the nodes in order, each walked either way.
  expect(new Set(path.nodes.map((n) => n.id)).size).toBe(path.nodes.length);
  path.steps.forEach((step, i) => {
    expect([step.from, step.to].sort()).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort());
    expect(PATH_TYPES).toContain(step.type);
  });
  expect(path.nodes.map((n) => n.__typename)).not.toContain('Source');
  // Each step is a stored relationship, and its sources are the stored evidence that names a source.
  const session = driver.session({ database: process.env['NEO4J_DATABASE'] ?? 'neo4j', defaultAccessMode: 'READ' });
  try {
    for (const step of path.steps) {
      const result = await session.run(
        `MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to}) WHERE type(r) = $type
         RETURN [id IN coalesce(r.sources, []) WHERE EXISTS { (:Source {id: id}) }] AS sources`,
        step,
      );
      const stored = result.records.map((record) => record.get('sources') as string[]);
      expect(stored.map((ids) => [...new Set(ids)].map((id) => ({ id })))).toContainEqual(step.sources);
    }
  } finally {
    await session.close();
  }
}

describe('contender (d), one hand-written Cypher statement per workload', () => {
  it.each(WORKLOADS.filter((w) => w.id !== 'W4').map((w) => [w.id, w.title] as const))(
    '%s (%s) answers exactly Autograph’s data, with one statement',
    async (id) => {
      const [reference, answer] = await both(id);
      expect(reference.status).toBe(200);
      expect(reference.body.errors).toBeUndefined();
      expect(answer.status).toBe(200);
      expect(answer.contentType).toMatch(/^application\/json/);
      expect(answer.queries).toBe(1);
      expect(answer.body).toEqual({ data: reference.body.data });
    },
  );

  it('W4 (shortest path) answers a shortest path as Autograph does: same length and ends, steps that chain, stored evidence', async () => {
    const [reference, answer] = await both('W4');
    expect(reference.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    expect(answer.queries).toBe(1);
    expect(reference.body.data.path).not.toBeNull();
    expect(Object.keys(answer.body.data)).toEqual(['path']);
    await expectValidPath(answer.body.data.path, reference.body.data.path);
  });

  it.each([
    // Pairs with one shortest path only (Autograph's `paths` finds no other of that length): equal whole.
    ['automaker:byd', 'country:CN', 4],
    ['factory:byd-szeged', 'country:HU', 4],
    ['automaker:ebro', 'automaker:chery', 3],
    // A brand at an end: BRAND_OF to its automaker.
    ['brand:omoda', 'automaker:chery', 1],
    // A country and its own market are one place: the INCLUDES that joins them is not counted.
    ['factory:volkswagen-kaluga', 'market:russia', 1],
    ['market:hungary', 'factory:byd-szeged', 1],
    // From an entity to itself: the empty path. No path within the bound: null. An unknown id: null.
    ['automaker:byd', 'automaker:byd', 4],
    ['automaker:tesla', 'market:russia', 2],
    ['automaker:nobody', 'country:CN', 4],
  ])('W4 from %s to %s within %i hops equals Autograph’s answer where only one path is possible', async (from, to, maxHops) => {
    const unique = await autograph.request<{ paths: { length: number }[] }>(
      'query P($from: ID!, $to: ID!, $maxHops: Int) { paths(from: $from, to: $to, maxHops: $maxHops, first: 2) { length } }',
      { from, to, maxHops },
    );
    const lengths = unique.body.data!.paths.map((p) => p.length);
    expect(lengths.filter((length) => length === lengths[0]).length).toBeLessThanOrEqual(1);
    const [reference, answer] = await both('W4', { from, to, maxHops });
    expect(reference.body.errors).toBeUndefined();
    expect(answer.body).toEqual({ data: reference.body.data });
  });

  it.each([
    ['W1', { id: 'automaker:tesla' }],
    ['W1', { id: 'automaker:nobody' }],
    ['W2', { first: 5 }],
    ['W2', { first: 1 }],
    ['W3', { id: 'country:JP' }],
    ['W3', { id: 'country:HU' }],
    ['W3', { id: 'country:ZZ' }],
    ['W5', { text: 'Japan', first: 5 }],
    ['W5', { text: 'by', first: 10 }],
    ['W5', { text: 'Komarom byd', first: 20 }],
    ['W5', { text: 'shanghai', first: 3 }],
    ['W5', { text: '!!', first: 3 }],
    // A brand among the hits.
    ['W5', { text: 'Omoda', first: 5 }],
    ['W6', { year: 2024 }],
    ['W6', { year: 2022 }],
    ['W6', { year: 1950 }],
  ] as const)('%s with %j equals Autograph’s data too', async (id, variables) => {
    const [reference, answer] = await both(id, variables);
    expect(reference.status).toBe(200);
    expect(reference.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: reference.body.data });
  });

  it('W2 with a short page says a page follows, as Autograph does', async () => {
    const [, answer] = await both('W2', { first: 2 });
    expect(answer.body.data.automakers.pageInfo).toEqual({ hasNextPage: true });
    expect(answer.body.data.automakers.edges).toHaveLength(2);
  });

  it('knows the workload from the document when operationName is absent', async () => {
    const w = workload('W1');
    const answer = await post(limit.url, { query: w.query, variables: w.variables });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { automaker: { id: 'automaker:byd', name: 'BYD' } } });
  });

  it('refuses an unknown workload and bad variables with 400 and a JSON error', async () => {
    const unknown = await post(limit.url, { query: '{ automaker(id: "automaker:byd") { id } }' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      { message: 'Unknown workload: expected operationName W1 to W6 (or a document "query W1(…"); got null.', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
    const bad = await post(limit.url, { query: workload('W2').query, variables: { first: 'all' }, operationName: 'W2' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ message: 'Variable "first" must be an integer from 1 to 100; got "all".', extensions: { code: 'BAD_USER_INPUT' } }]);
    const notJson = await fetch(limit.url, { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
  });

  it('answers GET /health with 200', async () => {
    const response = await fetch(limit.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
