/** Per-request DataLoaders for sources. */

import { byIdLoader, BATCHED, type LoaderOptions } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import { SOURCES_BY_ID } from './source.repository';
import type { SourceRecord } from './source.type';

export function createSourceLoaders(executor: Executor, options: LoaderOptions = BATCHED) {
  return {
    sourceById: byIdLoader<SourceRecord>(executor, SOURCES_BY_ID, options),
  };
}

export type SourceLoaders = ReturnType<typeof createSourceLoaders>;
