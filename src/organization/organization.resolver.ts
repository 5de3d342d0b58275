/** Relationship fields of Organization. */

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Country, type CountryRecord } from '../country';
import { Source, loadSources, type SourceRecord } from '../source';
import { Organization, type OrganizationRecord } from './organization.type';
import { StatisticsCoverage, type StatisticsCoverageRecord } from './statistics-coverage.type';

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => Country, { nullable: true, description: 'Where the body is based.' })
  country(@Root() org: OrganizationRecord, @Ctx() ctx: Context): Promise<CountryRecord | null> | null {
    return org.countryId === null ? null : ctx.loaders.countryById.load(org.countryId);
  }

  @FieldResolver(() => [Source], { description: 'Sources that state this body and where it is based.' })
  sources(@Root() org: OrganizationRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, org.sources);
  }

  @FieldResolver(() => [StatisticsCoverage], {
    description: 'The countries it publishes statistics for, with the series (e.g. EXPORTS) and the sources that say so.',
  })
  statisticsFor(@Root() org: OrganizationRecord, @Ctx() ctx: Context): Promise<StatisticsCoverageRecord[]> {
    return ctx.loaders.statisticsByOrganization.load(org.id);
  }
}
