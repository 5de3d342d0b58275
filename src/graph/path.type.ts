/** Path and PathStep: how two entities are linked, hop by hop, with the evidence for each hop. */

import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { LINK_TYPES } from '../common/vocabulary';
import { DatePrecision } from '../common/date-precision.enum';
import { DateScalar } from '../common/date.scalar';
import { Node } from '../common/node.interface';
import type { SourceRecord } from '../source/source.type';
import { PathDirection } from './graph.enums';

/** A relationship as read from Neo4j: type, stored direction, dates where it has them, evidence. */
export interface RelationshipRecord {
  type: string;
  from: string;
  to: string;
  since: string | null;
  sincePrecision: DatePrecision | null;
  until: string | null;
  untilPrecision: DatePrecision | null;
  sources: string[];
  /** The sources' records, in the order of `sources`, when the query read them with the relationship. */
  sourceRecords?: SourceRecord[];
}

/** A step of a path: a relationship and which way the path walks it. */
export interface PathStepRecord extends RelationshipRecord {
  direction: PathDirection;
}

/** A path as read from Neo4j (nodes are resolved by the resolver). */
export interface PathRecord {
  length: number;
  nodeIds: string[];
  /** The nodes' records, in path order, when the query read them with the path. */
  nodes?: { id: string }[];
  steps: PathStepRecord[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('PathStep', {
  description:
    'One hop of a path: a relationship, given in the direction it is stored (`from` → `to`), and `direction` telling whether the path walks it that way or against it.',
})
export class PathStep {
  @Field({
    description:
      `Relationship type, one of the RelationshipType values: ${LINK_TYPES.join(', ')}.`,
  })
  type!: string;

  @Field(() => ID, {
    description: 'Id of the node the relationship starts from, as stored (not necessarily the earlier node of the path: see `direction`).',
  })
  from!: string;

  @Field(() => ID, {
    description: 'Id of the node the relationship points to, as stored (not necessarily the later node of the path: see `direction`).',
  })
  to!: string;

  @Field(() => PathDirection, {
    description:
      'FORWARD when the stored relationship points along the path (`from` is the earlier node of the path), BACKWARD when the path walks it from `to` to `from`.',
  })
  direction!: PathDirection;

  @Field(() => DateScalar, { nullable: true, description: 'Since when the relationship holds, where a source says (market links).' })
  since!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `since` is.' })
  sincePrecision!: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: 'Until when the relationship held, where it has ended (market links).' })
  until!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `until` is.' })
  untilPrecision!: DatePrecision | null;
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('Path', { description: 'A chain of relationships linking two entities.' })
export class Path {
  @Field(() => Int, { description: 'Number of relationships.' })
  length!: number;

  @Field(() => [Node], { description: 'The entities along the path, from the start to the end.' })
  nodes!: unknown[];

  @Field(() => [PathStep], { description: 'The relationships along the path, in order from the start to the end.' })
  steps!: PathStepRecord[];
}
