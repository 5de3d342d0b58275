/** An Autograph server for one integration test file, on a free port, against the test Neo4j. */

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createHash } from 'node:crypto';
import { print } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/neo4j/driver';
import { Executor } from '../../src/neo4j/executor';
import { buildAutographSchema } from '../../src/schema/build';
import type { LimitsConfig } from '../../src/limits';
import { QUERY_COUNT_HEADER, startServer, type RunningServer } from '../../src/server';

export const TEST_TOKEN = 'test-token-0123456789abcdef';

export interface GraphQLResponse<T> {
  status: number;
  body: { data?: T | null; errors?: { message: string; path?: string[]; extensions?: { code?: string } & Record<string, unknown> }[] };
  /** Cypher statements the request ran (from the response header). */
  cypherQueries: number;
  headers: Headers;
}

export interface TestServer {
  url: string;
  driver: Driver;
  executor: Executor;
  server: RunningServer;
  /** Posts a raw GraphQL request. */
  request<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Posts a typed document from schema/generated. */
  run<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<R>>;
  close(): Promise<void>;
}

export function testNeo4jUri(): string {
  const uri = process.env['AUTOGRAPH_TEST_NEO4J_URI'];
  if (uri === undefined) throw new Error('AUTOGRAPH_TEST_NEO4J_URI is not set: run through the integration project');
  return uri;
}

export function testDriver(): Driver {
  const external = process.env['NEO4J_URI'] !== undefined && process.env['NEO4J_URI'] !== '';
  return createDriver({
    uri: testNeo4jUri(),
    username: process.env['NEO4J_USERNAME'],
    password: external ? process.env['NEO4J_PASSWORD'] : undefined,
  });
}

export async function startTestServer(
  options: { apiToken?: string | null; production?: boolean; limits?: LimitsConfig; dataloaderBatching?: boolean } = {},
): Promise<TestServer> {
  const driver = testDriver();
  // Generous: the machine running the tests may be busy.
  const executor = new Executor(driver, { database: process.env['NEO4J_DATABASE'] ?? 'neo4j', transactionTimeoutMs: 30_000 });
  const server = await startServer(
    {
      schema: buildAutographSchema(),
      executor,
      apiToken: options.apiToken === null ? undefined : (options.apiToken ?? TEST_TOKEN),
      production: options.production ?? false,
      limits: options.limits,
      dataloaderBatching: options.dataloaderBatching ?? true,
    },
    0,
    '127.0.0.1',
  );
  // The server runs in the test's own process. Reading the whole graph (graphChecksum, an export)
  // blocks that process's event loop for seconds; meanwhile Node's 5 s keep-alive timeout of an idle
  // connection runs out, and the server closed it just as fetch sent the next request on it
  // (ECONNRESET). Here the client gives up an idle connection long before the server does.
  server.httpServer.keepAliveTimeout = 120_000;
  const request = async <T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<T>['body'];
    return {
      status: response.status,
      body,
      cypherQueries: Number(response.headers.get(QUERY_COUNT_HEADER) ?? NaN),
      headers: response.headers,
    };
  };
  return {
    url: server.url,
    driver,
    executor,
    server,
    request,
    run: (document, variables, headers) => request(print(document), variables, headers),
    close: async () => {
      await server.stop();
      await driver.close();
    },
  };
}

/** A checksum of the whole graph (nodes, properties, relationships), to prove something changed nothing. */
export async function graphChecksum(executor: Executor): Promise<string> {
  const [row] = await executor.read<{ nodes: unknown[]; rels: unknown[] }>(`
    CALL () { MATCH (n) WITH n ORDER BY n.id RETURN collect([labels(n), properties(n)]) AS nodes }
    CALL () { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, type(r), b.id RETURN collect([a.id, type(r), b.id, properties(r)]) AS rels }
    RETURN nodes, rels`);
  const stable = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(stable)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              // The Dataset node's generation counts writes (it keys the kept hash), it is not data.
              .filter(([k]) => k !== 'generation')
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [k, stable(v)]),
          )
        : value;
  const digest = createHash('sha256').update(JSON.stringify(stable(row))).digest('hex');
  // Reading and hashing the whole graph can hold this process's event loop for seconds, past the test
  // server's keep-alive timeout: let its expired timers close their idle sockets before the next
  // request, which would otherwise reuse one as it closes (fetch failed: ECONNRESET).
  await new Promise((resolve) => setTimeout(resolve, 50));
  return `${row!.nodes.length} nodes/${row!.rels.length} relationships/${digest.slice(0, 16)}`;
}

/** The dataset's revision (contributions counted since seeding; 0 when the graph has none). */
export async function datasetRevision(executor: Executor): Promise<number> {
  const [row] = await executor.read<{ revision: number | null }>('MATCH (d:Dataset) RETURN d.revision AS revision');
  return row?.revision ?? 0;
}

/**
 * Sets the dataset's revision: a test file that runs mutations puts back the count it found, so that
 * the files after it see the version as seeded (the files share one database).
 */
export async function setDatasetRevision(executor: Executor, revision: number): Promise<void> {
  await executor.write('MATCH (d:Dataset) SET d.revision = $revision', { revision });
}
