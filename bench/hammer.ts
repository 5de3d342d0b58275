/**
 * Puts load on one server from this process (autocannon, on 127.0.0.1): a fixed list of requests
 * that each connection sends in turn, for a fixed time. Every latency is kept, so percentiles are
 * exact (autocannon's own summary has no p95).
 */

import autocannon from 'autocannon';
import type { RequestBody } from './contenders';

export interface LoadResult {
  seconds: number;
  requests: number;
  /** Non-2xx answers, answers with GraphQL errors, socket errors and timeouts. */
  errors: number;
  /** Latency of every completed request, in ms. */
  latencies: number[];
}

/** Sends `bodies` round and round on `connections` connections for `seconds`. */
export function hammer(base: string, bodies: readonly RequestBody[], connections: number, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let graphqlErrors = 0;
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        timeout: 60,
        requests: bodies.map((body) => ({
          method: 'POST' as const,
          path: '/graphql',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          onResponse: (status: number, text: string) => {
            if (status === 200 && text.includes('"errors":[')) graphqlErrors += 1;
          },
        })),
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          seconds,
          requests: result.requests.total,
          errors: result.non2xx + graphqlErrors + result.errors + result.timeouts,
          latencies,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, ms: number) => latencies.push(ms));
  });
}

/** The p-th percentile (0–100) of sorted values, by nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
