/** TimelineEvent: one dated fact about an entity. */

import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { DatePrecision } from '../common/date-precision.enum';
import { DateScalar } from '../common/date.scalar';
import { Node } from '../common/node.interface';
import { Source } from '../source';

export enum TimelineEventKind {
  FACTORY_ANNOUNCED = 'FACTORY_ANNOUNCED',
  FACTORY_CONSTRUCTION_STARTED = 'FACTORY_CONSTRUCTION_STARTED',
  FACTORY_OPENED = 'FACTORY_OPENED',
  FACTORY_CLOSED = 'FACTORY_CLOSED',
  FACTORY_OPERATOR_STARTED = 'FACTORY_OPERATOR_STARTED',
  FACTORY_OPERATOR_ENDED = 'FACTORY_OPERATOR_ENDED',
  MARKET_LINK_STARTED = 'MARKET_LINK_STARTED',
  MARKET_LINK_ENDED = 'MARKET_LINK_ENDED',
  FIGURE = 'FIGURE',
  MEASURE_ANNOUNCED = 'MEASURE_ANNOUNCED',
  MEASURE_EFFECTIVE = 'MEASURE_EFFECTIVE',
  MEASURE_ENDS = 'MEASURE_ENDS',
  SOURCE_PUBLISHED = 'SOURCE_PUBLISHED',
}

registerEnumType(TimelineEventKind, {
  name: 'TimelineEventKind',
  description: 'What happened at a timeline event.',
  valuesConfig: {
    FACTORY_ANNOUNCED: { description: 'A factory was announced (subject: the factory; related: its operator).' },
    FACTORY_CONSTRUCTION_STARTED: { description: "Construction of a factory started (subject: the factory; related: its operator)." },
    FACTORY_OPENED: { description: 'A factory started production (subject: the factory; related: its operator).' },
    FACTORY_CLOSED: { description: 'A factory stopped production (subject: the factory; related: its operator).' },
    FACTORY_OPERATOR_STARTED: {
      description: 'An automaker began to run a factory, e.g. after a change of owner (subject: the factory; related: the automaker).',
    },
    FACTORY_OPERATOR_ENDED: {
      description: 'An automaker stopped running a factory: it left, sold or handed it over (subject: the factory; related: the automaker).',
    },
    MARKET_LINK_STARTED: { description: 'An automaker began selling in, exporting to or targeting a market (subject: the automaker; related: the market).' },
    MARKET_LINK_ENDED: { description: 'An automaker stopped selling in, exporting to or targeting a market (subject: the automaker; related: the market).' },
    FIGURE: { description: 'A trade figure covers a period: date is its first day, endDate its last (subject: the figure; related: its exporter).' },
    MEASURE_ANNOUNCED: { description: 'A trade measure was announced or decided (subject: the measure; related: who imposes it).' },
    MEASURE_EFFECTIVE: { description: 'A trade measure took effect; for an investigation, it was opened (subject: the measure; related: who imposes it).' },
    MEASURE_ENDS: { description: 'A trade measure ends (subject: the measure; related: who imposes it).' },
    SOURCE_PUBLISHED: { description: 'A source was published (subject: the source).' },
  },
});

/** An event as read from Neo4j: ids only, resolved by the field resolvers. */
export interface TimelineEventRecord {
  date: string;
  precision: DatePrecision;
  endDate: string | null;
  kind: TimelineEventKind;
  subjectId: string;
  relatedId: string | null;
  relationshipType: string | null;
  sources: string[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('TimelineEvent', { description: 'One dated fact about an entity, with the sources that state it.' })
export class TimelineEvent {
  @Field(() => DateScalar, { description: 'When it happened, or the first day of the period a figure covers.' })
  date!: string;

  @Field(() => DatePrecision, { description: 'How exact `date` is.' })
  precision!: DatePrecision;

  @Field(() => DateScalar, { nullable: true, description: 'For a figure, the last day of its period; null otherwise.' })
  endDate!: string | null;

  @Field(() => TimelineEventKind, { description: 'What happened.' })
  kind!: TimelineEventKind;

  @Field(() => Node, { description: 'What the event is about: a factory, an automaker, a figure or a source (see kind).' })
  subject!: Node;

  @Field(() => Node, { nullable: true, description: "The other party: a factory's operator, a link's market, a figure's exporter." })
  related!: Node | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a market-link event, the relationship type (SELLS_IN, EXPORTS_TO or TARGETS); null otherwise.',
  })
  relationshipType!: string | null;

  @Field(() => [Source], { description: 'Sources that state the fact behind the event.' })
  sources!: Source[];
}
