/** The Node interface: anything with a global id, fetchable with Query.node. */

import { Directive, Field, ID, InterfaceType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from './cache-control';
import { kindOf, LABEL_BY_KIND } from './ids';

@Directive(PUBLIC_CACHE_HINT)
@InterfaceType('Node', {
  description:
    'An entity with a global, stable, readable id of the form "<kind>:<key>" (country:CN, automaker:byd, factory:tesla-shanghai, market:russia, org:cpca, source:…, figure:…, measure:…, claim:…). Fetch any of them with `node(id:)`.',
  resolveType: (value: { id: string }) => LABEL_BY_KIND[kindOf(value.id)],
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id, "<kind>:<key>".' })
  id!: string;
}
