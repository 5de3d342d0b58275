/**
 * Prometheus metrics (prom-client) in one registry for the process, served at GET /metrics.
 * Every label has a bounded set of values: operation (known names, `other`, `anonymous`), outcome
 * (`ok` or an error code from a fixed list), mode (read/write), code, loader kind.
 */

import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { ErrorCode } from '../common/errors';

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'autograph_' });

/** Outcomes a request can be counted with; any other error code is counted as `error`. */
export const OUTCOMES: ReadonlySet<string> = new Set<string>([
  'ok',
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** The outcome label of a request: `ok`, its first error's code when known, else `error`. */
export function outcomeLabel(code: string | undefined | null, failed: boolean): string {
  if (!failed) return 'ok';
  return code !== undefined && code !== null && OUTCOMES.has(code) ? code : 'error';
}

export const metrics = {
  requests: new Counter({
    name: 'autograph_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok or the first error code).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  }),
  requestDuration: new Histogram({
    name: 'autograph_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its response.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  }),
  neo4jQueries: new Counter({
    name: 'autograph_neo4j_queries_total',
    help: 'Cypher statements run, by transaction mode.',
    labelNames: ['mode'] as const,
    registers: [registry],
  }),
  neo4jErrors: new Counter({
    name: 'autograph_neo4j_errors_total',
    help: 'Failed Neo4j transactions, by the error code the client was given.',
    labelNames: ['code'] as const,
    registers: [registry],
  }),
  batchSize: new Histogram({
    name: 'autograph_dataloader_batch_size',
    help: 'Keys per DataLoader batch (one Cypher statement each), by loader kind.',
    labelNames: ['loader'] as const,
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers: [registry],
  }),
  httpRejected: new Counter({
    name: 'autograph_http_rejected_total',
    help: 'Requests refused before GraphQL ran, by reason (rate_limited, unavailable, bad_request).',
    labelNames: ['reason'] as const,
    registers: [registry],
  }),
};
