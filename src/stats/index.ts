/** Aggregations: factory counts by group, export and import series, exporters' shares of a market. */

export {
  ExporterShare,
  FactoryGroup,
  FactoryGroupBy,
  FactoryStatsFilter,
  MarketImportPoint,
  SeriesPoint,
  type ExporterShareRecord,
  type FactoryGroupRecord,
  type MarketImportPointRecord,
  type SeriesPointRecord,
} from './stats.types';
export { createStatsLoaders, type StatsLoaders } from './stats.loaders';
export {
  AutomakerStatsResolver,
  BrandStatsResolver,
  CountryStatsResolver,
  ExporterShareResolver,
  FactoryStatsResolver,
  MarketStatsResolver,
} from './stats.resolver';
