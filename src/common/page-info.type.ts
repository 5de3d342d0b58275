/** Relay PageInfo, shared by every connection. */

import { Directive, Field, ObjectType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from './cache-control';

@Directive(PUBLIC_CACHE_HINT)
@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page: ask again with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page; null for an empty page.' })
  endCursor!: string | null;
}
