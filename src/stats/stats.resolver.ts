/**
 * Query.factoryStats and the aggregation fields of Country, Automaker and Market (exportSeries,
 * importSeries, exporterShares), in resolvers of their own beside each type's main resolver.
 */

import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { badUserInput } from '../common/errors';
import { getValidYear } from '../common/year';
import { parseId } from '../common/ids';
import type { Context } from '../context';
import { Automaker, type AutomakerRecord } from '../automaker';
import { Country, type CountryRecord } from '../country';
import { CountingMethod, Exporter, ExporterKind, FigureFlow, TradeMetric, VehicleClass, loadExporter } from '../figure';
import { Brand, type BrandRecord } from '../brand';
import { Market, type MarketRecord } from '../market';
import type { ExportSeriesParams, ExporterSharesParams, ImportSeriesParams, MeasureParams } from './stats.loaders';
import { FACTORY_STATS } from './stats.repository';
import {
  ExportSeriesArgs,
  ExporterShare,
  ExporterSharesArgs,
  FactoryGroup,
  FactoryGroupBy,
  FactoryStatsFilter,
  ImportSeriesArgs,
  MarketImportPoint,
  MeasureArgs,
  SeriesArgs,
  SeriesPoint,
  type ExporterShareRecord,
  type FactoryGroupRecord,
  type MarketImportPointRecord,
  type SeriesPointRecord,
} from './stats.types';

/** The measure with its defaults filled in, in a fixed key order (equal measures share a batch). */
export function measureParams(args: MeasureArgs, flow: FigureFlow = FigureFlow.EXPORTS): MeasureParams {
  return {
    flow,
    metric: args.metric ?? TradeMetric.UNITS,
    vehicleClass: args.vehicleClass ?? VehicleClass.ALL_VEHICLES,
    countedBy: args.countedBy ?? CountingMethod.MANUFACTURERS,
    asOf: args.asOf ?? null,
  };
}

/** Parameters of a series of one flow (exports unless told); the destination is a market or a country (its own market). */
export function exportSeriesParams(args: ExportSeriesArgs, flow: FigureFlow = FigureFlow.EXPORTS): ExportSeriesParams {
  const destination = args.destination ?? null;
  const from = args.from ?? null;
  const to = args.to ?? null;
  if (from !== null) getValidYear(from, 'from');
  if (to !== null) getValidYear(to, 'to');
  if (from !== null && to !== null && from > to) {
    throw badUserInput(`Argument "to" must be a year on or after "from" (${from}); got ${to}.`, 'to');
  }
  return {
    ...measureParams(args, flow),
    destination: destination === null ? null : parseId(destination, 'destination', ['market', 'country']).id,
    from,
    to,
  };
}

/**
 * Parameters of an import series. Growth rates cannot be added up across exporters, so
 * GROWTH_PERCENT is refused.
 */
export function importSeriesParams(args: ImportSeriesArgs): ImportSeriesParams {
  const measure = measureParams(args);
  if (measure.metric === TradeMetric.GROWTH_PERCENT || measure.metric === TradeMetric.SHARE_PERCENT) {
    throw badUserInput(
      `Argument "metric" must be UNITS or a currency here: rates and shares of different exporters cannot be added up; got ${measure.metric}.`,
      'metric',
    );
  }
  return { ...measure, exporterKind: args.exporterKind ?? ExporterKind.COUNTRY };
}

/** Parameters of exporters' shares of a market in one year. */
export function exporterSharesParams(args: ExporterSharesArgs): ExporterSharesParams {
  return { ...importSeriesParams(args), year: getValidYear(args.year, 'year') };
}

const EXPORT_SERIES_DESCRIPTION =
  'exports per calendar year, one point per year that has a figure covering the whole year (1 January to 31 December), ' +
  'ascending by year. Each point is the preferred figure among those that compete for it (same destination, metric, ' +
  'vehicle class and counting method): not doubtful beats doubtful; then OFFICIAL, ESTIMATE, FORECAST, TARGET ' +
  '(check figure.basis: a year known only from a target is a goal, not a count); then a named producer beats none; ' +
  'then the later publication; then the id.';

