/** Path and PathStep: how two entities are linked, hop by hop, with the evidence for each hop. */

import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { Node } from '../common/node.interface';

/** A step as read from Neo4j. */
export interface PathStepRecord {
  type: string;
  from: string;
  to: string;
  sources: string[];
}

/** A path as read from Neo4j (nodes are resolved by the resolver). */
export interface PathRecord {
  length: number;
  nodeIds: string[];
  steps: PathStepRecord[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('PathStep', { description: 'One hop of a path: a relationship, in the direction it is stored.' })
export class PathStep {
  @Field({
    description:
      'Relationship type: HEADQUARTERED_IN, OPERATES, LOCATED_IN, SELLS_IN, EXPORTS_TO, TARGETS, INCLUDES, BASED_IN, EXPORTER, DESTINATION or REPORTED_BY.',
  })
  type!: string;

  @Field(() => ID, { description: 'Id of the node the relationship starts from.' })
  from!: string;

  @Field(() => ID, { description: 'Id of the node the relationship points to.' })
  to!: string;
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('Path', { description: 'A chain of relationships linking two entities.' })
export class Path {
  @Field(() => Int, { description: 'Number of relationships.' })
  length!: number;

  @Field(() => [Node], { description: 'The entities along the path, from the start to the end.' })
  nodes!: unknown[];

  @Field(() => [PathStep], { description: 'The relationships along the path, in order.' })
  steps!: PathStepRecord[];
}
