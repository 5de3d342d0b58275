/** Query.tradeFigures: trade figures a page at a time, filtered and ordered. */

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { createConnectionType } from '../common/connection.type';
import { loadConnection, type ConnectionPage } from '../common/connection';
import { PageArgs } from '../common/page.args';
import type { Context } from '../context';
import { FIGURE_CONNECTION } from './figure.connection.repository';
import { TradeFigureConnectionFilter, figureConnectionFilterClause } from './figure.connection-filter';
import { TradeFigureOrder } from './figure.order';
import { TradeFigure, type FigureRecord } from './figure.type';

export const TradeFigureConnection = createConnectionType(TradeFigure, { typeName: 'TradeFigure', singular: 'trade figure', plural: 'trade figures' });

@Resolver()
export class TradeFigureConnectionResolver {
  @Query(() => TradeFigureConnection, {
    description: 'Trade figures, a page at a time (first: 1 to 100), filtered and ordered (default: by id).',
  })
  tradeFigures(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => TradeFigureConnectionFilter, { nullable: true, description: 'Which trade figures; all of them when null.' })
    filter: TradeFigureConnectionFilter | null,
    @Arg('orderBy', () => TradeFigureOrder, { nullable: true, description: 'How to sort them (default: by id, ascending).' })
    orderBy: TradeFigureOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionPage<FigureRecord>> {
    return loadConnection<TradeFigureOrder['field'], FigureRecord>(
      ctx.executor,
      FIGURE_CONNECTION,
      { first, after, orderBy, filter: figureConnectionFilterClause(filter) },
      info,
      (node) => ctx.loaders.figureById.prime(node.id, node),
    );
  }
}
