/** Per-request DataLoaders for factories. */

import { byIdLoader, limitedGroupLoaders } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import { FACTORIES_BY_AUTOMAKER, FACTORIES_BY_COUNTRY, FACTORIES_BY_ID } from './factory.repository';
import type { FactoryRecord } from './factory.type';

export function createFactoryLoaders(executor: Executor) {
  return {
    factoryById: byIdLoader<FactoryRecord>(executor, FACTORIES_BY_ID),
    factoriesByCountry: limitedGroupLoaders<FactoryRecord>(executor, FACTORIES_BY_COUNTRY),
    factoriesByAutomaker: limitedGroupLoaders<FactoryRecord>(executor, FACTORIES_BY_AUTOMAKER),
  };
}

export type FactoryLoaders = ReturnType<typeof createFactoryLoaders>;
