/** Per-request DataLoaders for automakers. */

import { byIdLoader, limitedGroupLoaders, BATCHED, type LoaderOptions } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import { AUTOMAKERS_BY_COUNTRY, AUTOMAKERS_BY_ID } from './automaker.repository';
import type { AutomakerRecord } from './automaker.type';

export function createAutomakerLoaders(executor: Executor, options: LoaderOptions = BATCHED) {
  return {
    automakerById: byIdLoader<AutomakerRecord>(executor, AUTOMAKERS_BY_ID, options),
    automakersByCountry: limitedGroupLoaders<AutomakerRecord>(executor, AUTOMAKERS_BY_COUNTRY, options),
  };
}

export type AutomakerLoaders = ReturnType<typeof createAutomakerLoaders>;
