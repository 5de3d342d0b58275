/** Market: a destination for exports; MarketLink: an automaker's link to one, with evidence. */

import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { DatePrecision } from '../common/date-precision.enum';
import { DateScalar } from '../common/date.scalar';
import { Node } from '../common/node.interface';
import { graphqlEnum } from '../common/graphql-enum';
import { MARKET_KINDS, MARKET_LINK_KINDS, MARKET_LINK_STATUSES, SALES_CHANNELS } from '../common/vocabulary';

export const MarketKind = graphqlEnum(MARKET_KINDS);
export type MarketKind = keyof typeof MARKET_KINDS.values;

export const MarketLinkKind = graphqlEnum(MARKET_LINK_KINDS);
export type MarketLinkKind = keyof typeof MARKET_LINK_KINDS.values;

export const MarketLinkStatus = graphqlEnum(MARKET_LINK_STATUSES);
export type MarketLinkStatus = keyof typeof MARKET_LINK_STATUSES.values;

export const SalesChannel = graphqlEnum(SALES_CHANNELS);
export type SalesChannel = keyof typeof SALES_CHANNELS.values;

/** A market as stored. */
export interface MarketRecord {
  id: string;
  name: string;
  kind: MarketKind;
  sources: string[];
}

/** A company–market link as read: the relationship from a seller (automaker, brand, factory) to a market. */
export interface MarketLinkRecord {
  /** The seller: an automaker, a brand or (for EXPORTS_TO) a factory. */
  fromId: string;
  /** The automaker behind the seller: itself, a brand's owner, a factory's operator. */
  automakerId: string | null;
  /** The headquarters country of that automaker. */
  sellerCountryId: string | null;
  marketId: string;
  kind: MarketLinkKind;
  status: MarketLinkStatus;
  since: string | null;
  sincePrecision: DatePrecision | null;
  until: string | null;
  untilPrecision: DatePrecision | null;
  channels: SalesChannel[];
  partner: string | null;
  dealers: number | null;
  dealersAsOf: string | null;
  dealersAsOfPrecision: DatePrecision | null;
  models: string[];
  note: string | null;
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
@ObjectType('MarketLink', {
  description:
    "A company–market link: an automaker, one of its brands or one of its factories selling in, exporting to or targeting a market, since when, through whom, and on whose word.",
})
export class MarketLink {
  @Field(() => MarketLinkKind, { description: 'How the seller is linked to the market.' })
  kind!: MarketLinkKind;

  @Field(() => MarketLinkStatus, { description: 'Whether the link holds, is only planned, or has ended, as its latest source says.' })
  status!: MarketLinkStatus;

  @Field(() => [SalesChannel], { description: 'How it reaches buyers there, where a source says (empty when unknown).' })
  channels!: SalesChannel[];

  @Field(() => String, { nullable: true, description: 'The importer or distributor it sells through, where a source names one.' })
  partner!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many dealers or stores it has there, on `dealersAsOf`, where a source says.' })
  dealers!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the dealer count held.' })
  dealersAsOf!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `dealersAsOf` is.' })
  dealersAsOfPrecision!: DatePrecision | null;

  @Field(() => [String], { description: 'Models it sells or plans to sell there, where a source names them.' })
  models!: string[];

  @Field(() => String, { nullable: true, description: 'A short note in our own words (e.g. how it entered), where there is one.' })
  note!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Since when the link holds, where a source says.' })
  since!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `since` is.' })
  sincePrecision!: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: 'Until when the link held, where it has ended.' })
  until!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact `until` is.' })
  untilPrecision!: DatePrecision | null;
}