@Resolver(() => FactoryGroup)
export class FactoryStatsResolver {
  @Query(() => [FactoryGroup], {
    description:
      'Factories counted by country, status and/or automaker, with the sum of their known yearly capacities; ' +
      'the largest groups first, then by the grouping keys. With an empty groupBy, one group of all factories that match the filter.',
  })
  async factoryStats(
    @Arg('groupBy', () => [FactoryGroupBy], { description: 'The properties to group by, e.g. [COUNTRY, STATUS].' })
    groupBy: FactoryGroupBy[],
    @Arg('filter', () => FactoryStatsFilter, { nullable: true, description: 'Which factories to count; all of them when null.' })
    filter: FactoryStatsFilter | null,
    @Ctx() ctx: Context,
  ): Promise<FactoryGroupRecord[]> {
    const country = filter?.country ?? null;
    const automaker = filter?.automaker ?? null;
    const automakerCountry = filter?.automakerCountry ?? null;
    const notInCountry = filter?.notInCountry ?? null;
    return ctx.executor.read<FactoryGroupRecord>(FACTORY_STATS, {
      groupBy: [...new Set(groupBy)],
      country: country === null ? null : parseId(country, 'filter.country', 'country').id,
      automaker: automaker === null ? null : parseId(automaker, 'filter.automaker', 'automaker').id,
      automakerCountry: automakerCountry === null ? null : parseId(automakerCountry, 'filter.automakerCountry', 'country').id,
      notInCountry: notInCountry === null ? null : parseId(notInCountry, 'filter.notInCountry', 'country').id,
      statuses: filter?.statuses ?? null,
    });
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country of the group; null unless grouped by COUNTRY.' })
  country(@Root() group: FactoryGroupRecord, @Ctx() ctx: Context): Promise<CountryRecord | null> | null {
    return group.countryId === null ? null : ctx.loaders.countryById.load(group.countryId);
  }

  @FieldResolver(() => Automaker, {
    nullable: true,
    description: 'The automaker that operates the factories of the group; null unless grouped by AUTOMAKER.',
  })
  automaker(@Root() group: FactoryGroupRecord, @Ctx() ctx: Context): Promise<AutomakerRecord | null> | null {
    return group.automakerId === null ? null : ctx.loaders.automakerById.load(group.automakerId);
  }
}

const SERIES_DESCRIPTION =
  'One flow (exports, imports, production, sales) per calendar year, one point per year that has a figure covering the whole year, ' +
  'ascending by year: the preferred figure among those that compete for it (same flow, destination, metric, vehicle class and ' +
  'counting method; the preference rule of exportSeries). Ask several flows with aliases to see them side by side.';

@Resolver(() => Country)
export class CountryStatsResolver {
  @FieldResolver(() => [SeriesPoint], { description: `The country's ${SERIES_DESCRIPTION}` })
  series(@Root() country: CountryRecord, @Args(() => SeriesArgs) args: SeriesArgs, @Ctx() ctx: Context): Promise<SeriesPointRecord[]> {
    return ctx.loaders.exportSeriesByExporter.load({ id: country.id, params: exportSeriesParams(args, args.flow ?? FigureFlow.EXPORTS) });
  }

  @FieldResolver(() => [SeriesPoint], { description: `The country's national ${EXPORT_SERIES_DESCRIPTION}` })
  exportSeries(@Root() country: CountryRecord, @Args(() => ExportSeriesArgs) args: ExportSeriesArgs, @Ctx() ctx: Context): Promise<SeriesPointRecord[]> {
    return ctx.loaders.exportSeriesByExporter.load({ id: country.id, params: exportSeriesParams(args) });
  }
}

@Resolver(() => Automaker)
export class AutomakerStatsResolver {
  @FieldResolver(() => [SeriesPoint], { description: `The automaker's own ${SERIES_DESCRIPTION}` })
  series(@Root() automaker: AutomakerRecord, @Args(() => SeriesArgs) args: SeriesArgs, @Ctx() ctx: Context): Promise<SeriesPointRecord[]> {
    return ctx.loaders.exportSeriesByExporter.load({ id: automaker.id, params: exportSeriesParams(args, args.flow ?? FigureFlow.EXPORTS) });
  }

