/** The GraphQL types of aggregations: factory groups, series points, import points, exporter shares. */

import { ArgsType, Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { DateScalar } from '../common/date.scalar';
import { FactoryStatus } from '../factory/factory.type';
import { CountingMethod, ExporterKind, FigureFlow, TradeMetric, VehicleClass } from '../figure/figure.enums';
import { TradeFigure, type FigureRecord } from '../figure/figure.type';

export enum FactoryGroupBy {
  COUNTRY = 'COUNTRY',
  STATUS = 'STATUS',
  AUTOMAKER = 'AUTOMAKER',
}

registerEnumType(FactoryGroupBy, {
  name: 'FactoryGroupBy',
  description: 'A property that factoryStats groups factories by.',
  valuesConfig: {
    COUNTRY: { description: 'The country the factory stands in.' },
    STATUS: { description: 'Where the factory stands: operating, under construction, announced or closed.' },
    AUTOMAKER: { description: 'The automaker that operates the factory.' },
  },
});

@InputType('FactoryStatsFilter', { description: 'Which factories factoryStats counts; every field set must match.' })
export class FactoryStatsFilter {
  @Field(() => ID, { nullable: true, description: 'Only factories in this country, e.g. country:TH.' })
  country?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only factories whose operator is headquartered in this country, e.g. country:CN for Chinese automakers' plants.",
  })
  automakerCountry?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only factories outside this country, e.g. country:CN for plants abroad.' })
  notInCountry?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only factories this automaker operates, e.g. automaker:byd.' })
  automaker?: string | null;

  @Field(() => [FactoryStatus], { nullable: true, description: 'Only factories with one of these statuses.' })
  statuses?: FactoryStatus[] | null;
}

/** A group of factories as computed by Cypher (keys not grouped by are null). */
export interface FactoryGroupRecord {
  countryId: string | null;
  status: FactoryStatus | null;
  automakerId: string | null;
  count: number;
  capacityPerYear: number | null;
  capacityKnownCount: number;
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('FactoryGroup', {
  description:
    'Factories that share the values of the properties grouped by, with their number and known capacity. ' +
    'A property not grouped by is null.',
})
export class FactoryGroup {
  @Field(() => FactoryStatus, { nullable: true, description: 'The status of the group; null unless grouped by STATUS.' })
  status!: FactoryStatus | null;

  @Field(() => Int, { description: 'How many factories the group has.' })
  count!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Sum of the yearly capacities (vehicles) of the factories whose capacity a source states; null when none is known. ' +
      'Compare capacityKnownCount with count to see how complete it is.',
  })
  capacityPerYear!: number | null;

  @Field(() => Int, { description: 'How many factories of the group have a known capacity (the ones summed in capacityPerYear).' })
  capacityKnownCount!: number;
}

/** One point of an export series as computed by Cypher. */
export interface SeriesPointRecord {
  year: number;
  value: number;
  alternatives: number;
  figure: FigureRecord;
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('SeriesPoint', {
  description: "One calendar year of an exporter's series: the preferred whole-year figure, and how many others compete with it.",
})
export class SeriesPoint {
  @Field(() => Int, { description: 'The calendar year the figure covers (1 January to 31 December).' })
  year!: number;

  @Field(() => Float, { description: 'The value of the preferred figure, in the unit of the metric.' })
  value!: number;

  @Field(() => TradeFigure, {
    description:
      'The preferred figure of the year: not doubtful beats doubtful; then OFFICIAL, ESTIMATE, FORECAST, TARGET; ' +
      'then a named producer (reportedBy) beats none; then the later publication; then the id.',
  })
  figure!: FigureRecord;

