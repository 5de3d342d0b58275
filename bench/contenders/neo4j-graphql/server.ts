/**
 * Contender (c) of the benchmark: the Neo4j GraphQL Library (@neo4j/graphql 7) over the same Neo4j
 * and data as Autograph, served the way a user of the library would serve it: Apollo Server 5 with
 * the Express 5 integration at POST /graphql, GET /health for readiness. Each response carries
 * `x-autograph-cypher-queries`, the number of Cypher statements the request ran (counting-driver.ts).
 *
 *   node dist/bench/contenders/neo4j-graphql/server.js
 *
 * Environment: NEO4J_URI (default bolt://127.0.0.1:7687), NEO4J_USERNAME or NEO4J_USER (default
 * neo4j), NEO4J_PASSWORD (empty: no credentials, as the embedded Neo4j runs without auth),
 * NEO4J_DATABASE (default neo4j), PORT (default 4100), HOST (default 127.0.0.1).
 */

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL, type Neo4jGraphQLContext } from '@neo4j/graphql';
import express from 'express';
import neo4j, { type Driver } from 'neo4j-driver';
import { countingDriver, type StatementCounter } from './counting-driver';
import { TYPE_DEFS } from './type-defs';

/** Same header name as Autograph's, so the harness reads both the same way. */
export const QUERY_COUNT_HEADER = 'x-autograph-cypher-queries';

export interface PeerServerOptions {
  driver: Driver;
  database?: string;
  port: number;
  host?: string;
}

export interface RunningPeerServer {
  url: string;
  stop(): Promise<void>;
}

type PeerContext = Neo4jGraphQLContext & { counter: StatementCounter };

const queryCountPlugin: ApolloServerPlugin<PeerContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        response.http.headers.set(QUERY_COUNT_HEADER, String(contextValue.counter.count));
      },
    };
  },
};

/** Builds the library's schema from TYPE_DEFS and serves it; resolves once the port listens. */
export async function startPeerServer(options: PeerServerOptions): Promise<RunningPeerServer> {
  const database = options.database ?? 'neo4j';
  const neoSchema = new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver: options.driver });
  const schema = await neoSchema.getSchema();

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<PeerContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), queryCountPlugin],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async () => {
        const counter: StatementCounter = { count: 0 };
        return { counter, executionContext: countingDriver(options.driver, counter), sessionConfig: { database } };
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await apollo.stop();
    },
  };
}

/** Opens a driver the way the library's documentation does: URI and, when a password is set, basic auth. */
export function peerDriver(env: NodeJS.ProcessEnv = process.env): Driver {
  const uri = env['NEO4J_URI'] || 'bolt://127.0.0.1:7687';
  const user = env['NEO4J_USERNAME'] || env['NEO4J_USER'] || 'neo4j';
  const password = env['NEO4J_PASSWORD'] ?? '';
  return neo4j.driver(uri, password === '' ? undefined : neo4j.auth.basic(user, password));
}

async function main(): Promise<void> {
  const driver = peerDriver();
  const port = Number(process.env['PORT'] || 4100);
  const server = await startPeerServer({
    driver,
    database: process.env['NEO4J_DATABASE'] || 'neo4j',
    port,
    host: process.env['HOST'] || '127.0.0.1',
  });
  process.stdout.write(`peer (@neo4j/graphql) ready: ${server.url}\n`);
  const stop = async (): Promise<void> => {
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`peer server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
