/**
 * The last Express error handler: errors raised before GraphQL runs (a body that is not JSON, one
 * that is too large, a bug in a middleware) answer as GraphQL-shaped JSON with a code, never with a
 * stack trace, a file path or Express's HTML page.
 */

import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../observability/logger';
import { metrics } from '../observability/metrics';
import { scopeOf } from './request-scope';

/** Builds the handler; in production the message of an unexpected error is replaced by a generic one. */
export function errorHandler(production: boolean, logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = httpStatus(error);
    const scope = scopeOf(res);
    let code: string;
    let message: string;
    if (status === 413) {
      code = 'PAYLOAD_TOO_LARGE';
      message = 'The request body is too large.';
    } else if (status >= 400 && status < 500) {
      code = 'BAD_REQUEST';
      message = production ? 'The request is malformed (the body must be valid JSON).' : errorMessage(error);
    } else {
      code = 'INTERNAL_SERVER_ERROR';
      message = production ? 'Internal server error' : errorMessage(error);
      logger.error({ requestId: scope?.id, err: error }, 'unhandled error in the HTTP layer');
    }
    if (scope !== undefined) scope.outcome = code;
    metrics.httpRejected.inc({ reason: status < 500 ? 'bad_request' : 'internal' });
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

function httpStatus(error: unknown): number {
  const candidate = (error as { status?: unknown; statusCode?: unknown } | null)?.status ??
    (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof candidate === 'number' && candidate >= 400 && candidate < 600 ? candidate : 500;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
