/** The paging arguments every root connection takes: first and after. */

import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the item to start after (pageInfo.endCursor of the previous page, asked with the same orderBy).',
  })
  after?: string | null;
}
