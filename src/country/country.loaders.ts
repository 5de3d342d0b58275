/** Per-request DataLoaders for countries. */

import { byIdLoader, groupLoader, limitedGroupLoaders, BATCHED, type LoaderOptions } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import { COUNTRIES_BY_ID, MARKET_IDS_BY_COUNTRY, OWN_MARKET_BY_COUNTRY } from './country.repository';
import type { CountryRecord } from './country.type';

export function createCountryLoaders(executor: Executor, options: LoaderOptions = BATCHED) {
  return {
    countryById: byIdLoader<CountryRecord>(executor, COUNTRIES_BY_ID, options),
    ownMarketIdsByCountry: groupLoader<string>(executor, OWN_MARKET_BY_COUNTRY, {}, options),
    marketMembershipsByCountry: limitedGroupLoaders<{ marketId: string; sources: string[] }>(executor, MARKET_IDS_BY_COUNTRY, options),
  };
}

export type CountryLoaders = ReturnType<typeof createCountryLoaders>;
