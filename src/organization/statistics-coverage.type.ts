/** StatisticsCoverage: which statistics a body publishes for a country. */

import { Ctx, Directive, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import type { Context } from '../context';
import { Country, type CountryRecord } from '../country';
import { VehicleClass } from '../figure/figure.enums';
import { Source, loadSources, type SourceRecord } from '../source';
import { graphqlEnum } from '../common/graphql-enum';
import { STATISTICS_SERIES } from '../common/vocabulary';

export const StatisticsSeries = graphqlEnum(STATISTICS_SERIES);
export type StatisticsSeries = keyof typeof STATISTICS_SERIES.values;

/** One body's statistics for one country, as stored. */
export interface StatisticsCoverageRecord {
  countryId: string;
  series: StatisticsSeries[];
  vehicleClass: VehicleClass | null;
  sources: string[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('StatisticsCoverage', {
  description: 'Statistics a body publishes for a country (e.g. JAMA: production, domestic sales and exports for Japan), with the sources that say so.',
})
export class StatisticsCoverage {
  @Field(() => [StatisticsSeries], { description: 'The series it publishes.' })
  series!: StatisticsSeries[];

  @Field(() => VehicleClass, { nullable: true, description: 'Which vehicles its series count, where stated (e.g. PASSENGER_CARS for the CPCA).' })
  vehicleClass!: VehicleClass | null;
}

@Resolver(() => StatisticsCoverage)
export class StatisticsCoverageResolver {
  @FieldResolver(() => Country, { description: 'The country the statistics are about.' })
  async country(@Root() coverage: StatisticsCoverageRecord, @Ctx() ctx: Context): Promise<CountryRecord> {
    return (await ctx.loaders.countryById.load(coverage.countryId))!;
  }

  @FieldResolver(() => [Source], { description: 'Sources that state what the body publishes.' })
  sources(@Root() coverage: StatisticsCoverageRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, coverage.sources);
  }
}
