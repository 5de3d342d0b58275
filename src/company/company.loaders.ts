/** Per-request DataLoaders for ties between automakers. */

import { groupLoader, BATCHED, type LoaderOptions } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import { COMPANY_LINKS_BY_AUTOMAKER } from './company.repository';
import type { CompanyLinkRecord } from './company-link.type';

/** The ties of each automaker, one query per batch. */
export function createCompanyLoaders(executor: Executor, options: LoaderOptions = BATCHED) {
  return {
    companyLinksByAutomaker: groupLoader<CompanyLinkRecord>(executor, COMPANY_LINKS_BY_AUTOMAKER, {}, options),
  };
}

export type CompanyLoaders = ReturnType<typeof createCompanyLoaders>;
