/** Per-request DataLoaders for markets. */

import { byIdLoader, limitedGroupLoaders } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import { AUTOMAKER_IDS_BY_MARKET, COUNTRIES_BY_MARKET, MARKETS_BY_ID } from './market.repository';
import type { MarketRecord } from './market.type';

export function createMarketLoaders(executor: Executor) {
  return {
    marketById: byIdLoader<MarketRecord>(executor, MARKETS_BY_ID),
    countryIdsByMarket: limitedGroupLoaders<string>(executor, COUNTRIES_BY_MARKET),
    automakerIdsByMarket: limitedGroupLoaders<string>(executor, AUTOMAKER_IDS_BY_MARKET),
  };
}

export type MarketLoaders = ReturnType<typeof createMarketLoaders>;
