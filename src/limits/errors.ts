/** The error codes of the limits that protect the server, and how they are raised. */

import { GraphQLError, type ASTNode } from 'graphql';

/** `extensions.code` of a request refused by a limit (HTTP 400, or 413 for PAYLOAD_TOO_LARGE). */
export const LimitCode = {
  /** The operation nests fields deeper than MAX_QUERY_DEPTH. */
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  /** The operation could return more nodes than MAX_QUERY_COST (list sizes multiplied down the tree). */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The operation has more aliases than MAX_ALIASES. */
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  /** The query text is longer than MAX_QUERY_LENGTH characters. */
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  /** A batch (a JSON array of operations) when batching is off, or longer than MAX_BATCH_OPERATIONS. */
  TOO_MANY_OPERATIONS: 'TOO_MANY_OPERATIONS',
  /** The request body is larger than MAX_BODY_SIZE (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The request body is not valid JSON, or not in a supported encoding. */
  BAD_REQUEST: 'BAD_REQUEST',
} as const;
export type LimitCode = (typeof LimitCode)[keyof typeof LimitCode];

/** Every limit code: these survive Apollo's wrapping of validation errors (see restoreLimitCode). */
export const LIMIT_CODES: ReadonlySet<string> = new Set(Object.values(LimitCode));

/**
 * An error for a request over a limit: `extensions.code`, the `limit` and the `actual` figure, and
 * HTTP 400 (Apollo reads `extensions.http` and removes it from the response).
 */
export function limitError(
  code: LimitCode,
  message: string,
  figures: { limit: number; actual: number },
  nodes?: readonly ASTNode[] | ASTNode,
): GraphQLError {
  return new GraphQLError(message, {
    nodes,
    extensions: { code, limit: figures.limit, actual: figures.actual, http: { status: 400 } },
  });
}
