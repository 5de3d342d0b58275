/** The HTTP server: Express routes, Apollo Server on /graphql, and the per-request context. */

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { createContext, type Context } from './context';
import type { Executor } from './neo4j/executor';
import { mountWebRoutes } from './web';

export interface ServerOptions {
  schema: GraphQLSchema;
  executor: Executor;
  apiToken: string | undefined;
  production: boolean;
  /** Largest accepted request body. */
  bodyLimit?: string;
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

  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    formatError: formatError(options.production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      queryCountPlugin,
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // The GraphQL IDE on / (and GET /graphql from a browser), the graph explorer on /explore.
  mountWebRoutes(app);
  app.use(
    '/graphql',
    cors<cors.CorsRequest>(),
    express.json({ limit: options.bodyLimit ?? '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(options.executor, req.headers.authorization, options.apiToken),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}/graphql`;
  let stopping: Promise<void> | undefined;
  return { httpServer, url, stop: () => (stopping ??= apollo.stop()) };
}