  @Field(() => Int, {
    description:
      'How many other figures compete for this point (same exporter, destination, metric, period, vehicle class and counting method); 0 when the figure stands alone.',
  })
  alternatives!: number;
}

/** One point of a market's import series as computed by Cypher. */
export interface MarketImportPointRecord {
  year: number;
  total: number;
  exporters: number;
  figures: FigureRecord[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('MarketImportPoint', {
  description:
    "One calendar year of a market's imports, added up from the exporters' figures with this market as destination. " +
    'It covers only the exporters that have such a figure in the graph, so it is a lower bound of the imports, not a total reported by anyone.',
})
export class MarketImportPoint {
  @Field(() => Int, { description: 'The calendar year (1 January to 31 December).' })
  year!: number;

  @Field(() => Float, { description: "Sum over the exporters of each exporter's preferred whole-year figure for this market." })
  total!: number;

  @Field(() => Int, { description: 'How many exporters the total adds up.' })
  exporters!: number;

  @Field(() => [TradeFigure], { description: 'The preferred figure of each exporter that is summed, largest first.' })
  figures!: FigureRecord[];
}

/** One exporter's share of a market as computed by Cypher. */
export interface ExporterShareRecord {
  value: number;
  share: number;
  figure: FigureRecord;
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('ExporterShare', {
  description:
    "An exporter's share of a market in a year, among the exporters known to the graph: its preferred whole-year figure " +
    'divided by the sum of the preferred figures of every exporter that has one for this market and year. The graph holds no ' +
    "figure of a market's total imports or sales, so this is the share among known exporters, not of the whole market.",
})
export class ExporterShare {
  @Field(() => Float, { description: "The value of the exporter's preferred figure." })
  value!: number;

  @Field(() => Float, { description: 'value divided by the sum over the known exporters, from 0 to 1.' })
  share!: number;

  @Field(() => TradeFigure, { description: 'The preferred figure the value comes from.' })
  figure!: FigureRecord;
}

/** The measure a series or share is computed on: what is counted, and by whom. */
@ArgsType()
export class MeasureArgs {
  @Field(() => TradeMetric, { nullable: true, defaultValue: TradeMetric.UNITS, description: 'What the figures measure (default UNITS).' })
  metric!: TradeMetric | null;

  @Field(() => VehicleClass, {
    nullable: true,
    defaultValue: VehicleClass.ALL_VEHICLES,
    description: 'Which vehicles the figures count (default ALL_VEHICLES).',
  })
  vehicleClass!: VehicleClass | null;

  @Field(() => CountingMethod, {
    nullable: true,
    defaultValue: CountingMethod.MANUFACTURERS,
    description: "Whose counts to use (default MANUFACTURERS: new vehicles, as each country's industry counts them).",
  })
  countedBy!: CountingMethod | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Only figures published on or before this day, as the graph would have answered then; figures whose publication day is unknown are left out. Null: all figures.',
  })
  asOf!: string | null;
}

@ArgsType()
export class ExportSeriesArgs extends MeasureArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Exports to this market, e.g. market:russia (or country:RU, the same place); null (default): worldwide figures.',
  })
  destination!: string | null;

  @Field(() => Int, { nullable: true, description: 'First year of the series (default: the earliest there is).' })
  from!: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year of the series (default: the latest there is).' })
  to!: number | null;
}

@ArgsType()
export class SeriesArgs extends ExportSeriesArgs {
  @Field(() => FigureFlow, {
    nullable: true,
    defaultValue: FigureFlow.EXPORTS,
    description:
      'Which flow (default EXPORTS). Ask several with aliases for them side by side: `production: series(flow: PRODUCTION) sales: series(flow: SALES)`. For SALES and PRODUCTION, `destination` is where they happened (null: everywhere, or the country itself).',
  })
  flow!: FigureFlow | null;
}

@ArgsType()
export class ImportSeriesArgs extends MeasureArgs {
  @Field(() => ExporterKind, {
    nullable: true,
    defaultValue: ExporterKind.COUNTRY,
    description:
      "Add up countries' figures (default) or automakers' figures; never both, since an automaker's exports are part of its country's.",
  })
  exporterKind!: ExporterKind | null;
}

@ArgsType()
export class ExporterSharesArgs extends ImportSeriesArgs {
  @Field(() => Int, { description: 'Calendar year, e.g. 2024.' })
  year!: number;
}
