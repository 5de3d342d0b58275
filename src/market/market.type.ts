/** Market: a destination for exports; MarketLink: an automaker's link to one, with evidence. */

import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { DatePrecision } from '../common/date-precision.enum';
import { DateScalar } from '../common/date.scalar';
import { Node } from '../common/node.interface';

export enum MarketKind {
  COUNTRY = 'COUNTRY',
  REGION = 'REGION',
}

registerEnumType(MarketKind, {
  name: 'MarketKind',
  description: 'Whether a market is one country or a region of several.',
  valuesConfig: {
    COUNTRY: { description: 'The market of a single country.' },
    REGION: { description: 'A region of several countries, e.g. Europe or Southeast Asia.' },
  },
});

export enum MarketLinkKind {
  SELLS_IN = 'SELLS_IN',
  EXPORTS_TO = 'EXPORTS_TO',
  TARGETS = 'TARGETS',
}

registerEnumType(MarketLinkKind, {
  name: 'MarketLinkKind',
  description: 'How an automaker is linked to a market (this is also the relationship type in paths).',
  valuesConfig: {
    SELLS_IN: { description: 'Sells vehicles in the market.' },
    EXPORTS_TO: { description: 'Ships vehicles to the market from another country.' },
    TARGETS: { description: 'Has announced plans or goals for the market.' },
  },
});

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
