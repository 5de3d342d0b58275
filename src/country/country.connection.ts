/** Query.countries: countries a page at a time, filtered and ordered. */

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { createConnectionType } from '../common/connection.type';
import { loadConnection, type ConnectionPage } from '../common/connection';
import { PageArgs } from '../common/page.args';
import type { Context } from '../context';
import { COUNTRY_CONNECTION } from './country.connection.repository';
import { CountryFilter, countryFilterClause } from './country.filter';
import { CountryOrder } from './country.order';
import { Country, type CountryRecord } from './country.type';

export const CountryConnection = createConnectionType(Country, { typeName: 'Country', singular: 'country', plural: 'countries' });

@Resolver()
export class CountryConnectionResolver {
  @Query(() => CountryConnection, {
    description: 'Countries, a page at a time (first: 1 to 100), filtered and ordered (default: by id).',
  })
  countries(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => CountryFilter, { nullable: true, description: 'Which countries; all of them when null.' })
    filter: CountryFilter | null,
    @Arg('orderBy', () => CountryOrder, { nullable: true, description: 'How to sort them (default: by id, ascending).' })
    orderBy: CountryOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionPage<CountryRecord>> {
    return loadConnection<CountryOrder['field'], CountryRecord>(
      ctx.executor,
      COUNTRY_CONNECTION,
      { first, after, orderBy, filter: countryFilterClause(filter) },
      info,
      (node) => ctx.loaders.countryById.prime(node.id, node),
    );
  }
}
