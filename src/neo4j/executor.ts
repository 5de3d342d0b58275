/**
 * The one way Cypher reaches Neo4j. Reads run in read transactions (so a cluster can route them to
 * followers), writes in write transactions; every session is closed in `finally`; driver errors
 * become GraphQL errors with codes; every query is counted, per request.
 */

import { GraphQLError } from 'graphql';
import { isRetryableError, Neo4jError, type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { codedError, ErrorCode } from '../common/errors';
import { processLog } from '../observability/logger';
import { metrics } from '../observability/metrics';
import type { AvailabilityGate } from './availability';
import { toParams, toPlain } from './convert';
import { toGraphQLError } from './errors';

/** Runs one Cypher statement inside an open transaction and returns plain rows. */
export type Run = <T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;

export interface ExecutorOptions {
  database: string;
  /** Longest a transaction may run before Neo4j stops it (NEO4J_TX_TIMEOUT_MS; default 10 s). */
  transactionTimeoutMs?: number;
  /** When set, work is refused at once (SERVICE_UNAVAILABLE) while Neo4j is known to be down. */
  gate?: AvailabilityGate;
}

/** Driver error codes that mean Neo4j itself is gone (not a deadlock or another transient error). */
const LOST_CONNECTION = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Tries of a read that fails with a retryable error (then the error stands), and the pause before the next, times the try. */
const READ_ATTEMPTS = 3;
const RETRY_DELAY_MS = 100;

/** Default of ExecutorOptions.transactionTimeoutMs. */
export const DEFAULT_TRANSACTION_TIMEOUT_MS = 10_000;

/** Executes Cypher for one purpose (a request, a seed run) and counts the statements it ran. */
export class Executor {
  private statements = 0;

  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
    /** Aborting it (the client went away) closes the open session, which rolls its transaction back. */
    private readonly signal?: AbortSignal,
  ) {}

  /** A fresh executor on the same driver, with its own statement count: one per request. */
  fork(signal?: AbortSignal): Executor {
    return new Executor(this.driver, this.options, signal);
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

  /**
   * Runs one read-only statement, in an auto-commit read transaction: RUN and PULL go out together
   * and one answer comes back, where a managed transaction costs a second round trip for its COMMIT
   * (and a session's executeRead a third for its BEGIN). Round trips are most of what a statement
   * costs (bench/README.md), and this is the hot path of every loader. The session is a READ one, so
   * a cluster routes it to a follower. A retryable failure (a leader switch, a transient error) is
   * tried again, as a managed transaction would be.
   */
  read<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.guarded(async () => {
      this.statements += 1;
      metrics.neo4jQueries.inc({ mode: 'read' });
      const config = { timeout: this.options.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS };
      for (let attempt = 1; ; attempt += 1) {
        const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'READ' });
        // Closing the session stops the statement: Neo4j ends its transaction.
        const onAbort = (): void => void session.close().catch(() => undefined);
        this.signal?.addEventListener('abort', onAbort, { once: true });
        try {
          const result = await session.run(cypher, toParams(params) as Record<string, unknown>, config);
          return result.records.map((record) => toPlain(record.toObject()) as T);
        } catch (error) {
          if (attempt >= READ_ATTEMPTS || this.signal?.aborted || !isRetryableError(error)) throw error;
          await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
        } finally {
          this.signal?.removeEventListener('abort', onAbort);
          await session.close();
        }
      }
    });
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
    return this.guarded(async () => {
      const session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: mode === 'READ' ? 'READ' : 'WRITE',
      });
      const config = { timeout: this.options.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS };
      // Closing a session with an open transaction resets its connection: Neo4j rolls the transaction back.
      const onAbort = (): void => void session.close().catch(() => undefined);
      this.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const body = (tx: ManagedTransaction): Promise<T> => work(this.runner(tx, mode));
        return mode === 'READ' ? await session.executeRead(body, config) : await session.executeWrite(body, config);
      } finally {
        this.signal?.removeEventListener('abort', onAbort);
        await session.close();
      }
    });
  }

  /** Refuses work when the client has gone or Neo4j is known to be down, and maps what fails to coded errors. */
  private async guarded<T>(work: () => Promise<T>): Promise<T> {
    if (this.signal?.aborted) throw cancelled();
    this.options.gate?.assertAvailable();
    try {
      return await work();
    } catch (error) {
      const mapped = this.signal?.aborted ? cancelled() : toGraphQLError(error);
      const code = String(mapped.extensions['code']);
      metrics.neo4jErrors.inc({ code });
      if (error instanceof Neo4jError && LOST_CONNECTION.has(error.code)) {
        this.options.gate?.reportUnavailable(error instanceof Error ? error.message : String(error));
      }
      // The client sees a generic message; the operator needs the database's own words.
      if (code === ErrorCode.INTERNAL_SERVER_ERROR) {
        const detail = error instanceof Error ? error.message : String(error);
        processLog.current.error({ neo4jCode: mapped.extensions['neo4jCode'] ?? 'unknown', detail }, 'Cypher failed');
      }
      throw mapped;
    }
  }

  private runner(tx: ManagedTransaction, mode: 'READ' | 'WRITE'): Run {
    return async <T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> => {
      this.statements += 1;
      metrics.neo4jQueries.inc({ mode: mode === 'READ' ? 'read' : 'write' });
      const result: QueryResult<RecordShape> = await tx.run(cypher, toParams(params) as Record<string, unknown>);
      return result.records.map((record) => toPlain(record.toObject()) as T);
    };
  }
}

/** The error of work stopped because its client went away (nobody reads it but the logs). */
function cancelled(): GraphQLError {
  return codedError(ErrorCode.CANCELLED, 'The request was cancelled: the client went away.');
}
