/** Organization: a body that publishes figures. */

import { Directive, Field, ObjectType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { Node } from '../common/node.interface';

/** An organization as stored. */
export interface OrganizationRecord {
  id: string;
  name: string;
  shortName: string | null;
  countryId: string | null;
  sources: string[];
  /** Sources that state where the body is based. */
  baseSources: string[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('Organization', {
  implements: Node,
  description: 'A body that publishes figures (a trade association, a customs office).',
})
export class Organization extends Node {
  @Field({ description: 'Full name, e.g. "China Passenger Car Association".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Abbreviation the body is known by, e.g. "CPCA".' })
  shortName!: string | null;
}
