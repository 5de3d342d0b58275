/**
 * The types of rankings that span years, reporters or places: exporters per year and measure,
 * destinations per reporter and period, who counts most in a market; and the arguments they share.
 */

import { ArgsType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { INHERIT_CACHE_HINT, PUBLIC_CACHE_HINT } from '../common/cache-control';
import { DateScalar } from '../common/date.scalar';
import { LIST_FIRST_DESCRIPTION } from '../common/pagination';
import { EntityKind } from '../graph/graph.enums';
import { Market, type MarketRecord } from '../market/market.type';
import { CountingMethod, FigureFlow, TradeMetric, VehicleClass } from './figure.enums';
import { ExporterRank } from './figure.resolver';
import { Exporter, TradeFigure, type FigureRecord } from './figure.type';

/** What the figures of one ranking count: a ranking never mixes flows, metrics, vehicle classes or counting methods. */
@ObjectType()
abstract class Measure {
  @Field(() => FigureFlow, { description: 'The flow ranked.' })
  flow!: FigureFlow;

  @Field(() => TradeMetric, { description: 'What the ranked figures measure (UNITS, SHARE_PERCENT, VALUE_USD…).' })
  metric!: TradeMetric;

  @Field(() => VehicleClass, { description: 'Which vehicles the ranked figures count.' })
  vehicleClass!: VehicleClass;

  @Field(() => CountingMethod, { description: 'Who counted them.' })
  countedBy!: CountingMethod;
}

/** A measure over one period: rankings whose figures may cover a whole year or months of it. */
@ObjectType()
abstract class PeriodMeasure extends Measure {
  @Field(() => DateScalar, { description: 'First day of the period the ranked figures cover.' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'Last day of that period (a ranking over January–August is not a whole year).' })
  periodEnd!: string;
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('ExporterRanking', { description: 'Exporters ranked for one calendar year and one measure (what the compared figures count).' })
export class ExporterRanking extends Measure {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

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

/** A ranking of destinations as read: its reporter's id, period, measure and ranks. */
export interface DestinationRankingRecord extends DestinationRanking {
  reporterId: string | null;
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('DestinationRanking', {
  description:
    "One reporter's ranking of an exporter's destinations over one period and measure: reporters, periods and measures are never mixed in one ranking.",
})
export class DestinationRanking extends PeriodMeasure {
  @Field(() => Int, { description: 'How many destinations the reporter gives for the period (ranks may list fewer: `first`).' })
  destinations!: number;

  @Directive(INHERIT_CACHE_HINT)
  @Field(() => [DestinationRank], { description: 'The destinations, largest first.' })
  ranks!: DestinationRank[];
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
export class PlaceRanking extends PeriodMeasure {
  @Field(() => Int, { description: 'How many subjects have a figure for the period (ranks may list fewer: `first`).' })
  entries!: number;

  @Directive(INHERIT_CACHE_HINT)
  @Field(() => [SubjectRank], { description: 'The subjects, largest first.' })
  ranks!: SubjectRank[];
}

/** The arguments every ranking of one year takes: the year, the measure (null: each ranked apart), a day, a length. */
@ArgsType()
class YearRankingArgs {
  @Field(() => Int, { description: 'Calendar year, e.g. 2024: figures whose period lies within it (the whole year, or months of it).' })
  year!: number;

  @Field(() => TradeMetric, { nullable: true, description: 'Only figures of this metric; every metric but growth rates (each ranked apart) when null.' })
  metric!: TradeMetric | null;

  @Field(() => VehicleClass, { nullable: true, description: 'Only figures of this vehicle class; every class (each ranked apart) when null.' })
  vehicleClass!: VehicleClass | null;

  @Field(() => CountingMethod, { nullable: true, description: 'Only figures counted this way; both (each ranked apart) when null.' })
  countedBy!: CountingMethod | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only figures published on or before this day (unknown publication days left out).' })
  asOf!: string | null;

  @Field(() => Int, { nullable: true, description: `At most this many places per ranking. ${LIST_FIRST_DESCRIPTION}` })
  first!: number | null;
}

@ArgsType()
export class DestinationRankingArgs extends YearRankingArgs {
  @Field(() => FigureFlow, { nullable: true, defaultValue: FigureFlow.EXPORTS, description: 'The flow (default EXPORTS).' })
  flow!: FigureFlow | null;
}

@ArgsType()
export class PlaceRankingArgs extends YearRankingArgs {
  @Field(() => FigureFlow, {
    nullable: true,
    defaultValue: FigureFlow.SALES,
    description: 'The flow (default SALES: sellers by their sales or market share there; EXPORTS: exporters by what they shipped there).',
  })
  flow!: FigureFlow | null;

  @Field(() => [EntityKind], {
    nullable: true,
    description: 'Only subjects of these kinds, e.g. [AUTOMAKER, BRAND] for companies only; every kind when null or empty.',
  })
  subjectKinds!: EntityKind[] | null;
}
