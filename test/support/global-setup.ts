/**
 * Starts the Neo4j the integration tests run against: NEO4J_URI when set, else an embedded Neo4j in
 * a fresh temporary folder on a free port. Then it empties the graph, applies the schema and seeds it.
 */

import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../src/neo4j/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/embedded/launcher';
import { Executor } from '../../src/neo4j/executor';
import { applySchema } from '../../src/neo4j/schema';
import { seedDatabase } from '../../src/seed';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

declare global {
  // Read by global-teardown, which runs in the same process.
  var __AUTOGRAPH_EMBEDDED__: { neo4j: EmbeddedNeo4j; dir: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  let uri = process.env['NEO4J_URI'];
  if (uri === undefined || uri === '') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autograph-test-neo4j-'));
    const port = await freePort();
    const started = Date.now();
    const neo4j = await startEmbeddedNeo4j({ dir, port, heap: '768m', pageCacheMb: 64 });
    globalThis.__AUTOGRAPH_EMBEDDED__ = { neo4j, dir };
    uri = neo4j.uri;
    process.stderr.write(`\n[test] embedded Neo4j on ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  // Workers are started after this and inherit the environment.
  process.env['AUTOGRAPH_TEST_NEO4J_URI'] = uri;

  const driver = createDriver({
    uri,
    username: process.env['NEO4J_USERNAME'],
    password: globalThis.__AUTOGRAPH_EMBEDDED__ ? undefined : process.env['NEO4J_PASSWORD'],
  });
  try {
    // A fresh JVM compiles every seed statement on first use: on a loaded machine that alone can take
    // longer than the 30 s a request may, so seeding here gets more time.
    const executor = new Executor(driver, { database: process.env['NEO4J_DATABASE'] ?? 'neo4j', transactionTimeoutMs: 180_000 });
    await executor.write('MATCH (n) DETACH DELETE n');
    await applySchema(executor);
    await seedDatabase(executor);
  } finally {
    await driver.close();
  }
}
