/** Per-request DataLoaders for automakers and their market links. */

import { byIdLoader, limitedGroupLoaders, BATCHED, type LoaderOptions } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import { AUTOMAKERS_BY_COUNTRY, AUTOMAKERS_BY_ID, MARKET_LINKS_BY_AUTOMAKER } from './automaker.repository';
import type { AutomakerRecord } from './automaker.type';
import type { MarketLinkRecord } from '../market';

export function createAutomakerLoaders(executor: Executor, options: LoaderOptions = BATCHED) {
  return {
    automakerById: byIdLoader<AutomakerRecord>(executor, AUTOMAKERS_BY_ID, options),
    automakersByCountry: limitedGroupLoaders<AutomakerRecord>(executor, AUTOMAKERS_BY_COUNTRY, options),
    marketLinksByAutomaker: limitedGroupLoaders<MarketLinkRecord>(executor, MARKET_LINKS_BY_AUTOMAKER, options),
  };
}

export type AutomakerLoaders = ReturnType<typeof createAutomakerLoaders>;
