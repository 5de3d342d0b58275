/** Query.brand and the relationship fields of Brand. */

import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Automaker, type AutomakerRecord } from '../automaker/automaker.type';
import { parseId } from '../common/ids';
import type { Context } from '../context';
import { Country, type CountryRecord } from '../country/country.type';
import { MarketLink, type MarketLinkRecord } from '../market/market.type';
import { MarketLinkArgs } from '../market/market-link.args';
import { loadSellerLinks } from '../market/market-link.loaders';
import { loadSources } from '../source/source.evidence';
import { Source, type SourceRecord } from '../source/source.type';
import { Brand, type BrandRecord } from './brand.type';

@Resolver(() => Brand)
export class BrandResolver {
  @Query(() => Brand, { nullable: true, description: 'A brand by id, e.g. brand:mg; null when no brand has it.' })
  brand(
    @Arg('id', () => ID, { description: 'Id of the form brand:<slug>, e.g. brand:zeekr.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<BrandRecord | null> {
    return ctx.loaders.brandById.load(parseId(id, 'id', 'brand').id);
  }

  @FieldResolver(() => Automaker, { description: 'The automaker that owns the brand.' })
  async automaker(@Root() brand: BrandRecord, @Ctx() ctx: Context): Promise<AutomakerRecord> {
    return (await ctx.loaders.automakerById.load(brand.automakerId!))!;
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description:
      "The brand's own home country where a source gives one (MG: United Kingdom); null when it has none of its own. Filters by a seller's country use its automaker's headquarters.",
  })
  origin(@Root() brand: BrandRecord, @Ctx() ctx: Context): Promise<CountryRecord | null> | null {
    return brand.countryId === null ? null : ctx.loaders.countryById.load(brand.countryId);
  }

  @FieldResolver(() => [MarketLink], {
    description: 'Markets the brand sells in, exports to or targets, with the evidence for each link; by market name unless `orderBy` says otherwise.',
  })
  markets(@Root() brand: BrandRecord, @Args(() => MarketLinkArgs) args: MarketLinkArgs, @Ctx() ctx: Context): Promise<MarketLinkRecord[]> {
    return loadSellerLinks(ctx, brand.id, args);
  }

  @FieldResolver(() => [Source], { description: 'Sources that state the brand and who owns it.' })
  sources(@Root() brand: BrandRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, [...brand.sources, ...brand.ownerSources]);
  }
}
