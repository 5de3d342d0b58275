/** The arguments of every list of company–market links: a day, a filter, an order and a length. */

import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { LIST_FIRST_DESCRIPTION } from '../common/pagination';
import { MarketLinkKind, MarketLinkStatus, SalesChannel } from './market.type';

export enum MarketLinkOrder {
  ENTRY = 'ENTRY',
  MARKET = 'MARKET',
  SELLER = 'SELLER',
}

registerEnumType(MarketLinkOrder, {
  name: 'MarketLinkOrder',
  description: 'How a list of company–market links is sorted; ties are broken by market, seller and kind.',
  valuesConfig: {
    ENTRY: { description: 'By `since`, earliest first (the order of entry); links with no known start come last.' },
    MARKET: { description: "By the market's name." },
    SELLER: { description: "By the seller's name." },
  },
});

@InputType('MarketLinkFilter', { description: 'Which company–market links a list keeps; every field set must match.' })
export class MarketLinkFilter {
  @Field(() => [MarketLinkKind], { nullable: true, description: 'Only links of these kinds, e.g. [SELLS_IN].' })
  kinds?: MarketLinkKind[] | null;

  @Field(() => [MarketLinkStatus], { nullable: true, description: 'Only links with one of these statuses, e.g. [ACTIVE, PLANNED].' })
  statuses?: MarketLinkStatus[] | null;

  @Field(() => [SalesChannel], { nullable: true, description: 'Only links through at least one of these channels, e.g. [OWN_STORES].' })
  channels?: SalesChannel[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only sellers from this country, e.g. country:CN for Chinese automakers and brands: the headquarters of the automaker behind the seller (a brand counts as its owner\'s, a factory as its operator\'s).',
  })
  sellerCountry?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: only markets other than the seller's home country's own market (its markets abroad); false: only that one.",
  })
  outsideHomeCountry?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only links that ended (`until`) on or after this day, e.g. exits since 2022-01-01.' })
  endedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only links that ended (`until`) on or before this day.' })
  endedTo?: string | null;
}

@ArgsType()
export class MarketLinkArgs {
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Only links that held on this day: begun on or before it (or with no known start), not ended by it, and not merely planned. All links when null.',
  })
  asOf?: string | null;

  @Field(() => MarketLinkFilter, { nullable: true, description: 'Which links; all of them when null.' })
  filter?: MarketLinkFilter | null;

  @Field(() => MarketLinkOrder, { nullable: true, description: 'How to sort them (the default depends on the field).' })
  orderBy?: MarketLinkOrder | null;

  @Field(() => Int, { nullable: true, description: LIST_FIRST_DESCRIPTION })
  first?: number | null;
}

@ArgsType()
export class SellerMarketLinkArgs extends MarketLinkArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: "Also the links of the automaker's brands (MG's markets for SAIC), each with its brand as `seller`.",
  })
  includeBrands!: boolean;
}

@ArgsType()
export class PlaceMarketLinkArgs extends MarketLinkArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "Also the links into the own markets of the market's member countries (a bloc's or a region's members); no change for a country's market.",
  })
  includeMemberCountries!: boolean;
}
