/**
 * The four contenders of the benchmark: how each is started (its own process, on the same Neo4j and
 * data), what it is sent for a workload, and how its answer becomes Autograph's `data` shape.
 *
 * (a) autograph          Autograph as it serves: DataLoaders batch per request.
 * (b) autograph-nobatch  Autograph with DATALOADER_BATCHING=off: one Cypher query per field per parent (the N+1 floor).
 * (c) neo4j-graphql      The Neo4j GraphQL Library (@neo4j/graphql 7): one Cypher query per request (the peer).
 * (d) cypher             One hand-written Cypher query per workload behind plain node:http (the limit).
 */

import path from 'node:path';
import { PEER } from './contenders/neo4j-graphql/workloads';
import { workload, type WorkloadId } from './workloads';

export type ContenderId = 'autograph' | 'autograph-nobatch' | 'neo4j-graphql' | 'cypher';

export interface RequestBody {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

export interface Contender {
  id: ContenderId;
  /** Short label for tables and charts. */
  label: string;
  /** The program (a compiled file under dist/) and extra environment of its process. */
  program: string;
  env: Record<string, string>;
  /** The body of the POST /graphql request that asks the workload's question. */
  request(id: WorkloadId): RequestBody;
  /** The contender's `data` in Autograph's shape (identity for those that already answer in it). */
  toAutographData(id: WorkloadId, data: unknown): unknown;
}

const dist = path.join(__dirname, '..');

/** Autograph's own request for a workload: the document of bench/workloads.ts. */
const autographRequest = (id: WorkloadId): RequestBody => {
  const w = workload(id);
  return { query: w.query, variables: w.variables, operationName: id };
};

const AUTOGRAPH_ENV = {
  RATE_LIMIT_PER_MINUTE: '0',
  // The harness warms every contender up itself, in its rounds: no background queries of its own.
  WARM_UP: 'off',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
};

export const CONTENDERS: readonly Contender[] = [
  {
    id: 'autograph',
    label: 'Autograph',
    program: path.join(dist, 'src', 'index.js'),
    env: { ...AUTOGRAPH_ENV, DATALOADER_BATCHING: 'on' },
    request: autographRequest,
    toAutographData: (_id, data) => data,
  },
  {
    id: 'autograph-nobatch',
    label: 'Autograph, DataLoader off',
    program: path.join(dist, 'src', 'index.js'),
    env: { ...AUTOGRAPH_ENV, DATALOADER_BATCHING: 'off' },
    request: autographRequest,
    toAutographData: (_id, data) => data,
  },
  {
    id: 'neo4j-graphql',
    label: '@neo4j/graphql',
    program: path.join(dist, 'bench', 'contenders', 'neo4j-graphql', 'server.js'),
    env: {},
    request: (id) => PEER[id].request(workload(id).variables),
    toAutographData: (id, data) => PEER[id].toAutographData(data),
  },
  {
    id: 'cypher',
    label: 'Hand-written Cypher',
    program: path.join(dist, 'bench', 'contenders', 'cypher', 'server.js'),
    env: {},
    request: autographRequest,
    toAutographData: (_id, data) => data,
  },
];

export const contender = (id: ContenderId): Contender => {
  const found = CONTENDERS.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no contender ${id}; known: ${CONTENDERS.map((c) => c.id).join(', ')}`);
  return found;
};
