/** Per-request DataLoaders for sources. */

import { byIdLoader } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import { SOURCES_BY_ID } from './source.repository';
import type { SourceRecord } from './source.type';

export function createSourceLoaders(executor: Executor) {
  return {
    sourceById: byIdLoader<SourceRecord>(executor, SOURCES_BY_ID),
  };
}

export type SourceLoaders = ReturnType<typeof createSourceLoaders>;
