/** Apollo Server options and plugins that apply the limits. */

import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { GraphQLError, Kind, type FragmentDefinitionNode, type GraphQLFormattedError } from 'graphql';
import { maxAliasesRule } from './aliases.rule';
import { operationCost } from './cost.rule';
import { maxDepthRule } from './depth.rule';
import { knownOperationTypesRule } from './operation-type.rule';
import { LIMIT_CODES, LimitCode, limitError } from './errors';
import type { LimitsConfig } from './limits.config';

/**
 * Checks the cost of the operation about to run, with the request's variables (so `first: $n`
 * counts $n). It runs once the operation is known, since Apollo's validation rules see no variables
 * (and Apollo caches a validated document for any variables).
 */
export function costLimitPlugin(limits: LimitsConfig): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation === undefined) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
          }
          const actual = operationCost(schema, fragments, operation, {
            defaultListSize: limits.defaultListSize,
            variables: request.variables,
          });
          if (actual > limits.maxCost) {
            throw limitError(
              LimitCode.QUERY_TOO_COMPLEX,
              `The operation may return up to ${actual} objects; the limit is ${limits.maxCost}. ` +
                'Ask for smaller pages (`first`) or fewer nested lists.',
              { limit: limits.maxCost, actual },
            );
          }
        },
      };
    },
  };
}

/**
 * The Apollo Server options of the limits: depth and alias validation rules, the cost plugin,
 * introspection on or off (off also hides "Did you mean" suggestions), batching only when
 * MAX_BATCH_OPERATIONS > 1, and a bounded cache for automatic persisted queries.
 */
export function apolloLimitOptions<C extends BaseContext>(
  limits: LimitsConfig,
): Pick<
  ApolloServerOptions<C>,
  'validationRules' | 'introspection' | 'hideSchemaDetailsFromClientErrors' | 'allowBatchedHttpRequests' | 'persistedQueries'
> & { plugins: ApolloServerPlugin<C>[] } {
  return {
    validationRules: [knownOperationTypesRule, maxDepthRule(limits.maxDepth), maxAliasesRule(limits.maxAliases)],
    introspection: limits.introspection,
    hideSchemaDetailsFromClientErrors: !limits.introspection,
    allowBatchedHttpRequests: limits.maxBatchOperations > 1,
    persistedQueries: { cache: new InMemoryLRUCache<string>({ maxSize: limits.persistedQueriesCacheBytes }) },
    plugins: [costLimitPlugin(limits) as ApolloServerPlugin<C>],
  };
}

/**
 * Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED; this puts back the code of
 * a limit (QUERY_TOO_DEEP, TOO_MANY_ALIASES…) so clients can tell them apart. It also codes
 * BAD_REQUEST the few errors Apollo raises with a 4xx status but no code (a wrong persisted query
 * hash or version), which would otherwise read INTERNAL_SERVER_ERROR (and lose their message in
 * production).
 */
export function withLimitCodes(
  format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    const code = original instanceof GraphQLError ? original.extensions['code'] : undefined;
    if (typeof code === 'string' && LIMIT_CODES.has(code)) {
      formatted = { ...formatted, extensions: { ...formatted.extensions, code } };
    } else if (formatted.extensions?.['code'] === 'INTERNAL_SERVER_ERROR' && isClientErrorStatus(error)) {
      formatted = { ...formatted, extensions: { ...formatted.extensions, code: LimitCode.BAD_REQUEST } };
    }
    return format(formatted, error);
  };
}

function isClientErrorStatus(error: unknown): boolean {
  const status = error instanceof GraphQLError ? (error.extensions['http'] as { status?: unknown } | undefined)?.status : undefined;
  return typeof status === 'number' && status >= 400 && status < 500;
}
