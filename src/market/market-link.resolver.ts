/** Factory.markets: the markets a factory ships to (company–market links that start at a factory). */

import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Factory, type FactoryRecord } from '../factory/factory.type';
import { MarketLinkArgs } from './market-link.args';
import { loadSellerLinks } from './market-link.loaders';
import { MarketLink, type MarketLinkRecord } from './market.type';

@Resolver(() => Factory)
export class FactoryMarketLinksResolver {
  @FieldResolver(() => [MarketLink], {
    description: "Markets this factory ships to (EXPORTS_TO), with since/until and sources; by market name unless `orderBy` says otherwise.",
  })
  markets(@Root() factory: FactoryRecord, @Args(() => MarketLinkArgs) args: MarketLinkArgs, @Ctx() ctx: Context): Promise<MarketLinkRecord[]> {
    return loadSellerLinks(ctx, factory.id, args);
  }
}
