/** Per-request DataLoaders for trade figures. */

import DataLoader from 'dataloader';
import { byIdLoader, BATCHED, type LoaderOptions } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import type { TradeFigureFilter } from './figure.filter';
import { FIGURE_COMPETITION, FIGURES_BY_EXPORTER, FIGURES_BY_ID } from './figure.repository';
import type { FigureRecord } from './figure.type';
import { metrics } from '../observability/metrics';

/** A request for one exporter's figures under one filter. */
export interface ExportsKey {
  exporterId: string;
  /** At most this many figures per exporter. */
  first: number;
  filter: Required<{ [K in keyof TradeFigureFilter]: NonNullable<TradeFigureFilter[K]> | null }>;
}

/** Normalises a filter so that equal filters share a batch and a cache entry. */
export function normaliseFilter(filter: TradeFigureFilter | null | undefined): ExportsKey['filter'] {
  return {
    year: filter?.year ?? null,
    destination: filter?.destination ?? null,
    flow: filter?.flow ?? null,
    metric: filter?.metric ?? null,
    worldwide: filter?.worldwide ?? null,
    basis: filter?.basis ?? null,
    vehicleClass: filter?.vehicleClass ?? null,
    countedBy: filter?.countedBy ?? null,
  };
}

/** Keys with the same filter and limit share one query. */
function groupKey(key: ExportsKey): string {
  return `${key.first}|${JSON.stringify(key.filter)}`;
}

/**
 * Figures per exporter. Keys with the same filter run as one query over all their exporters, so a
 * list of countries each asking for exports(filter: {year: 2023}) costs one query.
 */
function exportsLoader(executor: Executor, options: LoaderOptions): DataLoader<ExportsKey, FigureRecord[], string> {
  return new DataLoader<ExportsKey, FigureRecord[], string>(
    async (keys) => {
      metrics.batchSize.observe({ loader: 'figuresByExporter' }, keys.length);
      const groups = new Map<string, ExportsKey[]>();
      for (const key of keys) {
        const filterKey = groupKey(key);
        groups.set(filterKey, [...(groups.get(filterKey) ?? []), key]);
      }
      const results = new Map<string, FigureRecord[]>();
      await Promise.all(
        [...groups.entries()].map(async ([filterKey, group]) => {
          const ids = [...new Set(group.map((k) => k.exporterId))];
          const rows = await executor.read<{ key: string; item: FigureRecord }>(FIGURES_BY_EXPORTER, {
            ids,
            ...group[0]!.filter,
            first: group[0]!.first,
          });
          for (const id of ids) results.set(`${id}|${filterKey}`, []);
          for (const row of rows) results.get(`${row.key}|${filterKey}`)!.push(row.item);
        }),
      );
      return keys.map((k) => results.get(`${k.exporterId}|${groupKey(k)}`) ?? []);
    },
    { ...options, cacheKeyFn: (k) => `${k.exporterId}|${groupKey(k)}` },
  );
}

/** A figure's competitors (itself first when preferred) and its related measures, as ids. */
export interface FigureCompetition {
  /** Figures that count the same thing, itself included, most preferred first. */
  competitors: string[];
  /** Figures of the same exporter, destination and metric over an overlapping period that count something else. */
  otherMeasures: string[];
}

/** Competition per figure id: one query for every figure of a request. */
function competitionLoader(executor: Executor, options: LoaderOptions): DataLoader<string, FigureCompetition> {
  return new DataLoader<string, FigureCompetition>(async (ids) => {
    const rows = await executor.read<{ key: string } & FigureCompetition>(FIGURE_COMPETITION, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.key, row]));
    return ids.map((id) => byId.get(id) ?? { competitors: [id], otherMeasures: [] });
  }, options);
}

export function createFigureLoaders(executor: Executor, options: LoaderOptions = BATCHED) {
  return {
    figureById: byIdLoader<FigureRecord>(executor, FIGURES_BY_ID, options),
    exportsByExporter: exportsLoader(executor, options),
    figureCompetition: competitionLoader(executor, options),
  };
}

export type FigureLoaders = ReturnType<typeof createFigureLoaders>;
