/**
 * Query.exporterRankings (exporters ranked per year and measure) and the exportDestinations of
 * countries and automakers (destinations ranked per reporter): rankings that span years or sources.
 */

import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Automaker } from '../automaker/automaker.type';
import { INHERIT_CACHE_HINT, PUBLIC_CACHE_HINT } from '../common/cache-control';
import { DateScalar } from '../common/date.scalar';
import { badUserInput } from '../common/errors';
import { getValidListSize, LIST_FIRST_DESCRIPTION } from '../common/pagination';
import { getValidYear } from '../common/year';
import type { Context } from '../context';
import { loadNode } from '../graph/node-loader';
import { Country } from '../country/country.type';
import { Market, type MarketRecord } from '../market/market.type';
import { Organization, type OrganizationRecord } from '../organization/organization.type';
import { CountingMethod, ExporterKind, FigureFlow, TradeMetric, VehicleClass } from './figure.enums';
import { PREFERENCE_RULE } from './figure.preference';
import { ExporterRank } from './figure.resolver';
import { TradeFigure, type FigureRecord } from './figure.type';
import { DESTINATION_RANKINGS, EXPORTER_RANKINGS, PLACE_RANKINGS } from './ranking.repository';
import { EntityKind, labelsOf } from '../graph/graph.enums';
import { Exporter } from './figure.type';

