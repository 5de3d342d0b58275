/** TradeMeasure: a trade-policy measure (an investigation, a duty, a tariff, a tax, a fee) and its links. */

import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { DatePrecision } from '../common/date-precision.enum';
import { DateScalar } from '../common/date.scalar';
import { Node } from '../common/node.interface';
import { graphqlEnum } from '../common/graphql-enum';
import { MEASURE_KINDS, MEASURE_LINK_KINDS } from '../common/vocabulary';

export const TradeMeasureKind = graphqlEnum(MEASURE_KINDS);
export type TradeMeasureKind = keyof typeof MEASURE_KINDS.values;

export const MeasureLinkKind = graphqlEnum(MEASURE_LINK_KINDS);
export type MeasureLinkKind = keyof typeof MEASURE_LINK_KINDS.values;

/** A trade measure as stored. */
export interface TradeMeasureRecord {
  id: string;
  name: string;
  kind: TradeMeasureKind;
  imposedById: string | null;
  imposedBySources: string[];
  announced: string | null;
  announcedPrecision: DatePrecision | null;
  effective: string | null;
  effectivePrecision: DatePrecision | null;
  ends: string | null;
  endsPrecision: DatePrecision | null;
  ratePercent: number | null;
  ratePercentIsMaximum: boolean;
  sources: string[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('TradeMeasure', {
  implements: Node,
  description:
    'A trade-policy measure on vehicle imports, e.g. the EU\'s countervailing duties on China-made electric cars or Turkey\'s extra tariff; imposed by a country or a market (the EU).',
})
export class TradeMeasure extends Node {
  @Field({ description: 'A short descriptive name, e.g. "EU definitive countervailing duties on China-made battery-electric vehicles".' })
  name!: string;

  @Field(() => TradeMeasureKind, { description: 'What kind of measure it is.' })
  kind!: TradeMeasureKind;

  @Field(() => DateScalar, { nullable: true, description: 'When it was announced, decided or published, where stated.' })
  announced!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `announced` is.' })
  announcedPrecision!: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it took (or takes) effect, where stated; for an investigation, when it was opened.' })
  effective!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `effective` is.' })
  effectivePrecision!: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it ends, where a source states the date.' })
  ends!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `ends` is.' })
  endsPrecision!: DatePrecision | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The one general rate in percent of the import value, where the measure has one (rates per company are on `links`).',
  })
  ratePercent!: number | null;

  @Field({ description: 'True when `ratePercent` is a ceiling ("up to"), not the rate itself.' })
  ratePercentIsMaximum!: boolean;
}

/** A measure's link to an entity as stored. */
export interface MeasureLinkRecord {
  measureId: string;
  kind: MeasureLinkKind;
  targetId: string;
  ratePercent: number | null;
  sources: string[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('MeasureLink', {
  description:
    'How a trade measure bears on one entity (an automaker or country it applies to, a market it affects, a factory it exempts), with its rate and the sources that state it.',
})
export class MeasureLink {
  @Field(() => MeasureLinkKind, { description: 'How the measure bears on the target.' })
  kind!: MeasureLinkKind;

  @Field(() => Float, { nullable: true, description: 'The rate in percent that applies to the target, where stated (APPLIES_TO only).' })
  ratePercent!: number | null;
}