  @FieldResolver(() => [SeriesPoint], { description: `The automaker's own ${EXPORT_SERIES_DESCRIPTION}` })
  exportSeries(
    @Root() automaker: AutomakerRecord,
    @Args(() => ExportSeriesArgs) args: ExportSeriesArgs,
    @Ctx() ctx: Context,
  ): Promise<SeriesPointRecord[]> {
    return ctx.loaders.exportSeriesByExporter.load({ id: automaker.id, params: exportSeriesParams(args) });
  }
}

@Resolver(() => Brand)
export class BrandStatsResolver {
  @FieldResolver(() => [SeriesPoint], { description: `The brand's own ${SERIES_DESCRIPTION}` })
  series(@Root() brand: BrandRecord, @Args(() => SeriesArgs) args: SeriesArgs, @Ctx() ctx: Context): Promise<SeriesPointRecord[]> {
    return ctx.loaders.exportSeriesByExporter.load({ id: brand.id, params: exportSeriesParams(args, args.flow ?? FigureFlow.EXPORTS) });
  }
}

@Resolver(() => Market)
export class MarketStatsResolver {
  @FieldResolver(() => [SeriesPoint], {
    description: `The market's own ${SERIES_DESCRIPTION} A market is the subject of a bloc's imports or a region's production, for example.`,
  })
  series(@Root() market: MarketRecord, @Args(() => SeriesArgs) args: SeriesArgs, @Ctx() ctx: Context): Promise<SeriesPointRecord[]> {
    return ctx.loaders.exportSeriesByExporter.load({ id: market.id, params: exportSeriesParams(args, args.flow ?? FigureFlow.EXPORTS) });
  }

  @FieldResolver(() => [MarketImportPoint], {
    description:
      "Imports per calendar year, ascending: for each year, the sum of each exporter's preferred whole-year figure with this " +
      'market as destination (figures for member countries of a region are not added in). Only exporters with a figure in ' +
      'the graph count, so a total is a lower bound; `exporters` says how many were added up.',
  })
  importSeries(@Root() market: MarketRecord, @Args(() => ImportSeriesArgs) args: ImportSeriesArgs, @Ctx() ctx: Context): Promise<MarketImportPointRecord[]> {
    return ctx.loaders.importSeriesByMarket.load({ id: market.id, params: importSeriesParams(args) });
  }

  @FieldResolver(() => [ExporterShare], {
    description:
      "Each exporter's share of this market in a year, largest first: its preferred whole-year figure divided by the sum " +
      'over the exporters that have such a figure for this market and year. It is the share among the exporters known to ' +
      "the graph, not of the market's total sales (the graph holds no figure of those). Empty when no exporter has a figure for that year.",
  })
  exporterShares(
    @Root() market: MarketRecord,
    @Args(() => ExporterSharesArgs) args: ExporterSharesArgs,
    @Ctx() ctx: Context,
  ): Promise<ExporterShareRecord[]> {
    return ctx.loaders.exporterSharesByMarket.load({ id: market.id, params: exporterSharesParams(args) });
  }
}

@Resolver(() => ExporterShare)
export class ExporterShareResolver {
  @FieldResolver(() => Exporter, { description: 'The country or automaker exporting to the market.' })
  async exporter(@Root() share: ExporterShareRecord, @Ctx() ctx: Context): Promise<{ id: string }> {
    return (await loadExporter(ctx, share.figure.exporterId))!;
  }
}
