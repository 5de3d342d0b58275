/** Query.factories: factories a page at a time, filtered and ordered. */

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { createConnectionType } from '../common/connection.type';
import { loadConnection, type ConnectionPage } from '../common/connection';
import { PageArgs } from '../common/page.args';
import type { Context } from '../context';
import { FACTORY_CONNECTION } from './factory.connection.repository';
import { FactoryFilter, factoryFilterClause } from './factory.filter';
import { FactoryOrder } from './factory.order';
import { Factory, type FactoryRecord } from './factory.type';

export const FactoryConnection = createConnectionType(Factory, { typeName: 'Factory', singular: 'factory', plural: 'factories' });

@Resolver()
export class FactoryConnectionResolver {
  @Query(() => FactoryConnection, {
    description: 'Factories, a page at a time (first: 1 to 100), filtered and ordered (default: by id).',
  })
  factories(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => FactoryFilter, { nullable: true, description: 'Which factories; all of them when null.' })
    filter: FactoryFilter | null,
    @Arg('orderBy', () => FactoryOrder, { nullable: true, description: 'How to sort them (default: by id, ascending).' })
    orderBy: FactoryOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionPage<FactoryRecord>> {
    return loadConnection<FactoryOrder['field'], FactoryRecord>(
      ctx.executor,
      FACTORY_CONNECTION,
      { first, after, orderBy, filter: factoryFilterClause(filter) },
      info,
      (node) => ctx.loaders.factoryById.prime(node.id, node),
    );
  }
}
