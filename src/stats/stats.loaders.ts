/** Per-request DataLoaders for aggregations that hang off a parent (a country, an automaker, a market). */

import DataLoader from 'dataloader';
import { BATCHED, type LoaderOptions } from '../common/batch';
import type { CountingMethod, ExporterKind, TradeMetric, VehicleClass } from '../figure';
import type { Executor } from '../neo4j/executor';
import { EXPORTER_SHARES, EXPORT_SERIES, IMPORT_SERIES } from './stats.repository';
import type { ExporterShareRecord, MarketImportPointRecord, SeriesPointRecord } from './stats.types';

/** A request for one parent's aggregate under a set of parameters (every value given, null for none). */
export interface ParamsKey<P> {
  id: string;
  params: P;
}

/** The measure every series and share is computed on. */
export interface MeasureParams {
  metric: TradeMetric;
  vehicleClass: VehicleClass;
  countedBy: CountingMethod;
  asOf: string | null;
}

export interface ExportSeriesParams extends MeasureParams {
  destination: string | null;
}

export interface ImportSeriesParams extends MeasureParams {
  exporterKind: ExporterKind;
}

export interface ExporterSharesParams extends ImportSeriesParams {
  year: number;
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

/** The aggregation loaders of one request. */
export function createStatsLoaders(executor: Executor, options: LoaderOptions = BATCHED) {
  return {
    exportSeriesByExporter: paramsGroupLoader<ExportSeriesParams, SeriesPointRecord>(executor, EXPORT_SERIES, options),
    importSeriesByMarket: paramsGroupLoader<ImportSeriesParams, MarketImportPointRecord>(executor, IMPORT_SERIES, options),
    exporterSharesByMarket: paramsGroupLoader<ExporterSharesParams, ExporterShareRecord>(executor, EXPORTER_SHARES, options),
  };
}

export type StatsLoaders = ReturnType<typeof createStatsLoaders>;
