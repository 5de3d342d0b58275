/** PathConstraint: kinds of entity and types of relationship that a path must use (via) or keep clear of (avoid). */

import { Field, InputType } from 'type-graphql';
import { EntityKind, RelationshipType } from './graph.enums';

@InputType('PathConstraint', {
  description:
    'Kinds of entity and types of relationship, for `via` (the path must use one) or `avoid` (the path must use none). Only intermediate entities count: the start and the end of a path are never excluded or counted. A list left out or empty sets no condition; with both lists set, `via` needs both conditions met (an entity of a listed kind and a relationship of a listed type) and `avoid` excludes both.',
})
export class PathConstraint {
  @Field(() => [EntityKind], {
    nullable: true,
    description:
      'via: at least one intermediate entity of one of these kinds; avoid: no intermediate entity of any of these kinds.',
  })
  kinds?: EntityKind[] | null;

  @Field(() => [RelationshipType], {
    nullable: true,
    description: 'via: at least one relationship of one of these types; avoid: no relationship of any of these types.',
  })
  relationshipTypes?: RelationshipType[] | null;
}
