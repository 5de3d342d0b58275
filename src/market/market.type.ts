/** Market: a destination for exports; MarketLink: an automaker's link to one, with evidence. */

import { Directive, Field, ObjectType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { DatePrecision } from '../common/date-precision.enum';
import { DateScalar } from '../common/date.scalar';
import { Node } from '../common/node.interface';
import { graphqlEnum } from '../common/graphql-enum';
import { MARKET_KINDS, MARKET_LINK_KINDS } from '../common/vocabulary';

export const MarketKind = graphqlEnum(MARKET_KINDS);
export type MarketKind = keyof typeof MARKET_KINDS.values;

export const MarketLinkKind = graphqlEnum(MARKET_LINK_KINDS);
export type MarketLinkKind = keyof typeof MARKET_LINK_KINDS.values;

/** A market as stored. */
export interface MarketRecord {
  id: string;
  name: string;
  kind: MarketKind;
  sources: string[];
}

/** A market link as read (the relationship between an automaker and a market). */
export interface MarketLinkRecord {
  automakerId: string;
  marketId: string;
  kind: MarketLinkKind;
  since: string | null;
  sincePrecision: DatePrecision | null;
  until: string | null;
  untilPrecision: DatePrecision | null;
  sources: string[];
  /** The market's record, when the query that read the link read it too. */
  market?: MarketRecord;
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('Market', {
  implements: Node,
  description: 'A destination for exports: one country, or a region of several.',
})
export class Market extends Node {
  @Field({ description: 'Name, e.g. "Southeast Asia".' })
  name!: string;

  @Field(() => MarketKind, { description: 'One country, or a region of several.' })
  kind!: MarketKind;
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('MarketLink', { description: "An automaker's link to a market, with the evidence for it." })
export class MarketLink {
  @Field(() => MarketLinkKind, { description: 'How the automaker is linked to the market.' })
  kind!: MarketLinkKind;

  @Field(() => DateScalar, { nullable: true, description: 'Since when the link holds, where a source says.' })
  since!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `since` is.' })
  sincePrecision!: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: 'Until when the link held, where it has ended.' })
  until!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `until` is.' })
  untilPrecision!: DatePrecision | null;
}
