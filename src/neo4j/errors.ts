/** Maps Neo4j driver errors to GraphQL errors with codes, without leaking Cypher or internals. */

import { GraphQLError } from 'graphql';
import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { codedError, ErrorCode } from '../common/errors';

/** Neo4j error codes (status codes) and what a client should be told. */
const BY_NEO4J_CODE: Record<string, [ErrorCode, string]> = {
  'Neo.ClientError.Transaction.TransactionTimedOut': [ErrorCode.TIMEOUT, 'The query took too long and was stopped.'],
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration': [
    ErrorCode.TIMEOUT,
    'The query took too long and was stopped.',
  ],
  'Neo.ClientError.Schema.ConstraintValidationFailed': [ErrorCode.CONFLICT, 'The change conflicts with stored data.'],
  'Neo.ClientError.Security.Unauthorized': [
    ErrorCode.SERVICE_UNAVAILABLE,
    'The database refused the credentials configured for Autograph.',
  ],
  'Neo.ClientError.Database.DatabaseNotFound': [ErrorCode.SERVICE_UNAVAILABLE, 'The configured database does not exist.'],
};

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Returns the GraphQL error to show for an error thrown while running Cypher. */
export function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof Neo4jError) {
    const mapped = BY_NEO4J_CODE[error.code];
    if (mapped !== undefined) return codedError(mapped[0], mapped[1], { neo4jCode: error.code });
    if (UNAVAILABLE.has(error.code) || isRetryableError(error)) {
      return codedError(ErrorCode.SERVICE_UNAVAILABLE, 'The database is not reachable right now; try again shortly.');
    }
    return codedError(ErrorCode.INTERNAL_SERVER_ERROR, 'The database could not answer this request.', {
      neo4jCode: error.code,
    });
  }
  return codedError(ErrorCode.INTERNAL_SERVER_ERROR, 'Unexpected error.');
}
