/**
 * Rate limiting per client address: a token bucket per address holding up to a minute's budget,
 * refilled continuously. Past it the client gets 429 with Retry-After and a GraphQL-shaped error
 * coded RATE_LIMITED. The table of buckets is bounded: when it is full the least recently seen
 * address is forgotten (which only ever gives that address a fresh budget).
 */

import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { metrics } from '../observability/metrics';

export interface RateLimitOptions {
  /** Requests per minute per address; 0 turns the limit off. */
  perMinute: number;
  /** Most addresses remembered at once. */
  maxClients?: number;
  /** Clock in ms, for tests. */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** The bucket table, usable without Express (the unit tests drive it directly). */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly perMs: number;
  private readonly maxClients: number;
  private readonly now: () => number;

  constructor(options: RateLimitOptions) {
    this.capacity = options.perMinute;
    this.perMs = options.perMinute / 60_000;
    this.maxClients = options.maxClients ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Number of addresses remembered. */
  get size(): number {
    return this.buckets.size;
  }

  /** Takes one token for `key`: 0 when allowed, else the seconds to wait for the next token. */
  take(key: string): number {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      bucket = { tokens: this.capacity, updatedAt: now };
    } else {
      this.buckets.delete(key); // re-inserted below: the Map's order is least recently seen first
      bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.updatedAt) * this.perMs);
      bucket.updatedAt = now;
    }
    this.buckets.set(key, bucket);
    while (this.buckets.size > this.maxClients) {
      this.buckets.delete(this.buckets.keys().next().value as string);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }
}

/** Express middleware for `options`; a no-op when perMinute is 0. */
export function rateLimit(options: RateLimitOptions): RequestHandler {
  if (options.perMinute <= 0) return (_req, _res, next) => next();
  const buckets = new TokenBuckets(options);
  return (req: Request, res: Response, next: NextFunction) => {
    // OPTIONS preflights are free: a browser sends one before many of its requests.
    if (req.method === 'OPTIONS') return next();
    const wait = buckets.take(req.ip ?? req.socket.remoteAddress ?? 'unknown');
    if (wait === 0) return next();
    metrics.httpRejected.inc({ reason: 'rate_limited' });
    res
      .status(429)
      .set('Retry-After', String(wait))
      .json({
        errors: [
          {
            message: `Too many requests: at most ${options.perMinute} a minute per client. Retry after ${wait} s.`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: wait },
          },
        ],
      });
  };
}
