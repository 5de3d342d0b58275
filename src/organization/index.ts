/** Organizations: the bodies that publish figures. */

export { Organization, type OrganizationRecord } from './organization.type';
export { createOrganizationLoaders, type OrganizationLoaders } from './organization.loaders';
export { OrganizationResolver } from './organization.resolver';
export {
  StatisticsCoverage,
  StatisticsCoverageResolver,
  StatisticsSeries,
  type StatisticsCoverageRecord,
} from './statistics-coverage.type';
