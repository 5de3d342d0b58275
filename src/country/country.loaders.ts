/** Per-request DataLoaders for countries. */

import { byIdLoader, limitedGroupLoaders } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import { COUNTRIES_BY_ID, MARKET_IDS_BY_COUNTRY } from './country.repository';
import type { CountryRecord } from './country.type';

export function createCountryLoaders(executor: Executor) {
  return {
    countryById: byIdLoader<CountryRecord>(executor, COUNTRIES_BY_ID),
    marketMembershipsByCountry: limitedGroupLoaders<{ marketId: string; sources: string[] }>(executor, MARKET_IDS_BY_COUNTRY),
  };
}

export type CountryLoaders = ReturnType<typeof createCountryLoaders>;
