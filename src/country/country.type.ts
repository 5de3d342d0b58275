/** Country: an exporter, a location of factories, a headquarters, a member of markets. */

import { Directive, Field, ObjectType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { Node } from '../common/node.interface';

/** A country as stored. */
export interface CountryRecord {
  id: string;
  code: string;
  name: string;
  /**
   * Its codes and UN M49 regions, and the ids of its sources; absent on a country read as another
   * record's neighbour (COUNTRY_SUMMARY_PROJECTION), where the resolvers read the full record.
   */
  alpha3?: string | null;
  numericCode?: string | null;
  region?: string | null;
  subregion?: string | null;
  intermediateRegion?: string | null;
  sources?: string[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('Country', {
  implements: Node,
  description: 'A country: it exports vehicles, hosts factories and headquarters, and belongs to markets.',
})
export class Country extends Node {
  @Field({ description: 'ISO 3166-1 alpha-2' })
  code!: string;

  @Field({ description: 'English short name, e.g. "China".' })
  name!: string;
}
