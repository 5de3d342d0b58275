/** CompanyLink: a tie between two automakers (a stake, ownership, a joint venture, contract manufacturing). */

import { Directive, Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { DatePrecision } from '../common/date-precision.enum';
import { DateScalar } from '../common/date.scalar';
import { graphqlEnum } from '../common/graphql-enum';
import { COMPANY_LINK_KINDS } from '../common/vocabulary';

export const CompanyLinkKind = graphqlEnum(COMPANY_LINK_KINDS);
export type CompanyLinkKind = keyof typeof COMPANY_LINK_KINDS.values;

export enum LinkDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
}

registerEnumType(LinkDirection, {
  name: 'LinkDirection',
  description: 'Which way a stored relationship points, seen from the entity asked about.',
  valuesConfig: {
    OUTGOING: { description: 'From this entity to the other (e.g. this automaker holds the stake).' },
    INCOMING: { description: 'From the other entity to this one (e.g. the other automaker holds a stake in this one).' },
  },
});

/** A company link as stored, seen from one of its two automakers. */
export interface CompanyLinkRecord {
  kind: CompanyLinkKind;
  direction: LinkDirection;
  otherId: string;
  stakePercent: number | null;
  name: string | null;
  since: string | null;
  sincePrecision: DatePrecision | null;
  until: string | null;
  untilPrecision: DatePrecision | null;
  sources: string[];
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('CompanyLink', {
  description: 'A tie between this automaker and another (stake, ownership, joint venture, contract manufacturing), with the sources that state it.',
})
export class CompanyLink {
  @Field(() => CompanyLinkKind, { description: 'How the two are tied.' })
  kind!: CompanyLinkKind;

  @Field(() => LinkDirection, {
    description: 'OUTGOING when this automaker is the holder, owner, first partner or manufacturer; INCOMING when the other is.',
  })
  direction!: LinkDirection;

  @Field(() => Float, { nullable: true, description: 'The stake in percent (OWNS_STAKE_IN), e.g. 49.9.' })
  stakePercent!: number | null;

  @Field(() => String, { nullable: true, description: 'Name of the joint venture, where stated.' })
  name!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Since when the tie holds, where stated.' })
  since!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `since` is.' })
  sincePrecision!: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the tie ended, where stated; null while it holds or when unknown.' })
  until!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `until` is.' })
  untilPrecision!: DatePrecision | null;
}
