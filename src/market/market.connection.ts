/** Query.markets: markets a page at a time, filtered and ordered. */

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { createConnectionType } from '../common/connection.type';
import { loadConnection, type ConnectionPage } from '../common/connection';
import { PageArgs } from '../common/page.args';
import type { Context } from '../context';
import { MARKET_CONNECTION } from './market.connection.repository';
import { MarketFilter, marketFilterClause } from './market.filter';
import { MarketOrder } from './market.order';
import { Market, type MarketRecord } from './market.type';

export const MarketConnection = createConnectionType(Market, { typeName: 'Market', singular: 'market', plural: 'markets' });

@Resolver()
export class MarketConnectionResolver {
  @Query(() => MarketConnection, {
    description: 'Markets, a page at a time (first: 1 to 100), filtered and ordered (default: by id).',
  })
  markets(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => MarketFilter, { nullable: true, description: 'Which markets; all of them when null.' })
    filter: MarketFilter | null,
    @Arg('orderBy', () => MarketOrder, { nullable: true, description: 'How to sort them (default: by id, ascending).' })
    orderBy: MarketOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionPage<MarketRecord>> {
    return loadConnection<MarketOrder['field'], MarketRecord>(
      ctx.executor,
      MARKET_CONNECTION,
      { first, after, orderBy, filter: marketFilterClause(filter) },
      info,
      (node) => ctx.loaders.marketById.prime(node.id, node),
    );
  }
}
