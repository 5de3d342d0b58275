/** Opens the configured Neo4j: NEO4J_URI when set, else the embedded one, which it starts. */

import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
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

export async function openDatabase(config: Config, log: (message: string) => void): Promise<Database> {
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
  });
  const close = async (): Promise<void> => {
    await driver.close();
    await embedded?.stop();
  };
  try {
    await driver.verifyConnectivity({ database: config.neo4jDatabase });
    const executor = new Executor(driver, { database: config.neo4jDatabase });
    await applySchema(executor);
    return { driver, executor, embedded, uri, close };
  } catch (error) {
    await close();
    throw error;
  }
}
