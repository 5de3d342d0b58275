/** Per-request DataLoaders for aggregations that hang off a parent (a country, an automaker, a market). */

import { BATCHED, paramsGroupLoader, type LoaderOptions } from '../common/batch';
import type { CountingMethod, ExporterKind, FigureFlow, TradeMetric, VehicleClass } from '../figure';
import type { Executor } from '../neo4j/executor';
import { EXPORTER_SHARES, EXPORT_SERIES, IMPORT_SERIES } from './stats.repository';
import type { ExporterShareRecord, MarketImportPointRecord, SeriesPointRecord } from './stats.types';

/** The measure every series and share is computed on. */
export interface MeasureParams {
  flow: FigureFlow;
  metric: TradeMetric;
  vehicleClass: VehicleClass;
  countedBy: CountingMethod;
  asOf: string | null;
}

export interface ExportSeriesParams extends MeasureParams {
  destination: string | null;
  from: number | null;
  to: number | null;
}

export interface ImportSeriesParams extends MeasureParams {
  exporterKind: ExporterKind;
}

export interface ExporterSharesParams extends ImportSeriesParams {
  year: number;
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
