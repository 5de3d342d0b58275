/** Query.country and the relationship fields of Country. */

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../common/ids';
import { getValidListSize, LIST_FIRST_DESCRIPTION } from '../common/pagination';
import { present } from '../common/present';
import type { Context } from '../context';
import { Automaker, type AutomakerRecord } from '../automaker';
import { Factory, loadFactoryList, type FactorySummaryRecord } from '../factory';
import { TradeFigure, TradeFigureFilter, loadExports, type FigureRecord } from '../figure';
import { Market, type MarketRecord } from '../market';
import { Source, loadSources, type SourceRecord } from '../source';
import { Country, type CountryRecord } from './country.type';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, { nullable: true, description: 'A country by id, e.g. country:CN; null when no country has it.' })
  country(
    @Arg('id', () => ID, { description: 'Id of the form country:<ISO 3166-1 alpha-2>, e.g. country:HU.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<CountryRecord | null> {
    return ctx.loaders.countryById.load(parseId(id, 'id', 'country').id);
  }

  @FieldResolver(() => [Automaker], { description: 'Automakers headquartered in this country.' })
  automakers(
    @Root() country: CountryRecord,
    @Arg('first', () => Int, { nullable: true, description: LIST_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<AutomakerRecord[]> {
    return ctx.loaders.automakersByCountry(getValidListSize(first)).load(country.id);
  }

  @FieldResolver(() => [Factory], { description: 'Factories located in this country, whoever operates them.' })
  factories(
    @Root() country: CountryRecord,
    @Arg('first', () => Int, { nullable: true, description: LIST_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<FactorySummaryRecord[]> {
    return loadFactoryList(ctx, info, { countryId: country.id }, first);
  }

  @FieldResolver(() => [TradeFigure], { description: 'Export figures with this country as the exporter.' })
  exports(
    @Root() country: CountryRecord,
    @Arg('filter', () => TradeFigureFilter, { nullable: true, description: 'Narrows the figures; all of them when null.' })
    filter: TradeFigureFilter | null,
    @Arg('first', () => Int, { nullable: true, description: LIST_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<FigureRecord[]> {
    return loadExports(ctx, country.id, filter, first);
  }

  @FieldResolver(() => [Market], { description: 'Markets this country belongs to: its own, and regions (e.g. Europe).' })
  async markets(
    @Root() country: CountryRecord,
    @Arg('first', () => Int, { nullable: true, description: LIST_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<MarketRecord[]> {
    const memberships = await ctx.loaders.marketMembershipsByCountry(getValidListSize(first)).load(country.id);
    return present(await ctx.loaders.marketById.loadMany(memberships.map((m) => m.marketId)));
  }

  @FieldResolver(() => [Source], { description: 'Sources that state this country in the graph.' })
  async sources(@Root() country: CountryRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    // A country read as a neighbour comes without its evidence list: read the full record then.
    const ids = country.sources ?? (await ctx.loaders.countryById.load(country.id))?.sources ?? [];
    return loadSources(ctx, ids);
  }
}
