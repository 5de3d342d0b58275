/** A validation rule graphql-js 16 lacks: an operation's type must exist in the schema. */

import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses a subscription (or mutation) when the schema has no such root type, at validation (HTTP
 * 400, GRAPHQL_VALIDATION_FAILED) instead of an execution error that would read as a server error.
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root =
      node.operation === 'query'
        ? schema.getQueryType()
        : node.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (root == null) {
      context.reportError(
        new GraphQLError(`This server has no ${node.operation} operations: it answers queries and mutations.`, { nodes: node }),
      );
    }
  },
});
