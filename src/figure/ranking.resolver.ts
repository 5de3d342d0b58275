/**
 * Query.exporterRankings (exporters ranked per year and measure) and the exportDestinations of
 * countries and automakers (destinations ranked per reporter): rankings that span years or sources.
 */

import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Automaker } from '../automaker/automaker.type';
import { DateScalar } from '../common/date.scalar';
import { badUserInput } from '../common/errors';
import { getValidListSize } from '../common/pagination';
import { getValidYear } from '../common/year';
import type { Context } from '../context';
import { loadNode } from '../graph/node-loader';
import { Country } from '../country/country.type';
import { Market, type MarketRecord } from '../market/market.type';
import {
  DestinationRanking,
  DestinationRankingArgs,
  ExporterRanking,
  PlaceRanking,
  PlaceRankingArgs,
  SubjectRank,
  type DestinationRankingRecord,
} from './ranking.type';
import { Organization, type OrganizationRecord } from '../organization/organization.type';
import { CountingMethod, ExporterKind, FigureFlow, TradeMetric, VehicleClass } from './figure.enums';
import { PREFERENCE_RULE } from './figure.preference';
import type { FigureRecord } from './figure.type';
import { DESTINATION_RANKINGS, EXPORTER_RANKINGS, PLACE_RANKINGS } from './ranking.repository';
import { labelsOf } from '../graph/graph.enums';
import { Exporter } from './figure.type';

/** The most years one exporterRankings call spans. */
export const MAX_RANKING_YEARS = 30;

/** The destination rankings of one exporter, checked and read in one statement. */
async function destinationRankings(ctx: Context, id: string, args: DestinationRankingArgs): Promise<DestinationRankingRecord[]> {
  const params = {
    id,
    year: getValidYear(args.year, 'year'),
    flow: args.flow ?? FigureFlow.EXPORTS,
    metric: args.metric ?? null,
    vehicleClass: args.vehicleClass ?? null,
    countedBy: args.countedBy ?? null,
    asOf: args.asOf ?? null,
    first: getValidListSize(args.first),
  };
  const rows = await ctx.executor.read<{
    reporterId: string | null;
    metric: TradeMetric;
    vehicleClass: VehicleClass;
    countedBy: CountingMethod;
    periodStart: string;
    periodEnd: string;
    destinations: number;
    ranks: { figure: FigureRecord; market: MarketRecord }[];
  }>(DESTINATION_RANKINGS, params);
  return rows.map((row) => ({
    reporterId: row.reporterId,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    destinations: row.destinations,
    flow: params.flow,
    metric: row.metric,
    vehicleClass: row.vehicleClass,
    countedBy: row.countedBy,
    ranks: row.ranks.map((r, i) => ({ rank: i + 1, market: r.market, figure: r.figure })),
  }));
}

const DESTINATIONS_DESCRIPTION =
  'export destinations in one year, ranked by each reporter apart (CAAM, China Customs, pages without a named producer…), by each period ' +
  'within the year apart (the whole year, January–August…) and by each measure apart (metric, vehicle class, counting method): one ranking ' +
  'per reporter, period and measure, the one with the most destinations first. ' +
  `Within a ranking, the figure of a destination is the preferred one of that reporter's. ${PREFERENCE_RULE}`;

@Resolver(() => DestinationRanking)
export class DestinationRankingResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'Who produced the ranked figures; null for figures whose producer is not named.' })
  reportedBy(@Root() ranking: DestinationRankingRecord, @Ctx() ctx: Context): Promise<OrganizationRecord | null> | null {
    return ranking.reporterId === null ? null : ctx.loaders.organizationById.load(ranking.reporterId);
  }
}

@Resolver(() => Country)
export class CountryDestinationsResolver {
  @FieldResolver(() => [DestinationRanking], { description: `The country's ${DESTINATIONS_DESCRIPTION}` })
  exportDestinations(@Root() country: { id: string }, @Args(() => DestinationRankingArgs) args: DestinationRankingArgs, @Ctx() ctx: Context) {
    return destinationRankings(ctx, country.id, args);
  }
}

@Resolver(() => Automaker)
export class AutomakerDestinationsResolver {
  @FieldResolver(() => [DestinationRanking], { description: `The automaker's own ${DESTINATIONS_DESCRIPTION}` })
  exportDestinations(@Root() automaker: { id: string }, @Args(() => DestinationRankingArgs) args: DestinationRankingArgs, @Ctx() ctx: Context) {
    return destinationRankings(ctx, automaker.id, args);
  }
}

/** The rankings of a place (a market, or a country through its own market), checked and read in one statement. */
async function placeRankings(ctx: Context, id: string, args: PlaceRankingArgs): Promise<PlaceRanking[]> {
  const params = {
    id,
    year: getValidYear(args.year, 'year'),
    flow: args.flow ?? FigureFlow.SALES,
    metric: args.metric ?? null,
    vehicleClass: args.vehicleClass ?? null,
    countedBy: args.countedBy ?? null,
    labels: labelsOf(args.subjectKinds),
    asOf: args.asOf ?? null,
    first: getValidListSize(args.first),
  };
  const rows = await ctx.executor.read<{
    metric: TradeMetric;
    vehicleClass: VehicleClass;
    countedBy: CountingMethod;
    periodStart: string;
    periodEnd: string;
    entries: number;
    figures: FigureRecord[];
  }>(PLACE_RANKINGS, params);
  return rows.map((row) => ({
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    entries: row.entries,
    flow: params.flow,
    metric: row.metric,
    vehicleClass: row.vehicleClass,
    countedBy: row.countedBy,
    ranks: row.figures.map((figure, i) => ({ rank: i + 1, subject: { id: figure.exporterId }, figure })),
  }));
}

