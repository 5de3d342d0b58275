/**
 * Whether Neo4j can serve requests, kept up to date in the background. The server starts even when
 * Neo4j is not there: requests then fail at once with SERVICE_UNAVAILABLE (no waiting for a
 * connection timeout), GET /ready answers 503 with the reason, and a check every retry interval
 * connects, applies the schema and seeds an empty graph (`prepare`) as soon as Neo4j appears.
 * A query that fails for want of Neo4j marks it unavailable at once and triggers a check.
 */

import type { Driver } from 'neo4j-driver';
import { codedError, ErrorCode } from '../common/errors';

export type AvailabilityState = 'starting' | 'ready' | 'unavailable' | 'stopped';

export interface AvailabilityOptions {
  database: string;
  /** Time between checks. */
  intervalMs: number;
  /** Runs once each time Neo4j becomes reachable: apply the schema, seed when empty. */
  prepare: () => Promise<void>;
  /** Told about each change of state. */
  onChange?: (state: AvailabilityState, reason: string | undefined) => void;
}

/** What the executor needs: fail fast while down, report a failure seen while running a query. */
export interface AvailabilityGate {
  assertAvailable(): void;
  reportUnavailable(reason: string): void;
}

export class Availability implements AvailabilityGate {
  private current: AvailabilityState = 'starting';
  private why: string | undefined = 'Neo4j has not been checked yet.';
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly options: AvailabilityOptions,
  ) {}

  get state(): AvailabilityState {
    return this.current;
  }

  /** Why Neo4j is not ready (undefined when it is). */
  get reason(): string | undefined {
    return this.why;
  }

  get ready(): boolean {
    return this.current === 'ready';
  }

  /** Runs the first check (waiting for it), then keeps checking in the background. */
  async start(): Promise<void> {
    await this.check();
    this.schedule();
  }

  /** Stops the background checks. */
  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.set('stopped', 'The server is shutting down.');
  }

  /** Throws SERVICE_UNAVAILABLE unless Neo4j is ready. */
  assertAvailable(): void {
    if (this.current === 'ready') return;
    throw codedError(ErrorCode.SERVICE_UNAVAILABLE, 'The database is not reachable right now; try again shortly.');
  }

  /** A query failed because Neo4j is gone: stop sending it work and check again now. */
  reportUnavailable(reason: string): void {
    if (this.current !== 'ready') return;
    this.set('unavailable', reason);
    void this.check();
  }

  /** One check: connect, and prepare the database when it has just become reachable. */
  check(): Promise<void> {
    this.running ??= this.runCheck().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async runCheck(): Promise<void> {
    if (this.current === 'stopped') return;
    const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (error) {
      if (!this.stopped()) this.set('unavailable', `Neo4j is not reachable: ${message(error)}`);
      return;
    }
    if (this.current === 'ready') return;
    try {
      await this.options.prepare();
      if (!this.stopped()) this.set('ready', undefined);
    } catch (error) {
      if (!this.stopped()) this.set('unavailable', `Neo4j is reachable but could not be prepared: ${message(error)}`);
    }
  }

  private stopped(): boolean {
    return this.current === 'stopped';
  }

  private schedule(): void {
    if (this.current === 'stopped') return;
    this.timer = setTimeout(() => {
      void this.check().finally(() => this.schedule());
    }, this.options.intervalMs);
    this.timer.unref();
  }

  private set(state: AvailabilityState, reason: string | undefined): void {
    const changed = state !== this.current || reason !== this.why;
    const stateChanged = state !== this.current;
    this.current = state;
    this.why = reason;
    if (changed && stateChanged) this.options.onChange?.(state, reason);
  }
}
