/** Per-request DataLoaders for organizations. */

import { byIdLoader, groupLoader, BATCHED, type LoaderOptions } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import { ORGANIZATIONS_BY_ID, STATISTICS_BY_ORGANIZATION } from './organization.repository';
import type { OrganizationRecord } from './organization.type';
import type { StatisticsCoverageRecord } from './statistics-coverage.type';

export function createOrganizationLoaders(executor: Executor, options: LoaderOptions = BATCHED) {
  return {
    organizationById: byIdLoader<OrganizationRecord>(executor, ORGANIZATIONS_BY_ID, options),
    statisticsByOrganization: groupLoader<StatisticsCoverageRecord>(executor, STATISTICS_BY_ORGANIZATION, {}, options),
  };
}

export type OrganizationLoaders = ReturnType<typeof createOrganizationLoaders>;
