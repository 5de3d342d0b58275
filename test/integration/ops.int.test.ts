/**
 * Timeouts and cancellation against the real Neo4j: a transaction that outlives
 * NEO4J_TX_TIMEOUT_MS is stopped by Neo4j and reported as TIMEOUT; a client that goes away (its HTTP
 * request aborted) frees its work: the transaction disappears from SHOW TRANSACTIONS.
 */

import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import type { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Context } from '../../src/context';
import { Executor } from '../../src/neo4j/executor';
import { registry } from '../../src/observability';
import { startServer } from '../../src/server';
import { testDriver } from '../support/test-server';

/** Runs for minutes unless stopped: the marker finds it in SHOW TRANSACTIONS. */
const slowCypher = (marker: string) =>
  `UNWIND range(1, 4000000000) AS i WITH i WHERE i = -1 AND '${marker}' <> '' RETURN count(i) AS n`;

let driver: Driver;
const database = process.env['NEO4J_DATABASE'] ?? 'neo4j';

beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

/** Transactions whose query contains `marker` (other than this lookup itself). */
async function transactionsRunning(marker: string): Promise<number> {
  const admin = new Executor(driver, { database });
  const rows = await admin.read<{ query: string }>(
    'SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery AS query',
  );
  return rows.filter((r) => r.query.includes(marker) && !r.query.startsWith('SHOW TRANSACTIONS')).length;
}

async function waitUntil(what: string, predicate: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('transaction timeout', () => {
  it('stops a read that outlives the timeout and reports TIMEOUT', async () => {
    const executor = new Executor(driver, { database, transactionTimeoutMs: 1_000 });
    const error = (await executor.read(slowCypher('timeout-read')).catch((e: unknown) => e)) as GraphQLError;
    expect(error.extensions?.['code']).toBe('TIMEOUT');
    expect(error.message).toBe('The query took too long and was stopped.');
    expect(await transactionsRunning('timeout-read')).toBe(0);
  }, 60_000);

  it('applies to write transactions too, and nothing of the stopped one stays', async () => {
    const executor = new Executor(driver, { database, transactionTimeoutMs: 1_000 });
    const error = (await executor
      .writeTransaction(async (run) => {
        await run("CREATE (:TimeoutProbe {id: 'probe:timeout'})");
        return run(slowCypher('timeout-write'));
      })
      .catch((e: unknown) => e)) as GraphQLError;
    expect(error.extensions?.['code']).toBe('TIMEOUT');
    const [row] = await executor.read<{ n: number }>("MATCH (p:TimeoutProbe {id: 'probe:timeout'}) RETURN count(p) AS n");
    expect(row!.n).toBe(0);
  }, 60_000);

  it('is counted in the Neo4j errors metric', async () => {
    const text = await registry.metrics();
    expect(text).toMatch(/autograph_neo4j_errors_total\{code="TIMEOUT"\} [1-9]/);
  }, 60_000);
});

describe('a client that goes away', () => {
  it('has its executor work rolled back when its signal aborts', async () => {
    const controller = new AbortController();
    const executor = new Executor(driver, { database, transactionTimeoutMs: 120_000 }).fork(controller.signal);
    const pending = executor.read(slowCypher('abort-executor')).catch((e: unknown) => e);
    await waitUntil('the slow query runs', async () => (await transactionsRunning('abort-executor')) === 1);
    controller.abort();
    const error = (await pending) as GraphQLError;
    expect(error.extensions?.['code']).toBe('CANCELLED');
    await waitUntil('the transaction is gone', async () => (await transactionsRunning('abort-executor')) === 0);
  }, 60_000);

  it('frees its Neo4j transaction when the HTTP request is aborted', async () => {
    // A schema of one slow field, served by the real server code, on the real Neo4j.
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType<unknown, Context>({
        name: 'Query',
        fields: {
          slow: {
            type: GraphQLString,
            resolve: async (_root, _args, ctx) => {
              await ctx.executor.read(slowCypher('abort-http'));
              return 'done';
            },
          },
        },
      }),
    });
    const executor = new Executor(driver, { database, transactionTimeoutMs: 120_000 });
    const server = await startServer({ schema, executor, apiToken: undefined, production: false }, 0, '127.0.0.1');
    try {
      const controller = new AbortController();
      const request = fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ slow }' }),
        signal: controller.signal,
      }).catch((e: unknown) => e);
      await waitUntil('the slow query runs', async () => (await transactionsRunning('abort-http')) === 1);
      controller.abort();
      expect(((await request) as Error).name).toBe('AbortError');
      await waitUntil('the transaction is gone', async () => (await transactionsRunning('abort-http')) === 0);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
