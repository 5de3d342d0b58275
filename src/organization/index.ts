/** Organizations: the bodies that publish figures. */

export { Organization, type OrganizationRecord } from './organization.type';
export { createOrganizationLoaders, type OrganizationLoaders } from './organization.loaders';
export { OrganizationResolver } from './organization.resolver';
export { OrganizationConnection, OrganizationConnectionResolver } from './organization.connection';
export { OrganizationFilter, organizationFilterClause } from './organization.filter';
export { OrganizationOrder, OrganizationOrderField } from './organization.order';
export {
  StatisticsCoverage,
  StatisticsCoverageResolver,
  StatisticsSeries,
  type StatisticsCoverageRecord,
} from './statistics-coverage.type';