const PLACE_RANKINGS_DESCRIPTION =
  'who counts most here in one year: the subjects of figures of a flow in this place (sellers for SALES, exporters for EXPORTS), ' +
  'ranked by each period within the year and each measure apart (metric: units or share; vehicle class; counting method), each by its ' +
  `preferred figure, the ranking with the most entries first. ${PREFERENCE_RULE}`;

@Resolver(() => SubjectRank)
export class SubjectRankResolver {
  @FieldResolver(() => Exporter, { description: "Whose figure it is: the seller (SALES), the exporter (EXPORTS)… (a country: that country's brands)." })
  async subject(@Root() rank: SubjectRank, @Ctx() ctx: Context): Promise<{ id: string }> {
    return (await loadNode(ctx, rank.subject.id))!;
  }
}

@Resolver(() => Market)
export class MarketRankingsResolver {
  @FieldResolver(() => [PlaceRanking], { description: `The market's rankings: ${PLACE_RANKINGS_DESCRIPTION}` })
  rankings(@Root() market: { id: string }, @Args(() => PlaceRankingArgs) args: PlaceRankingArgs, @Ctx() ctx: Context) {
    return placeRankings(ctx, market.id, args);
  }
}

@Resolver(() => Country)
export class CountryRankingsResolver {
  @FieldResolver(() => [PlaceRanking], {
    description: `The rankings of the country's own market (the same place): ${PLACE_RANKINGS_DESCRIPTION}`,
  })
  rankings(@Root() country: { id: string }, @Args(() => PlaceRankingArgs) args: PlaceRankingArgs, @Ctx() ctx: Context) {
    return placeRankings(ctx, country.id, args);
  }
}

@Resolver()
export class ExporterRankingsResolver {
  @Query(() => [ExporterRanking], {
    description:
      'Exporters ranked for every year from `from` to `to`, and for every measure (vehicle class and counting method) the figures of that year have: ' +
      "one ranking per year and measure, as exporterRanking would give it, so a change of leader shows the same way in every measure's series " +
      '(e.g. when China overtook Japan, by each count). Worldwide whole-year figures only; targets are never ranked.',
  })
  async exporterRankings(
    @Arg('from', () => Int, { description: 'First year, e.g. 2019.' }) from: number,
    @Arg('to', () => Int, { description: `Last year, e.g. 2025 (at most ${MAX_RANKING_YEARS} years after from).` }) to: number,
    @Arg('flow', () => FigureFlow, { nullable: true, defaultValue: FigureFlow.EXPORTS, description: 'The flow (default EXPORTS).' })
    flow: FigureFlow | null,
    @Arg('metric', () => TradeMetric, { nullable: true, defaultValue: TradeMetric.UNITS, description: 'What to rank by (default UNITS).' })
    metric: TradeMetric | null,
    @Arg('vehicleClass', () => VehicleClass, { nullable: true, description: 'Only this vehicle class; every class (each ranked apart) when null.' })
    vehicleClass: VehicleClass | null,
    @Arg('countedBy', () => CountingMethod, { nullable: true, description: 'Only this counting method; both (each ranked apart) when null.' })
    countedBy: CountingMethod | null,
    @Arg('exporterKind', () => ExporterKind, { nullable: true, defaultValue: ExporterKind.COUNTRY, description: 'Rank countries (default) or automakers.' })
    exporterKind: ExporterKind | null,
    @Arg('includeDoubtful', () => Boolean, { nullable: true, defaultValue: false, description: 'Also rank figures flagged doubtful (default false).' })
    includeDoubtful: boolean | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Only figures published on or before this day (unknown publication days left out).' })
    asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<ExporterRanking[]> {
    getValidYear(from, 'from');
    getValidYear(to, 'to');
    if (to < from || to - from >= MAX_RANKING_YEARS) {
      throw badUserInput(`Argument "to" must be a year from ${from} to ${from + MAX_RANKING_YEARS - 1} (from + ${MAX_RANKING_YEARS - 1}); got ${to}.`, 'to');
    }
    const params = {
      from,
      to,
      flow: flow ?? FigureFlow.EXPORTS,
      metric: metric ?? TradeMetric.UNITS,
      vehicleClass: vehicleClass ?? null,
      countedBy: countedBy ?? null,
      exporterKind: exporterKind ?? ExporterKind.COUNTRY,
      includeDoubtful: includeDoubtful ?? false,
      asOf: asOf ?? null,
    };
    const rows = await ctx.executor.read<{
      year: number;
      vehicleClass: VehicleClass;
      countedBy: CountingMethod;
      ranks: { figure: FigureRecord; exporter: { id: string } }[];
    }>(EXPORTER_RANKINGS, params);
    return rows.map((row) => ({
      year: row.year,
      flow: params.flow,
      metric: params.metric,
      vehicleClass: row.vehicleClass,
      countedBy: row.countedBy,
      ranks: row.ranks.map((r, i) => ({ rank: i + 1, exporter: r.exporter as never, figure: r.figure })),
    }));
  }
}
