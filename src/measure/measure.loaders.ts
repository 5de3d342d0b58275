/** Per-request DataLoaders for trade measures. */

import { byIdLoader, groupLoader, BATCHED, type LoaderOptions } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import { LINKS_BY_MEASURE, LINKS_BY_TARGET, MEASURES_BY_ID } from './measure.repository';
import type { MeasureLinkRecord, TradeMeasureRecord } from './measure.type';

/** Loaders of measures by id, of each measure's links, and of the links that point at an entity. */
export function createMeasureLoaders(executor: Executor, options: LoaderOptions = BATCHED) {
  return {
    measureById: byIdLoader<TradeMeasureRecord>(executor, MEASURES_BY_ID, options),
    measureLinksByMeasure: groupLoader<MeasureLinkRecord>(executor, LINKS_BY_MEASURE, {}, options),
    measureLinksByTarget: groupLoader<MeasureLinkRecord>(executor, LINKS_BY_TARGET, {}, options),
  };
}

export type MeasureLoaders = ReturnType<typeof createMeasureLoaders>;
