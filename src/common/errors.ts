/** GraphQL errors with the codes clients branch on (extensions.code). */

import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
  /** Too many requests from one client address (HTTP 429 with Retry-After). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The client went away; its Neo4j work was rolled back. */
  CANCELLED: 'CANCELLED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error with a code; `details` lands in extensions next to it (e.g. the argument at fault). */
export function codedError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...details, code } });
}

/** The client sent something it can fix: a malformed id, a page size out of range, a bad cursor. */
export function badUserInput(message: string, argument?: string): GraphQLError {
  return codedError(ErrorCode.BAD_USER_INPUT, message, argument === undefined ? {} : { argument });
}
