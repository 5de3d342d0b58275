/**
 * Contender (c) of the benchmark, the peer (@neo4j/graphql 7, bench/contenders/neo4j-graphql), gives
 * the same answers as Autograph: every workload, with its benchmark variables and with others, goes to
 * both servers over the same seeded Neo4j, and the peer's `data`, turned into Autograph's shape by
 * PEER[id].toAutographData, must equal Autograph's `data` exactly. The one exception is W4: several
 * shortest paths of the same length may exist, so there the length, the ends and the chaining of the
 * steps are compared, and each step is checked against the graph.
 */

import type { Driver } from 'neo4j-driver';
import { peerDriver, QUERY_COUNT_HEADER, startPeerServer, type RunningPeerServer } from '../../bench/contenders/neo4j-graphql/server';
import { PEER } from '../../bench/contenders/neo4j-graphql/workloads';
import { WORKLOADS, workload, type WorkloadId } from '../../bench/workloads';
import { startTestServer, testNeo4jUri, type TestServer } from '../support/test-server';

let autograph: TestServer;
let peer: RunningPeerServer;
let peerNeo4j: Driver;

beforeAll(async () => {
  autograph = await startTestServer();
  const external = process.env['NEO4J_URI'] !== undefined && process.env['NEO4J_URI'] !== '';
  peerNeo4j = peerDriver({
    NEO4J_URI: testNeo4jUri(),
    NEO4J_USERNAME: process.env['NEO4J_USERNAME'],
    NEO4J_PASSWORD: external ? process.env['NEO4J_PASSWORD'] : '',
  });
  peer = await startPeerServer({ driver: peerNeo4j, database: process.env['NEO4J_DATABASE'] ?? 'neo4j', port: 0 });
});
afterAll(async () => {
  await peer?.stop();
  await peerNeo4j?.close();
  await autograph?.close();
});

interface Answer {
  data: any;
  cypherQueries: number;
}

async function askAutograph(id: WorkloadId, variables: Record<string, unknown>): Promise<Answer> {
  const response = await autograph.request(workload(id).query, variables);
  expect(response.status).toBe(200);
  expect(response.body.errors).toBeUndefined();
  return { data: response.body.data, cypherQueries: response.cypherQueries };
}

async function askPeer(id: WorkloadId, variables: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(peer.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(PEER[id].request(variables)),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return { data: PEER[id].toAutographData(body.data), cypherQueries: Number(response.headers.get(QUERY_COUNT_HEADER)) };
}

/** Other variables for the same documents: the conversion must hold beyond the benchmark's own. */
const OTHER_VARIABLES: [WorkloadId, Record<string, unknown>][] = [
  ['W1', { id: 'automaker:toyota' }],
  ['W1', { id: 'automaker:no-such-maker' }],
  ['W2', { first: 5 }],
  ['W3', { id: 'country:JP' }],
  ['W3', { id: 'country:DE' }],
  ['W3', { id: 'country:XX' }],
  ['W5', { text: 'Japan', first: 5 }],
  ['W5', { text: 'by', first: 10 }],
  ['W5', { text: 'hungary plant' }],
  // A brand among the hits.
  ['W5', { text: 'Omoda', first: 5 }],
  ['W6', { year: 2024 }],
  ['W6', { year: 2022 }],
];

const EXACT_CASES: [WorkloadId, Record<string, unknown>][] = [
  ...WORKLOADS.filter((w) => w.id !== 'W4').map((w): [WorkloadId, Record<string, unknown>] => [w.id, w.variables]),
  ...OTHER_VARIABLES,
];

describe('the peer answers every workload as Autograph does', () => {
  it('serves GET /health', async () => {
    const response = await fetch(peer.url.replace(/\/graphql$/, '/health'));
    expect(response.status).toBe(200);
  });

  it.each(EXACT_CASES)('%s with %j: the same data', async (id, variables) => {
    const [expected, actual] = await Promise.all([askAutograph(id, variables), askPeer(id, variables)]);
    expect(actual.data).toStrictEqual(expected.data);
    // The harness compares JSON text: the keys must come in the same order too.
    expect(JSON.stringify(actual.data)).toBe(JSON.stringify(expected.data));
  });

  it('the benchmark variables find something for every workload (no empty comparison)', async () => {
    for (const w of WORKLOADS) {
      const { data } = await askAutograph(w.id, w.variables);
      const root = Object.values(data as Record<string, unknown>)[0];
      expect(root).not.toBeNull();
      if (Array.isArray(root)) expect(root.length).toBeGreaterThan(0);
    }
  });

  it('runs the whole request as one Cypher statement, counted in the response header', async () => {
    await askPeer('W1', workload('W1').variables); // the library reads the Neo4j version once, on its first request
    for (const w of WORKLOADS) {
      const { cypherQueries } = await askPeer(w.id, w.variables);
      expect(cypherQueries).toBe(1);
    }
  });
});

describe('W4, shortest path: the same length and ends, and a real path', () => {
  const cases: Record<string, unknown>[] = [
    workload('W4').variables,
    { from: 'automaker:byd', to: 'country:HU', maxHops: 4 },
    { from: 'automaker:tesla', to: 'country:CN' },
    { from: 'country:JP', to: 'market:europe', maxHops: 2 },
    // A brand at an end.
    { from: 'brand:omoda', to: 'automaker:chery', maxHops: 1 },
    // A country and its own market are one place: the INCLUDES step that joins them is not counted.
    { from: 'factory:volkswagen-kaluga', to: 'market:russia', maxHops: 1 },
    { from: 'market:hungary', to: 'factory:byd-szeged', maxHops: 1 },
  ];

  it.each(cases)('%j', async (variables) => {
    const [expected, actual] = await Promise.all([askAutograph('W4', variables), askPeer('W4', variables)]);
    const want = expected.data.path;
    const got = actual.data.path;
    if (want === null) {
      expect(got).toBeNull();
      return;
    }
    expect(Object.keys(got)).toEqual(Object.keys(want));
    expect(got.length).toBe(want.length);
    expect(got.nodes).toHaveLength(want.nodes.length);
    expect(got.steps).toHaveLength(want.length);
    expect(got.nodes[0]).toEqual(want.nodes[0]);
    expect(got.nodes.at(-1)).toEqual(want.nodes.at(-1));
    // No entity twice, never through a source.
    const ids = got.nodes.map((n: { id: string }) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(got.nodes.some((n: { __typename: string }) => n.__typename === 'Source')).toBe(false);
    // Each step joins the node before it to the node after it, in either direction, and exists as stated.
    for (const [i, step] of (got.steps as { type: string; from: string; to: string; sources: { id: string }[] }[]).entries()) {
      expect([step.from, step.to].sort()).toEqual([ids[i], ids[i + 1]].sort());
      const rows = await autograph.executor.read<{ sources: string[]; labels: string[][] }>(
        `MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to}) WHERE type(r) = $type
         RETURN [s IN coalesce(r.sources, []) WHERE EXISTS { MATCH (:Source {id: s}) }] AS sources, [labels(a), labels(b)] AS labels`,
        { from: step.from, to: step.to, type: step.type },
      );
      expect(rows).toHaveLength(1);
      expect(step.sources.map((s) => s.id)).toEqual([...new Set(rows[0]!.sources)]);
      const kinds = got.nodes.slice(i, i + 2).map((n: { __typename: string }) => n.__typename);
      const labels = step.from === ids[i] ? rows[0]!.labels : [...rows[0]!.labels].reverse();
      expect(labels[0]).toContain(kinds[0]);
      expect(labels[1]).toContain(kinds[1]);
    }
  });
});
