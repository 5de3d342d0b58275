/** Fact: one stated thing in the graph (an entity, a relationship or a figure) with its evidence. */

import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { Node } from '../common/node.interface';
import { PageInfo } from '../common/page-info.type';
import { Source } from '../source';

export enum FactKind {
  ENTITY = 'ENTITY',
  RELATIONSHIP = 'RELATIONSHIP',
  FIGURE = 'FIGURE',
}

registerEnumType(FactKind, {
  name: 'FactKind',
  description: 'What kind of fact a Fact is.',
  valuesConfig: {
    ENTITY: { description: 'That an entity exists, with its name and properties (a country, an automaker, a factory…).' },
    RELATIONSHIP: { description: 'A relationship between two entities (a headquarters, a location, a market link…).' },
    FIGURE: { description: 'A trade figure.' },
  },
});

/** A fact as read from Neo4j: ids only, resolved by the field resolvers. */
export interface FactRecord {
  id: string;
  kind: FactKind;
  type: string;
  subjectId: string;
  objectId: string | null;
  sources: string[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('Fact', {
  description:
    'One stated fact of the graph: an entity, a relationship between two entities, or a trade figure, with the sources that state it.',
})
export class Fact {
  @Field(() => ID, {
    description:
      'Stable id of the fact: the entity\'s or figure\'s id, or "<TYPE>:<fromId>:<toId>" for a relationship (e.g. "LOCATED_IN:factory:byd-szeged:country:HU").',
  })
  id!: string;

  @Field(() => FactKind, { description: 'An entity, a relationship or a figure.' })
  kind!: FactKind;

  @Field({
    description: 'The entity\'s type (Country, Automaker, Factory, Market, Organization, TradeMeasure, FactoryClaim, TradeFigure) or the relationship type (e.g. OPERATES).',
  })
  type!: string;

  @Field(() => Node, { description: 'The entity or figure; for a relationship, the entity it starts from.' })
  subject!: Node;

  @Field(() => Node, { nullable: true, description: 'For a relationship, the entity it points to; null otherwise.' })
  object!: Node | null;

  @Field(() => [Source], { description: 'Sources that state the fact (empty for an unsourced fact).' })
  sources!: Source[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('FactEdge', { description: 'A fact in a page of facts, with its cursor.' })
export class FactEdge {
  @Field({ description: 'Opaque cursor of this edge: pass it as `after` to get the facts that follow.' })
  cursor!: string;

  @Field(() => Fact, { description: 'The fact.' })
  node!: FactRecord;
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('FactConnection', { description: 'A page of facts, ordered by fact id (Relay cursor connection).' })
export class FactConnection {
  @Field(() => [FactEdge], { description: 'The facts of this page, each with its cursor.' })
  edges!: FactEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to ask for the next one.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of facts in the whole list, over all pages.' })
  totalCount!: number;
}
