/** Per-request DataLoaders for company–market links, and the helper every list of them goes through. */

import { BATCHED, paramsGroupLoader, type LoaderOptions } from '../common/batch';
import { parseId } from '../common/ids';
import { checkDateRange } from '../common/filter';
import { getValidListSize } from '../common/pagination';
import type { Context } from '../context';
import type { Executor } from '../neo4j/executor';
import { MarketLinkOrder, type MarketLinkArgs } from './market-link.args';
import { MARKET_LINKS_BY_PLACE, MARKET_LINKS_BY_SELLER } from './market-link.repository';
import type { MarketLinkRecord } from './market.type';

/** The query parameters of a list of links: every value given, null for no condition (so equal lists share a batch). */
export interface MarketLinkParams {
  kinds: string[] | null;
  statuses: string[] | null;
  channels: string[] | null;
  sellerCountry: string | null;
  outsideHome: boolean | null;
  endedFrom: string | null;
  endedTo: string | null;
  asOf: string | null;
  orderBy: MarketLinkOrder;
  first: number;
  includeBrands: boolean;
  includeMembers: boolean;
}

export function createMarketLinkLoaders(executor: Executor, options: LoaderOptions = BATCHED) {
  return {
    marketLinksBySeller: paramsGroupLoader<MarketLinkParams, MarketLinkRecord>(executor, MARKET_LINKS_BY_SELLER, options),
    marketLinksByPlace: paramsGroupLoader<MarketLinkParams, MarketLinkRecord>(executor, MARKET_LINKS_BY_PLACE, options),
  };
}

export type MarketLinkLoaders = ReturnType<typeof createMarketLinkLoaders>;

/** Checks the arguments of a list of links and turns them into query parameters. */
export function marketLinkParams(
  args: MarketLinkArgs & { includeBrands?: boolean; includeMemberCountries?: boolean },
  defaultOrder: MarketLinkOrder,
): MarketLinkParams {
  const filter = args.filter ?? null;
  const sellerCountry = filter?.sellerCountry ?? null;
  checkDateRange(filter?.endedFrom, filter?.endedTo, 'filter.endedTo');
  return {
    kinds: filter?.kinds ?? null,
    statuses: filter?.statuses ?? null,
    channels: filter?.channels ?? null,
    sellerCountry: sellerCountry === null ? null : parseId(sellerCountry, 'filter.sellerCountry', 'country').id,
    outsideHome: filter?.outsideHomeCountry ?? null,
    endedFrom: filter?.endedFrom ?? null,
    endedTo: filter?.endedTo ?? null,
    asOf: args.asOf ?? null,
    orderBy: args.orderBy ?? defaultOrder,
    first: getValidListSize(args.first),
    includeBrands: args.includeBrands ?? false,
    includeMembers: args.includeMemberCountries ?? false,
  };
}

/** The links of a seller (an automaker, a brand, a factory), as a list field asks for them. */
export function loadSellerLinks(
  ctx: Context,
  sellerId: string,
  args: MarketLinkArgs & { includeBrands?: boolean },
  defaultOrder: MarketLinkOrder = MarketLinkOrder.MARKET,
): Promise<MarketLinkRecord[]> {
  return ctx.loaders.marketLinksBySeller.load({ id: sellerId, params: marketLinkParams(args, defaultOrder) });
}

/** The links into a place (a market, or a country through its own market), as a list field asks for them. */
export function loadPlaceLinks(
  ctx: Context,
  placeId: string,
  args: MarketLinkArgs & { includeMemberCountries?: boolean },
  defaultOrder: MarketLinkOrder = MarketLinkOrder.SELLER,
): Promise<MarketLinkRecord[]> {
  return ctx.loaders.marketLinksByPlace.load({ id: placeId, params: marketLinkParams(args, defaultOrder) });
}
