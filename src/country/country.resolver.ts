/** Query.country and the relationship fields of Country. */

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../common/ids';
import { getValidListSize, LIST_FIRST_DESCRIPTION } from '../common/pagination';
import { present } from '../common/present';
import type { Context } from '../context';
import { Automaker, type AutomakerRecord } from '../automaker';
import { Factory, loadFactoryList, type FactorySummaryRecord } from '../factory';
import { TradeFigure, TradeFigureFilter, loadExports, type FigureRecord } from '../figure';
import { Market, MarketLink, type MarketLinkRecord, type MarketRecord } from '../market';
import { PlaceMarketLinkArgs } from '../market/market-link.args';
import { loadPlaceLinks } from '../market/market-link.loaders';
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

  @FieldResolver(() => Market, {
    nullable: true,
    description:
      "The country's own market (kind COUNTRY), e.g. market:russia for country:RU: the same place for paths and filters. Null when no fact needs the country as a market.",
  })
  async market(@Root() country: CountryRecord, @Ctx() ctx: Context): Promise<MarketRecord | null> {
    const [id] = await ctx.loaders.ownMarketIdsByCountry.load(country.id);
    return id === undefined ? null : ctx.loaders.marketById.load(id);
  }

  @FieldResolver(() => [MarketLink], {
    description:
      "Who sells in, exports to or targets the country (through its own market, and with includeMemberCountries nothing more), with since/until, channels and sources; by seller name unless `orderBy` says otherwise. Filter by the seller's country for, e.g., the Chinese brands in Brazil.",
  })
  sellers(@Root() country: CountryRecord, @Args(() => PlaceMarketLinkArgs) args: PlaceMarketLinkArgs, @Ctx() ctx: Context): Promise<MarketLinkRecord[]> {
    return loadPlaceLinks(ctx, country.id, args);
  }

  @FieldResolver(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code, e.g. "JPN".' })
  async alpha3(@Root() country: CountryRecord, @Ctx() ctx: Context): Promise<string | null> {
    return (await full(ctx, country)).alpha3 ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'ISO 3166-1 numeric code, the same as its UN M49 code, e.g. "392".' })
  async numericCode(@Root() country: CountryRecord, @Ctx() ctx: Context): Promise<string | null> {
    return (await full(ctx, country)).numericCode ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'UN M49 region, e.g. "Asia"; null where M49 has none.' })
  async region(@Root() country: CountryRecord, @Ctx() ctx: Context): Promise<string | null> {
    return (await full(ctx, country)).region ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'UN M49 sub-region, e.g. "Eastern Asia"; null where M49 has none.' })
  async subregion(@Root() country: CountryRecord, @Ctx() ctx: Context): Promise<string | null> {
    return (await full(ctx, country)).subregion ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'UN M49 intermediate region, e.g. "South America" or "Caribbean"; null where M49 has none.',
  })
  async intermediateRegion(@Root() country: CountryRecord, @Ctx() ctx: Context): Promise<string | null> {
    return (await full(ctx, country)).intermediateRegion ?? null;
  }

  @FieldResolver(() => [Source], { description: 'Sources that state this country in the graph.' })
  async sources(@Root() country: CountryRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, (await full(ctx, country)).sources ?? []);
  }
}

/** The country's full record: a country read as a neighbour comes as a summary, without codes, regions or evidence. */
async function full(ctx: Context, country: CountryRecord): Promise<CountryRecord> {
  return country.sources !== undefined ? country : ((await ctx.loaders.countryById.load(country.id)) ?? country);
}
