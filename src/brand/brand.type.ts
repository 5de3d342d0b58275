/** Brand: a name an automaker sells vehicles under (MG of SAIC, Zeekr of Geely), with its own market links. */

import { Directive, Field, ObjectType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { Node } from '../common/node.interface';

/** A brand as stored. */
export interface BrandRecord {
  id: string;
  name: string;
  /** The automaker that owns it (BRAND_OF). */
  automakerId: string | null;
  /** Its own home country where a source gives one (MG: United Kingdom); null: its automaker's. */
  countryId: string | null;
  sources: string[];
  /** Sources that state who owns it. */
  ownerSources: string[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('Brand', {
  implements: Node,
  description:
    'A brand an automaker sells vehicles under, e.g. MG (SAIC), Omoda and Jaecoo (Chery), Zeekr and Lynk & Co (Geely), Deepal (Changan). A brand sells in markets of its own (Brand.markets).',
})
export class Brand extends Node {
  @Field({ description: 'The name it is sold under, e.g. "MG".' })
  name!: string;
}
