/**
 * Asks the server's own schema a few questions right after start, in the background, so that Neo4j
 * has planned the largest statements (search, paths, timelines, company–market links, rankings)
 * before the first user asks. Why: planning one of them cold takes seconds (measured: 5–11 s for the
 * timeline and the ranked search on a loaded 2-core machine, then under 0.2 s once planned), long
 * enough for a first request to meet the transaction timeout.
 */

import { graphql, type GraphQLSchema } from 'graphql';
import { createContext } from '../context';
import type { Executor } from '../neo4j/executor';

/** Longest one warm-up statement may run (requests get NEO4J_TX_TIMEOUT_MS). */
export const WARM_UP_TIMEOUT_MS = 120_000;

/** The questions asked: each reads a big statement; answers are thrown away, failures only logged. */
export const WARM_UP_QUERIES: readonly string[] = [
  '{ search(text: "byd", first: 5) { __typename } }',
  '{ paths(from: "automaker:tesla", to: "country:RU", maxHops: 4, first: 3) { length } }',
  '{ path(from: "automaker:tesla", to: "country:CN") { length } }',
  '{ timeline(id: "automaker:byd") { kind } }',
  '{ country(id: "country:BR") { sellers { kind } market { id } rankings(year: 2024) { entries } } }',
  '{ automaker(id: "automaker:byd") { markets(orderBy: ENTRY, includeBrands: true) { kind } exports { id } } }',
  '{ country(id: "country:JP") { series(flow: PRODUCTION) { year } exportSeries { year } exportDestinations(year: 2024) { destinations } } }',
  '{ exporterRanking(year: 2023) { rank } exporterRankings(from: 2022, to: 2023) { year } }',
  '{ neighborhood(id: "automaker:byd") { truncated } }',
];

/** Runs the warm-up questions one after another; resolves with how long it took, never rejects. */
export async function warmUp(schema: GraphQLSchema, executor: Executor, log: (message: string) => void): Promise<number> {
  const started = Date.now();
  // Planning is the slow part, and a busy machine plans slowly: the warm-up may take longer than a request.
  const patient = executor.withTimeout(WARM_UP_TIMEOUT_MS);
  for (const source of WARM_UP_QUERIES) {
    const result = await graphql({ schema, source, contextValue: createContext(patient, undefined, undefined) }).catch((error: unknown) => ({
      errors: [error as Error],
    }));
    if (result.errors !== undefined && result.errors.length > 0) log(`Warm-up: ${source} answered ${result.errors[0]!.message}`);
  }
  const ms = Date.now() - started;
  log(`Warm-up: ${WARM_UP_QUERIES.length} questions planned and answered in ${(ms / 1000).toFixed(1)} s.`);
  return ms;
}
