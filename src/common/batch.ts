/** DataLoader builders over the executor: one batched Cypher query per tick, keys in, results in key order. */

import DataLoader from 'dataloader';
import type { Executor } from '../neo4j/executor';
import { metrics } from '../observability/metrics';

/**
 * How the loaders of one request run. `batch: true` (always, in service) gathers every key asked for
 * in one tick into one query; `batch: false` runs one query per key: the N+1 floor the benchmark
 * measures (DATALOADER_BATCHING=off). Either way a loader caches by key for its request only.
 */
export interface LoaderOptions {
  batch: boolean;
}

/** The loader options of a server in service. */
export const BATCHED: LoaderOptions = Object.freeze({ batch: true });

/**
 * Loads records by id with one query per batch. The Cypher receives `$ids` and returns rows with a
 * `node` map that has an `id`; a missing id resolves to null.
 */
export function byIdLoader<T extends { id: string }>(
  executor: Executor,
  cypher: string,
  options: LoaderOptions = BATCHED,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    metrics.batchSize.observe({ loader: 'byId' }, ids.length);
    const rows = await executor.read<{ node: T }>(cypher, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.node.id, row.node]));
    return ids.map((id) => byId.get(id) ?? null);
  }, options);
}

/**
 * Loads a list per key with one query per batch. The Cypher receives `$ids` and returns rows with
 * `key` and `item`, in the order each list should have.
 */
export function groupLoader<T>(
  executor: Executor,
  cypher: string,
  params: Record<string, unknown> = {},
  options: LoaderOptions = BATCHED,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    metrics.batchSize.observe({ loader: 'group' }, ids.length);
    const rows = await executor.read<{ key: string; item: T }>(cypher, { ...params, ids: [...ids] });
    const byKey = new Map<string, T[]>();
    for (const row of rows) {
      const list = byKey.get(row.key);
      if (list === undefined) byKey.set(row.key, [row.item]);
      else list.push(row.item);
    }
    return ids.map((id) => byKey.get(id) ?? []);
  }, options);
}

/**
 * Group loaders whose lists are cut to `first` items per key: one DataLoader per limit, made on
 * first use, so keys asking for the same limit share one query. The Cypher receives `$ids` and
 * `$first`, limits each key's list itself, and returns rows with `key` and `item` in order.
 *
 * @example factoriesByCountry(100).load('country:HU')
 */
export function limitedGroupLoaders<T>(
  executor: Executor,
  cypher: string,
  options: LoaderOptions = BATCHED,
): (first: number) => DataLoader<string, T[]> {
  const byLimit = new Map<number, DataLoader<string, T[]>>();
  return (first) => {
    let loader = byLimit.get(first);
    if (loader === undefined) {
      loader = groupLoader<T>(executor, cypher, { first }, options);
      byLimit.set(first, loader);
    }
    return loader;
  };
}

/** A request for one parent's list under a set of parameters (every value given, null for none). */
export interface ParamsKey<P> {
  id: string;
  params: P;
}

/**
 * A list per (id, parameters). Keys with equal parameters run as one query over all their ids (the
 * Cypher receives `$ids` and the parameters, and returns rows of `key` and `item` in list order), so
 * a list of countries each asking for the same series costs one query, and each distinct set of
 * parameters one more.
 */
export function paramsGroupLoader<P extends object, T>(
  executor: Executor,
  cypher: string,
  options: LoaderOptions = BATCHED,
): DataLoader<ParamsKey<P>, T[], string> {
  const cacheKey = (key: ParamsKey<P>): string => `${key.id}|${JSON.stringify(key.params)}`;
  return new DataLoader<ParamsKey<P>, T[], string>(
    async (keys) => {
      const groups = new Map<string, ParamsKey<P>[]>();
      for (const key of keys) {
        const paramsKey = JSON.stringify(key.params);
        groups.set(paramsKey, [...(groups.get(paramsKey) ?? []), key]);
      }
      const results = new Map<string, T[]>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const ids = [...new Set(group.map((k) => k.id))];
          const params = group[0]!.params;
          const rows = await executor.read<{ key: string; item: T }>(cypher, { ...params, ids });
          for (const id of ids) results.set(cacheKey({ id, params }), []);
          for (const row of rows) results.get(cacheKey({ id: row.key, params }))?.push(row.item);
        }),
      );
      return keys.map((k) => results.get(cacheKey(k)) ?? []);
    },
    { ...options, cacheKeyFn: cacheKey },
  );
}
