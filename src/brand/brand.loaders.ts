/** Per-request DataLoaders for brands. */

import { byIdLoader, limitedGroupLoaders, BATCHED, type LoaderOptions } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import { BRANDS_BY_AUTOMAKER, BRANDS_BY_ID } from './brand.repository';
import type { BrandRecord } from './brand.type';

export function createBrandLoaders(executor: Executor, options: LoaderOptions = BATCHED) {
  return {
    brandById: byIdLoader<BrandRecord>(executor, BRANDS_BY_ID, options),
    brandsByAutomaker: limitedGroupLoaders<BrandRecord>(executor, BRANDS_BY_AUTOMAKER, options),
  };
}

export type BrandLoaders = ReturnType<typeof createBrandLoaders>;
