/** Query.organizations: organizations a page at a time, filtered and ordered. */

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { createConnectionType } from '../common/connection.type';
import { loadConnection, type ConnectionPage } from '../common/connection';
import { PageArgs } from '../common/page.args';
import type { Context } from '../context';
import { ORGANIZATION_CONNECTION } from './organization.connection.repository';
import { OrganizationFilter, organizationFilterClause } from './organization.filter';
import { OrganizationOrder } from './organization.order';
import { Organization, type OrganizationRecord } from './organization.type';

export const OrganizationConnection = createConnectionType(Organization, { typeName: 'Organization', singular: 'organization', plural: 'organizations' });

@Resolver()
export class OrganizationConnectionResolver {
  @Query(() => OrganizationConnection, {
    description: 'Organizations, a page at a time (first: 1 to 100), filtered and ordered (default: by id).',
  })
  organizations(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Which organizations; all of them when null.' })
    filter: OrganizationFilter | null,
    @Arg('orderBy', () => OrganizationOrder, { nullable: true, description: 'How to sort them (default: by id, ascending).' })
    orderBy: OrganizationOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionPage<OrganizationRecord>> {
    return loadConnection<OrganizationOrder['field'], OrganizationRecord>(
      ctx.executor,
      ORGANIZATION_CONNECTION,
      { first, after, orderBy, filter: organizationFilterClause(filter) },
      info,
      (node) => ctx.loaders.organizationById.prime(node.id, node),
    );
  }
}
