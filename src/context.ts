/** The per-request context: a counting executor, the caller's auth, and a fresh set of DataLoaders. */

import { authenticate, type AuthState } from './auth';
import { createAutomakerLoaders } from './automaker/automaker.loaders';
import { createBrandLoaders } from './brand/brand.loaders';
import { createClaimLoaders } from './claim/claim.loaders';
import { createCompanyLoaders } from './company/company.loaders';
import { createCountryLoaders } from './country/country.loaders';
import { createFactoryLoaders } from './factory/factory.loaders';
import { createFigureLoaders } from './figure/figure.loaders';
import { BATCHED, type LoaderOptions } from './common/batch';
import type { RequestScope } from './http/request-scope';
import { createMarketLinkLoaders } from './market/market-link.loaders';
import { createMarketLoaders } from './market/market.loaders';
import { createMeasureLoaders } from './measure/measure.loaders';
import type { Executor } from './neo4j/executor';
import { createOrganizationLoaders } from './organization/organization.loaders';
import { createProvenanceLoaders } from './provenance/provenance.loaders';
import { createSourceLoaders } from './source/source.loaders';
import { createStatsLoaders } from './stats/stats.loaders';

/** Every DataLoader of one request. They die with the request, so their caches never go stale. */
export function createLoaders(executor: Executor, options: LoaderOptions = BATCHED) {
  return {
    ...createCountryLoaders(executor, options),
    ...createAutomakerLoaders(executor, options),
    ...createBrandLoaders(executor, options),
    ...createFactoryLoaders(executor, options),
    ...createMarketLoaders(executor, options),
    ...createMarketLinkLoaders(executor, options),
    ...createOrganizationLoaders(executor, options),
    ...createSourceLoaders(executor, options),
    ...createFigureLoaders(executor, options),
    ...createProvenanceLoaders(executor, options),
    ...createMeasureLoaders(executor, options),
    ...createCompanyLoaders(executor, options),
    ...createClaimLoaders(executor, options),
    ...createStatsLoaders(executor, options),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  /** Executor of this request (counts its Cypher statements). */
  executor: Executor;
  loaders: Loaders;
  auth: AuthState;
  /** The HTTP request's id, abort signal and log fields (absent outside HTTP). */
  request?: RequestScope;
}

/** Builds the context of one request from the shared executor and the request's headers. */
export function createContext(
  shared: Executor,
  authorization: string | undefined,
  apiToken: string | undefined,
  request?: RequestScope,
  loaderOptions: LoaderOptions = BATCHED,
): Context {
  // The request's abort signal reaches the executor: a client that goes away frees its Neo4j work.
  const executor = shared.fork(request?.signal);
  const context: Context = { executor, loaders: createLoaders(executor, loaderOptions), auth: authenticate(authorization, apiToken) };
  if (request !== undefined) context.request = request;
  return context;
}
