/** The HTTP server: Express routes, Apollo Server on /graphql, and the per-request context. */

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { type LoaderOptions } from './common/batch';
import { noStoreMutationsPlugin } from './common/cache-control';
import { inputProblemsPlugin } from './common/input-problems';
import { createContext, type Context } from './context';
import { apolloLimitOptions, DEFAULT_LIMITS, graphqlHttpLimits, withLimitCodes, type LimitsConfig } from './limits';
import { corsMiddleware, errorHandler, healthRoutes, rateLimit, requestScope, scopeOf, type ReadinessProbe } from './http';
import type { Executor } from './neo4j/executor';
import { knownOperationNames, observabilityPlugin, silentLogger, type Logger } from './observability';
import type { CorsPolicy } from './runtime-config';
import { mountWebRoutes } from './web';

export interface ServerOptions {
  schema: GraphQLSchema;
  executor: Executor;
  apiToken: string | undefined;
  production: boolean;
  /** Query depth, cost, aliases, sizes, batching, introspection (default: DEFAULT_LIMITS). */
  limits?: LimitsConfig;
  /** JSON logger for the access log (default: silent). */
  logger?: Logger;
  /** What GET /ready reports: null when ready, else why not (default: always ready). */
  readiness?: ReadinessProbe;
  /** Cross-origin policy of /graphql (default: localhost origins only). */
  cors?: CorsPolicy;
  /** Requests per minute per client address on /graphql (default 0: no limit). */
  rateLimitPerMinute?: number;
  /** How long in-flight requests get to finish on stop() before their connections are closed (default 10 s). */
  shutdownTimeoutMs?: number;
  /** Whether DataLoaders batch (default true); false is the benchmark's N+1 floor. */
  dataloaderBatching?: boolean;
}

export interface RunningServer {
  httpServer: http.Server;
  url: string;
  /** Stops accepting requests, lets in-flight ones finish, and closes the server. */
  stop(): Promise<void>;
}

/** Header that tells a client how many Cypher statements its request ran (for N+1 checks and benchmarks). */
export const QUERY_COUNT_HEADER = 'x-autograph-cypher-queries';

const queryCountPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        response.http.headers.set(QUERY_COUNT_HEADER, String(contextValue.executor.queryCount));
      },
    };
  },
};

/** Hides the message of unexpected errors in production; coded errors keep theirs. */
function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    if (production && formatted.extensions?.['code'] === 'INTERNAL_SERVER_ERROR') {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return formatted;
  };
}

/** Builds the Express app and Apollo Server, and starts listening on the port (0 for any free one). */
export async function startServer(options: ServerOptions, port: number, host = '0.0.0.0'): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const logger = options.logger ?? silentLogger;
  let stopping = false;

  const loaderOptions: LoaderOptions = { batch: options.dataloaderBatching ?? true };
  const limits = apolloLimitOptions<Context>(options.limits ?? DEFAULT_LIMITS);
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    ...limits,
    includeStacktraceInErrorResponses: !options.production,
    formatError: withLimitCodes(formatError(options.production)),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.shutdownTimeoutMs ?? 10_000 }),
      ApolloServerPluginLandingPageDisabled(),
      queryCountPlugin,
      noStoreMutationsPlugin,
      inputProblemsPlugin,
      ...limits.plugins,
      observabilityPlugin(knownOperationNames()),
    ],
  });
  await apollo.start();

  app.use(requestScope(logger));
  app.use(healthRoutes(() => (stopping ? 'The server is shutting down.' : (options.readiness?.() ?? null))));
  // The GraphQL IDE on / (and GET /graphql from a browser), the graph explorer on /explore.
  mountWebRoutes(app);
  app.use(
    '/graphql',
    corsMiddleware(options.cors ?? { kind: 'localhost' }),
    rateLimit({ perMinute: options.rateLimitPerMinute ?? 0 }),
    ...graphqlHttpLimits(options.limits ?? DEFAULT_LIMITS),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(options.executor, req.headers.authorization, options.apiToken, scopeOf(res), loaderOptions),
    }),
  );
  app.use(errorHandler(options.production, logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}/graphql`;
  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping = true;
    return (stopped ??= apollo.stop());
  };
  return { httpServer, url, stop };
}
