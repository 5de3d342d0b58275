/**
 * Faults, against a real embedded Neo4j of this file's own (not the shared one), started and killed
 * by the test on a port the server is pointed at (NEO4J_URI):
 * - Neo4j not there at start: the server starts anyway, /ready says 503, GraphQL answers
 *   SERVICE_UNAVAILABLE; as soon as Neo4j appears it applies the schema, seeds and serves.
 * - Neo4j killed under load: every request fails with SERVICE_UNAVAILABLE (no other error, no
 *   crash, no unhandled rejection) and the server serves again once Neo4j is back, without restart.
 * - A write transaction cut by the kill leaves nothing behind.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphQLError } from 'graphql';
import { createDriver } from '../../src/neo4j/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/embedded/launcher';
import { Executor } from '../../src/neo4j/executor';
import { freePort } from '../support/global-setup';
import { alive, buildServer, postQuery, spawnServer, waitFor, type Spawned } from '../support/spawned-server';

const TOKEN = 'faults-token-0123456789abcdef';
const QUERY = '{ automaker(id: "automaker:byd") { name country { name } } }';

let dir: string;
let boltPort: number;
let port: number;
let neo4j: EmbeddedNeo4j | undefined;
let server: Spawned;

const ready = async (): Promise<{ status: number; body: any }> => {
  const response = await fetch(`http://127.0.0.1:${port}/ready`);
  return { status: response.status, body: await response.json() };
};
const startNeo4j = () => startEmbeddedNeo4j({ dir, port: boltPort, heap: '512m', pageCacheMb: 32 });

beforeAll(async () => {
  expect(buildServer()).toBe('');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autograph-faults-'));
  [boltPort, port] = [await freePort(), await freePort()];
}, 120_000);

afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited;
  await neo4j?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);

it('starts without Neo4j: /health 200, /ready 503 with the reason, GraphQL SERVICE_UNAVAILABLE', async () => {
  server = spawnServer({
    PORT: String(port),
    NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
    NEO4J_CONNECT_TIMEOUT_MS: '1000',
    NEO4J_RETRY_INTERVAL_MS: '300',
    // The load below asks hundreds of times a second: no rate limit here (it is tested in test/unit/http.test.ts).
    RATE_LIMIT_PER_MINUTE: '0',
    API_TOKEN: TOKEN,
  });
  await waitFor(() => /Ready in/.test(server.output()), 60_000, 'the HTTP server', server.output);
  expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
  const probe = await ready();
  expect(probe.status).toBe(503);
  expect(probe.body).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('Neo4j is not reachable') });

  const t0 = Date.now();
  const answer = await postQuery(port, QUERY);
  process.stderr.write(`[faults] SERVICE_UNAVAILABLE without Neo4j answered in ${Date.now() - t0} ms\n`);
  expect(answer.status).toBe(200);
  expect(answer.body.data).toEqual({ automaker: null });
  expect(answer.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  expect(server.child.exitCode).toBeNull();
}, 120_000);

it('serves as soon as Neo4j arrives, schema applied and graph seeded, without a restart', async () => {
  neo4j = await startNeo4j();
  await waitFor(async () => (await ready()).status === 200, 120_000, '/ready to say 200', server.output);
  expect(server.output()).toContain('The graph is empty: seeding it');
  const answer = await postQuery(port, QUERY);
  expect(answer.body).toEqual({ data: { automaker: { name: 'BYD', country: { name: 'China' } } } });
}, 240_000);

it('fails fast with SERVICE_UNAVAILABLE while Neo4j is killed under load, keeps running, and recovers', async () => {
  // Load: four clients asking one after another; every answer is recorded.
  const outcomes = new Map<string, number>();
  const unexpected: string[] = [];
  let running = true;
  const client = async (): Promise<void> => {
    while (running) {
      try {
        const { status, body } = await postQuery(port, QUERY);
        const code = body.errors?.[0]?.extensions?.code ?? 'ok';
        outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
        if (status !== 200 || (code !== 'ok' && code !== 'SERVICE_UNAVAILABLE')) unexpected.push(`${status} ${JSON.stringify(body)}`);
        if (code === 'ok' && body.data.automaker.name !== 'BYD') unexpected.push(JSON.stringify(body));
      } catch (error) {
        unexpected.push(String(error));
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  const clients = [client(), client(), client(), client()];

  // A write transaction of its own, cut in the middle by the kill.
  const driver = createDriver({ uri: neo4j!.uri, connectTimeoutMs: 1000 });
  const executor = new Executor(driver, { database: 'neo4j' });
  let killed = false;
  const kill = async (): Promise<void> => {
    if (killed) return;
    killed = true;
    const pid = neo4j!.pid;
    process.kill(pid, 'SIGKILL');
    await waitFor(() => !alive(pid), 30_000, 'Neo4j to die');
  };
  const cut = (await executor
    .writeTransaction(async (run) => {
      await run("CREATE (:Automaker {id: 'automaker:half-applied', name: 'Half applied'})");
      await kill();
      return run("MATCH (c:Country {id: 'country:CN'}) MATCH (a:Automaker {id: 'automaker:half-applied'}) MERGE (a)-[:HEADQUARTERED_IN]->(c)");
    })
    .catch((e: unknown) => e)) as GraphQLError;
  await driver.close();
  expect(cut.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');

  await waitFor(async () => (await ready()).status === 503, 30_000, '/ready to say 503', server.output);
  const downSince = Date.now();
  await waitFor(() => (outcomes.get('SERVICE_UNAVAILABLE') ?? 0) >= 20, 30_000, 'answers while Neo4j is down');
  const t0 = Date.now();
  const down = await postQuery(port, QUERY);
  process.stderr.write(`[faults] SERVICE_UNAVAILABLE with Neo4j killed answered in ${Date.now() - t0} ms\n`);
  expect(down.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');

  neo4j = await startNeo4j();
  await waitFor(async () => (await ready()).status === 200, 120_000, '/ready to say 200 again', server.output);
  await waitFor(() => (outcomes.get('ok') ?? 0) > 0, 10_000, 'answers again');
  const okBefore = outcomes.get('ok')!;
  await waitFor(() => outcomes.get('ok')! >= okBefore + 20, 30_000, 'more answers after recovery');
  running = false;
  await Promise.all(clients);
  process.stderr.write(`[faults] outcomes under load: ${JSON.stringify(Object.fromEntries(outcomes))}; down for ${Date.now() - downSince} ms\n`);

  expect(unexpected).toEqual([]);
  expect(server.child.exitCode).toBeNull();
  expect(server.output()).not.toMatch(/unhandled/i);
  expect(server.output()).toContain('Neo4j is not reachable');

  // Nothing of the cut transaction survived the crash.
  const check = createDriver({ uri: neo4j.uri });
  try {
    const rows = await new Executor(check, { database: 'neo4j' }).read<{ n: number }>(
      "MATCH (a {id: 'automaker:half-applied'}) RETURN count(a) AS n",
    );
    expect(rows[0]!.n).toBe(0);
  } finally {
    await check.close();
  }
  const answer = await postQuery(port, '{ node(id: "automaker:half-applied") { id } }');
  expect(answer.body).toEqual({ data: { node: null } });
}, 360_000);
