/** Per-request DataLoaders for organizations. */

import { byIdLoader } from '../common/batch';
import type { Executor } from '../neo4j/executor';
import { ORGANIZATIONS_BY_ID } from './organization.repository';
import type { OrganizationRecord } from './organization.type';

export function createOrganizationLoaders(executor: Executor) {
  return {
    organizationById: byIdLoader<OrganizationRecord>(executor, ORGANIZATIONS_BY_ID),
  };
}

export type OrganizationLoaders = ReturnType<typeof createOrganizationLoaders>;
