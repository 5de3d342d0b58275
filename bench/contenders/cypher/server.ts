/**
 * Contender (d), the limit: a minimal HTTP server (node:http, no GraphQL) that answers the benchmark's
 * workloads with one hand-written Cypher statement each (queries.ts), through one neo4j-driver Driver,
 * in a read transaction, and writes `{"data": …}` exactly as Autograph's `data` is for the workload.
 *
 *   node dist/bench/contenders/cypher/server.js
 *
 * Environment: NEO4J_URI (default bolt://127.0.0.1:7687), NEO4J_USER or NEO4J_USERNAME (default
 * neo4j), NEO4J_PASSWORD (empty: no credentials, as for the embedded Neo4j), NEO4J_DATABASE (default
 * neo4j), PORT (default 4100), HOST (default 127.0.0.1).
 *
 * POST /graphql takes the body the harness sends Autograph, `{query, variables, operationName}`; the
 * workload is `operationName` (W1…W6) or else the name in `query W1(`. GET /health answers 200.
 */

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import type { WorkloadId } from '../../workloads';
import { BadVariables, prepare } from './queries';

/** The header Autograph sets to the number of Cypher statements a request ran. */
export const QUERY_COUNT_HEADER = 'x-autograph-cypher-queries';

const WORKLOAD_IDS: ReadonlySet<string> = new Set(['W1', 'W2', 'W3', 'W4', 'W5', 'W6']);
const OPERATION_NAME = /^\s*query\s+(W[1-6])\b/;
/** Larger bodies are refused: every workload document is well under this. */
const MAX_BODY_BYTES = 64 * 1024;

export interface CypherServerOptions {
  driver: Driver;
  database?: string;
  port?: number;
  host?: string;
}

export interface RunningCypherServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Thrown for a request the server cannot map to a workload; answered 400. */
class BadRequest extends Error {}

/** The workload a request names: `operationName`, else the operation name in the document. */
export function workloadOf(body: { query?: unknown; operationName?: unknown }): WorkloadId {
  const named = typeof body.operationName === 'string' && body.operationName !== '' ? body.operationName : undefined;
  const id = named ?? (typeof body.query === 'string' ? OPERATION_NAME.exec(body.query)?.[1] : undefined);
  if (id === undefined || !WORKLOAD_IDS.has(id)) {
    throw new BadRequest(`Unknown workload: expected operationName W1 to W6 (or a document "query W1(…"); got ${JSON.stringify(id ?? null)}.`);
  }
  return id as WorkloadId;
}

/** Parameters as Neo4j wants them: whole numbers as Neo4j integers (LIMIT and date() refuse floats). */
function toParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in params) {
    const value = params[key];
    out[key] = typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
  }
  return out;
}

function send(response: http.ServerResponse, status: number, body: string, queries?: number): void {
  const headers: http.OutgoingHttpHeaders = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  };
  if (queries !== undefined) headers[QUERY_COUNT_HEADER] = String(queries);
  response.writeHead(status, headers);
  response.end(body);
}

const errorBody = (message: string, code: string): string => JSON.stringify({ errors: [{ message, extensions: { code } }] });

/** Reads the whole request body (bounded). */
function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BadRequest(`Request body over ${MAX_BODY_BYTES} bytes.`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Answers one POST /graphql: one statement, one read transaction, the row's `data` written out. */
async function answer(driver: Driver, database: string, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  let body: { query?: unknown; variables?: unknown; operationName?: unknown };
  try {
    body = JSON.parse(await readBody(request)) as typeof body;
    if (body === null || typeof body !== 'object') throw new BadRequest('Request body must be a JSON object.');
  } catch (error) {
    send(response, 400, errorBody(error instanceof BadRequest ? error.message : 'Request body must be JSON.', 'BAD_REQUEST'));
    return;
  }
  let prepared;
  try {
    const variables = body.variables !== null && typeof body.variables === 'object' ? (body.variables as Record<string, unknown>) : {};
    prepared = prepare(workloadOf(body), variables);
  } catch (error) {
    if (error instanceof BadRequest || error instanceof BadVariables) {
      send(response, 400, errorBody(error.message, 'BAD_USER_INPUT'));
      return;
    }
    throw error;
  }
  if (prepared.cypher === null) {
    send(response, 200, JSON.stringify({ data: prepared.empty }), 0);
    return;
  }
  // One auto-commit read, the cheapest way to run one statement (RUN and PULL in one round trip, no
  // BEGIN or COMMIT), the same transport Autograph's executor uses for its reads.
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  let data: unknown;
  try {
    const result = await session.run(prepared.cypher, toParams(prepared.params));
    data = result.records[0]?.get('data') ?? null;
  } finally {
    await session.close();
  }
  send(response, 200, JSON.stringify({ data }), 1);
}

/**
 * Starts the server on `port` (0: a free one) and resolves once it listens. The driver stays the
 * caller's: close() stops the HTTP server only.
 */
export function startCypherServer(options: CypherServerOptions): Promise<RunningCypherServer> {
  const database = options.database ?? 'neo4j';
  const server = http.createServer((request, response) => {
    if (request.method === 'POST' && request.url === '/graphql') {
      answer(options.driver, database, request, response).catch((error: unknown) => {
        if (!response.headersSent) send(response, 500, errorBody(error instanceof Error ? error.message : String(error), 'INTERNAL_SERVER_ERROR'));
        else response.destroy();
      });
    } else if (request.method === 'GET' && request.url === '/health') {
      send(response, 200, '{"status":"ok"}');
    } else {
      send(response, 404, errorBody(`No route ${request.method} ${request.url}: POST /graphql or GET /health.`, 'NOT_FOUND'));
    }
  });
  // Load generators keep connections open; do not let Node's default timeouts cut them.
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${options.host ?? '127.0.0.1'}:${port}/graphql`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** A driver configured from the environment (no credentials when NEO4J_PASSWORD is empty). */
export function driverFromEnv(env: NodeJS.ProcessEnv = process.env): Driver {
  const password = env['NEO4J_PASSWORD'] ?? '';
  const user = env['NEO4J_USER'] || env['NEO4J_USERNAME'] || 'neo4j';
  return neo4j.driver(env['NEO4J_URI'] || 'bolt://127.0.0.1:7687', password === '' ? undefined : neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    userAgent: 'autograph-bench-limit/0.1',
  });
}

async function main(): Promise<void> {
  const driver = driverFromEnv();
  await driver.verifyConnectivity();
  const running = await startCypherServer({
    driver,
    database: process.env['NEO4J_DATABASE'] || 'neo4j',
    port: Number(process.env['PORT'] || 4100),
    host: process.env['HOST'] || '127.0.0.1',
  });
  process.stdout.write(`limit (hand-written Cypher) ready: ${running.url}\n`);
  const stop = (): void => {
    void running.close().then(() => driver.close()).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`limit server failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
