/**
 * The one way Cypher reaches Neo4j. Reads run in read transactions (so a cluster can route them to
 * followers), writes in write transactions; every session is closed in `finally`; driver errors
 * become GraphQL errors with codes; every query is counted, per request.
 */

import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { toParams, toPlain } from './convert';
import { toGraphQLError } from './errors';

/** Runs one Cypher statement inside an open transaction and returns plain rows. */
export type Run = <T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;

export interface ExecutorOptions {
  database: string;
  /** Longest a transaction may run before Neo4j stops it. */
  transactionTimeoutMs?: number;
}

/** Executes Cypher for one purpose (a request, a seed run) and counts the statements it ran. */
export class Executor {
  private statements = 0;

  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  /** A fresh executor on the same driver, with its own statement count: one per request. */
  fork(): Executor {
    return new Executor(this.driver, this.options);
  }

  /** The same executor (same statement count) with another transaction timeout, for batch work such as seeding. */
  withTimeout(transactionTimeoutMs: number): Executor {
    const other = new Executor(this.driver, { ...this.options, transactionTimeoutMs });
    other.statements = this.statements;
    return other;
  }

  /** Number of Cypher statements run through this executor. */
  get queryCount(): number {
    return this.statements;
  }

  /** Runs one read-only statement in a read transaction. */
  read<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.transaction('READ', (run) => run<T>(cypher, params));
  }

  /** Runs one statement in a write transaction. */
  write<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.transaction('WRITE', (run) => run<T>(cypher, params));
  }

  /**
   * Runs several statements in one write transaction: all of them take effect, or none.
   * `work` may be retried by the driver on transient errors, so it must not have side effects
   * outside the database.
   */
  writeTransaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  /** Runs several read-only statements in one read transaction (one consistent snapshot). */
  readTransaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (run: Run) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? 'READ' : 'WRITE',
    });
    const config = { timeout: this.options.transactionTimeoutMs ?? 30_000 };
    try {
      const body = (tx: ManagedTransaction): Promise<T> => work(this.runner(tx));
      return mode === 'READ' ? await session.executeRead(body, config) : await session.executeWrite(body, config);
    } catch (error) {
      const mapped = toGraphQLError(error);
      // The client sees a generic message; the operator needs the database's own words.
      if (mapped.extensions['code'] === 'INTERNAL_SERVER_ERROR') {
        const detail = error instanceof Error ? error.message : String(error);
        console.error(`[autograph] Cypher failed (${String(mapped.extensions['neo4jCode'] ?? 'unknown')}): ${detail}`);
      }
      throw mapped;
    } finally {
      await session.close();
    }
  }

  private runner(tx: ManagedTransaction): Run {
    return async <T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> => {
      this.statements += 1;
      const result: QueryResult<RecordShape> = await tx.run(cypher, toParams(params) as Record<string, unknown>);
      return result.records.map((record) => toPlain(record.toObject()) as T);
    };
  }
}
