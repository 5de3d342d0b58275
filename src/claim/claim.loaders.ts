/** Per-request DataLoaders for factory claims. */

import { byIdLoader, groupLoader, BATCHED, type LoaderOptions } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import { CLAIMS_BY_FACTORY, CLAIMS_BY_ID } from './claim.repository';
import type { FactoryClaimRecord } from './claim.type';

/** Loaders of claims by id and of the claims about each factory. */
export function createClaimLoaders(executor: Executor, options: LoaderOptions = BATCHED) {
  return {
    claimById: byIdLoader<FactoryClaimRecord>(executor, CLAIMS_BY_ID, options),
    claimsByFactory: groupLoader<FactoryClaimRecord>(executor, CLAIMS_BY_FACTORY, {}, options),
  };
}

export type ClaimLoaders = ReturnType<typeof createClaimLoaders>;