/** The most years one exporterRankings call spans. */
export const MAX_RANKING_YEARS = 30;

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('ExporterRanking', { description: 'Exporters ranked for one calendar year and one measure (what the compared figures count).' })
export class ExporterRanking {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => FigureFlow, { description: 'The flow compared.' })
  flow!: FigureFlow;

  @Field(() => TradeMetric, { description: 'What the compared figures measure.' })
  metric!: TradeMetric;

  @Field(() => VehicleClass, { description: 'Which vehicles the compared figures count.' })
  vehicleClass!: VehicleClass;

  @Field(() => CountingMethod, { description: 'Who counted them.' })
  countedBy!: CountingMethod;

  @Directive(INHERIT_CACHE_HINT)
  @Field(() => [ExporterRank], { description: 'The exporters, largest first, each with the preferred figure its place rests on.' })
  ranks!: ExporterRank[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('DestinationRank', { description: 'One place in a ranking of export destinations.' })
export class DestinationRank {
  @Field(() => Int, { description: 'Place in the ranking, 1 for the largest value.' })
  rank!: number;

  @Field(() => Market, { description: 'The destination (a country market or a region).' })
  market!: MarketRecord;

  @Field(() => TradeFigure, { description: 'The figure the place rests on: the preferred one of this reporter for this destination.' })
  figure!: FigureRecord;
}

/** A ranking of destinations as read: its reporter's id, measure and ranks. */
export interface DestinationRankingRecord {
  reporterId: string | null;
  periodStart: string;
  periodEnd: string;
  destinations: number;
  flow: FigureFlow;
  metric: TradeMetric;
  vehicleClass: VehicleClass;
  countedBy: CountingMethod;
  ranks: DestinationRank[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('DestinationRanking', {
  description:
    "One reporter's ranking of an exporter's destinations over one period and measure: reporters, periods and measures are never mixed in one ranking.",
})
export class DestinationRanking {
  @Field(() => DateScalar, { description: 'First day of the period the ranked figures cover.' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'Last day of that period (a ranking over January–August is not a whole year).' })
  periodEnd!: string;

  @Field(() => Int, { description: 'How many destinations the reporter gives for the period (ranks may list fewer: `first`).' })
  destinations!: number;

  @Field(() => FigureFlow, { description: 'The flow ranked (EXPORTS unless asked otherwise).' })
  flow!: FigureFlow;

  @Field(() => TradeMetric, { description: 'What the ranked figures measure.' })
  metric!: TradeMetric;

  @Field(() => VehicleClass, { description: 'Which vehicles the ranked figures count.' })
  vehicleClass!: VehicleClass;

  @Field(() => CountingMethod, { description: 'Who counted them.' })
  countedBy!: CountingMethod;

  @Directive(INHERIT_CACHE_HINT)
  @Field(() => [DestinationRank], { description: 'The destinations, largest first.' })
  ranks!: DestinationRank[];
}

@ArgsType()
export class DestinationRankingArgs {
  @Field(() => Int, { description: 'Calendar year, e.g. 2024: figures whose period lies within it (the whole year, or months of it).' })
  year!: number;

  @Field(() => FigureFlow, { nullable: true, defaultValue: FigureFlow.EXPORTS, description: 'The flow (default EXPORTS).' })
  flow!: FigureFlow | null;

  @Field(() => TradeMetric, {
    nullable: true,
    description: 'Only figures of this metric; every metric but growth rates (each ranked apart) when null.',
  })
  metric!: TradeMetric | null;

  @Field(() => VehicleClass, { nullable: true, description: 'Only figures of this vehicle class; every class (each ranked apart) when null.' })
  vehicleClass!: VehicleClass | null;

  @Field(() => CountingMethod, { nullable: true, description: 'Only figures counted this way; both (each ranked apart) when null.' })
  countedBy!: CountingMethod | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only figures published on or before this day (unknown publication days left out).' })
  asOf!: string | null;

  @Field(() => Int, { nullable: true, description: `At most this many destinations per ranking. ${LIST_FIRST_DESCRIPTION}` })
  first!: number | null;
}

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

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('SubjectRank', { description: 'One place in a ranking of who counts most in a market.' })
export class SubjectRank {
  @Field(() => Int, { description: 'Place in the ranking, 1 for the largest value.' })
  rank!: number;

  @Directive(INHERIT_CACHE_HINT)
  @Field(() => Exporter, { description: "Whose figure it is: the seller (SALES), the exporter (EXPORTS)… (a country: that country's brands)." })
  subject!: { id: string };

  @Field(() => TradeFigure, { description: 'The preferred figure the place rests on.' })
  figure!: FigureRecord;
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('PlaceRanking', {
  description: 'Who counts most in one market over one period and measure (periods and measures are never mixed in one ranking).',
})
export class PlaceRanking {
  @Field(() => DateScalar, { description: 'First day of the period the ranked figures cover.' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'Last day of that period.' })
  periodEnd!: string;

  @Field(() => Int, { description: 'How many subjects have a figure for the period (ranks may list fewer: `first`).' })
  entries!: number;

  @Field(() => FigureFlow, { description: 'The flow ranked.' })
  flow!: FigureFlow;

  @Field(() => TradeMetric, { description: 'What the ranked figures measure (UNITS, SHARE_PERCENT…).' })
  metric!: TradeMetric;

  @Field(() => VehicleClass, { description: 'Which vehicles the ranked figures count.' })
  vehicleClass!: VehicleClass;

  @Field(() => CountingMethod, { description: 'Who counted them.' })
  countedBy!: CountingMethod;

  @Directive(INHERIT_CACHE_HINT)
  @Field(() => [SubjectRank], { description: 'The subjects, largest first.' })
  ranks!: SubjectRank[];
}

@ArgsType()
export class PlaceRankingArgs {
  @Field(() => Int, { description: 'Calendar year, e.g. 2024: figures whose period lies within it.' })
  year!: number;

  @Field(() => FigureFlow, {
    nullable: true,
    defaultValue: FigureFlow.SALES,
    description: 'The flow (default SALES: sellers by their sales or market share there; EXPORTS: exporters by what they shipped there).',
  })
  flow!: FigureFlow | null;

  @Field(() => TradeMetric, { nullable: true, description: 'Only figures of this metric; every metric but growth rates (each ranked apart) when null.' })
  metric!: TradeMetric | null;

  @Field(() => VehicleClass, { nullable: true, description: 'Only figures of this vehicle class; every class (each ranked apart) when null.' })
  vehicleClass!: VehicleClass | null;

  @Field(() => CountingMethod, { nullable: true, description: 'Only figures counted this way; both (each ranked apart) when null.' })
  countedBy!: CountingMethod | null;

  @Field(() => [EntityKind], {
    nullable: true,
    description: 'Only subjects of these kinds, e.g. [AUTOMAKER, BRAND] for companies only; every kind when null or empty.',
  })
  subjectKinds!: EntityKind[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only figures published on or before this day (unknown publication days left out).' })
  asOf!: string | null;

  @Field(() => Int, { nullable: true, description: `At most this many subjects per ranking. ${LIST_FIRST_DESCRIPTION}` })
  first!: number | null;
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
