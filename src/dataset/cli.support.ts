/** What the dataset command lines share: where relative paths start, and opening the configured Neo4j. */

import path from 'node:path';
import { loadConfig } from '../config';
import { openDatabase, type Database } from '../neo4j/database';
import { Executor } from '../neo4j/executor';

/** Longest an import or export transaction may run (the server's 30 s is for requests). */
export const CLI_TRANSACTION_TIMEOUT_MS = 10 * 60_000;

/** The directory the user ran `npm run …` from (npm runs scripts in the package root). */
export function userCwd(): string {
  return process.env['INIT_CWD'] ?? process.cwd();
}

/** Resolves a path the user typed against the directory they typed it in. */
export function userPath(file: string): string {
  return path.resolve(userCwd(), file);
}

/**
 * Opens the Neo4j the server would use (NEO4J_URI, else the embedded one, started here) and an
 * executor with a long transaction timeout; log lines go to stderr.
 */
export async function openCliDatabase(): Promise<{ db: Database; executor: Executor }> {
  const config = loadConfig();
  const db = await openDatabase(config, (m) => process.stderr.write(`${m}\n`));
  const executor = new Executor(db.driver, { database: config.neo4jDatabase, transactionTimeoutMs: CLI_TRANSACTION_TIMEOUT_MS });
  return { db, executor };
}

/** Seconds since `t0`, for the figures the command lines print. */
export const seconds = (t0: number): string => `${((Date.now() - t0) / 1000).toFixed(2)} s`;
