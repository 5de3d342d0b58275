/**
 * dataset.hash, computed once per state of the graph instead of once per request: reading every
 * record takes seconds on the 2.0.0 graph (35,000 relationships), longer than a request may run.
 * The state is the Dataset node's `generation` (every write through Autograph adds one: seed,
 * import, mutation, scale data) with the graph's node and relationship counts, read from Neo4j's
 * count store in one cheap statement; a write that bypasses Autograph and changes neither is not
 * seen. One entry per process: replicas each compute once.
 */

import type { Executor, Run } from '../neo4j/executor';
import { readContent } from './export';
import { datasetHash } from './hash';

/** The state a hash belongs to. */
export const GRAPH_STATE = `
OPTIONAL MATCH (d:Dataset)
WITH coalesce(max(d.generation), 0) AS generation
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN generation, nodes, relationships`;

/** Longest the read of the whole graph may run (a request's own timeout is shorter). */
export const HASH_TIMEOUT_MS = 120_000;

let cached: { state: string; hash: string } | undefined;

async function stateOf(run: Run): Promise<string> {
  const [row] = await run<{ generation: number; nodes: number; relationships: number }>(GRAPH_STATE);
  return `${row!.generation}|${row!.nodes}|${row!.relationships}`;
}

/** The hash of the graph as it is: the one computed for this state, or computed now (and kept). */
export async function currentDatasetHash(executor: Executor): Promise<string> {
  const state = await executor.readTransaction(stateOf);
  if (cached?.state === state) return cached.hash;
  // The state and the content read in one transaction: the hash is the hash of that state.
  const computed = await executor.withTimeout(HASH_TIMEOUT_MS).readTransaction(async (run) => ({
    state: await stateOf(run),
    hash: datasetHash(await readContent(run)),
  }));
  cached = computed;
  return computed.hash;
}

/** Forgets the kept hash (tests that change the graph behind Autograph's back). */
export function forgetDatasetHash(): void {
  cached = undefined;
}
