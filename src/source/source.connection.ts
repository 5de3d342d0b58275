/** Query.sources: sources a page at a time, filtered and ordered. */

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { createConnectionType } from '../common/connection.type';
import { loadConnection, type ConnectionPage } from '../common/connection';
import { PageArgs } from '../common/page.args';
import type { Context } from '../context';
import { SOURCE_CONNECTION } from './source.connection.repository';
import { SourceFilter, sourceFilterClause } from './source.filter';
import { SourceOrder } from './source.order';
import { Source, type SourceRecord } from './source.type';

export const SourceConnection = createConnectionType(Source, { typeName: 'Source', singular: 'source', plural: 'sources' });

@Resolver()
export class SourceConnectionResolver {
  @Query(() => SourceConnection, {
    description: 'Sources, a page at a time (first: 1 to 100), filtered and ordered (default: by id).',
  })
  sources(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => SourceFilter, { nullable: true, description: 'Which sources; all of them when null.' })
    filter: SourceFilter | null,
    @Arg('orderBy', () => SourceOrder, { nullable: true, description: 'How to sort them (default: by id, ascending).' })
    orderBy: SourceOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionPage<SourceRecord>> {
    return loadConnection<SourceOrder['field'], SourceRecord>(
      ctx.executor,
      SOURCE_CONNECTION,
      { first, after, orderBy, filter: sourceFilterClause(filter) },
      info,
      (node) => ctx.loaders.sourceById.prime(node.id, node),
    );
  }
}
