/** Per-request DataLoaders for provenance: a page of facts per source, region memberships per market. */

import DataLoader from 'dataloader';
import { groupLoader, BATCHED, type LoaderOptions } from '../common/batch';
import type { CountryLinkRecord } from '../country/country-link.type';
import type { Executor } from '../neo4j/executor';
import type { FactRecord } from './fact.type';
import { FACTS_BY_SOURCE, MEMBERSHIPS_BY_MARKET } from './provenance.repository';

/** One source's page request: its id, the page size and the fact id to start after. */
export interface FactsPageKey {
  sourceId: string;
  limit: number;
  after: string | null;
}

/** A page of facts read with one row more than asked for, to know whether more follow. */
export interface FactsPage {
  totalCount: number;
  page: FactRecord[];
}

/**
 * Pages of facts per source. Keys that ask for the same page size and start run as one query over
 * all their sources, so a list of sources each asking for `facts(first: 5)` costs one query.
 */
function factsBySourceLoader(executor: Executor, options: LoaderOptions): DataLoader<FactsPageKey, FactsPage, string> {
  const keyOf = (k: FactsPageKey) => JSON.stringify([k.sourceId, k.limit, k.after]);
  return new DataLoader<FactsPageKey, FactsPage, string>(
    async (keys) => {
      const groups = new Map<string, FactsPageKey[]>();
      for (const key of keys) {
        const groupKey = JSON.stringify([key.limit, key.after]);
        groups.set(groupKey, [...(groups.get(groupKey) ?? []), key]);
      }
      const results = new Map<string, FactsPage>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { limit, after } = group[0]!;
          const ids = [...new Set(group.map((k) => k.sourceId))];
          const rows = await executor.read<{ key: string } & FactsPage>(FACTS_BY_SOURCE, { ids, limit, after });
          for (const row of rows) results.set(keyOf({ sourceId: row.key, limit, after }), row);
        }),
      );
      return keys.map((k) => results.get(keyOf(k)) ?? { totalCount: 0, page: [] });
    },
    { ...options, cacheKeyFn: keyOf },
  );
}

export function createProvenanceLoaders(executor: Executor, options: LoaderOptions = BATCHED) {
  return {
    factsBySource: factsBySourceLoader(executor, options),
    membershipsByMarket: groupLoader<CountryLinkRecord>(executor, MEMBERSHIPS_BY_MARKET, {}, options),
  };
}

export type ProvenanceLoaders = ReturnType<typeof createProvenanceLoaders>;
