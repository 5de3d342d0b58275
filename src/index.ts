/**
 * Starts Autograph: configuration → Neo4j (embedded unless NEO4J_URI) → HTTP. When Neo4j is not
 * reachable the server starts anyway (/ready says 503, GraphQL says SERVICE_UNAVAILABLE) and keeps
 * retrying; each time Neo4j becomes reachable the schema is applied and an empty graph seeded.
 * SIGTERM/SIGINT: stop accepting, let in-flight requests finish (SHUTDOWN_TIMEOUT_MS), close the
 * driver, stop the embedded Neo4j, exit 0.
 */

import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { connectDatabase, type SupervisedDatabase } from './neo4j/database';
import { EmbeddedNeo4jError } from './neo4j/embedded/launcher';
import { createLogger, processLog } from './observability';
import { buildAutographSchema } from './schema/build';
import { warmUp } from './schema/warm-up';
import { DEFAULT_SEED_DIR, isGraphEmpty, readSeedFolder, readSeedVersion, SeedValidationError, writeSeedData } from './seed';
import { startServer, type RunningServer } from './server';

/** Extra time past SHUTDOWN_TIMEOUT_MS for closing the driver and stopping Neo4j before exiting anyway. */
const SHUTDOWN_MARGIN_MS = 15_000;

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.runtime.logLevel);
  processLog.current = logger;
  const log = (message: string): void => logger.info(message);
  const schema = buildAutographSchema();
  // A bad seed folder stops start-up now, not at the first connection.
  const seedData = readSeedFolder(DEFAULT_SEED_DIR);
  const seedVersion = readSeedVersion(DEFAULT_SEED_DIR);
  let db: SupervisedDatabase | undefined;
  let server: RunningServer | undefined;

  let shuttingDown = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal}: shutting down (in-flight requests get ${config.runtime.shutdownTimeoutMs} ms)…`);
    const t0 = Date.now();
    setTimeout(() => {
      logger.error('Shutdown took too long: exiting anyway.');
      process.exit(1);
    }, config.runtime.shutdownTimeoutMs + SHUTDOWN_MARGIN_MS).unref();
    try {
      await server?.stop();
      log(`HTTP server closed (${Date.now() - t0} ms); closing the database…`);
      await db?.close();
      log(`Stopped in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
      logger.flush();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'Shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // Nothing should reject unobserved; if something does, say so and keep serving.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'Unhandled promise rejection'));

  db = await connectDatabase(
    config,
    log,
    async (executor) => {
      if (await isGraphEmpty(executor)) {
        log('The graph is empty: seeding it from seeds/…');
        // The version of seeds/dataset.json goes with them: `dataset { version }` says what was seeded.
        const counts = await writeSeedData(executor, seedData, log, seedVersion);
        log(`Seeded: ${JSON.stringify(counts)}`);
      }
    },
    (state, reason) => {
      if (state === 'ready') log('Neo4j is reachable: serving.');
      else if (state === 'unavailable') logger.warn({ reason }, 'Neo4j is not reachable: GraphQL answers SERVICE_UNAVAILABLE until it is back');
    },
  );
  if (shuttingDown) return;
  const database = db;
  server = await startServer(
    {
      schema,
      executor: db.executor,
      apiToken: config.apiToken,
      production: config.nodeEnv === 'production',
      logger,
      readiness: () => (database.availability.ready ? null : (database.availability.reason ?? 'Neo4j is not ready.')),
      cors: config.runtime.cors,
      rateLimitPerMinute: config.runtime.rateLimitPerMinute,
      shutdownTimeoutMs: config.runtime.shutdownTimeoutMs,
      dataloaderBatching: config.runtime.dataloaderBatching,
      limits: config.limits,
    },
    config.port,
  );
  log(`Neo4j at ${db.uri}${db.embedded ? ' (embedded)' : ''}${db.availability.ready ? '' : ' (not reachable yet: retrying)'}`);
  log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${server.url}`);
  if (database.availability.ready && config.runtime.warmUp) void warmUp(schema, database.executor, log);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedNeo4jError || error instanceof SeedValidationError) {
    console.error(`[autograph] ${error.message}`);
  } else {
    console.error('[autograph] Could not start:', error);
  }
  process.exit(1);
});
