/** Opens the configured Neo4j: NEO4J_URI when set, else the embedded one, which it starts. */

import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { Availability, type AvailabilityState } from './availability';
import { createDriver } from './driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded/launcher';
import { Executor } from './executor';
import { applySchema } from './schema';

export interface Database {
  driver: Driver;
  executor: Executor;
  /** The embedded Neo4j, when this process started one. */
  embedded: EmbeddedNeo4j | undefined;
  uri: string;
  /** Closes the driver, then stops the embedded Neo4j if any. */
  close(): Promise<void>;
}

/** A database the server keeps watching: it may be down at start, or go away and come back. */
export interface SupervisedDatabase extends Database {
  availability: Availability;
}

/** Longest the schema and seed transactions of start-up may run. */
const PREPARE_TIMEOUT_MS = 120_000;

async function start(config: Config, log: (message: string) => void): Promise<{ driver: Driver; embedded: EmbeddedNeo4j | undefined; uri: string }> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.neo4jUri;
  if (uri === undefined) {
    log(`Starting the embedded Neo4j (data in ${config.embeddedDir}, Bolt on 127.0.0.1:${config.embeddedPort})…`);
    embedded = await startEmbeddedNeo4j({ dir: config.embeddedDir, port: config.embeddedPort });
    uri = embedded.uri;
  }
  const driver = createDriver({
    uri,
    username: config.neo4jUsername,
    password: embedded === undefined ? config.neo4jPassword : undefined,
    connectTimeoutMs: config.runtime.neo4jConnectTimeoutMs,
  });
  return { driver, embedded, uri };
}

/** Connects and applies the schema, or throws (for one-shot tools such as the seed CLI). */
export async function openDatabase(config: Config, log: (message: string) => void): Promise<Database> {
  const { driver, embedded, uri } = await start(config, log);
  const close = async (): Promise<void> => {
    await driver.close();
    await embedded?.stop();
  };
  try {
    await driver.verifyConnectivity({ database: config.neo4jDatabase });
    const executor = new Executor(driver, { database: config.neo4jDatabase, transactionTimeoutMs: PREPARE_TIMEOUT_MS });
    await applySchema(executor);
    return { driver, executor, embedded, uri, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Starts the embedded Neo4j (a failure there throws) or points at NEO4J_URI, and returns at once
 * with an Availability that has made its first attempt: when Neo4j is not reachable the server
 * starts anyway and the Availability keeps retrying. `prepare` (seed when empty) runs after the
 * schema each time Neo4j becomes reachable. The executor refuses work while Neo4j is down.
 */
export async function connectDatabase(
  config: Config,
  log: (message: string) => void,
  prepare: (executor: Executor) => Promise<void>,
  onChange?: (state: AvailabilityState, reason: string | undefined) => void,
): Promise<SupervisedDatabase> {
  const { driver, embedded, uri } = await start(config, log);
  const setup = new Executor(driver, { database: config.neo4jDatabase, transactionTimeoutMs: PREPARE_TIMEOUT_MS });
  const availability = new Availability(driver, {
    database: config.neo4jDatabase,
    intervalMs: config.runtime.neo4jRetryIntervalMs,
    prepare: async () => {
      await applySchema(setup);
      await prepare(setup);
    },
    ...(onChange === undefined ? {} : { onChange }),
  });
  const executor = new Executor(driver, {
    database: config.neo4jDatabase,
    transactionTimeoutMs: config.runtime.neo4jTxTimeoutMs,
    gate: availability,
  });
  const close = async (): Promise<void> => {
    availability.stop();
    await driver.close();
    await embedded?.stop();
  };
  try {
    await availability.start();
  } catch (error) {
    await close();
    throw error;
  }
  return { driver, executor, embedded, uri, close, availability };
}
