/** DataLoader builders over the executor: one batched Cypher query per tick, keys in, results in key order. */

import DataLoader from 'dataloader';
import type { Executor } from '../neo4j/executor';
import { metrics } from '../observability/metrics';

/**
 * Loads records by id with one query per batch. The Cypher receives `$ids` and returns rows with a
 * `node` map that has an `id`; a missing id resolves to null.
 */
export function byIdLoader<T extends { id: string }>(executor: Executor, cypher: string): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    metrics.batchSize.observe({ loader: 'byId' }, ids.length);
    const rows = await executor.read<{ node: T }>(cypher, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.node.id, row.node]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Loads a list per key with one query per batch. The Cypher receives `$ids` and returns rows with
 * `key` and `item`, in the order each list should have.
 */
export function groupLoader<T>(
  executor: Executor,
  cypher: string,
  params: Record<string, unknown> = {},
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
  });
}

/**
 * Group loaders whose lists are cut to `first` items per key: one DataLoader per limit, made on
 * first use, so keys asking for the same limit share one query. The Cypher receives `$ids` and
 * `$first`, limits each key's list itself, and returns rows with `key` and `item` in order.
 *
 * @example factoriesByCountry(100).load('country:HU')
 */
export function limitedGroupLoaders<T>(executor: Executor, cypher: string): (first: number) => DataLoader<string, T[]> {
  const byLimit = new Map<number, DataLoader<string, T[]>>();
  return (first) => {
    let loader = byLimit.get(first);
    if (loader === undefined) {
      loader = groupLoader<T>(executor, cypher, { first });
      byLimit.set(first, loader);
    }
    return loader;
  };
}
