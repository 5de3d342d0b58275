/** Starts Autograph: configuration → Neo4j (embedded unless NEO4J_URI) → seed if empty → schema → HTTP. */

import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { openDatabase, type Database } from './neo4j/database';
import { EmbeddedNeo4jError } from './neo4j/embedded/launcher';
import { buildAutographSchema } from './schema/build';
import { isGraphEmpty, seedDatabase, SeedValidationError } from './seed';
import { startServer, type RunningServer } from './server';

const log = (message: string): void => console.log(`[autograph] ${message}`);

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const schema = buildAutographSchema();
  let db: Database | undefined;
  let server: RunningServer | undefined;

  let shuttingDown = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal}: shutting down…`);
    const t0 = Date.now();
    await server?.stop();
    log(`HTTP server closed (${Date.now() - t0} ms); closing the database…`);
    await db?.close();
    log(`Stopped in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  db = await openDatabase(config, log);
  if (await isGraphEmpty(db.executor)) {
    log('The graph is empty: seeding it from seeds/…');
    const counts = await seedDatabase(db.executor, undefined, log);
    log(`Seeded: ${JSON.stringify(counts)}`);
  }
  server = await startServer(
    { schema, executor: db.executor, apiToken: config.apiToken, production: config.nodeEnv === 'production', limits: config.limits },
    config.port,
  );
  log(`Neo4j at ${db.uri}${db.embedded ? ' (embedded)' : ''}`);
  log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${server.url}`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedNeo4jError || error instanceof SeedValidationError) {
    console.error(`[autograph] ${error.message}`);
  } else {
    console.error('[autograph] Could not start:', error);
  }
  process.exit(1);
});
