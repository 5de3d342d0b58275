/** Query.market and the relationship fields of Market and MarketLink. */

import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { present } from '../common/present';
import { parseId } from '../common/ids';
import { getValidListSize, LIST_FIRST_DESCRIPTION } from '../common/pagination';
import type { Context } from '../context';
import { Automaker, type AutomakerRecord } from '../automaker';
import { Country, type CountryRecord } from '../country';
import { Source, loadSources, type SourceRecord } from '../source';
import { loadNode } from '../graph/node-loader';
import { PlaceMarketLinkArgs } from './market-link.args';
import { loadPlaceLinks } from './market-link.loaders';
import { Market, MarketLink, type MarketLinkRecord, type MarketRecord } from './market.type';
import { Seller } from './seller.union';

@Resolver(() => Market)
export class MarketResolver {
  @Query(() => Market, { nullable: true, description: 'A market by id, e.g. market:russia; null when no market has it.' })
  market(
    @Arg('id', () => ID, { description: 'Id of the form market:<slug>, e.g. market:europe.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<MarketRecord | null> {
    return ctx.loaders.marketById.load(parseId(id, 'id', 'market').id);
  }

  @FieldResolver(() => [Country], { description: 'The countries this market covers (one for a country market).' })
  async countries(
    @Root() market: MarketRecord,
    @Arg('first', () => Int, { nullable: true, description: LIST_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<CountryRecord[]> {
    const ids = await ctx.loaders.countryIdsByMarket(getValidListSize(first)).load(market.id);
    return present(await ctx.loaders.countryById.loadMany(ids));
  }

  @FieldResolver(() => [Automaker], { description: 'Automakers that sell in, export to or target this market.' })
  async automakers(
    @Root() market: MarketRecord,
    @Arg('first', () => Int, { nullable: true, description: LIST_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<AutomakerRecord[]> {
    const ids = await ctx.loaders.automakerIdsByMarket(getValidListSize(first)).load(market.id);
    return present(await ctx.loaders.automakerById.loadMany(ids));
  }

  @FieldResolver(() => [MarketLink], {
    description:
      'Who sells in, exports to or targets this market (automakers, brands, factories), with since/until, channels and sources; by seller name unless `orderBy` says otherwise. A country market and its country are one place: `country.sellers` gives the same.',
  })
  sellers(@Root() market: MarketRecord, @Args(() => PlaceMarketLinkArgs) args: PlaceMarketLinkArgs, @Ctx() ctx: Context): Promise<MarketLinkRecord[]> {
    return loadPlaceLinks(ctx, market.id, args);
  }

  @FieldResolver(() => [Source], { description: 'Sources that state this market and what it covers.' })
  sources(@Root() market: MarketRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, market.sources);
  }
}

@Resolver(() => MarketLink)
export class MarketLinkResolver {
  @FieldResolver(() => Market, { description: 'The market.' })
  async market(@Root() link: MarketLinkRecord, @Ctx() ctx: Context): Promise<MarketRecord> {
    return link.market ?? (await ctx.loaders.marketById.load(link.marketId))!;
  }

  @FieldResolver(() => Automaker, {
    description: "The automaker behind the link: the seller itself, a brand's owner, or a factory's operator.",
  })
  async automaker(@Root() link: MarketLinkRecord, @Ctx() ctx: Context): Promise<AutomakerRecord> {
    return (await ctx.loaders.automakerById.load(link.automakerId ?? link.fromId))!;
  }

  @FieldResolver(() => Seller, { description: 'Who the link starts from: the automaker, the brand or the factory.' })
  async seller(@Root() link: MarketLinkRecord, @Ctx() ctx: Context): Promise<{ id: string }> {
    return (await loadNode(ctx, link.fromId))!;
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description: "The seller's home country: where the automaker behind it has its headquarters (what `filter.sellerCountry` matches).",
  })
  sellerCountry(@Root() link: MarketLinkRecord, @Ctx() ctx: Context): Promise<CountryRecord | null> | null {
    return link.sellerCountryId === null ? null : ctx.loaders.countryById.load(link.sellerCountryId);
  }

  @FieldResolver(() => [Source], { description: 'Sources that state this link.' })
  sources(@Root() link: MarketLinkRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, link.sources);
  }
}
