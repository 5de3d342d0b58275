/** Per-request DataLoaders for factories. */

import { byIdLoader, groupLoader, limitedGroupLoaders, BATCHED, type LoaderOptions } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import {
  FACTORIES_BY_AUTOMAKER,
  FACTORIES_BY_COUNTRY,
  FACTORIES_BY_ID,
  FACTORY_SUMMARIES_BY_AUTOMAKER,
  FACTORY_SUMMARIES_BY_COUNTRY,
  FORMER_OPERATORS_BY_FACTORY,
} from './factory.repository';
import type { FactoryRecord, FactorySummaryRecord, FormerOperatorRecord } from './factory.type';

export function createFactoryLoaders(executor: Executor, options: LoaderOptions = BATCHED) {
  return {
    factoryById: byIdLoader<FactoryRecord>(executor, FACTORIES_BY_ID, options),
    factoriesByCountry: limitedGroupLoaders<FactoryRecord>(executor, FACTORIES_BY_COUNTRY, options),
    factoriesByAutomaker: limitedGroupLoaders<FactoryRecord>(executor, FACTORIES_BY_AUTOMAKER, options),
    formerOperatorsByFactory: groupLoader<FormerOperatorRecord>(executor, FORMER_OPERATORS_BY_FACTORY, {}, options),
    // Lists whose selection a summary answers (FACTORY_SUMMARY_FIELDS) read these instead. They never
    // prime factoryById: a summary is not a whole factory.
    factorySummariesByCountry: limitedGroupLoaders<FactorySummaryRecord>(executor, FACTORY_SUMMARIES_BY_COUNTRY, options),
    factorySummariesByAutomaker: limitedGroupLoaders<FactorySummaryRecord>(executor, FACTORY_SUMMARIES_BY_AUTOMAKER, options),
  };
}

export type FactoryLoaders = ReturnType<typeof createFactoryLoaders>;
