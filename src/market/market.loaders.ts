/** Per-request DataLoaders for markets. */

import { byIdLoader, limitedGroupLoaders, BATCHED, type LoaderOptions } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import { AUTOMAKER_IDS_BY_MARKET, COUNTRIES_BY_MARKET, MARKETS_BY_ID } from './market.repository';
import type { MarketRecord } from './market.type';

export function createMarketLoaders(executor: Executor, options: LoaderOptions = BATCHED) {
  return {
    marketById: byIdLoader<MarketRecord>(executor, MARKETS_BY_ID, options),
    countryIdsByMarket: limitedGroupLoaders<string>(executor, COUNTRIES_BY_MARKET, options),
    automakerIdsByMarket: limitedGroupLoaders<string>(executor, AUTOMAKER_IDS_BY_MARKET, options),
  };
}

export type MarketLoaders = ReturnType<typeof createMarketLoaders>;
