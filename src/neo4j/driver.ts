/** Creates the neo4j-driver Driver that every query goes through. */

import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  username?: string;
  password?: string;
  /**
   * Longest wait to open a connection or take one from the pool, and total time the driver retries
   * a failed transaction (NEO4J_CONNECT_TIMEOUT_MS). Short, so a missing Neo4j fails requests fast.
   */
  connectTimeoutMs?: number;
}

/**
 * Opens a driver. Integers arrive as JavaScript numbers (every count and figure here fits in 2^53).
 * With no password (the embedded Neo4j, which runs without auth on 127.0.0.1) no credentials are sent.
 */
export function createDriver(options: DriverOptions): Driver {
  const auth =
    options.password !== undefined && options.password !== ''
      ? neo4j.auth.basic(options.username ?? 'neo4j', options.password)
      : undefined;
  return neo4j.driver(options.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionTimeout: options.connectTimeoutMs ?? 3_000,
    connectionAcquisitionTimeout: options.connectTimeoutMs ?? 3_000,
    maxTransactionRetryTime: options.connectTimeoutMs ?? 3_000,
    userAgent: 'autograph/0.1',
  });
}
