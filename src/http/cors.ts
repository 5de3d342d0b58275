/** CORS for /graphql from the CORS_ORIGINS allow-list (see src/runtime-config.ts). */

import cors from 'cors';
import type { RequestHandler } from 'express';
import type { CorsPolicy } from '../runtime-config';

const LOCALHOST = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/** Whether a browser page at `origin` may call the API under `policy`. */
export function originAllowed(origin: string, policy: CorsPolicy): boolean {
  switch (policy.kind) {
    case 'any':
      return true;
    case 'none':
      return false;
    case 'localhost':
      return LOCALHOST.test(origin);
    case 'list':
      return policy.origins.includes(origin);
  }
}

/**
 * The cors middleware for `policy`: an allowed origin is echoed in Access-Control-Allow-Origin
 * (with Vary: Origin); any other gets no CORS headers, so the browser blocks the response.
 * Requests without an Origin (curl, servers) are not affected.
 */
export function corsMiddleware(policy: CorsPolicy): RequestHandler {
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && originAllowed(origin, policy)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'],
    exposedHeaders: ['x-request-id', 'x-autograph-cypher-queries', 'retry-after'],
    maxAge: 600,
  });
}
