/** The Apollo Server plugin that counts each GraphQL request by operation and outcome, and times it. */

import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { elapsedMs } from '../http/request-scope';
import { metrics, outcomeLabel } from './metrics';
import { operationLabel } from './operation-names';

/** Counts requests (operation, outcome) and observes their latency; fills the request's scope for the access log. */
export function observabilityPlugin(knownOperations: ReadonlySet<string>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, request, errors, contextValue: ctx }) {
          const operation = operationLabel(operationName ?? request.operationName, knownOperations);
          const first = errors?.[0]?.extensions?.['code'];
          const outcome = outcomeLabel(typeof first === 'string' ? first : undefined, (errors?.length ?? 0) > 0);
          const scope = ctx.request ?? contextValue.request;
          const seconds =
            scope === undefined ? Number(process.hrtime.bigint() - started) / 1e9 : elapsedMs(scope) / 1000;
          metrics.requests.inc({ operation, outcome });
          metrics.requestDuration.observe({ operation }, seconds);
          if (scope !== undefined) {
            scope.operation = operation;
            scope.outcome = outcome;
          }
        },
      };
    },
  };
}
