/**
 * Express middleware in front of Apollo on /graphql: the JSON body parser with its size limit, the
 * query length and batch size limits, and GraphQL-shaped JSON errors (never Express's HTML page)
 * for bodies that are too large or not JSON.
 */

import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import type { LimitsConfig } from './limits.config';
import { LimitCode } from './errors';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/** Sends `{ errors: [{ message, extensions: { code, ... } }] }` with the status, in the media type the client accepts. */
export function sendGraphQLError(
  res: Response,
  status: number,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): void {
  const type = res.req.accepts(['application/json', GRAPHQL_RESPONSE_JSON]) === GRAPHQL_RESPONSE_JSON ? GRAPHQL_RESPONSE_JSON : 'application/json';
  res
    .status(status)
    .type(`${type}; charset=utf-8`)
    .send(JSON.stringify({ errors: [{ message, extensions: { ...details, code } }] }));
}

/** Turns body-parser's errors into GraphQL-shaped JSON errors; passes anything else on. */
export const bodyErrorHandler: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  const type = (error as { type?: unknown } | null)?.type;
  switch (type) {
    case 'entity.too.large': {
      const { limit, length } = error as { limit?: number; length?: number };
      sendGraphQLError(res, 413, LimitCode.PAYLOAD_TOO_LARGE, `The request body is larger than the limit of ${limit} bytes.`, {
        limit,
        actual: length,
      });
      return;
    }
    case 'entity.parse.failed':
      sendGraphQLError(res, 400, LimitCode.BAD_REQUEST, 'The request body is not valid JSON.');
      return;
    case 'charset.unsupported':
    case 'encoding.unsupported':
      sendGraphQLError(res, 415, LimitCode.BAD_REQUEST, 'The request body must be JSON in UTF-8, not compressed.');
      return;
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
    case 'stream.not.readable':
      sendGraphQLError(res, 400, LimitCode.BAD_REQUEST, 'The request body could not be read.');
      return;
    default: {
      // Any other client error while reading the body (e.g. a gzip header on a plain body).
      const status = (error as { status?: unknown } | null)?.status;
      if (typeof status === 'number' && status >= 400 && status < 500) {
        sendGraphQLError(res, status, LimitCode.BAD_REQUEST, 'The request body could not be read.');
        return;
      }
      next(error);
    }
  }
};

/** Refuses batches (JSON arrays) beyond `maxBatchOperations` and query texts longer than `maxQueryLength`. */
export function requestLimits(limits: LimitsConfig): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    if (Array.isArray(body)) {
      if (limits.maxBatchOperations <= 1) {
        sendGraphQLError(
          res,
          400,
          LimitCode.TOO_MANY_OPERATIONS,
          'Batched requests are off on this server: send one operation per request (a JSON object, not an array).',
          { limit: 1, actual: body.length },
        );
        return;
      }
      if (body.length > limits.maxBatchOperations) {
        sendGraphQLError(
          res,
          400,
          LimitCode.TOO_MANY_OPERATIONS,
          `The batch has ${body.length} operations; the limit is ${limits.maxBatchOperations}.`,
          { limit: limits.maxBatchOperations, actual: body.length },
        );
        return;
      }
    }
    const requests: unknown[] = Array.isArray(body) ? body : [body ?? req.query];
    for (const request of requests) {
      const query = (request as { query?: unknown } | null)?.query;
      if (typeof query === 'string' && query.length > limits.maxQueryLength) {
        sendGraphQLError(
          res,
          400,
          LimitCode.QUERY_TOO_LARGE,
          `The query is ${query.length} characters long; the limit is ${limits.maxQueryLength}.`,
          { limit: limits.maxQueryLength, actual: query.length },
        );
        return;
      }
    }
    next();
  };
}

/** The middleware chain to put before Apollo's on /graphql, in this order. */
export function graphqlHttpLimits(limits: LimitsConfig): (RequestHandler | ErrorRequestHandler)[] {
  return [express.json({ limit: limits.maxBodyBytes }), bodyErrorHandler, requestLimits(limits)];
}
