/** Per-request DataLoaders for automakers and their market links. */

import { byIdLoader, limitedGroupLoaders } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import { AUTOMAKERS_BY_COUNTRY, AUTOMAKERS_BY_ID, MARKET_LINKS_BY_AUTOMAKER } from './automaker.repository';
import type { AutomakerRecord } from './automaker.type';
import type { MarketLinkRecord } from '../market';

export function createAutomakerLoaders(executor: Executor) {
  return {
    automakerById: byIdLoader<AutomakerRecord>(executor, AUTOMAKERS_BY_ID),
    automakersByCountry: limitedGroupLoaders<AutomakerRecord>(executor, AUTOMAKERS_BY_COUNTRY),
    marketLinksByAutomaker: limitedGroupLoaders<MarketLinkRecord>(executor, MARKET_LINKS_BY_AUTOMAKER),
  };
}

export type AutomakerLoaders = ReturnType<typeof createAutomakerLoaders>;
