/**
 * What the HTTP layer knows about one request: its id (the client's x-request-id when sane, else a
 * new UUID, echoed in the response header), an AbortSignal that fires when the client goes away
 * before the response is sent (the executor then rolls back its Neo4j transaction), and the
 * operation name and outcome that the GraphQL plugin fills in for the access log.
 */

import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../observability/logger';

export const REQUEST_ID_HEADER = 'x-request-id';

export interface RequestScope {
  id: string;
  startedAt: bigint;
  /** Aborted when the client disconnects before its response is complete. */
  signal: AbortSignal;
  /** Set by the GraphQL plugin: the operation's label and outcome. */
  operation?: string;
  outcome?: string;
}

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The scope of a request, set by requestScope(); undefined for requests that did not pass through it. */
export function scopeOf(res: Response): RequestScope | undefined {
  return res.locals['autographScope'] as RequestScope | undefined;
}

/** Milliseconds since the scope started. */
export function elapsedMs(scope: RequestScope): number {
  return Number(process.hrtime.bigint() - scope.startedAt) / 1e6;
}

/**
 * Middleware: gives each request its scope and writes one JSON access-log line when it ends
 * (request id, method, path, status, duration, operation, outcome; never headers, so never the token).
 */
export function requestScope(logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.headers[REQUEST_ID_HEADER];
    const id = typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
    const controller = new AbortController();
    // Each Cypher statement of the request listens while it runs; a request may run a few dozen at once.
    setMaxListeners(100, controller.signal);
    const scope: RequestScope = { id, startedAt: process.hrtime.bigint(), signal: controller.signal };
    res.locals['autographScope'] = scope;
    res.setHeader(REQUEST_ID_HEADER, id);
    logger.debug({ requestId: id, method: req.method, path: req.originalUrl.split('?')[0] }, 'request started');
    res.on('close', () => {
      const aborted = !res.writableFinished;
      if (aborted) controller.abort();
      const line = {
        requestId: id,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        durationMs: Math.round(elapsedMs(scope) * 10) / 10,
        ...(scope.operation === undefined ? {} : { operation: scope.operation }),
        ...(scope.outcome === undefined ? {} : { outcome: scope.outcome }),
        ...(aborted ? { aborted: true } : {}),
      };
      if (aborted || res.statusCode >= 500) logger.warn(line, 'request');
      else logger.info(line, 'request');
    });
    next();
  };
}
