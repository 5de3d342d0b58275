/** Neighborhood and GraphEdge: the entities around one entity and the relationships between them. */

import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { LINK_TYPES } from '../common/vocabulary';
import { DatePrecision } from '../common/date-precision.enum';
import { DateScalar } from '../common/date.scalar';
import { Node } from '../common/node.interface';
import type { RelationshipRecord } from './path.type';

/** An edge of a neighbourhood: a relationship and its stable id. */
export interface GraphEdgeRecord extends RelationshipRecord {
  id: string;
}

/** A neighbourhood as read from Neo4j (entities are resolved by the resolver). */
export interface NeighborhoodRecord {
  centerId: string;
  /** The center first, then the others closest first (by hops, then id). */
  nodeIds: string[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
}

/** The id of an edge: stable across re-seeding, since a type links a pair of entities at most once. */
export function edgeId(edge: Pick<RelationshipRecord, 'type' | 'from' | 'to'>): string {
  return `${edge.type}:${edge.from}:${edge.to}`;
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('GraphEdge', { description: 'A relationship between two entities of a neighbourhood, in the direction it is stored, with its evidence.' })
export class GraphEdge {
  @Field(() => ID, {
    description:
      'Stable id "<TYPE>:<from id>:<to id>", e.g. OPERATES:automaker:byd:factory:byd-szeged; the same after the graph is seeded again.',
  })
  id!: string;

  @Field({
    description:
      `Relationship type, one of the RelationshipType values: ${LINK_TYPES.join(', ')}.`,
  })
  type!: string;

  @Field(() => ID, { description: 'Id of the entity the relationship starts from (as stored).' })
  from!: string;

  @Field(() => ID, { description: 'Id of the entity the relationship points to (as stored).' })
  to!: string;

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
@ObjectType('Neighborhood', {
  description:
    'An entity, the entities within a few relationships of it, and every relationship between those entities: a piece of the graph to explore or draw. Sources are never among the entities: they are the evidence on each edge.',
})
export class Neighborhood {
  @Field(() => Node, { description: 'The entity the neighbourhood is around.' })
  center!: unknown;

  @Field(() => [Node], {
    description: 'The center first, then the entities around it, closest first (by number of relationships, then by id).',
  })
  nodes!: unknown[];

  @Field(() => [GraphEdge], {
    description:
      'Every relationship (of the types asked for) between two entities of `nodes`, including those between neighbours, ordered by type, then from, then to.',
  })
  edges!: GraphEdgeRecord[];

  @Field({ description: 'True when more entities lay within the depth than `first` allowed: ask with a larger `first` or a smaller depth.' })
  truncated!: boolean;
}
